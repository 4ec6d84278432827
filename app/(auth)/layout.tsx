import type { ReactNode } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="grid min-h-screen place-items-center px-4">
      <div className="w-full max-w-sm">
        <p className="mb-8 flex items-center justify-center gap-2 text-lg font-semibold">
          <span aria-hidden className="grid size-8 place-items-center rounded-md bg-accent text-zinc-950">K</span>
          Kling Studio
        </p>
        {children}
      </div>
    </main>
  );
}
