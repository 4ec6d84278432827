import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import {
  KLING_IMAGE_RULES,
  PROVIDER_LABELS,
  providerAvailability,
  STUDIO_ASSET_URL,
  type ProviderId,
  type TeamElementRules,
} from "@/lib/providers/server";
import type { MediaFacts } from "@/lib/studio/media/media-checks";
import type { ElementDeps } from "./deps";
import { imageFactsOf } from "./image-facts";
import { checkElementDraft, isChoosableHosting, type ElementDraft, type ElementProblem } from "./rules";
import { enqueueElementJob } from "./sync";

// The team's element library: one row per subject, one binding per provider it should exist at.
// Every change is checked against the studio's and each chosen provider's rules before anything is
// stored or sent; providers that store elements get a background job (sync.ts).

export type SaveOutcome = { ok: true; elementId: string } | { ok: false; problems: ElementProblem[] };

export class ElementNotFoundError extends Error {
  constructor(id: string) {
    super(`No element ${id} in the team library.`);
    this.name = "ElementNotFoundError";
  }
}

/** The providers whose rules apply to a draft: every chosen one, with its label. */
function targetsFor(deps: ElementDeps, providers: ProviderId[]) {
  const problems: ElementProblem[] = [];
  const targets = providers.flatMap((provider) => {
    const rules = deps.registry[provider]?.capabilities.teamElements;
    const label = PROVIDER_LABELS[provider];
    if (!isChoosableHosting(rules) || !providerAvailability(deps.providersConfig, provider).available) {
      problems.push({
        path: "providers",
        rule: "element_provider_unavailable",
        params: { provider: label },
        message: `${label} cannot hold the team's elements here (not configured, or it takes none).`,
      });
      return [];
    }
    return [{ provider, label, rules }];
  });
  return { targets, problems };
}

/** What the studio measured about each uploaded image the draft names; unknown uploads are problems. */
async function imageFacts(deps: ElementDeps, draft: ElementDraft) {
  const urls = [draft.frontalImageUrl, ...draft.referImageUrls].filter((url): url is string => Boolean(url));
  const ids = urls.flatMap((url) => STUDIO_ASSET_URL.exec(url)?.[1] ?? []);
  const assets = await deps.prisma.asset.findMany({ where: { id: { in: ids }, kind: "upload" } });
  const facts = new Map<string, MediaFacts>(assets.map((asset) => [`asset:${asset.id}`, imageFactsOf(asset)]));
  const problems: ElementProblem[] = [];
  const place = (url: string | undefined, path: string) => {
    if (url && STUDIO_ASSET_URL.test(url) && !facts.has(url))
      problems.push({ path, rule: "upload_unknown", params: {}, message: "This upload no longer exists." });
  };
  place(draft.frontalImageUrl, "frontalImageUrl");
  draft.referImageUrls.forEach((url, index) => place(url, `referImageUrls[${index}]`));
  return { facts, problems };
}

/** Every problem of a draft for the chosen providers, the same ones the form shows. */
export async function checkDraft(deps: ElementDeps, draft: ElementDraft): Promise<ElementProblem[]> {
  const { targets, problems } = targetsFor(deps, draft.providers);
  const images = await imageFacts(deps, draft);
  return [
    ...problems,
    ...images.problems,
    ...checkElementDraft(draft, targets, (url) => images.facts.get(url), KLING_IMAGE_RULES),
  ];
}

const hostingOf = (deps: ElementDeps, provider: string): TeamElementRules["hosting"] | undefined =>
  deps.registry[provider as ProviderId]?.capabilities.teamElements?.hosting;

/** Binds the element to `provider`: a library creates it in the background, inline providers take it as is. */
async function bind(deps: ElementDeps, elementId: string, provider: ProviderId) {
  const library = hostingOf(deps, provider) === "library";
  const binding = await deps.prisma.elementBinding.create({
    data: { elementId, provider, state: library ? "pending" : "synced", checkedAt: library ? null : new Date() },
  });
  if (library) await enqueueElementJob(deps.boss, { action: "create", bindingId: binding.id });
}

