import { ApiError, authedRoute, problem } from "@/lib/api/route";
import type { GenerationRequestInput } from "@/lib/providers";
import { createGeneration, GenerationRejectedError } from "@/lib/tasks/create-generation";
import { CreateGenerationBodySchema } from "@/lib/tasks/generation-input";
import { getTaskEngine } from "@/lib/tasks/web-engine";

// POST /api/generations – validate and store a generation; the worker submits it. Idempotent per key.
export const POST = authedRoute("user", async (request, { user }) => {
  const body = CreateGenerationBodySchema.parse(await request.json().catch(() => {
    throw new ApiError(400, "The body must be JSON.");
  }));
  try {
    const generation = await createGeneration(await getTaskEngine(), {
      creatorId: user.id,
      request: body.request as GenerationRequestInput,
      idempotencyKey: body.idempotencyKey ?? request.headers.get("idempotency-key") ?? undefined,
    });
    return Response.json({ id: generation.id, status: generation.status, url: `/api/generations/${generation.id}` }, { status: 201 });
  } catch (error) {
    if (error instanceof GenerationRejectedError) return problem(400, "The generation request breaks some rules.", { violations: error.violations });
    throw error;
  }
});
