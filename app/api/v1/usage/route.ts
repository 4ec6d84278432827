import { apiRoute } from "@/lib/api/v1-route";
import { usageQueryFrom } from "@/lib/usage/usage-query";
import { usageReport } from "@/lib/usage/usage-report";

// GET /api/v1/usage?period=&by=&from=&to= – the usage page's rows: the team's (admins) or one's own.
export const GET = apiRoute("read", async (request, { user }) => {
  const query = usageQueryFrom(new URL(request.url).searchParams);
  if (!query.success) throw query.error;
  return Response.json(await usageReport(query.data, user));
});
