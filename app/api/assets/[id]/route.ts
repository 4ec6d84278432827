import { ApiError, authedRoute, recordId } from "@/lib/api/route";
import { prisma } from "@/lib/db/client";
import { videoFileName } from "@/lib/gallery/file-name";
import { getStorage, IMMUTABLE_CACHE_CONTROL, serveStoredObject } from "@/lib/storage";
import { thumbnailKey } from "@/lib/storage/thumbnail";

// GET /api/assets/[id] – a stored file (video, poster, upload; ?thumbnail for an image's small copy) for signed-in team members, with Range support.
export const GET = authedRoute<{ id: string }>("user", async (request, { params }) => {
  const id = recordId(params.id, "file");
  const asset = await prisma.asset.findUnique({
    where: { id },
    select: { storageKey: true, contentType: true, generation: { select: { promptPreview: true, createdAt: true } } },
  });
  if (!asset) throw new ApiError(404, "No file has this id.");
  // ?thumbnail: a small WebP of an image (element grids and pickers), made once and kept.
  if (new URL(request.url).searchParams.has("thumbnail") && asset.contentType.startsWith("image/")) {
    const key = await thumbnailKey(getStorage(), asset.storageKey);
    if (!key) throw new ApiError(404, "This file is missing from storage.");
    return serveStoredObject(getStorage(), key, request, { cacheControl: IMMUTABLE_CACHE_CONTROL });
  }
  // ?download: saved under a name from the prompt and the date, not an internal id.
  const download = new URL(request.url).searchParams.has("download") && asset.generation;
  const extension = asset.storageKey.split(".").pop() ?? "mp4";
  const name = download ? videoFileName(asset.generation!.promptPreview, asset.generation!.createdAt, extension) : null;
  // Stored files never change under their key: browsers may keep them.
  return serveStoredObject(getStorage(), asset.storageKey, request, {
    cacheControl: IMMUTABLE_CACHE_CONTROL,
    ...(name && {
      headers: { "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(name)}` },
    }),
  });
});
