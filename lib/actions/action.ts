import "server-only";
import { z } from "zod";
import type { ActionResult } from "./result";
import { AccessError, requireUser, type Access, type SessionUser } from "@/lib/auth/session";

export type { ActionResult };

/** An error a server action may show the creator as is. */
export class ActionError extends Error {}

/**
 * The one way to write a server action: input parsed with its zod schema, the
 * session and role checked inside the action itself, expected errors returned,
 * unexpected ones logged and answered with a generic message.
 */
export function action<S extends z.ZodType, T>(
  access: Access,
  input: S,
  run: (input: z.infer<S>, context: { user: SessionUser }) => Promise<T>,
) {
  const serverAction = async (raw: z.input<S>): Promise<ActionResult<T>> => {
    let user: SessionUser;
    try {
      user = await requireUser(access);
    } catch (error) {
      if (!(error instanceof AccessError)) throw error;
      return {
        ok: false,
        error: { code: error.status === 401 ? "unauthorized" : "forbidden", message: error.message },
      };
    }
    const parsed = input.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
      return { ok: false, error: { code: "invalid", message: "Some fields need attention.", fieldErrors } };
    }
    try {
      return { ok: true, data: await run(parsed.data, { user }) };
    } catch (error) {
      if (error instanceof ActionError) return { ok: false, error: { code: "failed", message: error.message } };
      console.error("[action]", error);
      return { ok: false, error: { code: "failed", message: "Something went wrong on our side. Please try again." } };
    }
  };
  // Declared access, read by the test that proves every action refuses strangers.
  return Object.assign(serverAction, { access });
}
