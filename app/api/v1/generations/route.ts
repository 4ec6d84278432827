import { listGenerations, postGeneration } from "@/lib/api/generations";
import { apiRoute } from "@/lib/api/v1-route";

// GET /api/v1/generations – the gallery's filters, search and cursor (`?cursor=` from `nextCursor`).
export const GET = apiRoute("read", listGenerations);

// POST /api/v1/generations – `{request, idempotencyKey?}` (or an Idempotency-Key header) → 201; 409 when a key is reused with another body.
export const POST = apiRoute("write", (request, context) => postGeneration(request, context, "/api/v1/generations"));
