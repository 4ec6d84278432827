import { deleteElement, getElement, patchElement } from "@/lib/api/elements";
import { apiRoute } from "@/lib/api/v1-route";

// GET /api/v1/elements/{id} – one element, retired ones too (generations still name them).
export const GET = apiRoute<{ id: string }>("read", getElement);

// PATCH /api/v1/elements/{id} – changes the fields given (admin scope); providers' copies follow.
export const PATCH = apiRoute<{ id: string }>("admin", patchElement);

// DELETE /api/v1/elements/{id} – retires it: deleted at the providers that store it (admin scope).
export const DELETE = apiRoute<{ id: string }>("admin", deleteElement);
