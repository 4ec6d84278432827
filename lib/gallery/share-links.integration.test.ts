import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createShareLink, listShareLinks, openShareLink, revokeShareLink } from "./share-links";

const alice = { id: "alice-id", role: "member" as const };
const bob = { id: "bob-id", role: "member" as const };
const admin = { id: "admin-id", role: "admin" as const };
let finished: string;
let running: string;

async function generation(status: "succeeded" | "running") {
  const created = await prisma.generation.create({
    data: {
      creatorId: alice.id,
      provider: "simulator",
      model: "kling-simulator",
      mode: "text",
      request: {
        provider: "simulator",
        model: "kling-simulator",
        mode: "text",
        prompt: "灯塔 at dusk",
        aspectRatio: "16:9",
      },
      quality: "std",
      durationSeconds: 5,
      status,
    },
  });
  await prisma.asset.create({
    data: {
      kind: "video",
      ownerId: alice.id,
      generationId: created.id,
      storageKey: `generations/${created.id}/video.mp4`,
      contentType: "video/mp4",
      sizeBytes: 10,
    },
  });
  return created.id;
}

beforeAll(async () => {
  for (const user of [alice, bob, admin])
    await prisma.user.create({
      data: { id: user.id, name: user.id, email: `${user.id}@example.com`, role: user.role },
    });
  finished = await generation("succeeded");
  running = await generation("running");
});

describe("share links", () => {
  it("are made by the creator or an admin, for finished generations only", async () => {
    expect(await createShareLink(bob, finished, "7d")).toEqual({ refused: expect.objectContaining({ status: 403 }) });
    expect(await createShareLink(alice, running, "7d")).toEqual({ refused: expect.objectContaining({ status: 409 }) });
    const made = await createShareLink(admin, finished, "never");
    expect(made).toMatchObject({ token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), link: { expiresAt: null } });
  });

  it("open the one generation they name, store only a hash, and stop at once when revoked", async () => {
    const made = await createShareLink(alice, finished, "1d");
    if ("refused" in made) throw new Error("refused");
    const shared = await openShareLink(made.token);
    expect(shared).toMatchObject({
      prompt: "灯塔 at dusk",
      aspectRatio: "16:9",
      videoKey: expect.stringContaining(finished),
    });
    expect(shared!.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 23 * 3600 * 1000);
    expect(await prisma.shareLink.count({ where: { tokenHash: made.token } })).toBe(0);
    expect((await listShareLinks(finished)).map((link) => link.id)).toContain(made.link.id);

    expect(await revokeShareLink(bob, finished, made.link.id)).toEqual({
      refused: expect.objectContaining({ status: 403 }),
    });
    expect(await revokeShareLink(alice, finished, made.link.id)).toEqual({ revoked: true });
    expect(await openShareLink(made.token)).toBeNull();
    expect((await listShareLinks(finished)).map((link) => link.id)).not.toContain(made.link.id);
  });

  it("answer nothing once expired, or for a token nobody made", async () => {
    const made = await createShareLink(alice, finished, "1d");
    if ("refused" in made) throw new Error("refused");
    await prisma.shareLink.update({ where: { id: made.link.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await openShareLink(made.token)).toBeNull();
    expect(await openShareLink("x".repeat(43))).toBeNull();
    expect(await openShareLink("../../etc/passwd")).toBeNull();
  });
});
