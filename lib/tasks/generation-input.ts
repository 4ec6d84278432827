import { z } from "zod";
import { textSchema } from "@/lib/providers";

/**
 * A generation's JSON body may carry Base64 images (data: URLs, up to 10 MB each before encoding);
 * anything larger is refused before it is read whole. Uploads (`POST /api/uploads`) are the way
 * for bigger files.
 */
export const CREATE_GENERATION_BODY_LIMIT_BYTES = 24 * 1024 * 1024;

/** What a client sends to start a generation: the canonical request plus its idempotency key. */
export const CreateGenerationBodySchema = z.object({
  request: z.record(z.string(), z.unknown()),
  idempotencyKey: textSchema(200).trim().min(8).max(200).optional(),
  /** Never move it to another provider of the same model, whatever the team's failover policy says. */
  onlyThisProvider: z.boolean().optional(),
});
