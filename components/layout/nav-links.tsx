"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

const SECTIONS = [
  { href: "/studio", label: "studio" },
  { href: "/gallery", label: "gallery" },
  { href: "/elements", label: "elements" },
  { href: "/usage", label: "usage" },
  { href: "/settings", label: "settings" },
] as const;

export function NavLinks() {
  const t = useTranslations("header");
  const pathname = usePathname();
  return (
    <nav aria-label={t("sections")} className="flex items-center gap-1">
      {SECTIONS.map(({ href, label }) => {
        const current = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            aria-current={current ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 text-sm transition-colors ${
              current ? "bg-zinc-800 text-white" : "text-zinc-400 hover:bg-zinc-900 hover:text-zinc-100"
            }`}
          >
            {t(label)}
          </Link>
        );
      })}
    </nav>
  );
}
