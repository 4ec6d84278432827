import { apiRoute } from "@/lib/api/v1-route";
import { listProviders } from "@/lib/providers/server";
import { getTaskEngine } from "@/lib/tasks/web-engine";

// GET /api/v1/providers – every provider, whether it is usable here (and why not), and its capability
// tables: models, modes, durations, aspect ratios, media rules, element hosting.
export const GET = apiRoute("read", async (_request, { user }) => {
  const engine = await getTaskEngine();
  const providers = listProviders(engine.providersConfig).map((listing) => ({
    ...listing,
    // Which variable to set is for admins; members are told a provider is not set up.
    ...(user.role === "admin" || listing.available ? {} : { reason: "not configured", missing: undefined }),
    capabilities: engine.registry[listing.id].capabilities,
  }));
  return Response.json({ providers });
});
