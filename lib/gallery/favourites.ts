import "server-only";
import { prisma } from "@/lib/db/client";

/** Adds a generation to (or takes it out of) one person's favourites; false when it does not exist. */
export async function setFavourite(userId: string, generationId: string, favourite: boolean): Promise<boolean> {
  const exists = await prisma.generation.count({ where: { id: generationId } });
  if (!exists) return false;
  if (favourite) {
    await prisma.favourite.upsert({
      where: { userId_generationId: { userId, generationId } },
      create: { userId, generationId },
      update: {},
    });
  } else {
    await prisma.favourite.deleteMany({ where: { userId, generationId } });
  }
  return true;
}

export async function isFavourite(userId: string, generationId: string): Promise<boolean> {
  return (await prisma.favourite.count({ where: { userId, generationId } })) > 0;
}
