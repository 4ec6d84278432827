"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { authClient } from "@/lib/auth/client";

const credentialsSchema = z.object({
  name: z.string().trim().min(1, { message: "Enter your name." }).max(80).optional(),
  email: z.email({ message: "Enter a valid email address." }),
  password: z.string().min(8, { message: "The password needs at least 8 characters." }).max(128),
});

type FieldErrors = Partial<Record<"name" | "email" | "password", string>>;

function Field({ label, name, type, error, autoComplete }: { label: string; name: string; type: string; error?: string; autoComplete: string }) {
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
      {error && <span id={`${name}-error`} className="mt-1 block text-red-400">{error}</span>}
    </label>
  );
}

export function CredentialsForm({ kind, next, invite }: { kind: "sign-in" | "sign-up"; next: string; invite?: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);

  async function submit(formData: FormData) {
    const parsed = credentialsSchema.safeParse({
      name: kind === "sign-up" ? String(formData.get("name") ?? "") : undefined,
      email: String(formData.get("email") ?? ""),
      password: String(formData.get("password") ?? ""),
    });
    if (!parsed.success) {
      const flat = z.flattenError(parsed.error).fieldErrors;
      setFieldErrors({ name: flat.name?.[0], email: flat.email?.[0], password: flat.password?.[0] });
      return;
    }
    setFieldErrors({});
    setError(null);
    setPending(true);
    const { email, password, name } = parsed.data;
    const outcome =
      kind === "sign-in"
        ? await authClient.signIn.email({ email, password })
        : await authClient.signUp.email({ email, password, name: name ?? email }, { query: invite ? { invite } : undefined });
    setPending(false);
    if (outcome.error) {
      setError(outcome.error.message ?? "That did not work. Please try again.");
      return;
    }
    router.replace(next);
    router.refresh();
  }

  return (
    <form action={submit} noValidate className="space-y-4">
      {kind === "sign-up" && <Field label="Name" name="name" type="text" autoComplete="name" error={fieldErrors.name} />}
      <Field label="Email" name="email" type="email" autoComplete="email" error={fieldErrors.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete={kind === "sign-in" ? "current-password" : "new-password"}
        error={fieldErrors.password}
      />
      {error && <p role="alert" className="rounded-md bg-red-950/60 px-3 py-2 text-sm text-red-300">{error}</p>}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-accent px-4 py-2 font-medium text-zinc-950 hover:bg-accent-strong disabled:opacity-50"
      >
        {pending ? "One moment…" : kind === "sign-in" ? "Sign in" : "Create account"}
      </button>
      <p className="text-center text-sm text-zinc-400">
        {kind === "sign-in" ? (
          <>No account yet? <Link className="text-accent underline-offset-4 hover:underline" href="/sign-up">Sign up</Link></>
        ) : (
          <>Already have an account? <Link className="text-accent underline-offset-4 hover:underline" href="/sign-in">Sign in</Link></>
        )}
      </p>
    </form>
  );
}
