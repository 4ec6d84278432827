import type messages from "@/messages/en.json";
import type { AppLocale } from "./locales";

// Typed keys: a missing or misspelt message key fails `npm run typecheck`.
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof messages;
  }
}
