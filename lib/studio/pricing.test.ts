import { describe, expect, it } from "vitest";
import { estimateCost, readPriceList } from "./pricing";

describe("readPriceList", () => {
  it("reads per-second prices by provider, quality and audio", () => {
    const prices = readPriceList({
      PRICE_DASHSCOPE_PRO: "0.14",
      PRICE_DASHSCOPE_PRO_AUDIO: " 0.21 ",
      PRICE_KLING_GATEWAY_4K: "0.5",
      PRICE_SIMULATOR_STD: "0",
    });
    expect(prices).toEqual({
      currency: "USD",
      perSecond: { "dashscope:pro": 0.14, "dashscope:pro:audio": 0.21, "kling-gateway:4k": 0.5, "simulator:std": 0 },
    });
  });

  it("ignores prices that are not non-negative numbers, and reads the currency", () => {
    const prices = readPriceList({ PRICE_DASHSCOPE_STD: "cheap", PRICE_XCOMPUTE_PRO: "-1", PRICE_CURRENCY: "CNY" });
    expect(prices).toEqual({ currency: "CNY", perSecond: {} });
  });
});

describe("estimateCost", () => {
  const prices = readPriceList({
    PRICE_DASHSCOPE_PRO: "0.14",
    PRICE_DASHSCOPE_PRO_AUDIO: "0.21",
    PRICE_DASHSCOPE_STD: "0.07",
  });

  it("multiplies the price by the billed seconds", () => {
    expect(estimateCost(prices, { provider: "dashscope", quality: "pro", audio: false, seconds: 5 })).toBe(0.7);
    expect(estimateCost(prices, { provider: "dashscope", quality: "std", audio: false, seconds: 10 })).toBe(0.7);
  });

  it("uses the audio price with audio, and knows no price without one", () => {
    expect(estimateCost(prices, { provider: "dashscope", quality: "pro", audio: true, seconds: 5 })).toBe(1.05);
    expect(estimateCost(prices, { provider: "dashscope", quality: "std", audio: true, seconds: 5 })).toBeNull();
    expect(estimateCost(prices, { provider: "xcompute", quality: "pro", audio: false, seconds: 5 })).toBeNull();
    expect(estimateCost(prices, { provider: "dashscope", quality: undefined, audio: false, seconds: 5 })).toBeNull();
  });
});
