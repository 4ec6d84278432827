import { getGenerationFile } from "@/lib/api/generations";
import { apiRoute } from "@/lib/api/v1-route";

// GET /api/v1/generations/{id}/video – the stored MP4, with Range support.
export const GET = apiRoute<{ id: string }>("read", (request, context) => getGenerationFile(request, context, "video"));
