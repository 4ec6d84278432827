import { prisma } from "@/lib/db/client";

export const dynamic = "force-dynamic";

// GET /api/health – public liveness check that proves the database answers a real query.
export async function GET() {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", db: "ok" });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : "unknown error";
    return Response.json({ status: "error", db: "unreachable", reason }, { status: 503 });
  }
}
