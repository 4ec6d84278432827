"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { submitCredentials } from "@/lib/auth/credentials-request";

/**
 * The quick checks before anything is sent, each returning a catalog key. No schema library: this
 * is the first page every visitor loads, and the server's account rules (lib/auth/account-rules.ts)
 * stay the authority; the browser's own email check (input type=email) decides the address.
 */
function credentialErrors(form: HTMLFormElement, kind: "sign-in" | "sign-up"): FieldErrors {
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | null;
  const email = field("email");
  const password = field("password")?.value ?? "";
  return {
    name: kind === "sign-up" && !field("name")?.value.trim() ? "nameRequired" : undefined,
    email: !email?.value || email.validity.typeMismatch ? "emailInvalid" : undefined,
    password: password.length < 8 ? "passwordTooShort" : password.length > 128 ? "passwordTooLong" : undefined,
  };
}

type FieldErrors = Partial<Record<"name" | "email" | "password", string>>;

function Field({
  label,
  name,
  type,
  error,
  autoComplete,
}: {
  label: string;
  name: string;
  type: string;
  error?: string;
  autoComplete: string;
}) {
  return (
    <label className="block text-sm">
      <span className="mb-1 block text-zinc-300">{label}</span>
      <input
        name={name}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${name}-error` : undefined}
        className="w-full rounded-md border border-zinc-700 bg-zinc-900 px-3 py-2 aria-invalid:border-red-500"
      />
      {error && (
        <span id={`${name}-error`} className="mt-1 block text-red-400">
          {error}
        </span>
      )}
    </label>
  );
}

const MESSAGE_KEYS = [
  "nameRequired",
  "emailInvalid",
  "passwordTooShort",
  "passwordTooLong",
  "passwordBlank",
  "passwordTooWeak",
] as const;
// The server's account rules (lib/auth/account-rules.ts), shown beside their field in the reader's language.
const SERVER_CODES: Record<string, { field: keyof FieldErrors; key: (typeof MESSAGE_KEYS)[number] }> = {
  NAME_REQUIRED: { field: "name", key: "nameRequired" },
  PASSWORD_BLANK: { field: "password", key: "passwordBlank" },
  PASSWORD_TOO_SHORT: { field: "password", key: "passwordTooShort" },
  PASSWORD_TOO_WEAK: { field: "password", key: "passwordTooWeak" },
};
const isMessageKey = (message: string | undefined): message is (typeof MESSAGE_KEYS)[number] =>
  MESSAGE_KEYS.includes(message as (typeof MESSAGE_KEYS)[number]);

export function CredentialsForm({
  kind,
  next,
  invite,
}: {
  kind: "sign-in" | "sign-up";
  next: string;
  invite?: string;
}) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const translate = (message?: string) => (isMessageKey(message) ? t(message) : message);

  async function submit(form: HTMLFormElement) {
    const problems = credentialErrors(form, kind);
    if (problems.name || problems.email || problems.password) {
      setFieldErrors({
        name: translate(problems.name),
        email: translate(problems.email),
        password: translate(problems.password),
      });
      return;
    }
    setFieldErrors({});
    setError(null);
    setPending(true);
    const value = (name: string) => String(new FormData(form).get(name) ?? "");
    const [email, password, name] = [value("email"), value("password"), value("name").trim()];
    const outcome = await submitCredentials(
      kind,
      kind === "sign-in" ? { email, password } : { email, password, name: name || email },
      invite,
    );
    setPending(false);
    if (outcome.error !== null) {
      const known = outcome.code ? SERVER_CODES[outcome.code] : undefined;
      if (known) setFieldErrors({ [known.field]: t(known.key) });
      else setError(outcome.error || t("failed"));
      return;
    }
    router.replace(next);
    router.refresh();
  }

  const link = (href: string) =>
    function AuthLink(chunks: React.ReactNode) {
      return (
        <Link className="text-accent underline-offset-4 hover:underline" href={href}>
          {chunks}
        </Link>
      );
    };

  return (
    <form
      // Not a form action: React resets a form after its action, which would wipe what was typed on an error.
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
      noValidate
      className="space-y-4"
    >
      {kind === "sign-up" && (
        <Field label={t("name")} name="name" type="text" autoComplete="name" error={fieldErrors.name} />
      )}
      <Field label={t("email")} name="email" type="email" autoComplete="email" error={fieldErrors.email} />
      <Field
        label={t("password")}
        name="password"
        type="password"
        autoComplete={kind === "sign-in" ? "current-password" : "new-password"}
        error={fieldErrors.password}
      />
      {error && (
        <p role="alert" className="rounded-md bg-red-950/60 px-3 py-2 text-sm text-red-300">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-accent px-4 py-2 font-medium text-zinc-950 hover:bg-accent-strong disabled:opacity-50"
      >
        {pending ? t("pending") : kind === "sign-in" ? t("signIn") : t("createAccount")}
      </button>
      <p className="text-center text-sm text-zinc-400">
        {kind === "sign-in"
          ? t.rich("noAccount", { link: link("/sign-up") })
          : t.rich("haveAccount", { link: link("/sign-in") })}
      </p>
    </form>
  );
}
