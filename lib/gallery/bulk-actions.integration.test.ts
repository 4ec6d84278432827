import { mkdtemp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import yauzl from "yauzl";
import { prisma } from "@/lib/db/client";
import { LocalStorage } from "@/lib/storage";
import { generationArchive } from "./generation-archive";
import { removeGenerations } from "./generation-removal";

let root: string;
let storage: LocalStorage;
const alice = { id: "alice-id", role: "member" as const };
const bob = { id: "bob-id", role: "member" as const };
const admin = { id: "admin-id", role: "admin" as const };

async function stored(creatorId: string, prompt: string, bytes: Buffer, status: "succeeded" | "running" = "succeeded") {
  const generation = await prisma.generation.create({
    data: {
      creatorId,
      provider: "simulator",
      model: "kling-simulator",
      mode: "text",
      request: { prompt },
      promptPreview: prompt,
      quality: "std",
      durationSeconds: 5,
      status,
      createdAt: new Date("2026-12-01T17:25:00Z"),
    },
  });
  for (const kind of ["video", "poster"] as const) {
    const key = `generations/${generation.id}/${kind}.${kind === "video" ? "mp4" : "jpg"}`;
    await storage.put(key, bytes, { contentType: kind === "video" ? "video/mp4" : "image/jpeg" });
    await prisma.asset.create({
      data: {
        kind,
        ownerId: creatorId,
        generationId: generation.id,
        storageKey: key,
        contentType: "video/mp4",
        sizeBytes: bytes.length,
      },
    });
  }
  return generation.id;
}

function zipEntries(body: ReadableStream<Uint8Array>): Promise<Map<string, Buffer>> {
  return new Response(body).arrayBuffer().then(
    (buffer) =>
      new Promise((resolve, reject) => {
        const entries = new Map<string, Buffer>();
        yauzl.fromBuffer(Buffer.from(buffer), { lazyEntries: true }, (error, zip) => {
          if (error) return reject(error);
          zip.on("entry", (entry: yauzl.Entry) =>
            zip.openReadStream(entry, (openError, stream) => {
              if (openError) return reject(openError);
              const chunks: Buffer[] = [];
              stream.on("data", (chunk: Buffer) => chunks.push(chunk));
              stream.on("end", () => {
                entries.set(entry.fileName, Buffer.concat(chunks));
                zip.readEntry();
              });
            }),
          );
          zip.on("end", () => resolve(entries));
          zip.readEntry();
        });
      }),
  );
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "gallery-bulk-"));
  storage = new LocalStorage({ root, publicUrl: "http://localhost:3000", signingSecret: "s".repeat(40) });
  for (const user of [alice, bob, admin])
    await prisma.user.create({
      data: { id: user.id, name: user.id, email: `${user.id}@example.com`, role: user.role },
    });
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("the gallery's bulk actions", () => {
  it("streams the videos of several generations as one ZIP, named from prompt and date", async () => {
    const ids = [
      await stored(alice.id, "A red fox in the snow", Buffer.from("fox video")),
      await stored(bob.id, "A red fox in the snow", Buffer.from("second fox")),
      await stored(alice.id, "海边的灯塔", Buffer.from("lighthouse")),
    ];
    const archive = await generationArchive(storage, ids);
    expect(archive?.count).toBe(3);
    const entries = await zipEntries(archive!.body);
    expect([...entries.keys()].sort()).toEqual([
      "a-red-fox-in-the-snow-2026-12-01-1725-2.mp4",
      "a-red-fox-in-the-snow-2026-12-01-1725.mp4",
      "海边的灯塔-2026-12-01-1725.mp4",
    ]);
    expect(new Set([...entries.values()].map(String))).toEqual(new Set(["fox video", "second fox", "lighthouse"]));
    expect(await generationArchive(storage, ["00000000-0000-4000-8000-000000000000"])).toBeNull();
  });

  it("deletes for the creator or an admin only, removing files and rows, and keeps an audit line", async () => {
    const mine = await stored(alice.id, "mine", Buffer.from("a"));
    const theirs = await stored(bob.id, "theirs", Buffer.from("b"));
    const files = await prisma.asset.findMany({ where: { generationId: { in: [mine, theirs] } } });

    expect(await removeGenerations(storage, alice, [mine, theirs])).toEqual({
      refused: expect.objectContaining({ status: 403, rule: "not_allowed", ids: [theirs] }),
    });
    // Refused as a whole: nothing of either is gone.
    expect(await prisma.generation.count({ where: { id: { in: [mine, theirs] } } })).toBe(2);
    expect(files.every((file) => existsSync(path.join(root, file.storageKey)))).toBe(true);

    expect(await removeGenerations(storage, alice, [mine])).toEqual({ removed: [mine] });
    expect(await removeGenerations(storage, admin, [theirs])).toEqual({ removed: [theirs] });
    expect(await prisma.generation.count({ where: { id: { in: [mine, theirs] } } })).toBe(0);
    expect(await prisma.asset.count({ where: { id: { in: files.map((file) => file.id) } } })).toBe(0);
    expect(files.some((file) => existsSync(path.join(root, file.storageKey)))).toBe(false);

    const audit = await prisma.auditEvent.findMany({
      where: { targetId: { in: [mine, theirs] } },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((event) => [event.actorId, event.action, event.targetId])).toEqual([
      [alice.id, "generation.deleted", mine],
      [admin.id, "generation.deleted", theirs],
    ]);
    expect(audit[1]!.details).toMatchObject({ creatorId: bob.id, promptPreview: "theirs", files: expect.any(Array) });
  });

  it("refuses unknown and unfinished generations", async () => {
    const running = await stored(alice.id, "still going", Buffer.from("c"), "running");
    expect(await removeGenerations(storage, alice, [running])).toEqual({
      refused: expect.objectContaining({ status: 409, rule: "not_finished" }),
    });
    expect(await removeGenerations(storage, admin, ["00000000-0000-4000-8000-000000000000"])).toEqual({
      refused: expect.objectContaining({ status: 404, rule: "not_found" }),
    });
  });
});
