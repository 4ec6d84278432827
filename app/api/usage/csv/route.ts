import { authedRoute } from "@/lib/api/route";
import { usageCsv, usageQueryFrom } from "@/lib/usage/usage-query";
import { usageReport } from "@/lib/usage/usage-report";

// GET /api/usage/csv?… – the same rows as the usage page's table, as a CSV file.
export const GET = authedRoute("user", async (request, { user }) => {
  const query = usageQueryFrom(new URL(request.url).searchParams);
  if (!query.success) throw query.error;
  const report = await usageReport(query.data, user);
  return new Response(usageCsv(report), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="usage-${report.query.by}-${report.range.from}-${report.range.to}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
