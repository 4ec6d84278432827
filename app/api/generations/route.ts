import { readJsonBody } from "@/lib/api/json-body";
import { galleryFilterFrom } from "@/lib/gallery/gallery-filter";
import { galleryPage } from "@/lib/gallery/gallery-page";
import { ApiError, authedRoute, problem } from "@/lib/api/route";
import { createGeneration, GenerationRejectedError, IdempotencyConflictError } from "@/lib/tasks/create-generation";
import { CREATE_GENERATION_BODY_LIMIT_BYTES, CreateGenerationBodySchema } from "@/lib/tasks/generation-input";
import { getTaskEngine } from "@/lib/tasks/web-engine";

// GET /api/generations – the team's generations as the gallery pages them: filters, search, cursor.
export const GET = authedRoute("user", async (request, { user }) => {
  const filter = galleryFilterFrom(new URL(request.url).searchParams);
  if (!filter.success) throw filter.error;
  const page = await galleryPage(filter.data, user.id);
  return Response.json({ generations: page.cards, nextCursor: page.nextCursor ?? null, terms: page.terms });
});

// POST /api/generations – validate and store a generation; the worker submits it. Idempotent per key.
export const POST = authedRoute("user", async (request, { user }) => {
  const body = CreateGenerationBodySchema.parse(
    await readJsonBody(request, { maxBytes: CREATE_GENERATION_BODY_LIMIT_BYTES }),
  );
  const idempotencyKey =
    body.idempotencyKey ??
    CreateGenerationBodySchema.pick({ idempotencyKey: true }).parse({
      idempotencyKey: request.headers.get("idempotency-key") ?? undefined,
    }).idempotencyKey;
  try {
    const generation = await createGeneration(await getTaskEngine(), {
      creatorId: user.id,
      request: body.request,
      idempotencyKey,
    });
    return Response.json(
      { id: generation.id, status: generation.status, url: `/api/generations/${generation.id}` },
      { status: 201 },
    );
  } catch (error) {
    if (error instanceof GenerationRejectedError) {
      const violations = error.violations.map((violation) => ({
        ...violation,
        path: violation.path ? `request.${violation.path}` : "request",
      }));
      return problem(
        400,
        `The generation request breaks some rules: ${violations.map((violation) => `${violation.path} (${violation.rule})`).join(", ")}.`,
        { violations },
      );
    }
    if (error instanceof IdempotencyConflictError)
      throw new ApiError(409, error.message, { rule: "idempotency_key_reused", idempotencyKey: error.idempotencyKey });
    throw error;
  }
});
