import { deleteLink } from "@/lib/api/share-links";
import { apiRoute } from "@/lib/api/v1-route";

// DELETE /api/v1/generations/{id}/share-links/{linkId} – revokes the link at once.
export const DELETE = apiRoute<{ id: string; linkId: string }>("write", deleteLink);
