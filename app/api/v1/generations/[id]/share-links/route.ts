import { listLinks, postLink } from "@/lib/api/share-links";
import { apiRoute } from "@/lib/api/v1-route";

// GET /api/v1/generations/{id}/share-links – the generation's live read-only links.
export const GET = apiRoute<{ id: string }>("read", listLinks);

// POST /api/v1/generations/{id}/share-links `{expiresIn}` – a new public link (its creator or an admin), shown once.
export const POST = apiRoute<{ id: string }>("write", postLink);
