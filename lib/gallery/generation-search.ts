import type { GenerationRequest } from "@/lib/providers";
import { searchTermsOfTexts } from "./search-terms";

/**
 * What a generation is found by: its prompt, negative prompt and every shot's prompt. Never empty:
 * a request without text stores the empty term, so "no terms" only means "not indexed yet".
 */
export function generationSearchTerms(request: Pick<GenerationRequest, "prompt" | "negativePrompt" | "storyboard">) {
  const terms = searchTermsOfTexts([
    request.prompt,
    request.negativePrompt,
    ...(request.storyboard?.shots ?? []).map((shot) => shot.prompt),
  ]);
  return terms.length ? terms : [""];
}

/** The opening of the prompt (the first shot's for a storyboard without one), as a gallery card shows it. */
export function promptPreview(request: Pick<GenerationRequest, "prompt" | "storyboard">): string {
  return (request.prompt?.trim() || request.storyboard?.shots[0]?.prompt || "").slice(0, 300);
}
