import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

// The API reference page: Swagger UI (swagger-ui-dist, served from node_modules by the studio itself,
// so it works offline) reading /api/v1/openapi.json. No inline script: the page's CSP forbids them.

const FILES: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "init.js": "text/javascript; charset=utf-8",
};

const INIT = `window.addEventListener("load", function () {
  window.SwaggerUIBundle({ url: "/api/v1/openapi.json", dom_id: "#reference", deepLinking: true, validatorUrl: null });
});
`;

export function docsHtml(): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kling Studio API reference</title>
<link rel="stylesheet" href="/api/v1/docs/swagger-ui.css">
</head>
<body>
<div id="reference"></div>
<noscript>The reference needs JavaScript; the document itself is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</noscript>
<script src="/api/v1/docs/swagger-ui-bundle.js"></script>
<script src="/api/v1/docs/init.js"></script>
</body>
</html>`;
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
}

export async function docsFile(name: string): Promise<Response> {
  const type = FILES[name];
  if (!type) return new Response("Not found", { status: 404 });
  const body =
    name === "init.js" ? INIT : await readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", name));
  return new Response(body, { headers: { "content-type": type, "cache-control": "public, max-age=86400" } });
}
