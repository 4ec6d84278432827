import { postCancel } from "@/lib/api/generations";
import { apiRoute } from "@/lib/api/v1-route";

// POST /api/v1/generations/{id}/cancel – stops an unfinished generation (its creator or an admin).
export const POST = apiRoute<{ id: string }>("write", postCancel);
