"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import type { GenerationRequestInput } from "@/lib/providers";
import { checkGenerationRequest } from "@/lib/studio/generation-checks";
import { createGeneration, GenerationRejectedError } from "@/lib/tasks/create-generation";
import { getTaskEngine } from "@/lib/tasks/web-engine";

// The request is checked by the provider's adapter, not by the action's schema, so every violation
// keeps its full path (e.g. storyboard.shots[2].duration) for the form to show beside its field.
const ValidateInputSchema = z.object({ request: z.unknown() });

/** Live check while a creator fills a form: every violation the provider would raise, nothing stored. */
export const validateGenerationAction = action("user", ValidateInputSchema, async ({ request }) => ({
  violations: checkGenerationRequest(await getTaskEngine(), request),
}));

const CreateInputSchema = z.object({
  request: z.unknown(),
  /** Made once per form fill: a double click or a retried submit makes one generation. */
  idempotencyKey: z.string().min(16).max(100),
});

/** Validates again on the server, then stores the generation; the worker submits it. */
export const createGenerationAction = action("user", CreateInputSchema, async ({ request, idempotencyKey }, { user }) => {
  const engine = await getTaskEngine();
  const violations = checkGenerationRequest(engine, request);
  if (violations.some((violation) => violation.severity === "error")) return { created: false as const, violations };
  try {
    const generation = await createGeneration(engine, { creatorId: user.id, request: request as GenerationRequestInput, idempotencyKey });
    return { created: true as const, id: generation.id };
  } catch (error) {
    if (error instanceof GenerationRejectedError) return { created: false as const, violations: error.violations };
    throw error;
  }
});
