import "server-only";
import { listMembers } from "@/lib/auth/members";
import { GENERATION_MODES, PROVIDER_CAPABILITIES, PROVIDERS } from "@/lib/providers";

/** What the gallery's filters offer: the team's members, every provider with its models. */
export type GalleryOptions = {
  creators: { id: string; name: string }[];
  modes: readonly string[];
  providers: { id: string; label: string; models: { model: string; label: string }[] }[];
};

export async function galleryOptions(): Promise<GalleryOptions> {
  // The providers' static capability data: the gallery needs names, not a running engine.
  const members = await listMembers();
  return {
    creators: members.map((member) => ({ id: member.id, name: member.name || member.email })),
    modes: GENERATION_MODES,
    providers: PROVIDERS.map((id) => {
      const { label, models } = PROVIDER_CAPABILITIES[id];
      return { id, label, models: models.map(({ model, label: modelLabel }) => ({ model, label: modelLabel })) };
    }),
  };
}
