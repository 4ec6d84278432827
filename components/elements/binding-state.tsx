import { useTranslations } from "next-intl";

export type BindingView = {
  provider: string;
  providerLabel: string;
  state: "pending" | "synced" | "failed" | "missing" | "not_supported" | "deleting";
  message?: string | null;
};

const TONE: Record<BindingView["state"], string> = {
  synced: "border-emerald-700 text-emerald-300",
  pending: "border-sky-700 text-sky-300",
  deleting: "border-zinc-600 text-zinc-400",
  failed: "border-red-700 text-red-300",
  missing: "border-amber-700 text-amber-300",
  not_supported: "border-zinc-700 text-zinc-500",
};

/** Where an element stands at one provider, as a small labelled chip. */
export function BindingState({ binding }: { binding: BindingView }) {
  const t = useTranslations("elements.state");
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs ${TONE[binding.state]}`}
      data-binding={binding.provider}
      data-state={binding.state}
      title={binding.message ?? undefined}
    >
      {binding.providerLabel}: {t(binding.state)}
    </span>
  );
}
