import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "./auth";
import { roleSchema, type Role } from "./roles";

export type SessionUser = { id: string; email: string; name: string; role: Role };

async function lookUpSession(requestHeaders: Headers): Promise<SessionUser | null> {
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, email, name, role } = session.user;
  return { id, email, name, role: roleSchema.catch("member").parse(role) };
}

// A layout and its page both ask during one render: look the session up once.
const sessionOfCurrentRequest = cache(async () => lookUpSession(await headers()));

/** Who is asking: one shared lookup for pages, server actions and route handlers. */
export async function getSessionUser(requestHeaders?: Headers): Promise<SessionUser | null> {
  return requestHeaders ? lookUpSession(requestHeaders) : sessionOfCurrentRequest();
}

export class AccessError extends Error {
  constructor(readonly status: 401 | 403) {
    super(status === 401 ? "Sign in to continue." : "Only an admin of this studio can do this.");
    this.name = "AccessError";
  }
}

/** Who may call a server action or route handler: any signed-in creator, or admins only. */
export type Access = "user" | "admin";

export async function requireUser(access: Access, requestHeaders?: Headers): Promise<SessionUser> {
  const user = await getSessionUser(requestHeaders);
  if (!user) throw new AccessError(401);
  if (access === "admin" && user.role !== "admin") throw new AccessError(403);
  return user;
}

/** For pages: a visitor without a session goes to sign-in and comes back afterwards. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return user;
}
