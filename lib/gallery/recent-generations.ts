import "server-only";
import { prisma } from "@/lib/db/client";

/** The team's newest generations with what a gallery card shows. */
export function recentGenerations(take = 48) {
  return prisma.generation.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      mode: true,
      status: true,
      createdAt: true,
      provider: true,
      creator: { select: { name: true, email: true } },
      assets: { where: { kind: "poster" }, select: { id: true }, take: 1 },
    },
  });
}
