import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it("follows a valid cookie over the browser", () => {
    expect(negotiateLocale({ cookie: "zh-CN", acceptLanguage: "en-US,en;q=0.9" })).toBe("zh-CN");
    expect(negotiateLocale({ cookie: "en", acceptLanguage: "zh-CN" })).toBe("en");
  });

  it("ignores an unknown cookie", () => {
    expect(negotiateLocale({ cookie: "fr", acceptLanguage: "zh-TW,zh;q=0.9" })).toBe("zh-CN");
  });

  it("maps every Chinese variant to zh-CN", () => {
    for (const tag of ["zh", "zh-CN", "zh-TW", "zh-Hant-HK", "ZH-cn"])
      expect(negotiateLocale({ acceptLanguage: tag })).toBe("zh-CN");
  });

  it("honours q-values and takes the first language it has", () => {
    expect(negotiateLocale({ acceptLanguage: "en;q=0.5, zh-CN;q=0.8" })).toBe("zh-CN");
    expect(negotiateLocale({ acceptLanguage: "fr-FR, zh;q=0.7, en;q=0.6" })).toBe("zh-CN");
    expect(negotiateLocale({ acceptLanguage: "de, en-GB;q=0.9, zh;q=0.8" })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "zh;q=0, en" })).toBe("en");
  });

  it("falls back to English", () => {
    expect(negotiateLocale({})).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "fr, de;q=0.8" })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "*" })).toBe("en");
  });
});
