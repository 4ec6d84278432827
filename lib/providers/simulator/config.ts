import { currentEnvironment, type Environment } from "@/lib/config/environment";
import { readMediaSection } from "@/lib/config/media";
import { readSimulatorSection, simulatorDataDir, type SimulatorSettings } from "@/lib/config/simulator";
import type { AddressPolicy } from "@/lib/net/address-policy";

export type { SimulatorTiming } from "@/lib/config/simulator";
export {
  DEFAULT_MEDIA_FETCH_TIMEOUT_MS,
  DEFAULT_RENDER_TIMEOUT_MS,
  DEFAULT_SIMULATOR_TIMING,
} from "@/lib/config/simulator";

export type SimulatorConfig = SimulatorSettings & {
  /** Addresses the simulator may fetch a first frame from: public ones, plus PRIVATE_MEDIA_NETWORKS. */
  mediaPolicy: AddressPolicy;
  /** Settings that were present but unusable (their defaults are used instead). */
  problems: string[];
};

export function defaultSimulatorDataDir(env: Environment = currentEnvironment()): string {
  return simulatorDataDir(env);
}

/** The simulator section of the configuration (lib/config), with the media section's address policy. */
export function loadSimulatorConfig(env: Environment = currentEnvironment()): SimulatorConfig {
  const simulator = readSimulatorSection(env);
  const media = readMediaSection(env);
  return {
    ...simulator.value,
    mediaPolicy: { allowedNetworks: media.value.privateNetworks },
    problems: [...simulator.problems, ...media.problems],
  };
}
