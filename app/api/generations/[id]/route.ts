import { authedRoute } from "@/lib/api/route";
import { deleteGeneration, getGeneration } from "@/lib/api/generations";

// GET /api/generations/[id] – status, events, ETA, error and media links; polled by the browser.
export const GET = authedRoute<{ id: string }>("user", getGeneration);

// DELETE /api/generations/[id] – deletes a finished generation and its files (creator or admin), audited.
export const DELETE = authedRoute<{ id: string }>("user", deleteGeneration);
