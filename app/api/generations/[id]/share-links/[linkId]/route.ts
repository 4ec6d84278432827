import { authedRoute } from "@/lib/api/route";
import { deleteLink } from "@/lib/api/share-links";

// DELETE /api/generations/[id]/share-links/[linkId] – revokes a link at once (creator or admin).
export const DELETE = authedRoute<{ id: string; linkId: string }>("user", deleteLink);
