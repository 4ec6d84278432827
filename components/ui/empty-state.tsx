import Link from "next/link";
import type { ReactNode } from "react";

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: { href: string; label: string };
}) {
  return (
    <div className="rounded-xl border border-dashed border-zinc-800 px-6 py-16 text-center">
      <h2 className="text-lg font-medium">{title}</h2>
      {children && <div className="mx-auto mt-2 max-w-md text-sm text-zinc-400">{children}</div>}
      {action && (
        <Link
          href={action.href}
          className="mt-6 inline-block rounded-md bg-accent px-4 py-2 text-sm font-medium text-zinc-950 hover:bg-accent-strong"
        >
          {action.label}
        </Link>
      )}
    </div>
  );
}
