import { deleteGeneration, getGeneration } from "@/lib/api/generations";
import { apiRoute } from "@/lib/api/v1-route";

// GET /api/v1/generations/{id} – status, events, ETA, error and media links (ETag; 304 once final).
export const GET = apiRoute<{ id: string }>("read", getGeneration);

// DELETE /api/v1/generations/{id} – deletes a finished generation and its files (its creator or an admin).
export const DELETE = apiRoute<{ id: string }>("write", deleteGeneration);
