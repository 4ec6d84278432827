import { ApiError, authedRoute, recordId } from "@/lib/api/route";
import { revokeShareLink } from "@/lib/gallery/share-links";

// DELETE /api/generations/[id]/share-links/[linkId] – revokes a link at once (creator or admin).
export const DELETE = authedRoute<{ id: string; linkId: string }>("user", async (_request, { user, params }) => {
  const outcome = await revokeShareLink(user, recordId(params.id, "generation"), recordId(params.linkId, "share link"));
  if ("refused" in outcome)
    throw new ApiError(outcome.refused.status, outcome.refused.message, { rule: outcome.refused.rule });
  return new Response(null, { status: 204 });
});
