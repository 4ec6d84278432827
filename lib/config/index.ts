import { readAuthSection, type AuthSettings } from "./auth";
import { currentEnvironment, type Environment } from "./environment";
import { readMediaSection, type MediaSettings } from "./media";
import { readPricesSection, type PriceList } from "./prices";
import { readProvidersSection, type ProvidersSettings } from "./providers";
import { readQueueSection, type QueueSettings } from "./queue";
import { readServerSection, type ServerSettings } from "./server";
import { readSimulatorSection, type SimulatorSettings } from "./simulator";
import { readStorageSection, type StorageSettings } from "./storage";
import { readWebhookSection, type WebhookSettings } from "./webhooks";

/**
 * The studio's configuration: every environment variable, parsed once here with zod, in sections.
 * Other modules read their section (`config().queue`, or `readQueueSection(env)` where a test hands
 * in its own environment); none reads `process.env` itself.
 */
export type Config = {
  server: ServerSettings;
  auth: AuthSettings;
  providers: ProvidersSettings;
  storage: StorageSettings;
  queue: QueueSettings;
  simulator: SimulatorSettings;
  media: MediaSettings;
  prices: PriceList;
  webhooks: WebhookSettings;
};

/** Every section, with every unusable value named ("NAME rule"); nothing is thrown. */
export function loadConfig(env: Environment = currentEnvironment()): { config: Config; problems: string[] } {
  const server = readServerSection(env);
  const sections = {
    server,
    auth: readAuthSection(env, server.value.publicUrl),
    providers: readProvidersSection(env),
    storage: readStorageSection(env),
    queue: readQueueSection(env),
    simulator: readSimulatorSection(env),
    media: readMediaSection(env),
    prices: readPricesSection(env),
    webhooks: readWebhookSection(env),
  };
  const config = Object.fromEntries(Object.entries(sections).map(([name, section]) => [name, section.value]));
  return { config: config as Config, problems: Object.values(sections).flatMap((section) => section.problems) };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The configuration has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}:\n- ${problems.join("\n- ")}`,
    );
    this.name = "ConfigError";
  }
}

/** The configuration, or a ConfigError naming each bad variable and its rule: what the launchers check first. */
export function checkedConfig(env: Environment = currentEnvironment()): Config {
  const { config, problems } = loadConfig(env);
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/** What the running server needs on top: the launcher has filled in the database URL and the secret. */
export type RuntimeConfig = Config & {
  server: ServerSettings & { databaseUrl: string };
  auth: AuthSettings & { secret: string };
};

let cached: RuntimeConfig | undefined;

/** The running studio's configuration, read once per process (the launcher checked it before starting). */
export function config(): RuntimeConfig {
  if (cached) return cached;
  const checked = checkedConfig();
  if (!checked.server.databaseUrl) throw new ConfigError(["DATABASE_URL is not set (npm start sets it)"]);
  if (!checked.auth.secret) throw new ConfigError(["AUTH_SECRET is not set (npm start sets it)"]);
  cached = checked as RuntimeConfig;
  return cached;
}

export type { Environment } from "./environment";
export type { AuthSettings, MediaSettings, PriceList, ProvidersSettings, QueueSettings, ServerSettings };
export type { SimulatorSettings, StorageSettings };
