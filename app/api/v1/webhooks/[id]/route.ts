import { apiRoute } from "@/lib/api/v1-route";
import { deleteEndpoint } from "@/lib/api/webhooks";

// DELETE /api/v1/webhooks/{id} – stops sending to this endpoint.
export const DELETE = apiRoute<{ id: string }>("write", deleteEndpoint);
