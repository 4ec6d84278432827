import { readJsonBody } from "@/lib/api/json-body";
import { ApiError, authedRoute, recordId } from "@/lib/api/route";
import { config } from "@/lib/config";
import { createShareLink, listShareLinks, ShareLinkInputSchema } from "@/lib/gallery/share-links";

// GET /api/generations/[id]/share-links – the generation's live read-only links.
export const GET = authedRoute<{ id: string }>("user", async (_request, { params }) => {
  return Response.json({ links: await listShareLinks(recordId(params.id, "generation")) });
});

// POST /api/generations/[id]/share-links {expiresIn} – a new link (creator or admin); its URL is shown only now.
export const POST = authedRoute<{ id: string }>("user", async (request, { user, params }) => {
  const id = recordId(params.id, "generation");
  const { expiresIn } = ShareLinkInputSchema.parse(await readJsonBody(request, { maxBytes: 4 * 1024 }));
  const outcome = await createShareLink(user, id, expiresIn);
  if ("refused" in outcome)
    throw new ApiError(outcome.refused.status, outcome.refused.message, { rule: outcome.refused.rule });
  return Response.json({ ...outcome.link, url: `${config().server.publicUrl}/s/${outcome.token}` }, { status: 201 });
});
