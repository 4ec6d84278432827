import "server-only";
import type { Asset } from "@/lib/db/generated/client";
import { isLocalUrl } from "@/lib/net/local-url";
import {
  STUDIO_ASSET_URL,
  type GenerationRequestInput,
  type MediaKind,
  type ProviderAdapter,
  type Violation,
} from "@/lib/providers/server";
import type { Storage } from "@/lib/storage";
import type { TaskEngine } from "./engine";

// Base64 bodies beyond this would make create requests too large: larger files go by URL.
const MAX_INLINE_BYTES = 10 * 1024 * 1024;
// Providers fetch media when they start the task, possibly after queueing for a while.
const SIGNED_URL_LIFETIME_SECONDS = 24 * 60 * 60;

type StoredUpload = Pick<
  Asset,
  | "id"
  | "storageKey"
  | "contentType"
  | "sizeBytes"
  | "width"
  | "height"
  | "durationSeconds"
  | "fps"
  | "format"
  | "hasAlpha"
>;

type Delivery = "inline" | "signed_url";

function assetIdOf(url: string): string | undefined {
  return STUDIO_ASSET_URL.exec(url)?.[1];
}

function kindOf(upload: StoredUpload): MediaKind {
  return upload.contentType.startsWith("video/") ? "video" : "image";
}

/** How an upload reaches this provider, or why it cannot. */
function deliveryFor(
  engine: TaskEngine,
  adapter: ProviderAdapter,
  upload: StoredUpload,
): Delivery | { problem: string } {
  if (adapter.capabilities.base64Media.includes(kindOf(upload)) && upload.sizeBytes <= MAX_INLINE_BYTES)
    return "inline";
  // A provider on this machine (the simulator) can fetch the studio's own address.
  if (engine.storage.driver === "s3" || adapter.capabilities.runsInStudio) return "signed_url";
  if (engine.callbackBaseUrl && !isLocalUrl(engine.callbackBaseUrl)) return "signed_url";
  const what =
    kindOf(upload) === "video" && adapter.capabilities.base64Media.length > 0
      ? "This provider downloads videos"
      : "This provider downloads media";
  return {
    problem: `${what} from a public address, and the studio has none: set PUBLIC_URL to an address the provider can reach, or use S3 storage (STORAGE_DRIVER=s3).`,
  };
}

/** Every place a request may name an upload: media items and inline elements' images. */
type AssetSlot = { path: string; id: string };

function assetSlots(request: GenerationRequestInput): AssetSlot[] {
  const slots: AssetSlot[] = [];
  (request.media ?? []).forEach((item, index) => {
    const id = assetIdOf(item.url);
    if (id) slots.push({ path: `media[${index}].url`, id });
  });
  (request.elements ?? []).forEach((element, index) =>
    (element.imageUrls ?? []).forEach((url, imageIndex) => {
      const id = assetIdOf(url);
      if (id) slots.push({ path: `elements[${index}].imageUrls[${imageIndex}]`, id });
    }),
  );
  return slots;
}

async function loadUploads(engine: TaskEngine, slots: AssetSlot[]): Promise<Map<string, StoredUpload>> {
  if (slots.length === 0) return new Map();
  // Uploads, and videos the studio generated (extend or edit an earlier result).
  const assets = await engine.prisma.asset.findMany({
    where: { id: { in: [...new Set(slots.map((slot) => slot.id))] }, kind: { in: ["upload", "video"] } },
  });
  return new Map(assets.map((asset) => [asset.id, asset]));
}

