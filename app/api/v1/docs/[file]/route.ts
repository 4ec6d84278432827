import { docsFile } from "@/lib/api/docs-page";

// GET /api/v1/docs/{file} – the reference page's script and style, from the swagger-ui-dist package.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return docsFile((await params).file);
}
