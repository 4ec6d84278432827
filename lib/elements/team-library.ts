import "server-only";
import { prisma } from "@/lib/db/client";

/** The team's element library, by name. */
export function listTeamElements(take = 200) {
  return prisma.element.findMany({ orderBy: { name: "asc" }, take });
}
