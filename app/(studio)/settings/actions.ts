"use server";

import { action } from "@/lib/actions/action";
import { createInvitation, invitationInputSchema } from "@/lib/auth/invitations";
import { config } from "@/lib/config";

/** Admins invite creators with a one-time link (needed when SIGNUP=invite). */
export const createInvitationAction = action("admin", invitationInputSchema, async ({ role, email }, { user }) => {
  const invitation = await createInvitation({ createdById: user.id, role, email });
  return {
    url: `${config().server.publicUrl}/sign-up?invite=${invitation.token}`,
    expiresAt: invitation.expiresAt.toISOString(),
  };
});
