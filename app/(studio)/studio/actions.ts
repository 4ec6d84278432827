"use server";

import { z } from "zod";
import { action, ActionError } from "@/lib/actions/action";
import { checkGenerationRequest } from "@/lib/studio/generation-checks";
import { createGeneration, GenerationRejectedError, IdempotencyConflictError } from "@/lib/tasks/create-generation";
import { getTaskEngine } from "@/lib/tasks/web-engine";

// The request is checked by the provider's adapter, not by the action's schema, so every violation
// keeps its full path (e.g. storyboard.shots[2].duration) for the form to show beside its field.
const ValidateInputSchema = z.object({ request: z.unknown() });

/** Live check while a creator fills a form: every violation the provider would raise, nothing stored. */
export const validateGenerationAction = action("user", ValidateInputSchema, async ({ request }) => ({
  violations: await checkGenerationRequest(await getTaskEngine(), request),
}));

const CreateInputSchema = z.object({
  request: z.unknown(),
  /** Made once per form fill: a double click or a retried submit makes one generation. */
  idempotencyKey: z.string().min(16).max(100),
  /** Never moved to another provider by the team's failover policy. */
  onlyThisProvider: z.boolean().optional(),
});

/** Checked on the server by the one create path, then stored; the worker submits it. */
export const createGenerationAction = action(
  "user",
  CreateInputSchema,
  async ({ request, idempotencyKey, onlyThisProvider }, { user }) => {
    try {
      const generation = await createGeneration(await getTaskEngine(), {
        creatorId: user.id,
        request,
        idempotencyKey,
        onlyThisProvider,
      });
      return { created: true as const, id: generation.id };
    } catch (error) {
      if (error instanceof GenerationRejectedError) return { created: false as const, violations: error.violations };
      if (error instanceof IdempotencyConflictError) throw new ActionError(error.message);
      throw error;
    }
  },
);
