"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

type Scope = "read" | "write" | "admin";
export type ApiTokenView = {
  id: string;
  name: string;
  scope: Scope;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
};
type CreateToken = (input: {
  name: string;
  scope: Scope;
  expiresInDays?: number;
}) => Promise<ActionResult<{ token: string; id: string }>>;
type RevokeToken = (input: { tokenId: string }) => Promise<ActionResult<{ revoked: true }>>;

const INPUT = "rounded-md border border-zinc-700 bg-zinc-900 px-3 py-2 text-sm";
const EXPIRIES = [30, 90, 365] as const;

/** Personal API tokens: create one (shown once, to copy), see when each was last used, revoke. */
export function ApiTokens({
  tokens,
  scopes,
  create,
  revoke,
}: {
  tokens: ApiTokenView[];
  scopes: readonly Scope[];
  create: CreateToken;
  revoke: RevokeToken;
}) {
  const t = useTranslations("settings.tokens");
  const format = useFormatter();
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [made, setMade] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const when = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "medium" }) : null);
  const stateOf = (token: ApiTokenView) =>
    token.revokedAt ? "revoked" : token.expiresAt && new Date(token.expiresAt) <= new Date() ? "expired" : "active";

  return (
    <div className="space-y-4">
      <p className="text-sm text-zinc-400">{t("explain")}</p>
      <form
        className="flex flex-wrap items-end gap-3"
        action={(formData) =>
          startTransition(async () => {
            const days = Number(formData.get("expires"));
            const outcome = await create({
              name: String(formData.get("name") ?? ""),
              scope: String(formData.get("scope")) as Scope,
              ...(days ? { expiresInDays: days } : {}),
            });
            if (!outcome.ok) return setError(outcome.error.fieldErrors?.name?.[0] ?? outcome.error.message);
            setError(null);
            setCopied(false);
            setMade(outcome.data.token);
            router.refresh();
          })
        }
      >
        <label className="text-sm">
          <span className="mb-1 block text-zinc-400">{t("name")}</span>
          <input name="name" required maxLength={100} className={INPUT} placeholder={t("namePlaceholder")} />
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-zinc-400">{t("scope")}</span>
          <select name="scope" defaultValue="write" className={INPUT}>
            {scopes.map((scope) => (
              <option key={scope} value={scope}>
                {t(`scopes.${scope}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-zinc-400">{t("expires")}</span>
          <select name="expires" defaultValue="90" className={INPUT}>
            {EXPIRIES.map((days) => (
              <option key={days} value={days}>
                {t("days", { days })}
              </option>
            ))}
            <option value="">{t("never")}</option>
          </select>
        </label>
        <button
          disabled={pending}
          className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-zinc-950 hover:bg-accent-strong disabled:opacity-50"
        >
          {pending ? t("creating") : t("create")}
        </button>
      </form>
      {error && (
        <p role="alert" className="text-sm text-red-300">
          {error}
        </p>
      )}
      {made && (
        <div role="status" className="space-y-2 rounded-md border border-emerald-800 bg-emerald-950/40 p-3 text-sm">
          <p>{t("shownOnce")}</p>
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor={`${id}-made`} className="sr-only">
              {t("newToken")}
            </label>
            <input
              id={`${id}-made`}
              readOnly
              value={made}
              data-testid="new-api-token"
              className={`${INPUT} min-w-0 flex-1 font-mono`}
              onFocus={(event) => event.target.select()}
            />
            <button
              type="button"
              className="rounded-md border border-zinc-700 px-3 py-2 hover:border-zinc-500"
              onClick={() => void navigator.clipboard?.writeText(made).then(() => setCopied(true))}
            >
              {copied ? t("copied") : t("copy")}
            </button>
          </div>
        </div>
      )}
      {tokens.length === 0 ? (
        <p className="text-sm text-zinc-500">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-zinc-800 text-sm" data-testid="api-token-list">
          {tokens.map((token) => {
            const state = stateOf(token);
            return (
              <li key={token.id} className="flex flex-wrap items-center justify-between gap-3 py-2" data-state={state}>
                <span>
                  <span className="font-medium">{token.name}</span> · <code>{token.prefix}…</code> ·{" "}
                  {t(`scopes.${token.scope}`)} ·{" "}
                  <span className={state === "active" ? "text-emerald-300" : "text-zinc-500"}>
                    {t(`states.${state}`)}
                  </span>
                  <span className="block text-xs text-zinc-500">
                    {t("created", { when: when(token.createdAt)! })}
                    {" · "}
                    {token.lastUsedAt ? t("lastUsed", { when: when(token.lastUsedAt)! }) : t("neverUsed")}
                    {token.expiresAt && ` · ${t("expiresOn", { when: when(token.expiresAt)! })}`}
                  </span>
                </span>
                {state === "active" && (
                  <button
                    type="button"
                    disabled={pending}
                    className="rounded-md border border-red-800 px-3 py-1 text-red-300 hover:border-red-600 disabled:opacity-50"
                    onClick={() =>
                      startTransition(async () => {
                        const outcome = await revoke({ tokenId: token.id });
                        if (!outcome.ok) setError(outcome.error.message);
                        router.refresh();
                      })
                    }
                  >
                    {t("revoke", { name: token.name })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
