import { authedRoute } from "@/lib/api/route";
import { listLinks, postLink } from "@/lib/api/share-links";

// GET /api/generations/[id]/share-links – the generation's live read-only links.
export const GET = authedRoute<{ id: string }>("user", listLinks);

// POST /api/generations/[id]/share-links {expiresIn} – a new link (creator or admin); its URL is shown only now.
export const POST = authedRoute<{ id: string }>("user", postLink);
