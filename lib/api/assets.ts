import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { currentEnvironment } from "@/lib/config/environment";
import { readMediaSection } from "@/lib/config/media";
import { prisma } from "@/lib/db/client";
import { FetchRefusedError, guardedFetch } from "@/lib/net/guarded-fetch";
import { getStorage } from "@/lib/storage";
import { presentUpload, storeUpload, UploadRejectedError } from "@/lib/uploads/store-upload";
import { UPLOAD_TYPES, uploadTypeOf, type UploadContentType } from "@/lib/uploads/upload-rules";
import { readJsonBody } from "./json-body";
import { ApiError, problem } from "./route";

// Uploads: the raw file as the body (its type in Content-Type), or, for scripts, `{"url": …}` that the
// server fetches through the SSRF guard (public addresses only, checked on the socket).

const FETCH_TIMEOUT_MS = 30_000;
const LARGEST = Math.max(...Object.values(UPLOAD_TYPES).map((rules) => rules.maxBytes));
const UrlBodySchema = z.object({ url: z.url({ protocol: /^https?$/, error: "Give an http(s) URL." }).max(4096) });

const unsupported = () =>
  problem(
    415,
    `Upload a JPEG or PNG image, or an MP4 or MOV video (Content-Type one of ${Object.keys(UPLOAD_TYPES).join(", ")}).`,
    { rule: "file_type" },
  );

async function store(user: SessionUser, contentType: UploadContentType, body: ReadableStream<Uint8Array>) {
  try {
    const asset = await storeUpload({ prisma, storage: getStorage() }, { ownerId: user.id, contentType, body });
    return Response.json(presentUpload(asset), { status: 201 });
  } catch (error) {
    if (error instanceof UploadRejectedError) return problem(422, error.message, { rule: error.rule });
    throw error;
  }
}

/** The file of the request, stored and measured: the asset to use as media (`asset:<id>`). */
export async function postUpload(request: Request, { user }: { user: SessionUser }) {
  const contentType = uploadTypeOf(request.headers.get("content-type"));
  if (!contentType) return unsupported();
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > UPLOAD_TYPES[contentType].maxBytes) {
    return problem(413, `The file is larger than ${UPLOAD_TYPES[contentType].maxBytes / 1024 / 1024} MB.`, {
      rule: "file_too_large",
    });
  }
  if (!request.body) throw new ApiError(400, "The request has no file.");
  return store(user, contentType, request.body);
}

/** A file from the request's body, or from the URL a JSON body names (fetched through the SSRF guard). */
export async function postAsset(request: Request, context: { user: SessionUser }) {
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) return postUpload(request, context);
  const { url } = UrlBodySchema.parse(await readJsonBody(request, { maxBytes: 16 * 1024 }));
  const policy = { allowedNetworks: readMediaSection(currentEnvironment()).value.privateNetworks };
  let fetched;
  try {
    fetched = await guardedFetch(url, { policy, maxBytes: LARGEST, timeoutMs: FETCH_TIMEOUT_MS });
  } catch (error) {
    if (error instanceof FetchRefusedError)
      return problem(error.isPolicyRefusal ? 400 : 422, error.message, { rule: error.rule, path: "url" });
    throw error;
  }
  const contentType = uploadTypeOf(fetched.contentType ?? null);
  if (!contentType) return unsupported();
  if (fetched.body.byteLength > UPLOAD_TYPES[contentType].maxBytes)
    return problem(413, `The file is larger than ${UPLOAD_TYPES[contentType].maxBytes / 1024 / 1024} MB.`, {
      rule: "file_too_large",
    });
  return store(context.user, contentType, new Blob([new Uint8Array(fetched.body)]).stream());
}
