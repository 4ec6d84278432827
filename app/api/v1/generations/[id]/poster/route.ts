import { getGenerationFile } from "@/lib/api/generations";
import { apiRoute } from "@/lib/api/v1-route";

// GET /api/v1/generations/{id}/poster – a JPEG frame of the video.
export const GET = apiRoute<{ id: string }>("read", (request, context) =>
  getGenerationFile(request, context, "poster"),
);
