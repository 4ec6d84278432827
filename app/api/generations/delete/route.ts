import { readJsonBody } from "@/lib/api/json-body";
import { ApiError, authedRoute } from "@/lib/api/route";
import { GenerationSelectionSchema } from "@/lib/gallery/gallery-filter";
import { removeGenerations } from "@/lib/gallery/generation-removal";
import { getStorage } from "@/lib/storage";

// POST /api/generations/delete {ids} – deletes generations and their files (creator or admin), audited.
export const POST = authedRoute("user", async (request, { user }) => {
  const { ids } = GenerationSelectionSchema.parse(await readJsonBody(request, { maxBytes: 64 * 1024 }));
  const outcome = await removeGenerations(getStorage(), user, ids);
  if ("refused" in outcome)
    throw new ApiError(outcome.refused.status, outcome.refused.message, {
      rule: "not_allowed",
      ids: outcome.refused.ids,
    });
  return Response.json(outcome);
});
