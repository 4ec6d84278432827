import "server-only";
import { Readable } from "node:stream";
import { currentEnvironment } from "@/lib/config/environment";
import { readMediaSection } from "@/lib/config/media";
import { guardedFetch } from "@/lib/net/guarded-fetch";
import { PROVIDER_LABELS, type ProviderElement, type ProviderId } from "@/lib/providers/server";
import { uploadTypeOf } from "@/lib/uploads/upload-rules";
import type { UploadedAsset } from "@/lib/studio/media/upload-result";
import { presentUpload, storeUpload } from "@/lib/uploads/store-upload";
import type { ElementDeps } from "./deps";
import { adopt, type SaveOutcome } from "./library";

// What a provider's own element library holds (its custom elements and official presets), to browse
// and adopt into the team library, and frames of earlier generations to start an element from.

const PAGE_SIZE = 24;
/** One listing page of the provider's: a team's custom elements, or the official presets, fit in it. */
const PROVIDER_PAGE_SIZE = 500;

export type ProviderElementPage = {
  elements: (ProviderElement & { adoptedAs?: string })[];
  page: number;
  pages: number;
  total: number;
};

/** A provider's elements, searched by name, description or tag, a page at a time; each says if the team has it. */
export async function browseProviderElements(
  deps: ElementDeps,
  query: { provider: ProviderId; source: "custom" | "preset"; search?: string; page?: number },
): Promise<ProviderElementPage> {
  const library = deps.registry[query.provider]?.elementLibrary;
  if (!library) return { elements: [], page: 1, pages: 1, total: 0 };
  const all = await library.listElements({ source: query.source, page: 1, pageSize: PROVIDER_PAGE_SIZE });
  const needle = query.search?.trim().toLowerCase();
  const found = needle
    ? all.filter((element) =>
        [element.name, element.description ?? "", ...element.tags.map((tag) => tag.name ?? "")]
          .join(" ")
          .toLowerCase()
          .includes(needle),
      )
    : all;
  const pages = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, query.page ?? 1), pages);
  const shown = found.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const bindings = await deps.prisma.elementBinding.findMany({
    where: { provider: query.provider, remoteId: { in: shown.map((element) => element.id) } },
    select: { remoteId: true, elementId: true },
  });
  const adopted = new Map(bindings.map((binding) => [binding.remoteId, binding.elementId]));
  return {
    elements: shown.map((element) => ({ ...element, adoptedAs: adopted.get(element.id) })),
    page,
    pages,
    total: found.length,
  };
}

const IMAGE_FETCH = { maxBytes: 10 * 1024 * 1024, timeoutMs: 15_000 };

/**
 * A copy of a provider's image in the studio's storage (`asset:<id>`, with a thumbnail like any upload),
 * fetched through the SSRF guard; the provider's URL as it is when it cannot be fetched or is no image.
 */
async function keepImage(deps: ElementDeps, url: string, ownerId: string): Promise<string> {
  if (!/^https?:\/\//i.test(url)) return url;
  try {
    const policy = { allowedNetworks: readMediaSection(currentEnvironment()).value.privateNetworks };
    const fetched = await guardedFetch(url, { ...IMAGE_FETCH, policy });
    const contentType = uploadTypeOf(fetched.contentType ?? null);
    if (!contentType?.startsWith("image/")) return url;
    const asset = await storeUpload(deps, {
      ownerId,
      contentType,
      body: new Blob([new Uint8Array(fetched.body)]).stream(),
    });
    return `asset:${asset.id}`;
  } catch (error) {
    console.warn(`[elements] kept the provider's address of an image it would not give:`, (error as Error).message);
    return url;
  }
}

/** Adopts one of the provider's elements: the team uses it by the provider's id; presets are never deleted there. */
export async function adoptProviderElement(
  deps: ElementDeps,
  input: { provider: ProviderId; remoteId: string; source: "custom" | "preset" },
  createdById: string,
): Promise<SaveOutcome> {
  const library = deps.registry[input.provider]?.elementLibrary;
  const all = library
    ? await library.listElements({ source: input.source, page: 1, pageSize: PROVIDER_PAGE_SIZE })
    : [];
  const remote = all.find((element) => element.id === input.remoteId);
  if (!remote) {
    const provider = PROVIDER_LABELS[input.provider];
    return {
      ok: false,
      problems: [
        {
          path: "remoteId",
          rule: "element_not_at_provider",
          params: { provider },
          message: `${provider} has no such element.`,
        },
      ],
    };
  }
  const keep = (url: string) => keepImage(deps, url, createdById);
  return adopt(
    deps,
    {
      provider: input.provider,
      remoteId: remote.id,
      name: remote.name,
      description: remote.description ?? "",
      frontalImageUrl: remote.frontalImageUrl ? await keep(remote.frontalImageUrl) : undefined,
      referImageUrls: await Promise.all(remote.referImageUrls.map(keep)),
      tags: remote.tags.flatMap((tag) => (tag.name ? [tag.name] : [])),
      owned: input.source === "custom",
    },
    createdById,
  );
}

/** A generation's stored frame (its poster) as a new upload, to become an element image. */
export async function frameOfGeneration(deps: ElementDeps, generationId: string, ownerId: string) {
  const poster = await deps.prisma.asset.findFirst({ where: { generationId, kind: "poster" } });
  const object = poster && (await deps.storage.read(poster.storageKey));
  if (!poster || !object) return null;
  const asset = await storeUpload(deps, {
    ownerId,
    contentType: "image/jpeg",
    body: Readable.toWeb(object.body) as ReadableStream<Uint8Array>,
  });
  // Absent rather than null, as the upload route's answer reads in the browser.
  return Object.fromEntries(
    Object.entries(presentUpload(asset)).filter(([, value]) => value !== null),
  ) as UploadedAsset;
}

/** Recent generations with a stored frame, to offer as element images. */
export async function recentFrames(deps: Pick<ElementDeps, "prisma">, take = 12) {
  const posters = await deps.prisma.asset.findMany({
    where: { kind: "poster", generation: { status: "succeeded" } },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, generationId: true, generation: { select: { promptPreview: true } } },
  });
  return posters.flatMap((poster) =>
    poster.generationId
      ? [
          {
            generationId: poster.generationId,
            previewUrl: `/api/assets/${poster.id}`,
            prompt: poster.generation?.promptPreview ?? "",
          },
        ]
      : [],
  );
}