/** Ends a binding: an element the studio created at a library is deleted there first. */
async function unbind(
  deps: ElementDeps,
  binding: { id: string; provider: string; remoteId: string | null; owned: boolean },
) {
  if (binding.remoteId && binding.owned && hostingOf(deps, binding.provider) === "library") {
    await deps.prisma.elementBinding.update({
      where: { id: binding.id },
      data: { state: "deleting", attempts: 0, message: null },
    });
    await enqueueElementJob(deps.boss, {
      action: "delete",
      provider: binding.provider as ProviderId,
      remoteId: binding.remoteId,
      bindingId: binding.id,
    });
  } else await deps.prisma.elementBinding.delete({ where: { id: binding.id } });
}

/** The element changed: the library gets a new one made from it, and the old one is deleted there. */
async function recreate(
  deps: ElementDeps,
  binding: { id: string; provider: string; remoteId: string | null; owned: boolean },
) {
  if (binding.remoteId && binding.owned)
    await enqueueElementJob(deps.boss, {
      action: "delete",
      provider: binding.provider as ProviderId,
      remoteId: binding.remoteId,
    });
  await deps.prisma.elementBinding.update({
    where: { id: binding.id },
    data: { state: "pending", remoteId: null, attempts: 0, createSentAt: null, message: null },
  });
  await enqueueElementJob(deps.boss, { action: "create", bindingId: binding.id });
}

export async function createElement(deps: ElementDeps, draft: ElementDraft, createdById: string): Promise<SaveOutcome> {
  const problems = await checkDraft(deps, draft);
  if (problems.length) return { ok: false, problems };
  const element = await deps.prisma.element.create({
    data: {
      name: draft.name.trim(),
      description: draft.description.trim(),
      tags: draft.tags,
      frontalImageUrl: draft.frontalImageUrl,
      referImageUrls: draft.referImageUrls,
      createdById,
    },
  });
  for (const provider of draft.providers) await bind(deps, element.id, provider);
  return { ok: true, elementId: element.id };
}

/**
 * Saves an edit. A library keeps no way to change an element, so one whose name, description or
 * images changed is created anew there and the old one deleted.
 */
export async function updateElement(deps: ElementDeps, elementId: string, draft: ElementDraft): Promise<SaveOutcome> {
  const current = await deps.prisma.element.findUnique({ where: { id: elementId }, include: { bindings: true } });
  if (!current || current.retiredAt) throw new ElementNotFoundError(elementId);
  const problems = await checkDraft(deps, draft);
  if (problems.length) return { ok: false, problems };
  const data = {
    name: draft.name.trim(),
    description: draft.description.trim(),
    frontalImageUrl: draft.frontalImageUrl ?? null,
    referImageUrls: draft.referImageUrls,
  };
  const changed =
    data.name !== current.name ||
    data.description !== current.description ||
    data.frontalImageUrl !== current.frontalImageUrl ||
    data.referImageUrls.join("\n") !== current.referImageUrls.join("\n");
  await deps.prisma.element.update({ where: { id: elementId }, data: { ...data, tags: draft.tags } });
  const chosen = new Set<string>(draft.providers);
  // Catalogue and adopted bindings are not the form's to end: only providers it can choose.
  const choosable = current.bindings.filter((binding) =>
    isChoosableHosting(deps.registry[binding.provider as ProviderId]?.capabilities.teamElements),
  );
  for (const binding of choosable) {
    if (binding.state === "deleting") continue;
    if (!chosen.has(binding.provider)) await unbind(deps, binding);
    else if (changed && hostingOf(deps, binding.provider) === "library") await recreate(deps, binding);
  }
  const bound = new Set(current.bindings.map((binding) => binding.provider));
  for (const provider of draft.providers) if (!bound.has(provider)) await bind(deps, elementId, provider);
  return { ok: true, elementId };
}

