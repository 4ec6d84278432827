import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, negotiateLocale, type AppLocale } from "@/lib/i18n/locales";

const CATALOGS: Record<AppLocale, () => Promise<{ default: typeof import("@/messages/en.json") }>> = {
  en: () => import("@/messages/en.json"),
  "zh-CN": () => import("@/messages/zh-CN.json"),
};

// The server's zone on both sides, so times render the same on the server and after hydration.
const TIME_ZONE = process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone;

// No locale in URLs: the language follows the `locale` cookie, else the browser's Accept-Language.
export default getRequestConfig(async () => {
  const locale = negotiateLocale({
    cookie: (await cookies()).get(LOCALE_COOKIE)?.value,
    acceptLanguage: (await headers()).get("accept-language"),
  });
  return { locale, timeZone: TIME_ZONE, messages: (await CATALOGS[locale]()).default };
});
