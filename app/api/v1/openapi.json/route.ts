import { openApiDocument } from "@/lib/api/openapi";

// GET /api/v1/openapi.json – the API's OpenAPI 3.1 document, generated from the routes' zod schemas. Public:
// it describes the API, it holds nothing of the team's.
export function GET() {
  return Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
