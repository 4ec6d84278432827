import { authedRoute } from "@/lib/api/route";
import { postCancel } from "@/lib/api/generations";

// POST /api/generations/[id]/cancel – stop an unfinished generation (its creator or an admin).
export const POST = authedRoute<{ id: string }>("user", postCancel);
