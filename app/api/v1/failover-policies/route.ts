import { listPolicies, putPolicy } from "@/lib/api/failover";
import { apiRoute } from "@/lib/api/v1-route";

// GET /api/v1/failover-policies – every model family two providers serve, with the team's policy for it.
export const GET = apiRoute("read", listPolicies);

// PUT /api/v1/failover-policies – `{family, providers, enabled, dropUnsupported}` (admins): the order to move through.
export const PUT = apiRoute("admin", putPolicy);
