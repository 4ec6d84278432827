import type {
  GenerationMode,
  GenerationRequest,
  ModelCapabilities,
  ModeCapabilities,
  ProviderId,
} from "@/lib/providers";
import type { MediaRules, Violation } from "@/lib/providers";
import type { ActionResult } from "@/lib/actions/result";
import type { PriceList } from "@/lib/studio/pricing";

// Data the server page hands to a mode's client form: plain JSON, types only from the provider library.

/** A provider as the picker shows it: its models that can do this mode, or why it cannot be used. */
export type ProviderChoice = {
  id: ProviderId;
  label: string;
  available: boolean;
  reason?: string;
  /** The variables an admin should set, when that is all that is wrong. */
  missing?: string[];
  /** Only models offering the page's mode; `modes` holds that mode alone. */
  models: ModelCapabilities[];
  /** Runs on the studio's machine (the simulator): offered by default only when no real provider is usable. */
  runsInStudio?: boolean;
  /** Its circuit is open (it failed repeatedly): what it last said. New generations wait or move on. */
  outage?: string;
};

/** A provider's media rules in the page's mode (its capability data), for the editors' checks before upload. */
export type ModeMediaRules = MediaRules;

/** How a team element can be used with one provider: by this id, or not (and why). */
export type ElementOffer =
  | { id: string; imageUrls?: string[] }
  | { unavailable: "pending" | "failed" | "missing" | "not_supported" | "deleting" | "absent" };

/**
 * An element of the team library with what each provider can do with it (`offers`), or one of a
 * provider's official presets (`preset`, with `provider`/`providerElementId`).
 */
export type TeamElement = {
  id: string;
  name: string;
  description?: string;
  thumbnailUrl?: string;
  tags?: string[];
  offers?: Partial<Record<ProviderId, ElementOffer>>;
  provider?: ProviderId;
  providerElementId?: string;
  preset?: true;
};

/** An earlier generation the form starts from: its request remixed, or its video extended. */
export type SourceGeneration = { id: string; request: GenerationRequest; purpose?: "remix" | "extend" };

export type StudioProps = {
  mode: GenerationMode;
  choices: ProviderChoice[];
  source?: SourceGeneration;
  prices: PriceList;
  /** Generations of the whole team not finished yet, when the page was rendered. */
  runningCount: number;
  mediaRules: Partial<Record<ProviderId, ModeMediaRules>>;
  elements: TeamElement[];
  /** Model families with an enabled failover policy: the form offers "only this provider" for them. */
  failoverFamilies?: string[];
};

/** What the chosen provider and model offer for the page's mode. */
export type ModelContext = { provider: ProviderChoice; model: ModelCapabilities; modeCaps: ModeCapabilities };

/** A create's outcome: stored, or refused with every violation for the form to show beside its field. */
export type GenerationCreated = { created: true; id: string } | { created: false; violations: Violation[] };

/**
 * The server actions a studio form calls, handed down by its page (app/), so components never
 * import from app/.
 */
export type StudioActions = {
  validateGeneration: (input: { request: unknown }) => Promise<ActionResult<{ violations: Violation[] }>>;
  createGeneration: (input: {
    request: unknown;
    idempotencyKey: string;
    onlyThisProvider?: boolean;
  }) => Promise<ActionResult<GenerationCreated>>;
};
