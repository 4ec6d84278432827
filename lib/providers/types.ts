import type { ProviderCapabilities } from "./capabilities";
import type { GenerationRequestInput } from "./canonical";
import type { ProviderError } from "./errors";
import type { ProviderId } from "./ids";
import type { Violation } from "./validation";

export const TASK_STATUSES = ["queued", "running", "succeeded", "failed", "canceled", "expired"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export function isFinalStatus(status: TaskStatus): boolean {
  return status !== "queued" && status !== "running";
}

export type CallOptions = { signal?: AbortSignal };

export type SubmitOptions = CallOptions & {
  /**
   * The caller's own id for this generation, stable across retries. Providers with idempotent
   * lookup (kling-gateway's external_task_id) send it so the task can be found after an unknown outcome.
   */
  idempotencyKey?: string;
  /** Where the provider should POST status changes; ignored by providers without `capabilities.callbacks`. */
  callbackUrl?: string;
};

export type SubmittedTask = { providerTaskId: string; status: TaskStatus; raw: unknown };

/** What a finished generation produced. Provider URLs expire: the app downloads them at once. */
export type GenerationResult = {
  videoUrl: string;
  watermarkedVideoUrl?: string;
  coverUrl?: string;
  durationSeconds?: number;
  width?: number;
  height?: number;
  fps?: number;
  sizeBytes?: number;
  hasAudio?: boolean;
  /** Seconds the provider bills for. */
  billedSeconds?: number;
};

/** A task as the provider reports it, normalised. `error` is set when status is failed. */
export type ProviderTask = {
  providerTaskId: string;
  status: TaskStatus;
  result?: GenerationResult;
  error?: ProviderError;
  /** ISO 8601 times the provider reports, when it does. */
  timing?: { submittedAt?: string; startedAt?: string; finishedAt?: string };
  raw: unknown;
};

/** An element (subject) in a provider's library. Ids are 64-bit integers on the wire: strings here. */
export type ProviderElement = {
  id: string;
  name: string;
  description?: string;
  frontalImageUrl?: string;
  referImageUrls: string[];
  tags: { id: string; name?: string }[];
  source: "custom" | "preset";
};

export type CreateElementInput = {
  name: string;
  description: string;
  frontalImageUrl: string;
  referImageUrls: string[];
  tagIds?: string[];
};

export type ElementLibrary = {
  listElements(
    query: { source: "custom" | "preset"; page?: number; pageSize?: number },
    options?: CallOptions,
  ): Promise<ProviderElement[]>;
  createElement(input: CreateElementInput, options?: CallOptions): Promise<ProviderElement>;
  deleteElement(elementId: string, options?: CallOptions): Promise<void>;
};

/** One prepaid resource pack of the provider account (Kling's /account/costs). */
export type ResourcePack = {
  name: string;
  total: number;
  remaining: number;
  /** e.g. "online", "expired", "runOut", "toBeOnline". */
  status: string;
  expiresAt?: string;
};

/**
 * One provider. Requests are canonical (see canonical.ts); every method throws ProviderError.
 * `submit` validates first and throws GenerationValidationError without any network call when the
 * request has an error-level violation.
 */
export type ProviderAdapter = {
  readonly id: ProviderId;
  readonly models: readonly string[];
  readonly capabilities: ProviderCapabilities;
  /** Every violation at once: canonical shape problems first, then this provider's rules. */
  validate(request: GenerationRequestInput): Violation[];
  submit(request: GenerationRequestInput, options?: SubmitOptions): Promise<SubmittedTask>;
  get(providerTaskId: string, options?: CallOptions): Promise<ProviderTask>;
  /** Present when the provider can cancel (see capabilities.cancel). */
  cancel?(providerTaskId: string, options?: CallOptions): Promise<void>;
  /**
   * Present when capabilities.idempotentLookup: finds the task created with this idempotency key,
   * or null when the provider has none (the create never happened, so it is safe to submit again).
   */
  findTaskByIdempotencyKey?(idempotencyKey: string, options?: CallOptions): Promise<ProviderTask | null>;
  /** Present for providers with an element library (kling-gateway). */
  elementLibrary?: ElementLibrary;
  /**
   * Present where one request can ask about many tasks (Kling). Returns the tasks it found; tasks it does not
   * mention are left to `get`.
   */
  getMany?(providerTaskIds: string[], options?: CallOptions): Promise<ProviderTask[]>;
  /** Present where the account's remaining resource packs can be read (Kling). */
  resourcePacks?(options?: CallOptions): Promise<ResourcePack[]>;
};
