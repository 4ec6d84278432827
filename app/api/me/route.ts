import { authedRoute } from "@/lib/api/route";

// GET /api/me – the signed-in account: id, email, name and role.
export const GET = authedRoute("user", async (_request, { user }) => Response.json(user));
