import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";

export default async function HomePage() {
  const user = await requirePageUser("/");
  return (
    <section className="py-12">
      <p className="text-sm uppercase tracking-widest text-accent">Kling Studio</p>
      <h1 className="mt-3 max-w-2xl text-4xl font-semibold tracking-tight">Make videos with the Kling models, and keep every result.</h1>
      <p className="mt-4 max-w-2xl text-zinc-400">
        Welcome, {user.name || user.email}. Write a prompt, plan a storyboard or animate a frame; the studio follows each
        task at its provider and stores the finished video for the whole team.
      </p>
      <div className="mt-8 flex gap-3">
        <Link href="/studio" className="rounded-md bg-accent px-5 py-2.5 font-medium text-zinc-950 hover:bg-accent-strong">
          Open the studio
        </Link>
        <Link href="/gallery" className="rounded-md border border-zinc-700 px-5 py-2.5 hover:bg-zinc-900">
          Browse the gallery
        </Link>
      </div>
    </section>
  );
}
