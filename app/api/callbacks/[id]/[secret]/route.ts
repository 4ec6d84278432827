import { timingSafeEqual } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { enqueueStep } from "@/lib/tasks/queue";
import { getTaskEngine } from "@/lib/tasks/web-engine";

function sameSecret(a: string, b: string) {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

// POST /api/callbacks/[id]/[secret] – a provider reports a status change. The per-task secret in the
// path authenticates it; the body is not trusted: the worker asks the provider right away instead.
export async function POST(_request: Request, { params }: { params: Promise<{ id: string; secret: string }> }) {
  const { id, secret } = await params;
  const generation = await prisma.generation.findUnique({
    where: { id },
    select: { callbackSecret: true, status: true },
  });
  if (!generation?.callbackSecret || !sameSecret(generation.callbackSecret, secret))
    return new Response("Unknown callback.", { status: 404 });
  if (generation.status === "queued" || generation.status === "running") {
    await enqueueStep((await getTaskEngine()).boss, { generationId: id, phase: "poll", now: true }, 0);
  }
  return new Response(null, { status: 204 });
}
