import { describe, expect, it } from "vitest";
import { KLING_GATEWAY_CAPABILITIES, XCOMPUTE_CAPABILITIES } from "@/lib/providers";
import { checkElementDraft, referRange, type ElementDraft, type ElementTarget } from "./rules";

const gateway: ElementTarget = {
  provider: "kling-gateway",
  label: "Kling gateway",
  rules: KLING_GATEWAY_CAPABILITIES.teamElements!,
};
const xcompute: ElementTarget = { provider: "xcompute", label: "xcompute", rules: XCOMPUTE_CAPABILITIES.teamElements! };

const draft = (changes: Partial<ElementDraft> = {}): ElementDraft => ({
  name: "Fox",
  description: "A red fox",
  tags: [],
  frontalImageUrl: "asset:front",
  referImageUrls: ["asset:side"],
  providers: [],
  ...changes,
});
const good = { width: 640, height: 640, format: "png", sizeBytes: 10_000 };
const rulesOf = (problems: ReturnType<typeof checkElementDraft>) => problems.map((p) => `${p.path} ${p.rule}`);

describe("checkElementDraft", () => {
  it("accepts an element that meets the gateway's and xcompute's rules", () => {
    expect(checkElementDraft(draft(), [gateway, xcompute], () => good)).toEqual([]);
  });

  it("counts a name as people do and names the provider whose limit it breaks", () => {
    expect(checkElementDraft(draft({ name: "红狐狸红狐狸红狐狸红" }), [gateway], () => good)).toEqual([]);
    const [problem] = checkElementDraft(draft({ name: "Elevenchars" }), [gateway], () => good);
    expect(problem).toMatchObject({
      path: "name",
      rule: "element_name_too_long_for",
      params: { count: 11, max: 10, provider: "Kling gateway" },
    });
    // Without the gateway only the studio's own, longer limit applies.
    expect(checkElementDraft(draft({ name: "Elevenchars" }), [xcompute], () => good)).toEqual([]);
  });

  it("holds reference images to each provider's range: 1–3 at the gateway, 2–4 images in all at xcompute", () => {
    expect(referRange(xcompute.rules)).toEqual({ min: 1, max: 3 });
    const four = draft({ referImageUrls: ["asset:a", "asset:b", "asset:c", "asset:d"] });
    expect(rulesOf(checkElementDraft(four, [gateway], () => good))).toEqual(["referImageUrls element_refer_count"]);
    expect(rulesOf(checkElementDraft(draft({ referImageUrls: [] }), [xcompute], () => good))).toEqual([
      "referImageUrls element_refer_count",
    ]);
    expect(checkElementDraft(four, [], () => good)).toEqual([]);
  });

  it("checks every image against Kling's rules once, at its own path", () => {
    const facts = (url: string) => (url === "asset:side" ? { width: 200, height: 200, format: "png" } : good);
    const problems = checkElementDraft(draft(), [gateway, xcompute], facts, gateway.rules.imageRules);
    expect(rulesOf(problems)).toEqual(["referImageUrls[0] image_size"]);
  });

  it("needs a name, a frontal image, and a description where a provider does", () => {
    const problems = checkElementDraft(
      draft({ name: " ", description: "", frontalImageUrl: undefined }),
      [gateway],
      () => good,
    );
    expect(rulesOf(problems)).toEqual([
      "name element_name_required",
      "description element_description_required",
      "frontalImageUrl element_frontal_required",
    ]);
  });
});
