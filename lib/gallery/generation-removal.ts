import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session";
import type { Storage } from "@/lib/storage";

const UNFINISHED = ["submitting", "queued", "running", "storing"] as const;

export type RemovalRefusal = {
  status: 403 | 404 | 409;
  rule: "not_found" | "not_allowed" | "not_finished";
  message: string;
  ids: string[];
};

/**
 * Deletes generations for good: their stored files (every driver), their rows, and a line in the
 * audit trail saying who deleted what. Only the creator or an admin may; an unfinished generation
 * must be canceled first. All or nothing: one refused id refuses the whole request.
 */
export async function removeGenerations(
  storage: Storage,
  actor: Pick<SessionUser, "id" | "role">,
  ids: readonly string[],
): Promise<{ removed: string[] } | { refused: RemovalRefusal }> {
  const generations = await prisma.generation.findMany({
    where: { id: { in: [...ids] } },
    select: {
      id: true,
      creatorId: true,
      status: true,
      provider: true,
      model: true,
      mode: true,
      promptPreview: true,
      createdAt: true,
      assets: { select: { id: true, storageKey: true } },
    },
  });
  const missing = ids.filter((id) => !generations.some((generation) => generation.id === id));
  if (missing.length)
    return { refused: { status: 404, rule: "not_found", message: "No generation has these ids.", ids: missing } };
  const foreign = generations.filter((generation) => generation.creatorId !== actor.id && actor.role !== "admin");
  if (foreign.length)
    return {
      refused: {
        status: 403,
        rule: "not_allowed",
        message: "Only their creator or an admin can delete these generations.",
        ids: foreign.map((generation) => generation.id),
      },
    };
  const running = generations.filter((generation) => (UNFINISHED as readonly string[]).includes(generation.status));
  if (running.length)
    return {
      refused: {
        status: 409,
        rule: "not_finished",
        message: "These generations are not finished: cancel them before deleting them.",
        ids: running.map((generation) => generation.id),
      },
    };

  await prisma.$transaction([
    prisma.auditEvent.createMany({
      data: generations.map(({ assets, createdAt, ...generation }) => ({
        actorId: actor.id,
        action: "generation.deleted",
        targetId: generation.id,
        details: {
          ...generation,
          createdAt: createdAt.toISOString(),
          files: assets.map((asset) => asset.storageKey),
        } satisfies Prisma.InputJsonValue,
      })),
    }),
    prisma.asset.deleteMany({ where: { generationId: { in: [...ids] } } }),
    prisma.generation.deleteMany({ where: { id: { in: [...ids] } } }),
  ]);
  // The rows are gone first, so nothing can link to a file while it is being removed.
  const keys = generations.flatMap((generation) => generation.assets.map((asset) => asset.storageKey));
  const failures = (await Promise.allSettled(keys.map((key) => storage.delete(key)))).filter(
    (outcome) => outcome.status === "rejected",
  );
  if (failures.length) console.error(`[delete] ${failures.length} stored file(s) could not be removed`, failures);
  return { removed: generations.map((generation) => generation.id) };
}
