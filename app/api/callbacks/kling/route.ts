import { prisma } from "@/lib/db/client";
import { loadProvidersConfig } from "@/lib/providers/server";
import { receiveSignedCallback } from "@/lib/tasks/signed-callbacks";
import { getTaskEngine } from "@/lib/tasks/web-engine";

// POST /api/callbacks/kling – Kling reports a status change, signed with the console's webhook secret
// (KLING_WEBHOOK_SECRET). Without a secret, Kling is given the per-task address instead.
export async function POST(request: Request) {
  const secret = loadProvidersConfig().kling.webhookSecret;
  if (!secret) return new Response("Signed callbacks are not configured.", { status: 404 });
  const body = await request.text();
  const verdict = await receiveSignedCallback(
    { prisma, boss: (await getTaskEngine()).boss },
    "kling",
    secret,
    request.headers,
    body,
  );
  return verdict.status === 204
    ? new Response(null, { status: 204 })
    : Response.json({ outcome: verdict.outcome }, { status: verdict.status });
}
