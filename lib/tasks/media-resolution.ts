import "server-only";
import type { Asset } from "@/lib/db/generated/client";
import { isLocalUrl } from "@/lib/env";
import { STUDIO_ASSET_URL, type GenerationRequestInput, type ProviderAdapter, type Violation } from "@/lib/providers";
import type { Storage } from "@/lib/storage";
import type { TaskEngine } from "./engine";

// Base64 bodies beyond this would make create requests too large: larger files go by URL.
const MAX_INLINE_BYTES = 10 * 1024 * 1024;
// Providers fetch media when they start the task, possibly after queueing for a while.
const SIGNED_URL_LIFETIME_SECONDS = 24 * 60 * 60;

type StoredUpload = Pick<Asset, "id" | "storageKey" | "contentType" | "sizeBytes" | "width" | "height" | "durationSeconds" | "fps" | "format" | "hasAlpha">;

type Delivery = "inline" | "signed_url";

function assetIdOf(url: string): string | undefined {
  return STUDIO_ASSET_URL.exec(url)?.[1];
}

/** How an upload reaches this provider, or why it cannot. */
function deliveryFor(engine: TaskEngine, adapter: ProviderAdapter, upload: StoredUpload): Delivery | { problem: string } {
  if (adapter.capabilities.acceptsBase64Media && upload.sizeBytes <= MAX_INLINE_BYTES) return "inline";
  // The simulator runs on this machine and can fetch the studio's own address.
  if (engine.storage.driver === "s3" || adapter.id === "simulator") return "signed_url";
  if (engine.callbackBaseUrl && !isLocalUrl(engine.callbackBaseUrl)) return "signed_url";
  return {
    problem:
      "This provider downloads media from a public address, and the studio has none: set PUBLIC_URL to an address the provider can reach, or use S3 storage (STORAGE_DRIVER=s3).",
  };
}

async function loadUploads(engine: TaskEngine, request: GenerationRequestInput): Promise<Map<string, StoredUpload>> {
  const ids = (request.media ?? []).map((item) => assetIdOf(item.url)).filter((id): id is string => Boolean(id));
  if (ids.length === 0) return new Map();
  // Uploads, and videos the studio generated (extend or edit an earlier result).
  const assets = await engine.prisma.asset.findMany({ where: { id: { in: ids }, kind: { in: ["upload", "video"] } } });
  return new Map(assets.map((asset) => [asset.id, asset]));
}

/**
 * The request as the provider will see it, for validation at creation: uploads replaced by
 * stand-ins of their final form, carrying what the studio measured about each file. Also the
 * violations of uploads that are unknown or cannot reach this provider.
 */
export async function requestForValidation(engine: TaskEngine, adapter: ProviderAdapter, request: GenerationRequestInput) {
  const uploads = await loadUploads(engine, request);
  const violations: Violation[] = [];
  const media = (request.media ?? []).map((item, index) => {
    const id = assetIdOf(item.url);
    if (!id) return item;
    const upload = uploads.get(id);
    const path = `media[${index}].url`;
    if (!upload) {
      violations.push({ path, rule: "upload_unknown", message: "This uploaded file no longer exists: upload it again.", severity: "error" });
      return item;
    }
    const delivery = deliveryFor(engine, adapter, upload);
    if (typeof delivery !== "string") violations.push({ path, rule: "media_unreachable", message: delivery.problem, severity: "error" });
    const url = delivery === "inline" ? `data:${upload.contentType};base64,AAAA` : `https://media.studio.invalid/${upload.id}`;
    const metadata = {
      ...item.metadata,
      width: upload.width ?? undefined,
      height: upload.height ?? undefined,
      durationSeconds: upload.durationSeconds ?? undefined,
      fps: upload.fps ?? undefined,
      sizeBytes: Number(upload.sizeBytes),
      format: upload.format ?? upload.contentType.split("/")[1]?.replace("quicktime", "mov"),
      hasAlpha: upload.hasAlpha ?? undefined,
    };
    return { ...item, url, metadata };
  });
  return { request: { ...request, media }, violations };
}

async function inlineData(storage: Storage, upload: StoredUpload): Promise<string> {
  const object = await storage.read(upload.storageKey);
  if (!object) throw new Error(`upload ${upload.id} is missing from storage`);
  const bytes = Buffer.concat(await object.body.toArray());
  return `data:${upload.contentType};base64,${bytes.toString("base64")}`;
}

/** The request with every upload turned into a data: URL or a fresh signed URL, just before sending. */
export async function requestForSubmission(engine: TaskEngine, adapter: ProviderAdapter, request: GenerationRequestInput): Promise<GenerationRequestInput> {
  const uploads = await loadUploads(engine, request);
  if (uploads.size === 0) return request;
  const media = await Promise.all(
    (request.media ?? []).map(async (item) => {
      const id = assetIdOf(item.url);
      if (!id) return item;
      const upload = uploads.get(id);
      if (!upload) throw new Error(`upload ${id} vanished after the generation was accepted`);
      const delivery = deliveryFor(engine, adapter, upload);
      if (typeof delivery !== "string") throw new Error(delivery.problem);
      const url = delivery === "inline" ? await inlineData(engine.storage, upload) : await engine.storage.signedUrl(upload.storageKey, { expiresInSeconds: SIGNED_URL_LIFETIME_SECONDS });
      return { ...item, url };
    }),
  );
  return { ...request, media };
}
