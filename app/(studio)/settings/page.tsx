import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/settings/invite-form";
import { ApiTokens } from "@/components/settings/api-tokens";
import { Webhooks } from "@/components/settings/webhooks";
import { ProviderAccounts } from "@/components/settings/provider-accounts";
import { readProviderAccounts } from "@/lib/studio/provider-accounts";
import { FailoverPolicies } from "@/components/settings/failover-policies";
import { ProviderStatusPanel } from "@/components/settings/provider-status";
import { readProviderAdminView } from "@/lib/studio/provider-admin";
import { listWebhookDeliveries, listWebhookEndpoints } from "@/lib/webhooks/endpoints";
import { listApiTokens, scopesFor } from "@/lib/auth/api-tokens";
import { AccountForm } from "@/components/settings/account-form";
import { InvitationList } from "@/components/settings/invitation-list";
import { TeamList } from "@/components/settings/team-list";
import { listInvitations } from "@/lib/auth/team";
import {
  changePasswordAction,
  changeRoleAction,
  createApiTokenAction,
  createInvitationAction,
  createWebhookAction,
  deleteWebhookAction,
  resendWebhookAction,
  removeMemberAction,
  renameAction,
  revokeApiTokenAction,
  revokeInvitationAction,
  saveFailoverPolicyAction,
} from "./actions";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { listMembers } from "@/lib/auth/members";
import { config } from "@/lib/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-xl border border-zinc-800 p-6">
      <h2 className="mb-4 font-medium">{title}</h2>
      {children}
    </section>
  );
}

export default async function SettingsPage() {
  const user = await requirePageUser("/settings");
  const t = await getTranslations();
  const admin = user.role === "admin";
  const [members, invitations, accounts, providerAdmin] = admin
    ? await Promise.all([listMembers(), listInvitations(), readProviderAccounts(), readProviderAdminView()])
    : [[], [], [], { statuses: [], families: [] }];
  const publicUrl = config().server.publicUrl;
  const tokens = await listApiTokens(user.id);
  const endpoints = await Promise.all(
    (await listWebhookEndpoints(user)).map(async (endpoint) => ({
      ...endpoint,
      deliveries: (await listWebhookDeliveries(user, endpoint.id, 10)).map((delivery) => ({
        ...delivery,
        createdAt: delivery.createdAt.toISOString(),
      })),
    })),
  );
  return (
    <>
      <PageHeader title={t("settings.title")} />
      <div className="space-y-6">
        <Section title={t("settings.account")}>
          <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
            <dt className="text-zinc-400">{t("settings.name")}</dt>
            <dd>{user.name}</dd>
            <dt className="text-zinc-400">{t("settings.email")}</dt>
            <dd>{user.email}</dd>
            <dt className="text-zinc-400">{t("settings.role")}</dt>
            {/* The raw role: e2e tests and scripts read it. */}
            <dd data-testid="account-role" title={t(`roles.${user.role}`)}>
              {user.role}
            </dd>
          </dl>
          <div className="mt-6">
            <AccountForm name={user.name} rename={renameAction} changePassword={changePasswordAction} />
          </div>
        </Section>
        <Section title={t("settings.tokens.title")}>
          <ApiTokens
            tokens={tokens.map((token) => ({
              ...token,
              createdAt: token.createdAt.toISOString(),
              expiresAt: token.expiresAt?.toISOString() ?? null,
              lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
              revokedAt: token.revokedAt?.toISOString() ?? null,
            }))}
            scopes={scopesFor(user.role)}
            create={createApiTokenAction}
            revoke={revokeApiTokenAction}
          />
        </Section>
        <Section title={t("settings.webhooks.title")}>
          <Webhooks
            endpoints={endpoints.map(({ createdAt, ...endpoint }) => ({
              ...endpoint,
              createdAt: createdAt.toISOString(),
            }))}
            admin={user.role === "admin"}
            create={createWebhookAction}
            remove={deleteWebhookAction}
            resend={resendWebhookAction}
          />
        </Section>
        {user.role === "admin" && (
          <>
            <Section title={t("settings.team")}>
              <TeamList
                members={members.map((member) => ({ ...member, removedAt: member.removedAt?.toISOString() ?? null }))}
                viewerId={user.id}
                changeRole={changeRoleAction}
                removeMember={removeMemberAction}
              />
            </Section>
            <Section title={t("settings.invitations")}>
              <p className="mb-4 text-sm text-zinc-400">
                {t.rich("settings.signupMode", {
                  mode: config().auth.signup,
                  strong: (chunks) => <strong>{chunks}</strong>,
                })}
              </p>
              <InviteForm createInvitation={createInvitationAction} />
              <div className="mt-6">
                <InvitationList
                  revoke={revokeInvitationAction}
                  invitations={invitations.map(({ token, expiresAt, ...invitation }) => ({
                    ...invitation,
                    expiresAt: expiresAt.toISOString(),
                    url: token ? `${publicUrl}/sign-up?invite=${token}` : null,
                  }))}
                />
              </div>
            </Section>
            <Section title={t("settings.providerStatus.title")}>
              <ProviderStatusPanel statuses={providerAdmin.statuses} />
            </Section>
            <Section title={t("settings.failover.title")}>
              <FailoverPolicies families={providerAdmin.families} save={saveFailoverPolicyAction} />
            </Section>
            <Section title={t("settings.providerAccounts.title")}>
              <ProviderAccounts readings={accounts} />
            </Section>
          </>
        )}
      </div>
    </>
  );
}
