import { authedRoute } from "@/lib/api/route";
import { usageQueryFrom } from "@/lib/usage/usage-query";
import { usageReport } from "@/lib/usage/usage-report";

// GET /api/usage?period=day|week|month&by=creator|provider|model|mode&from=&to= – the team's usage (admins) or one's own.
export const GET = authedRoute("user", async (request, { user }) => {
  const query = usageQueryFrom(new URL(request.url).searchParams);
  if (!query.success) throw query.error;
  return Response.json(await usageReport(query.data, user));
});
