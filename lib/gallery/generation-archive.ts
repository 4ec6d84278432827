import "server-only";
import { Readable } from "node:stream";
import { ZipFile } from "yazl";
import { prisma } from "@/lib/db/client";
import type { Storage } from "@/lib/storage";
import { uniqueNames, videoFileName } from "./file-name";

/**
 * The videos of some generations as one ZIP, streamed: each file is opened only when the archive
 * reaches it and flows through as it is read (stored, not compressed: videos are compressed
 * already), so neither the archive nor a video is ever held in memory. Generations without a
 * stored video are left out. null when none of them has one.
 */
export async function generationArchive(storage: Storage, ids: readonly string[]) {
  const generations = await prisma.generation.findMany({
    where: { id: { in: [...ids] } },
    orderBy: { createdAt: "desc" },
    select: {
      promptPreview: true,
      createdAt: true,
      assets: { where: { kind: "video" }, select: { storageKey: true }, take: 1 },
    },
  });
  const entries = generations.flatMap((generation) =>
    generation.assets.map((asset) => ({ ...asset, createdAt: generation.createdAt, prompt: generation.promptPreview })),
  );
  if (!entries.length) return null;
  const names = uniqueNames(entries.map((entry) => videoFileName(entry.prompt, entry.createdAt)));
  const zip = new ZipFile();
  entries.forEach((entry, index) => {
    zip.addReadStreamLazy(names[index]!, { compress: false, mtime: entry.createdAt }, (done) => {
      storage
        .read(entry.storageKey)
        .then((object) =>
          object ? done(null, object.body) : done(new Error(`${entry.storageKey} is missing`), undefined as never),
        )
        .catch((error: Error) => done(error, undefined as never));
    });
  });
  zip.end();
  return { count: entries.length, body: Readable.toWeb(zip.outputStream as Readable) as ReadableStream<Uint8Array> };
}
