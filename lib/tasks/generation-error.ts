import { z } from "zod";
import { ProviderError, PROVIDER_ERROR_KINDS } from "@/lib/providers/server";

/** A generation's error as stored and shown: plain words first, the provider's own code kept. */
export const GenerationErrorSchema = z.object({
  kind: z.enum([...PROVIDER_ERROR_KINDS, "storage", "outcome_unknown", "expired"]),
  message: z.string(),
  providerCode: z.string().optional(),
  providerMessage: z.string().optional(),
  requestId: z.string().optional(),
});
export type GenerationError = z.infer<typeof GenerationErrorSchema>;

export function fromProviderError(error: ProviderError): GenerationError {
  return {
    kind: error.kind,
    message: error.userMessage,
    providerCode: error.code,
    providerMessage: error.message,
    requestId: error.requestId,
  };
}
