"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { z } from "zod";
import { action, ActionError } from "@/lib/actions/action";
import { getAuth } from "@/lib/auth/auth";
import { roleSchema } from "@/lib/auth/roles";
import { changeMemberRole, removeMember, revokeInvitation, TeamRuleError } from "@/lib/auth/team";
import { createInvitation, invitationInputSchema } from "@/lib/auth/invitations";
import { ApiTokenInputSchema, ApiTokenRuleError, createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { getTaskEngine } from "@/lib/tasks/web-engine";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  resendWebhookDelivery,
  WebhookRuleError,
} from "@/lib/webhooks/endpoints";
import { WebhookEndpointInputSchema } from "@/lib/webhooks/schema";
import { config } from "@/lib/config";
import { FailoverPolicyError, FailoverPolicyInputSchema, saveFailoverPolicy } from "@/lib/tasks/failover-policy";
import { prisma } from "@/lib/db/client";

/** Admins set, per model family, which providers a generation may move through. */
export const saveFailoverPolicyAction = action("admin", FailoverPolicyInputSchema, async (input) => {
  try {
    await saveFailoverPolicy(prisma, (await getTaskEngine()).registry, input);
  } catch (error) {
    if (error instanceof FailoverPolicyError) throw new ActionError(error.message);
    throw error;
  }
  return { saved: true as const };
});

/** Admins invite creators with a one-time link (needed when SIGNUP=invite). */
export const createInvitationAction = action("admin", invitationInputSchema, async ({ role, email }, { user }) => {
  const invitation = await createInvitation({ createdById: user.id, role, email });
  return {
    url: `${config().server.publicUrl}/sign-up?invite=${invitation.token}`,
    expiresAt: invitation.expiresAt.toISOString(),
  };
});

const MemberSchema = z.object({ memberId: z.string().min(1).max(200) });

async function teamChange(change: () => Promise<void>) {
  try {
    await change();
  } catch (error) {
    if (error instanceof TeamRuleError) throw new ActionError(error.message);
    throw error;
  }
  return { done: true as const };
}

/** Admins give a member another role; the studio keeps at least one admin. */
export const changeRoleAction = action("admin", MemberSchema.extend({ role: roleSchema }), async ({ memberId, role }) =>
  teamChange(() => changeMemberRole(memberId, role)),
);

/** Admins remove someone from the team: signed out, no sign-in, their generations kept. */
export const removeMemberAction = action("admin", MemberSchema, async ({ memberId }) =>
  teamChange(() => removeMember(memberId)),
);

/** Admins revoke an unused invitation: its link refuses sign-up from then on. */
export const revokeInvitationAction = action("admin", z.object({ invitationId: z.uuid() }), async ({ invitationId }) =>
  teamChange(() => revokeInvitation(invitationId)),
);

/** Anyone changes their own display name. */
export const renameAction = action(
  "user",
  z.object({
    name: z.string().trim().min(1, { error: "Enter a name." }).max(100, { error: "Use at most 100 characters." }),
  }),
  async ({ name }, { user }) => {
    await getAuth().api.updateUser({ body: { name }, headers: await headers() });
    return { name, userId: user.id };
  },
);

/** Anyone changes their own password, knowing the current one; other sessions are signed out. */
export const changePasswordAction = action(
  "user",
  z.object({ currentPassword: z.string().min(1, { error: "Enter your current password." }), newPassword: z.string() }),
  async ({ currentPassword, newPassword }) => {
    try {
      await getAuth().api.changePassword({
        body: { currentPassword, newPassword, revokeOtherSessions: true },
        headers: await headers(),
      });
    } catch (error) {
      if (error instanceof APIError) throw new ActionError(error.message);
      throw error;
    }
    return { changed: true as const };
  },
);

/** Anyone makes a personal API token for scripts (admins may give it the admin scope); it is shown once. */
export const createApiTokenAction = action("user", ApiTokenInputSchema, async (input, { user }) => {
  try {
    const { token, record } = await createApiToken(user, input);
    return { token, id: record.id };
  } catch (error) {
    if (error instanceof ApiTokenRuleError) throw new ActionError(error.message);
    throw error;
  }
});

/** Anyone revokes one of their own tokens. */
export const revokeApiTokenAction = action("user", z.object({ tokenId: z.uuid() }), async ({ tokenId }, { user }) => {
  if (!(await revokeApiToken(user.id, tokenId))) throw new ActionError("No such active token of yours.");
  return { revoked: true as const };
});

async function webhookChange<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (error instanceof WebhookRuleError) throw new ActionError(error.message);
    throw error;
  }
}

/** Anyone registers an endpoint for their own generations' events; admins may take the team's. */
export const createWebhookAction = action("user", WebhookEndpointInputSchema, async (input, { user }) =>
  webhookChange(() => createWebhookEndpoint(user, user.role === "admin", input)),
);

export const deleteWebhookAction = action(
  "user",
  z.object({ endpointId: z.uuid() }),
  async ({ endpointId }, { user }) =>
    webhookChange(async () => {
      await deleteWebhookEndpoint(user, endpointId);
      return { removed: true as const };
    }),
);

export const resendWebhookAction = action(
  "user",
  z.object({ endpointId: z.uuid(), deliveryId: z.string().regex(/^msg_[0-9a-f]{32}$/) }),
  async ({ endpointId, deliveryId }, { user }) =>
    webhookChange(async () => {
      await resendWebhookDelivery(user, (await getTaskEngine()).boss, endpointId, deliveryId);
      return { resent: true as const };
    }),
);
