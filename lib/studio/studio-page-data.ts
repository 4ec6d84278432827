import "server-only";
import type { StudioProps } from "@/lib/studio/types";
import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session";
import { config } from "@/lib/config";
import { GenerationRequestSchema, listProviders, mediaRulesFor, type GenerationMode } from "@/lib/providers/server";
import { getTaskEngine } from "@/lib/tasks/web-engine";
import { loadExtendSource } from "./extend-source";
import { readProviderHealth } from "@/lib/tasks/provider-health";
import { providerChoicesForMode } from "./provider-choices";
import { loadProviderPresets } from "./provider-presets";
import { loadTeamElements } from "./team-elements";

const UNFINISHED = ["submitting", "queued", "running", "storing"] as const;
/** Modes whose pickers offer the team's elements. */
const ELEMENT_MODES: readonly GenerationMode[] = ["reference", "edit", "first_frame"];

/** The earlier generation a form remixes (?from=<id>), when it exists and its request still parses. */
async function loadSourceGeneration(id: string | undefined): Promise<StudioProps["source"]> {
  if (!id) return undefined;
  const generation = await prisma.generation.findUnique({ where: { id }, select: { id: true, request: true } });
  const request = generation && GenerationRequestSchema.safeParse(generation.request);
  return generation && request?.success ? { id: generation.id, request: request.data } : undefined;
}

/** Everything a mode's form needs from the server, from the same registry the task engine submits with. */
export async function loadStudioPageData(
  mode: GenerationMode,
  start: { from?: string; extend?: string },
  viewer: Pick<SessionUser, "role">,
): Promise<StudioProps> {
  const engine = await getTaskEngine();
  const listing = listProviders(engine.providersConfig);
  // Which variable to set is for the admins who can set it; members are told to ask one.
  const [health, policies] = await Promise.all([
    readProviderHealth(prisma),
    prisma.failoverPolicy.findMany({ where: { enabled: true }, select: { family: true } }),
  ]);
  const outages = new Map(
    health.filter((row) => row.state !== "closed").map((row) => [row.provider, row.lastError ?? ""]),
  );
  const choices = providerChoicesForMode(listing, (id) => engine.registry[id].capabilities, mode)
    .map((choice) => (viewer.role === "admin" ? choice : { ...choice, reason: undefined, missing: undefined }))
    .map((choice) => (outages.has(choice.id) ? { ...choice, outage: outages.get(choice.id) } : choice));
  const [source, runningCount, elements] = await Promise.all([
    // ?extend= continues an earlier generation's result; ?from= remixes a request in its own mode.
    start.extend ? loadExtendSource(start.extend, choices) : loadSourceGeneration(start.from),
    prisma.generation.count({ where: { status: { in: [...UNFINISHED] } } }),
    ELEMENT_MODES.includes(mode)
      ? Promise.all([loadTeamElements(engine.registry), loadProviderPresets(engine)]).then((lists) => lists.flat())
      : [],
  ]);
  return {
    mode,
    choices,
    source,
    prices: config().prices,
    runningCount,
    mediaRules: Object.fromEntries(
      choices.map((choice) => [choice.id, mediaRulesFor(engine.registry[choice.id].capabilities, mode)]),
    ),
    elements,
    failoverFamilies: policies.map((policy) => policy.family),
  };
}