/** Retires an element: deleted at the providers that store it, kept for the generations that used it. */
export async function retireElement(deps: ElementDeps, elementId: string) {
  const element = await deps.prisma.element.findUnique({ where: { id: elementId }, include: { bindings: true } });
  if (!element || element.retiredAt) throw new ElementNotFoundError(elementId);
  await deps.prisma.element.update({ where: { id: elementId }, data: { retiredAt: new Date() } });
  for (const binding of element.bindings) if (binding.state !== "deleting") await unbind(deps, binding);
}

/** Tries a failed binding again: its create, or the delete of a retired element. */
export async function retryBinding(deps: ElementDeps, elementId: string, provider: ProviderId) {
  const binding = await deps.prisma.elementBinding.findUnique({
    where: { elementId_provider: { elementId, provider } },
    include: { element: true },
  });
  if (!binding) throw new ElementNotFoundError(elementId);
  if (binding.element.retiredAt && binding.remoteId) return unbind(deps, binding);
  if (binding.state !== "failed" && binding.state !== "missing") return;
  await deps.prisma.elementBinding.update({
    where: { id: binding.id },
    data: { state: "pending", remoteId: null, attempts: 0, message: null },
  });
  await enqueueElementJob(deps.boss, { action: "create", bindingId: binding.id });
}

/** Registers an element of a provider's catalogue (DashScope) by its id, with a name and a picture. */
export async function registerCatalogueElement(
  deps: ElementDeps,
  input: { provider: ProviderId; remoteId: string; name: string; description: string; frontalImageUrl: string },
  createdById: string,
): Promise<SaveOutcome> {
  const problems: ElementProblem[] = [];
  if (hostingOf(deps, input.provider) !== "catalogue")
    problems.push({
      path: "provider",
      rule: "element_provider_unavailable",
      params: { provider: PROVIDER_LABELS[input.provider] },
      message: `${PROVIDER_LABELS[input.provider]} does not take catalogue ids.`,
    });
  const taken = await deps.prisma.elementBinding.findUnique({
    where: { provider_remoteId: { provider: input.provider, remoteId: input.remoteId } },
  });
  if (taken)
    problems.push({ path: "remoteId", rule: "element_id_taken", params: {}, message: "This id is in the library." });
  const images = await imageFacts(deps, { ...emptyDraft(input), frontalImageUrl: input.frontalImageUrl });
  problems.push(...images.problems.map((problem) => ({ ...problem, path: "frontalImageUrl" })));
  if (problems.length) return { ok: false, problems };
  return adopt(deps, { ...input, referImageUrls: [], owned: true, tags: [] }, createdById);
}

const emptyDraft = (input: { name: string; description: string }): ElementDraft => ({
  ...input,
  tags: [],
  referImageUrls: [],
  providers: [],
});

/** A team element bound to an element the provider already has (adopted or registered). */
export async function adopt(
  deps: ElementDeps,
  input: {
    provider: ProviderId;
    remoteId: string;
    name: string;
    description: string;
    frontalImageUrl?: string;
    referImageUrls: string[];
    tags: string[];
    owned: boolean;
  },
  createdById: string,
): Promise<SaveOutcome> {
  try {
    const element = await deps.prisma.element.create({
      data: {
        name: input.name,
        description: input.description,
        frontalImageUrl: input.frontalImageUrl,
        referImageUrls: input.referImageUrls,
        tags: input.tags,
        createdById,
        bindings: {
          create: {
            provider: input.provider,
            remoteId: input.remoteId,
            state: "synced",
            owned: input.owned,
            checkedAt: new Date(),
          },
        },
      },
    });
    return { ok: true, elementId: element.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return {
        ok: false,
        problems: [{ path: "remoteId", rule: "element_id_taken", params: {}, message: "Already in the library." }],
      };
    throw error;
  }
}
