import { authedRoute } from "@/lib/api/route";
import { listGenerations, postGeneration } from "@/lib/api/generations";

// GET /api/generations – the team's generations as the gallery pages them: filters, search, cursor.
export const GET = authedRoute("user", listGenerations);

// POST /api/generations – validate and store a generation; the worker submits it. Idempotent per key.
export const POST = authedRoute("user", (request, context) => postGeneration(request, context));
