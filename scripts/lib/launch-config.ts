import { checkedConfig, ConfigError, type Config } from "@/lib/config";

/** The configuration, checked before anything starts: a bad value stops the launch, naming it and its rule. */
export function launchConfig(): Config {
  try {
    return checkedConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Kling Studio cannot start. ${error.message}`);
    process.exit(1);
  }
}
