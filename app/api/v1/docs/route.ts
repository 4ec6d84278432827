import { docsHtml } from "@/lib/api/docs-page";

// GET /api/v1/docs – the API reference (Swagger UI over /api/v1/openapi.json). Public, like the document.
export function GET() {
  return docsHtml();
}
