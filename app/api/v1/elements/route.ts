import { listElements, postElement } from "@/lib/api/elements";
import { apiRoute } from "@/lib/api/v1-route";

// GET /api/v1/elements?q= – the team's element library with each provider binding's state.
export const GET = apiRoute("read", listElements);

// POST /api/v1/elements – creates an element (admin scope): images are uploads (`asset:<id>` from POST /api/v1/assets).
export const POST = apiRoute("admin", postElement);
