import { config } from "@/lib/config";
import { getStorage, serveStoredObject, verifySignedMediaUrl } from "@/lib/storage";

// GET /api/media/public/[...key] – a stored file for a provider, only with a valid, unexpired signature.
export async function GET(request: Request) {
  const check = verifySignedMediaUrl(new URL(request.url), { secret: config().auth.secret });
  if (!check.ok)
    return new Response(check.reason === "expired" ? "This link has expired." : "This link is not valid.", {
      status: 403,
    });
  return serveStoredObject(getStorage(), check.key, request, { cacheControl: "private, max-age=300" });
}