/** The request with every asset reference replaced by `urlFor`'s answer (media items also get `metadataFor`'s). */
async function rewriteAssets(
  request: GenerationRequestInput,
  urlFor: (id: string, path: string) => Promise<string>,
  metadataFor: (id: string) => Record<string, unknown> | undefined = () => undefined,
): Promise<GenerationRequestInput> {
  const rewrite = (url: string, path: string) => {
    const id = assetIdOf(url);
    return id ? urlFor(id, path) : Promise.resolve(url);
  };
  const media = await Promise.all(
    (request.media ?? []).map(async (item, index) => {
      const id = assetIdOf(item.url);
      if (!id) return item;
      const metadata = metadataFor(id);
      return {
        ...item,
        url: await rewrite(item.url, `media[${index}].url`),
        ...(metadata ? { metadata: { ...item.metadata, ...metadata } } : {}),
      };
    }),
  );
  const elements = await Promise.all(
    (request.elements ?? []).map(async (element, index) =>
      element.imageUrls
        ? {
            ...element,
            imageUrls: await Promise.all(
              element.imageUrls.map((url, imageIndex) => rewrite(url, `elements[${index}].imageUrls[${imageIndex}]`)),
            ),
          }
        : element,
    ),
  );
  return { ...request, media, ...(request.elements ? { elements } : {}) };
}

function measured(upload: StoredUpload) {
  return {
    width: upload.width ?? undefined,
    height: upload.height ?? undefined,
    durationSeconds: upload.durationSeconds ?? undefined,
    fps: upload.fps ?? undefined,
    sizeBytes: Number(upload.sizeBytes),
    format: upload.format ?? upload.contentType.split("/")[1]?.replace("quicktime", "mov"),
    hasAlpha: upload.hasAlpha ?? undefined,
  };
}

/**
 * The request as the provider will see it, for validation at creation: uploads replaced by
 * stand-ins of their final form, carrying what the studio measured about each file. Also the
 * violations of uploads that are unknown or cannot reach this provider.
 */
export async function requestForValidation(
  engine: TaskEngine,
  adapter: ProviderAdapter,
  request: GenerationRequestInput,
) {
  const uploads = await loadUploads(engine, assetSlots(request));
  const violations: Violation[] = [];
  const asSent = await rewriteAssets(
    request,
    async (id, path) => {
      const upload = uploads.get(id);
      if (!upload) {
        violations.push({
          path,
          rule: "upload_unknown",
          message: "This uploaded file no longer exists: upload it again.",
          severity: "error",
        });
        return `asset:${id}`;
      }
      const delivery = deliveryFor(engine, adapter, upload);
      if (typeof delivery !== "string")
        violations.push({ path, rule: "media_unreachable", message: delivery.problem, severity: "error" });
      return delivery === "inline"
        ? `data:${upload.contentType};base64,AAAA`
        : `https://media.studio.invalid/${upload.id}`;
    },
    (id) => {
      const upload = uploads.get(id);
      return upload && measured(upload);
    },
  );
  return { request: asSent, violations };
}

async function inlineData(storage: Storage, upload: StoredUpload): Promise<string> {
  const object = await storage.read(upload.storageKey);
  if (!object) throw new Error(`upload ${upload.id} is missing from storage`);
  const bytes = Buffer.concat(await object.body.toArray());
  return `data:${upload.contentType};base64,${bytes.toString("base64")}`;
}

/** The request with every upload turned into a data: URL or a fresh signed URL, just before sending. */
export async function requestForSubmission(
  engine: TaskEngine,
  adapter: ProviderAdapter,
  request: GenerationRequestInput,
): Promise<GenerationRequestInput> {
  const slots = assetSlots(request);
  if (slots.length === 0) return request;
  const uploads = await loadUploads(engine, slots);
  return rewriteAssets(request, async (id) => {
    const upload = uploads.get(id);
    if (!upload) throw new Error(`upload ${id} vanished after the generation was accepted`);
    const delivery = deliveryFor(engine, adapter, upload);
    if (typeof delivery !== "string") throw new Error(delivery.problem);
    return delivery === "inline"
      ? inlineData(engine.storage, upload)
      : engine.storage.signedUrl(upload.storageKey, { expiresInSeconds: SIGNED_URL_LIFETIME_SECONDS });
  });
}
