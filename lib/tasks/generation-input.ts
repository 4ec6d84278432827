import { z } from "zod";

/** What a client sends to start a generation: the canonical request plus its idempotency key. */
export const CreateGenerationBodySchema = z.object({
  request: z.record(z.string(), z.unknown()),
  idempotencyKey: z.string().trim().min(8).max(200).optional(),
});
