import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { config } from "@/lib/config";
import { createShareLink, listShareLinks, revokeShareLink, ShareLinkInputSchema } from "@/lib/gallery/share-links";
import { readJsonBody } from "./json-body";
import { ApiError, recordId } from "./route";

// A generation's read-only share links, for the browser's routes and the scripts' alike.

export async function listLinks(_request: Request, { params }: { params: { id: string } }) {
  return Response.json({ links: await listShareLinks(recordId(params.id, "generation")) });
}

/** A new link (creator or admin); its URL is shown only now. */
export async function postLink(request: Request, { user, params }: { user: SessionUser; params: { id: string } }) {
  const id = recordId(params.id, "generation");
  const { expiresIn } = ShareLinkInputSchema.parse(await readJsonBody(request, { maxBytes: 4 * 1024 }));
  const outcome = await createShareLink(user, id, expiresIn);
  if ("refused" in outcome)
    throw new ApiError(outcome.refused.status, outcome.refused.message, { rule: outcome.refused.rule });
  return Response.json({ ...outcome.link, url: `${config().server.publicUrl}/s/${outcome.token}` }, { status: 201 });
}

/** Revokes a link at once (creator or admin). */
export async function deleteLink(
  _request: Request,
  { user, params }: { user: SessionUser; params: { id: string; linkId: string } },
) {
  const outcome = await revokeShareLink(user, recordId(params.id, "generation"), recordId(params.linkId, "share link"));
  if ("refused" in outcome)
    throw new ApiError(outcome.refused.status, outcome.refused.message, { rule: outcome.refused.rule });
  return new Response(null, { status: 204 });
}
