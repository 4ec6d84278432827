import { postUpload } from "@/lib/api/assets";
import { authedRoute } from "@/lib/api/route";

// POST /api/uploads – the raw file as the body, its type in Content-Type; answers the asset to use as media (`asset:<id>`).
export const POST = authedRoute("user", postUpload);
