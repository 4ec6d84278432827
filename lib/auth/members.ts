import "server-only";
import { prisma } from "@/lib/db/client";

/** Everyone on the team, oldest account first (the first is the studio's first admin). */
export function listMembers() {
  return prisma.user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, role: true, removedAt: true },
  });
}

/** Whether nobody has signed up yet: the next account will run the studio. */
export async function isFirstAccount(): Promise<boolean> {
  return (await prisma.user.count()) === 0;
}
