import { z } from "zod";
import { createOne } from "@/lib/api/generations";
import { readJsonBody } from "@/lib/api/json-body";
import { apiRoute } from "@/lib/api/v1-route";
import { IdempotencyConflictError } from "@/lib/tasks/create-generation";
import { CREATE_GENERATION_BODY_LIMIT_BYTES, CreateGenerationBodySchema } from "@/lib/tasks/generation-input";

const BatchSchema = z.object({ requests: z.array(CreateGenerationBodySchema).min(1).max(100) });

// POST /api/v1/generations/batch – up to 100 `{request, idempotencyKey?}` in one call, each validated and
// created on its own: the answer lists, in order, the generation made or the item's violations.
export const POST = apiRoute("write", async (request, { user }) => {
  const { requests } = BatchSchema.parse(await readJsonBody(request, { maxBytes: CREATE_GENERATION_BODY_LIMIT_BYTES }));
  const items = [];
  // One after another: a batch is one caller's work and must not take every database connection at once.
  for (const [index, item] of requests.entries()) {
    try {
      const outcome = await createOne(user, item.request, item.idempotencyKey, "/api/v1/generations");
      items.push(
        outcome.ok
          ? { index, status: 201, generation: outcome.generation }
          : {
              index,
              status: 400,
              violations: outcome.violations.map((violation) => ({
                ...violation,
                path: `requests[${index}].request${violation.path ? `.${violation.path}` : ""}`,
              })),
            },
      );
    } catch (error) {
      if (!(error instanceof IdempotencyConflictError)) throw error;
      items.push({ index, status: 409, rule: "idempotency_key_reused", detail: error.message });
    }
  }
  const created = items.filter((item) => item.status === 201).length;
  return Response.json({ created, refused: items.length - created, items }, { status: created ? 201 : 400 });
});
