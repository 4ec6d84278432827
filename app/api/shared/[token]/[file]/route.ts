import { openShareLink } from "@/lib/gallery/share-links";
import { getStorage, serveStoredObject } from "@/lib/storage";

// GET /api/shared/[token]/video|poster – the one video (and poster) a live share link shows, to anyone
// holding it. Nothing else is reachable through a token; a revoked or expired one answers 404.
export async function GET(request: Request, context: { params: Promise<{ token: string; file: string }> }) {
  const { token, file } = await context.params;
  const shared = await openShareLink(token);
  const key = file === "video" ? shared?.videoKey : file === "poster" ? shared?.posterKey : undefined;
  if (!key) return new Response("Not found", { status: 404, headers: { "x-robots-tag": "noindex" } });
  return serveStoredObject(getStorage(), key, request, {
    cacheControl: "private, no-store",
    headers: { "x-robots-tag": "noindex" },
  });
}
