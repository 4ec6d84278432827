import { ApiError, authedRoute } from "@/lib/api/route";
import { GenerationSelectionSchema } from "@/lib/gallery/gallery-filter";
import { generationArchive } from "@/lib/gallery/generation-archive";
import { getStorage } from "@/lib/storage";

// GET /api/generations/archive?ids=a,b,c – the chosen generations' videos as one ZIP, streamed.
export const GET = authedRoute("user", async (request) => {
  const { ids } = GenerationSelectionSchema.parse({
    ids: (new URL(request.url).searchParams.get("ids") ?? "").split(",").filter(Boolean),
  });
  const archive = await generationArchive(getStorage(), ids);
  if (!archive) throw new ApiError(404, "None of these generations has a stored video.", { rule: "no_video" });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(archive.body, {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="kling-studio-${archive.count}-videos-${day}.zip"`,
      "cache-control": "private, no-store",
    },
  });
});
