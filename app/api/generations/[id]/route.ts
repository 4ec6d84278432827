import { ApiError, authedRoute, recordId } from "@/lib/api/route";
import { prisma } from "@/lib/db/client";
import { removeGenerations } from "@/lib/gallery/generation-removal";
import { getStorage } from "@/lib/storage";
import { findGenerationWithDetails, presentGeneration } from "@/lib/tasks/present";

// GET /api/generations/[id] – status, events, ETA, error and media links; polled by the browser.
export const GET = authedRoute<{ id: string }>("user", async (request, { params }) => {
  const id = recordId(params.id, "generation");
  const generation = await findGenerationWithDetails(prisma, id);
  if (!generation) throw new ApiError(404, "No generation has this id.");
  const etag = `"${generation.updatedAt.getTime()}"`;
  // Finished generations never change; unfinished ones answer 304 while nothing moved (the ETA still changes, so only when final).
  if (generation.finishedAt && request.headers.get("if-none-match") === etag)
    return new Response(null, { status: 304, headers: { etag } });
  return Response.json(presentGeneration(generation), { headers: { etag, "cache-control": "private, no-cache" } });
});

// DELETE /api/generations/[id] – deletes a finished generation and its files (creator or admin), audited.
export const DELETE = authedRoute<{ id: string }>("user", async (_request, { user, params }) => {
  const id = recordId(params.id, "generation");
  const outcome = await removeGenerations(getStorage(), user, [id]);
  if ("refused" in outcome)
    throw new ApiError(outcome.refused.status, outcome.refused.message, { rule: outcome.refused.rule });
  return new Response(null, { status: 204 });
});
