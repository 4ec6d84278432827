import { SIMULATOR_SCENARIOS } from "@/lib/config/simulator";
import { classifyProviderError, ProviderError, type ErrorSignal } from "../errors";

/** Outcomes the simulator can act out (listed with the setting that picks one: SIMULATOR_SCENARIO). */
export { SIMULATOR_SCENARIOS };
export type SimulatorScenario = (typeof SIMULATOR_SCENARIOS)[number];

const SCENARIO_TAG = /\[simulate:([^\]]*)\]/gi;

/** Every scenario named in these texts, in order, known or not (unknown ones are validation errors). */
export function scenarioTags(texts: readonly (string | undefined)[]): string[] {
  return texts.flatMap((text) =>
    [...(text ?? "").matchAll(SCENARIO_TAG)].map((match) => (match[1] ?? "").trim().toLowerCase()),
  );
}

export function isSimulatorScenario(name: string): name is SimulatorScenario {
  return (SIMULATOR_SCENARIOS as readonly string[]).includes(name);
}

/** The tags are instructions to the simulator, not part of what the video shows. */
export function withoutScenarioTags(text: string): string {
  return text.replace(SCENARIO_TAG, "").replace(/ {2,}/g, " ").trim();
}

type SimulatedFailure = ErrorSignal & { code: string; message: string; retryAfterSeconds?: number };

// Codes and messages in the style of the real providers (DashScope's, mostly), so the one
// classifier decides the kind exactly as it would for a real answer.
const SUBMIT_FAILURES: Partial<Record<SimulatorScenario, SimulatedFailure>> = {
  rate_limited: {
    status: 429,
    code: "Throttling.RateQuota",
    message: "Requests rate limit exceeded, please try again later. (simulated)",
    retryAfterSeconds: 5,
  },
  invalid_request: {
    status: 400,
    code: "InvalidParameter",
    message: "The request parameter is invalid: the provider refused this combination of settings. (simulated)",
  },
  insufficient_balance: {
    status: 402,
    code: "Arrearage",
    message: "Access denied because the account is in arrears. (simulated)",
  },
  provider_unavailable: {
    status: 503,
    code: "ServiceUnavailable",
    message: "The service is temporarily unavailable, please try again later. (simulated)",
  },
};

const TASK_FAILURES: Partial<Record<SimulatorScenario, SimulatedFailure>> = {
  content_rejected: {
    code: "DataInspectionFailed",
    message: "Output data may contain inappropriate content. (simulated)",
  },
  failed: { code: "GenerationFailed", message: "The video could not be generated. (simulated)" },
};

function toProviderError(failure: SimulatedFailure, extra: { outcomeUnknown?: boolean } = {}): ProviderError {
  const { kind } = classifyProviderError(failure);
  return new ProviderError({
    provider: "simulator",
    kind,
    code: failure.code,
    message: failure.message,
    httpStatus: failure.status,
    retryAfterSeconds: failure.retryAfterSeconds,
    ...extra,
  });
}

/** The error submit throws before recording anything, if the scenario is one of those. */
export function submitRejection(scenario: SimulatorScenario | undefined): ProviderError | undefined {
  const failure = scenario && SUBMIT_FAILURES[scenario];
  return failure ? toProviderError(failure) : undefined;
}

/** Thrown by submit after the task was recorded: the caller cannot know the task exists. */
export function createTimedOut(): ProviderError {
  return toProviderError(
    {
      status: 504,
      code: "RequestTimeout",
      message: "The create request timed out; the task may or may not have been created. (simulated)",
    },
    { outcomeUnknown: true },
  );
}

/** How a task acted out as failing ends, or undefined when it succeeds. */
export function taskFailure(scenario: SimulatorScenario | undefined): ProviderError | undefined {
  const failure = scenario && TASK_FAILURES[scenario];
  return failure ? toProviderError(failure) : undefined;
}
