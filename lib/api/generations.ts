import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { galleryFilterFrom } from "@/lib/gallery/gallery-filter";
import { galleryPage } from "@/lib/gallery/gallery-page";
import { removeGenerations } from "@/lib/gallery/generation-removal";
import { getStorage, IMMUTABLE_CACHE_CONTROL, serveStoredObject } from "@/lib/storage";
import { cancelGeneration } from "@/lib/tasks/cancel-generation";
import { createGeneration, GenerationRejectedError, IdempotencyConflictError } from "@/lib/tasks/create-generation";
import { CREATE_GENERATION_BODY_LIMIT_BYTES, CreateGenerationBodySchema } from "@/lib/tasks/generation-input";
import { findGenerationWithDetails, presentGeneration } from "@/lib/tasks/present";
import { getTaskEngine } from "@/lib/tasks/web-engine";
import { readJsonBody } from "./json-body";
import { ApiError, problem, recordId } from "./route";

// What the generation routes do, for the browser's routes (/api/generations) and the scripts' (/api/v1)
// alike: each a thin answer over the one create path, the gallery's queries and the engine.

type Context = { user: SessionUser; params: { id: string } };

/** The team's generations as the gallery pages them: filters, search, cursor. */
export async function listGenerations(request: Request, { user }: Pick<Context, "user">) {
  const filter = galleryFilterFrom(new URL(request.url).searchParams);
  if (!filter.success) throw filter.error;
  const page = await galleryPage(filter.data, user.id);
  return Response.json({ generations: page.cards, nextCursor: page.nextCursor ?? null, terms: page.terms });
}

const IdempotencyKeySchema = CreateGenerationBodySchema.shape.idempotencyKey;

/** One request through the one create path: the generation, or every violation with its path under `pathPrefix`. */
export async function createOne(
  user: SessionUser,
  input: unknown,
  idempotencyKey: string | undefined,
  base: string,
  onlyThisProvider?: boolean,
) {
  try {
    const generation = await createGeneration(await getTaskEngine(), {
      creatorId: user.id,
      request: input,
      idempotencyKey,
      onlyThisProvider,
    });
    return {
      ok: true as const,
      generation: { id: generation.id, status: generation.status, url: `${base}/${generation.id}` },
    };
  } catch (error) {
    if (error instanceof GenerationRejectedError) return { ok: false as const, violations: error.violations };
    throw error;
  }
}

/** Validates and stores a generation (the worker submits it); idempotent per key (body or Idempotency-Key header). */
export async function postGeneration(request: Request, { user }: Pick<Context, "user">, base = "/api/generations") {
  const body = CreateGenerationBodySchema.parse(
    await readJsonBody(request, { maxBytes: CREATE_GENERATION_BODY_LIMIT_BYTES }),
  );
  const idempotencyKey =
    body.idempotencyKey ??
    z
      .object({ idempotencyKey: IdempotencyKeySchema })
      .parse({ idempotencyKey: request.headers.get("idempotency-key") ?? undefined }).idempotencyKey;
  try {
    const outcome = await createOne(user, body.request, idempotencyKey, base, body.onlyThisProvider);
    if (outcome.ok) return Response.json(outcome.generation, { status: 201 });
    const violations = outcome.violations.map((violation) => ({
      ...violation,
      path: violation.path ? `request.${violation.path}` : "request",
    }));
    return problem(
      400,
      `The generation request breaks some rules: ${violations.map((violation) => `${violation.path} (${violation.rule})`).join(", ")}.`,
      { violations },
    );
  } catch (error) {
    if (error instanceof IdempotencyConflictError)
      throw new ApiError(409, error.message, { rule: "idempotency_key_reused", idempotencyKey: error.idempotencyKey });
    throw error;
  }
}

/** Status, events, ETA, error and media links; 304 for a finished generation the caller already has. */
export async function getGeneration(request: Request, { params }: Pick<Context, "params">) {
  const id = recordId(params.id, "generation");
  const generation = await findGenerationWithDetails(prisma, id);
  if (!generation) throw new ApiError(404, "No generation has this id.");
  const etag = `"${generation.updatedAt.getTime()}"`;
  // Finished generations never change; unfinished ones answer 304 while nothing moved (the ETA still changes, so only when final).
  if (generation.finishedAt && request.headers.get("if-none-match") === etag)
    return new Response(null, { status: 304, headers: { etag } });
  return Response.json(presentGeneration(generation), { headers: { etag, "cache-control": "private, no-cache" } });
}

/** Deletes a finished generation and its files (its creator or an admin), audited. */
export async function deleteGeneration(_request: Request, { user, params }: Context) {
  const id = recordId(params.id, "generation");
  const outcome = await removeGenerations(getStorage(), user, [id]);
  if ("refused" in outcome)
    throw new ApiError(outcome.refused.status, outcome.refused.message, { rule: outcome.refused.rule });
  return new Response(null, { status: 204 });
}

/** Stops an unfinished generation (its creator or an admin). */
export async function postCancel(_request: Request, { user, params }: Context) {
  const id = recordId(params.id, "generation");
  const generation = await prisma.generation.findUnique({ where: { id }, select: { creatorId: true } });
  if (!generation) throw new ApiError(404, "No generation has this id.");
  if (generation.creatorId !== user.id && user.role !== "admin")
    throw new ApiError(403, "Only its creator or an admin can cancel a generation.");
  const outcome = await cancelGeneration(await getTaskEngine(), id);
  if (!outcome.canceled) throw new ApiError(409, outcome.reason);
  return Response.json(outcome);
}

/** The generation's stored video or poster, with Range support. */
export async function getGenerationFile(
  request: Request,
  { params }: Pick<Context, "params">,
  kind: "video" | "poster",
) {
  const id = recordId(params.id, "generation");
  const asset = await prisma.asset.findFirst({ where: { generationId: id, kind }, select: { storageKey: true } });
  if (!asset) throw new ApiError(404, `This generation has no ${kind} (yet).`, { rule: "not_found" });
  return serveStoredObject(getStorage(), asset.storageKey, request, { cacheControl: IMMUTABLE_CACHE_CONTROL });
}
