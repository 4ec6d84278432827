import { postAsset } from "@/lib/api/assets";
import { apiRoute } from "@/lib/api/v1-route";

// POST /api/v1/assets – the raw file (Content-Type image/jpeg, image/png, video/mp4, video/quicktime), or JSON
// `{"url": …}` fetched through the SSRF guard → 201 with the asset and what was measured (`url` is `asset:<id>`).
export const POST = apiRoute("write", postAsset);
