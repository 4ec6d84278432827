import "server-only";
import type { ProviderChoice, SourceGeneration } from "@/lib/studio/types";
import { defaultChoice } from "./provider-choices";
import { prisma } from "@/lib/db/client";
import { GenerationRequestSchema, type GenerationRequest } from "@/lib/providers";

/**
 * `/studio/extend?extend=<id>`: the next shot of that generation's own video. The stored video becomes
 * the feature item (`asset:<id>`, kind "video", measured when it was stored); prompt and settings
 * carry over, everything tied to the earlier inputs does not.
 */
export async function loadExtendSource(
  id: string | undefined,
  choices: ProviderChoice[],
): Promise<SourceGeneration | undefined> {
  if (!id) return undefined;
  const generation = await prisma.generation.findUnique({
    where: { id },
    select: {
      id: true,
      request: true,
      assets: {
        where: { kind: "video" },
        take: 1,
        select: {
          id: true,
          width: true,
          height: true,
          durationSeconds: true,
          fps: true,
          sizeBytes: true,
          contentType: true,
        },
      },
    },
  });
  const parsed = generation && GenerationRequestSchema.safeParse(generation.request);
  const video = generation?.assets[0];
  if (!generation || !parsed?.success || !video) return undefined;
  const metadata = Object.fromEntries(
    Object.entries({
      width: video.width,
      height: video.height,
      durationSeconds: video.durationSeconds,
      fps: video.fps,
      sizeBytes: Number(video.sizeBytes),
      format: video.contentType === "video/quicktime" ? "mov" : video.contentType.split("/")[1],
    }).filter(([, value]) => value !== null && value !== undefined),
  );
  // A provider that cannot extend would make the form start empty: the default one takes over.
  const offersExtend = choices.some((choice) => choice.id === parsed.data.provider && choice.available);
  const fallback = defaultChoice(choices);
  const provider =
    offersExtend || !fallback
      ? { provider: parsed.data.provider, model: parsed.data.model }
      : { provider: fallback.id, model: fallback.models[0]!.model };
  const request: GenerationRequest = {
    ...parsed.data,
    ...provider,
    mode: "extend",
    media: [{ role: "feature", url: `asset:${video.id}`, metadata }],
    elements: [],
    voices: [],
    extendDirection: "next",
    storyboard: undefined,
    cameraControl: undefined,
    motionBrush: undefined,
    characterOrientation: undefined,
  };
  return { id: generation.id, request, purpose: "extend" };
}
