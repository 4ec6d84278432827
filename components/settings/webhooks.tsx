"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { WEBHOOK_EVENTS, type WebhookEvent } from "@/lib/webhooks/events";

export type WebhookDeliveryView = {
  id: string;
  event: string;
  state: "pending" | "delivered" | "failed";
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
};
export type WebhookEndpointView = {
  id: string;
  url: string;
  description: string;
  events: string[];
  teamWide: boolean;
  deliveries: WebhookDeliveryView[];
};
type Create = (input: {
  url: string;
  events: WebhookEvent[];
  description: string;
  teamWide: boolean;
}) => Promise<ActionResult<{ secret: string }>>;
type Remove = (input: { endpointId: string }) => Promise<ActionResult<unknown>>;
type Resend = (input: { endpointId: string; deliveryId: string }) => Promise<ActionResult<unknown>>;

const INPUT = "rounded-md border border-zinc-700 bg-zinc-900 px-3 py-2 text-sm";
const SMALL = "rounded-md border border-zinc-700 px-2 py-0.5 text-xs hover:border-zinc-500 disabled:opacity-50";

/** Webhook endpoints: register one (its signing secret shown once), see each delivery's outcome, resend. */
export function Webhooks({
  endpoints,
  admin,
  create,
  remove,
  resend,
}: {
  endpoints: WebhookEndpointView[];
  admin: boolean;
  create: Create;
  remove: Remove;
  resend: Resend;
}) {
  const t = useTranslations("settings.webhooks");
  const format = useFormatter();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (work: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      const outcome = await work();
      setError(outcome.ok ? null : outcome.error.message);
      router.refresh();
    });

  return (
    <div className="space-y-4">
      <p className="text-sm text-zinc-400">{t("explain")}</p>
      <form
        className="space-y-3"
        action={(formData) =>
          startTransition(async () => {
            const outcome = await create({
              url: String(formData.get("url") ?? ""),
              description: String(formData.get("description") ?? ""),
              events: formData.getAll("events").map(String) as WebhookEvent[],
              teamWide: formData.get("teamWide") === "on",
            });
            if (!outcome.ok)
              return setError(Object.values(outcome.error.fieldErrors ?? {})[0]?.[0] ?? outcome.error.message);
            setError(null);
            setSecret(outcome.data.secret);
            router.refresh();
          })
        }
      >
        <div className="flex flex-wrap gap-3">
          <label className="min-w-64 flex-1 text-sm">
            <span className="mb-1 block text-zinc-400">{t("url")}</span>
            <input
              name="url"
              type="url"
              required
              placeholder="https://example.com/hooks/kling"
              className={`${INPUT} w-full`}
            />
          </label>
          <label className="text-sm">
            <span className="mb-1 block text-zinc-400">{t("description")}</span>
            <input name="description" maxLength={200} className={INPUT} />
          </label>
        </div>
        <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <legend className="mb-1 text-zinc-400">{t("events")}</legend>
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event} className="flex items-center gap-1.5">
              <input type="checkbox" name="events" value={event} defaultChecked={event !== "element.synced"} />
              <code className="text-xs">{event}</code>
            </label>
          ))}
        </fieldset>
        {admin && (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="teamWide" />
            {t("teamWide")}
          </label>
        )}
        <button
          disabled={pending}
          className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-zinc-950 hover:bg-accent-strong disabled:opacity-50"
        >
          {t("create")}
        </button>
      </form>
      {error && (
        <p role="alert" className="text-sm text-red-300">
          {error}
        </p>
      )}
      {secret && (
        <p role="status" className="rounded-md border border-emerald-800 bg-emerald-950/40 p-3 text-sm">
          {t("secretOnce")}{" "}
          <code className="break-all" data-testid="webhook-secret">
            {secret}
          </code>
        </p>
      )}
      {endpoints.length === 0 ? (
        <p className="text-sm text-zinc-500">{t("none")}</p>
      ) : (
        <ul className="space-y-4">
          {endpoints.map((endpoint) => (
            <li key={endpoint.id} className="rounded-md border border-zinc-800 p-3 text-sm">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="min-w-0">
                  <code className="break-all">{endpoint.url}</code>
                  {endpoint.teamWide && <span className="ml-2 text-xs text-accent">{t("team")}</span>}
                  <span className="block text-xs text-zinc-500">
                    {[endpoint.description, endpoint.events.join(", ")].filter(Boolean).join(" · ")}
                  </span>
                </span>
                <button
                  type="button"
                  disabled={pending}
                  className={`${SMALL} border-red-800 text-red-300`}
                  onClick={() => run(() => remove({ endpointId: endpoint.id }))}
                >
                  {t("remove")}
                </button>
              </div>
              {endpoint.deliveries.length === 0 ? (
                <p className="mt-2 text-xs text-zinc-500">{t("noDeliveries")}</p>
              ) : (
                <table className="mt-2 w-full text-left text-xs">
                  <caption className="sr-only">{t("deliveries")}</caption>
                  <thead className="text-zinc-500">
                    <tr>
                      <th className="py-1 font-normal">{t("event")}</th>
                      <th className="font-normal">{t("state")}</th>
                      <th className="font-normal">{t("answer")}</th>
                      <th className="font-normal">{t("when")}</th>
                      <th />
                    </tr>
                  </thead>
                  <tbody>
                    {endpoint.deliveries.map((delivery) => (
                      <tr key={delivery.id} className="border-t border-zinc-800" data-state={delivery.state}>
                        <td className="py-1">
                          <code>{delivery.event}</code>
                        </td>
                        <td>{t(`states.${delivery.state}`, { attempts: delivery.attempts })}</td>
                        <td>{delivery.lastStatus ?? delivery.lastError ?? "—"}</td>
                        <td>{format.relativeTime(new Date(delivery.createdAt))}</td>
                        <td className="text-right">
                          <button
                            type="button"
                            disabled={pending}
                            className={SMALL}
                            onClick={() => run(() => resend({ endpointId: endpoint.id, deliveryId: delivery.id }))}
                          >
                            {t("resend")}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
