import type { ImageRules, ProviderId, TeamElementRules } from "@/lib/providers";
import { checkImageFacts } from "@/lib/studio/media/image-checks";
import type { MediaFacts } from "@/lib/studio/media/media-checks";

// The rules an element must meet, for the admin's form (on the browser's measurements) and the server
// (on its own), so the same problem is named beside the same field before any provider is called.

/** Long enough for any provider's name; each provider may allow fewer (the Kling gateway: 10). */
export const TEAM_ELEMENT_LIMITS = { name: 40, description: 500, tags: 12, tag: 30, referImages: 8 } as const;

export type ElementDraft = {
  name: string;
  description: string;
  tags: string[];
  frontalImageUrl?: string;
  referImageUrls: string[];
  /** Where the element should exist (library and inline providers). */
  providers: ProviderId[];
};

/** A provider the draft is checked for, as the page hands it down. */
export type ElementTarget = { provider: ProviderId; label: string; rules: TeamElementRules };

/** One broken rule: `path` is the draft's field, `rule` the message key, `params` fill the message. */
export type ElementProblem = {
  path: string;
  rule: string;
  params: Record<string, string | number>;
  message: string;
};

/** Characters as people count them (a Chinese character or an emoji is one). */
export const characters = (text: string) => [...text].length;

/** The reference-image range a provider allows, from its own terms (references, or all images). */
export function referRange(rules: TeamElementRules): { min: number; max: number } | undefined {
  if (rules.referImages) return rules.referImages;
  if (rules.images) return { min: Math.max(0, rules.images.min - 1), max: rules.images.max - 1 };
  return undefined;
}

/**
 * The tightest length limit `text` breaks, the studio's own or a chosen provider's, as a problem at
 * `path` (`<field>_too_long`, or `<field>_too_long_for` naming the provider).
 */
function lengthProblem(
  field: "name" | "description",
  text: string,
  studioMax: number,
  providerMax: (rules: ElementTarget["rules"]) => number | undefined,
  targets: ElementTarget[],
): ElementProblem | undefined {
  const limits = [
    { label: "", max: studioMax },
    ...targets.flatMap((target) => {
      const max = providerMax(target.rules);
      return max ? [{ label: target.label, max }] : [];
    }),
  ];
  const count = characters(text);
  const tightest = limits.filter((limit) => count > limit.max).sort((a, b) => a.max - b.max)[0];
  if (!tightest) return undefined;
  return {
    path: field,
    rule: tightest.label ? `element_${field}_too_long_for` : `element_${field}_too_long`,
    params: { count, max: tightest.max, provider: tightest.label },
    message: `The ${field} has ${count} characters; ${tightest.label || "the studio"} allows ${tightest.max}.`,
  };
}

function checkText(draft: ElementDraft, targets: ElementTarget[], problems: ElementProblem[]) {
  const add = (problem: ElementProblem | undefined) => problem && problems.push(problem);
  const name = draft.name.trim();
  if (!name) problems.push({ path: "name", rule: "element_name_required", params: {}, message: "Give it a name." });
  add(lengthProblem("name", name, TEAM_ELEMENT_LIMITS.name, (rules) => rules.nameMaxLength, targets));
  const description = draft.description.trim();
  const needsDescription = targets.find((t) => t.rules.descriptionRequired);
  if (!description && needsDescription) {
    problems.push({
      path: "description",
      rule: "element_description_required",
      params: { provider: needsDescription.label },
      message: `${needsDescription.label} needs a description.`,
    });
  }
  add(
    lengthProblem(
      "description",
      description,
      TEAM_ELEMENT_LIMITS.description,
      (rules) => rules.descriptionMaxLength,
      targets,
    ),
  );
  if (draft.tags.length > TEAM_ELEMENT_LIMITS.tags)
    problems.push({
      path: "tags",
      rule: "element_too_many_tags",
      params: { max: TEAM_ELEMENT_LIMITS.tags, count: draft.tags.length },
      message: `At most ${TEAM_ELEMENT_LIMITS.tags} tags.`,
    });
}

function checkImage(path: string, facts: MediaFacts | undefined, rules: ImageRules[], problems: ElementProblem[]) {
  if (!facts) return;
  const seen = new Set<string>();
  for (const check of rules.flatMap((imageRules) => checkImageFacts(facts, imageRules))) {
    if (seen.has(check.rule)) continue;
    seen.add(check.rule);
    problems.push({ path, rule: check.rule, params: check.params, message: `The image breaks ${check.rule}.` });
  }
}

/**
 * Every rule the draft breaks for the studio and for each chosen provider. `factsOf` gives what is
 * known about an image (width, height, format, size); images without facts are checked on the server.
 * Each image rule is reported once, however many providers share it.
 */
export function checkElementDraft(
  draft: ElementDraft,
  targets: ElementTarget[],
  factsOf: (url: string) => MediaFacts | undefined,
  /** Rules every element image meets whatever the providers (Kling's image rules). */
  baseImageRules?: ImageRules,
): ElementProblem[] {
  const problems: ElementProblem[] = [];
  checkText(draft, targets, problems);
  if (!draft.frontalImageUrl)
    problems.push({
      path: "frontalImageUrl",
      rule: "element_frontal_required",
      params: {},
      message: "Add a frontal image.",
    });
  const count = draft.referImageUrls.length;
  for (const target of targets) {
    const range = referRange(target.rules);
    if (range && (count < range.min || count > range.max)) {
      problems.push({
        path: "referImageUrls",
        rule: "element_refer_count",
        params: { provider: target.label, min: range.min, max: range.max, count },
        message: `${target.label} takes ${range.min}–${range.max} reference images besides the frontal one; this element has ${count}.`,
      });
      break;
    }
  }
  const imageRules = [
    ...(baseImageRules ? [baseImageRules] : []),
    ...targets.flatMap((target) => (target.rules.imageRules ? [target.rules.imageRules] : [])),
  ];
  if (draft.frontalImageUrl) checkImage("frontalImageUrl", factsOf(draft.frontalImageUrl), imageRules, problems);
  draft.referImageUrls.forEach((url, index) =>
    checkImage(`referImageUrls[${index}]`, factsOf(url), imageRules, problems),
  );
  return problems;
}

/** The providers an admin may choose for an element: those that create it (library) or send it (inline). */
export function isChoosableHosting(rules: TeamElementRules | undefined): rules is TeamElementRules {
  return rules?.hosting === "library" || rules?.hosting === "inline";
}
