import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";

const withBindings = { bindings: { orderBy: { provider: "asc" } } } satisfies Prisma.ElementInclude;

/** The team's element library by name, searched by name, description or tag; retired elements are left out. */
export function listTeamElements({ search, take = 200 }: { search?: string; take?: number } = {}) {
  const needle = search?.trim();
  return prisma.element.findMany({
    where: {
      retiredAt: null,
      ...(needle
        ? {
            OR: [
              { name: { contains: needle, mode: "insensitive" } },
              { description: { contains: needle, mode: "insensitive" } },
              { tags: { has: needle } },
            ],
          }
        : {}),
    },
    orderBy: { name: "asc" },
    take,
    include: withBindings,
  });
}

export type TeamElementRow = Awaited<ReturnType<typeof listTeamElements>>[number];

/** One element with its bindings, retired ones included (generations still name them). */
export function getTeamElement(id: string) {
  return prisma.element.findUnique({
    where: { id },
    include: { ...withBindings, createdBy: { select: { name: true } } },
  });
}
