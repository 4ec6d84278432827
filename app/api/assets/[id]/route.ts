import { ApiError, authedRoute, recordId } from "@/lib/api/route";
import { prisma } from "@/lib/db/client";
import { getStorage, IMMUTABLE_CACHE_CONTROL, serveStoredObject } from "@/lib/storage";

// GET /api/assets/[id] – a stored file (video, poster…) for signed-in team members, with Range support.
export const GET = authedRoute<{ id: string }>("user", async (request, { params }) => {
  const id = recordId(params.id, "file");
  const asset = await prisma.asset.findUnique({ where: { id }, select: { storageKey: true } });
  if (!asset) throw new ApiError(404, "No file has this id.");
  // Stored files never change under their key: browsers may keep them.
  return serveStoredObject(getStorage(), asset.storageKey, request, { cacheControl: IMMUTABLE_CACHE_CONTROL });
});
