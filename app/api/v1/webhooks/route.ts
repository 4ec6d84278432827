import { apiRoute } from "@/lib/api/v1-route";
import { listEndpoints, postEndpoint } from "@/lib/api/webhooks";

// GET /api/v1/webhooks – your endpoints (admins: the team's).
export const GET = apiRoute("read", listEndpoints);

// POST /api/v1/webhooks – `{url, events, description?, teamWide?}` → 201 with the `whsec_` secret, shown once.
// Public addresses only; `teamWide` (every member's events) needs the admin scope.
export const POST = apiRoute("write", postEndpoint);
