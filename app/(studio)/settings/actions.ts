"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { createInvitation } from "@/lib/auth/invitations";
import { roleSchema } from "@/lib/auth/roles";
import { env } from "@/lib/env";

export const createInvitationInput = z.object({
  role: roleSchema.default("member"),
  email: z.email({ message: "Enter a valid email address, or leave it empty." }).optional().or(z.literal("").transform(() => undefined)),
});

/** Admins invite creators with a one-time link (needed when SIGNUP=invite). */
export const createInvitationAction = action("admin", createInvitationInput, async ({ role, email }, { user }) => {
  const invitation = await createInvitation({ createdById: user.id, role, email });
  return {
    url: `${env().publicUrl}/sign-up?invite=${invitation.token}`,
    expiresAt: invitation.expiresAt.toISOString(),
  };
});
