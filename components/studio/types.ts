import type { GenerationMode, GenerationRequest, ModelCapabilities, ModeCapabilities, ProviderId } from "@/lib/providers";
import type { PriceList } from "@/lib/studio/pricing";

// Data the server page hands to a mode's client form: plain JSON, types only from the provider library.

/** A provider as the picker shows it: its models that can do this mode, or why it cannot be used. */
export type ProviderChoice = {
  id: ProviderId;
  label: string;
  available: boolean;
  reason?: string;
  /** Only models offering the page's mode; `modes` holds that mode alone. */
  models: ModelCapabilities[];
};

/** An earlier generation the form starts from (Remix, Extend). */
export type SourceGeneration = { id: string; request: GenerationRequest };

export type StudioProps = {
  mode: GenerationMode;
  choices: ProviderChoice[];
  source?: SourceGeneration;
  prices: PriceList;
  /** Generations of the whole team not finished yet, when the page was rendered. */
  runningCount: number;
};

/** What the chosen provider and model offer for the page's mode. */
export type ModelContext = { provider: ProviderChoice; model: ModelCapabilities; modeCaps: ModeCapabilities };
