import { ApiError, authedRoute, recordId } from "@/lib/api/route";
import { prisma } from "@/lib/db/client";
import { cancelGeneration } from "@/lib/tasks/cancel-generation";
import { getTaskEngine } from "@/lib/tasks/web-engine";

// POST /api/generations/[id]/cancel – stop an unfinished generation (its creator or an admin).
export const POST = authedRoute<{ id: string }>("user", async (_request, { user, params }) => {
  const id = recordId(params.id, "generation");
  const generation = await prisma.generation.findUnique({ where: { id }, select: { creatorId: true } });
  if (!generation) throw new ApiError(404, "No generation has this id.");
  if (generation.creatorId !== user.id && user.role !== "admin")
    throw new ApiError(403, "Only its creator or an admin can cancel a generation.");
  const outcome = await cancelGeneration(await getTaskEngine(), id);
  if (!outcome.canceled) throw new ApiError(409, outcome.reason);
  return Response.json(outcome);
});
