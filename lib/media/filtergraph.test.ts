import { describe, expect, it } from "vitest";
import { escapeFilterValue, filter } from "./filtergraph";

describe("filtergraph escaping", () => {
  it("escapes option separators, then graph separators", () => {
    expect(escapeFilterValue("/tmp/a:b")).toBe("/tmp/a\\\\:b");
    expect(escapeFilterValue("it's")).toBe("it\\\\\\'s");
    expect(escapeFilterValue("between(t,1,2)")).toBe("between(t\\,1\\,2)");
    expect(escapeFilterValue("[x];y")).toBe("\\[x\\]\\;y");
  });

  it("joins options and skips undefined ones", () => {
    expect(filter("crop", { w: 10, h: undefined, x: "(iw-ow)/2" })).toBe("crop=w=10:x=(iw-ow)/2");
    expect(filter("null")).toBe("null");
  });
});
