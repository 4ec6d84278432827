import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentEnvironment } from "@/lib/config/environment";
import { readServerSection } from "@/lib/config/server";
import { LOCALE_COOKIE, negotiateLocale, type AppLocale } from "@/lib/i18n/locales";

const CATALOGS: Record<AppLocale, () => Promise<{ default: typeof import("@/messages/en.json") }>> = {
  en: () => import("@/messages/en.json"),
  "zh-CN": () => import("@/messages/zh-CN.json"),
};

// Provider rule violations arrive as the provider library's English sentences; Chinese gets its own
// wording per rule, with the violation's values where the rule reports them (the English ones
// already name the exact values, so they stay as they are). These catalogs live here, not in
// messages/: they are read as plain strings (field-messages.tsx), so the build must not precompile them.
type RuleCatalog = () => Promise<{ default: Record<string, string> }>;
const PROVIDER_RULES: Partial<Record<AppLocale, { plain: RuleCatalog; withValues: RuleCatalog }>> = {
  "zh-CN": {
    plain: () => import("@/i18n/rules.zh-CN.json"),
    withValues: () => import("@/i18n/rule-values.zh-CN.json"),
  },
};

// The server's zone on both sides, so times render the same on the server and after hydration.
const TIME_ZONE = readServerSection(currentEnvironment()).value.timeZone;

// No locale in URLs: the language follows the `locale` cookie, else the browser's Accept-Language.
export default getRequestConfig(async () => {
  const locale = negotiateLocale({
    cookie: (await cookies()).get(LOCALE_COOKIE)?.value,
    acceptLanguage: (await headers()).get("accept-language"),
  });
  const catalog = (await CATALOGS[locale]()).default;
  const rules = PROVIDER_RULES[locale];
  if (!rules) return { locale, timeZone: TIME_ZONE, messages: catalog };
  const [plain, withValues] = await Promise.all([rules.plain(), rules.withValues()]);
  return {
    locale,
    timeZone: TIME_ZONE,
    messages: { ...catalog, providerRules: plain.default, providerRuleValues: withValues.default },
  };
});
