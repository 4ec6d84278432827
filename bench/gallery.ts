/**
 * npm run bench:gallery — the team gallery at 100,000 generations.
 *
 * Seeds a throwaway embedded PostgreSQL (migrated like production) with 20 creators and GENERATIONS
 * generations over a year, every provider and mode, prompts in Chinese and English of realistic
 * lengths, posters and videos for the finished ones. Then times the gallery's own query
 * (lib/gallery/gallery-page.ts, through Prisma, as the route serves it) for each view RUNS times,
 * the viewer being creator-0 (2,000 favourites), and a year of usage by creator and by provider,
 * and prints p50 and p95, with the index PostgreSQL chose for the same query (EXPLAIN).
 *
 * Settings (environment): GENERATIONS=100000  RUNS=40
 */
import { randomUUID } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import { generationSearchTerms, promptPreview } from "@/lib/gallery/generation-search";
import type { GalleryFilter } from "@/lib/gallery/gallery-filter";
import { GENERATION_MODES, PROVIDERS } from "@/lib/providers";
import { seededRandom } from "./lib/random";

const GENERATIONS = Number(process.env.GENERATIONS ?? 100_000);
const RUNS = Number(process.env.RUNS ?? 40);
const CREATORS = 20;
const BATCH = 2_000;

const rand = seededRandom(7);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

const CHINESE = [
  "一只红狐在雪地里奔跑",
  "夕阳下的城市天际线",
  "海边的灯塔",
  "雨夜的霓虹街道",
  "古老的寺庙在山顶",
  "少女在樱花树下微笑",
  "宇航员漂浮在太空站",
  "金色麦田随风起伏",
  "老人在茶馆里下棋",
  "瀑布从悬崖倾泻而下",
  "镜头缓缓推进",
  "电影感的光影",
  "柔和的晨光",
  "无人机俯拍",
  "慢动作",
  "赛博朋克风格",
  "水墨画风格",
];
const ENGLISH = [
  "a red fox running through fresh snow",
  "city skyline at sunset",
  "a lighthouse on a rocky coast",
  "neon streets on a rainy night",
  "an ancient temple on a mountain top",
  "a girl smiling under cherry blossoms",
  "an astronaut floating in a space station",
  "golden wheat fields in the wind",
  "slow dolly in",
  "cinematic lighting",
  "soft morning light",
  "aerial drone shot",
  "slow motion",
  "cyberpunk style",
  "shallow depth of field",
  "handheld camera",
  "volumetric fog",
  "35mm film grain",
];
const STATUSES = ["succeeded", "succeeded", "succeeded", "succeeded", "succeeded", "succeeded", "failed", "canceled"];

function prompt(): string {
  const chinese = rand() < 0.5;
  const parts = chinese ? CHINESE : ENGLISH;
  const length = 40 + Math.floor(rand() * rand() * 400);
  let text = "";
  while (text.length < length) text += (text ? (chinese ? "，" : ", ") : "") + pick(parts);
  return text;
}

async function seed(client: pg.Client) {
  const creators = Array.from({ length: CREATORS }, (_, index) => `creator-${index}`);
  for (const id of creators) {
    await client.query(`INSERT INTO "user" (id, name, email, "updatedAt") VALUES ($1, $1, $2, now())`, [
      id,
      `${id}@bench.test`,
    ]);
  }
  const yearAgo = Date.now() - 365 * 24 * 3600 * 1000;
  for (let done = 0; done < GENERATIONS; done += BATCH) {
    const rows: string[][] = [];
    const assets: string[][] = [];
    for (let index = 0; index < Math.min(BATCH, GENERATIONS - done); index++) {
      const id = randomUUID();
      const request = {
        prompt: prompt(),
        negativePrompt: rand() < 0.2 ? "blurry, low quality" : undefined,
        audio: rand() < 0.3,
      };
      const status = pick(STATUSES);
      const creator = pick(creators);
      const createdAt = new Date(yearAgo + rand() * 365 * 24 * 3600 * 1000).toISOString();
      rows.push([
        id,
        creator,
        pick(PROVIDERS),
        "kling-v3",
        pick(GENERATION_MODES),
        JSON.stringify(request),
        "std",
        "5",
        status,
        createdAt,
        JSON.stringify(generationSearchTerms(request)),
        promptPreview(request),
      ]);
      if (status === "succeeded") {
        for (const kind of ["poster", "video"]) assets.push([randomUUID(), kind, creator, id, `bench/${id}.${kind}`]);
      }
    }
    const column = (index: number) => rows.map((row) => row[index]!);
    await client.query(
      `INSERT INTO generation (id, "creatorId", provider, model, mode, request, quality, "durationSeconds", status,
         "createdAt", "updatedAt", "searchTerms", "promptPreview", audio)
       SELECT u.id, u.creator, u.provider, u.model, u.mode::"GenerationMode", u.request::jsonb, u.quality,
         u.duration::int, u.status::"GenerationStatus", u.created::timestamptz, u.created::timestamptz,
         ARRAY(SELECT jsonb_array_elements_text(u.terms::jsonb)), u.preview, (u.request::jsonb->>'audio')::boolean
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
         $9::text[], $10::text[], $11::text[], $12::text[])
         AS u(id, creator, provider, model, mode, request, quality, duration, status, created, terms, preview)`,
      Array.from({ length: 12 }, (_, index) => column(index)),
    );
    const assetColumn = (index: number) => assets.map((row) => row[index]!);
    await client.query(
      `INSERT INTO asset (id, kind, "ownerId", "generationId", "storageKey", "contentType", "sizeBytes", width, height)
       SELECT u.id, u.kind::"AssetKind", u.owner, u.generation, u.key, 'video/mp4', 1000000, 1280, 720
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(id, kind, owner, generation, key)`,
      Array.from({ length: 5 }, (_, index) => assetColumn(index)),
    );
  }
  // One person has 2,000 favourites, picked at random.
  await client.query(
    `INSERT INTO favourite ("userId", "generationId")
     SELECT 'creator-0', id FROM generation ORDER BY md5(id) LIMIT 2000`,
  );
  // As autovacuum would by now: statistics, and the visibility map that lets index-only scans skip the rows.
  await client.query("VACUUM ANALYZE");
}

/** The indexes PostgreSQL plans to use for a query, or "sequential scan". */
async function chosenIndexes(client: pg.Client, sql: string, values: unknown[] = []): Promise<string> {
  const plan = await client.query(`EXPLAIN ${sql}`, values);
  const lines = plan.rows.map((row: Record<string, string>) => row["QUERY PLAN"]!).join("\n");
  const indexes = [...lines.matchAll(/(?:Index(?: Only)? Scan(?: Backward)? using|Bitmap Index Scan on) (\S+)/g)].map(
    (match) => match[1],
  );
  return indexes.join(", ") || "sequential scan";
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const dir = await mkdtemp(path.join(tmpdir(), "bench-gallery-"));
// When run as root, the embedded PostgreSQL runs as another user, who must be able to enter the folder.
await chmod(dir, 0o755);
const cluster = await startEmbeddedPostgres(path.join(dir, "postgres"));
try {
  await applyMigrations(cluster.url);
  process.env.DATABASE_URL = cluster.url;
  process.env.AUTH_SECRET ??= "bench-gallery-secret-bench-gallery-secret";
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  const seeding = performance.now();
  await seed(client);
  console.log(
    `Seeded ${GENERATIONS.toLocaleString("en")} generations in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
  );

  const { galleryPage } = await import("@/lib/gallery/gallery-page");
  const { prisma } = await import("@/lib/db/client");
  // The cursor 2,000 generations deep, reached as the browser would: page after page.
  let deep: string | undefined;
  // 2,000 deep, or half way into a smaller seed (GENERATIONS below 4,000).
  const DEPTH = Math.min(2_000, Math.floor(GENERATIONS / 50) * 25);
  for (let page = 0; page < DEPTH / 25; page++)
    deep = (await galleryPage({ cursor: deep }, "creator-0", 25)).nextCursor;
  const deepRow = (
    await client.query(`SELECT "createdAt", id FROM generation ORDER BY "createdAt" DESC, id DESC OFFSET $1 LIMIT 1`, [
      DEPTH,
    ])
  ).rows[0] as { createdAt: Date; id: string };

  const views: { name: string; filter: GalleryFilter; explain: string; values?: unknown[] }[] = [
    { name: "first page", filter: {}, explain: `ORDER BY "createdAt" DESC, id DESC` },
    {
      name: `${DEPTH.toLocaleString("en")} deep by cursor`,
      filter: { cursor: deep },
      explain: `WHERE "createdAt" <= $1 AND ("createdAt" < $1 OR ("createdAt" = $1 AND id < $2)) ORDER BY "createdAt" DESC, id DESC`,
      values: [deepRow.createdAt, deepRow.id],
    },
    {
      name: "creator + mode + status",
      filter: { creator: "creator-3", mode: "text", status: "succeeded" },
      explain: `WHERE "creatorId" = 'creator-3' AND mode = 'text' AND status IN ('succeeded') ORDER BY "createdAt" DESC, id DESC`,
    },
    {
      name: "Chinese word 灯塔",
      filter: { q: "灯塔" },
      explain: `WHERE "searchTerms" @> ARRAY['灯塔'] ORDER BY "createdAt" DESC, id DESC`,
    },
    {
      name: "English word lighthouse",
      filter: { q: "lighthouse" },
      explain: `WHERE "searchTerms" @> ARRAY['lighthouse'] ORDER BY "createdAt" DESC, id DESC`,
    },
    {
      name: "Chinese + filter (红狐, failed)",
      filter: { q: "红狐", status: "failed" },
      explain: `WHERE "searchTerms" @> ARRAY['红狐'] AND status IN ('failed', 'expired') ORDER BY "createdAt" DESC, id DESC`,
    },
    {
      name: "favourites of one person",
      filter: { fav: "1" },
      explain: `WHERE EXISTS (SELECT 1 FROM favourite f WHERE f."generationId" = generation.id AND f."userId" = 'creator-0') ORDER BY "createdAt" DESC, id DESC`,
    },
  ];

  console.log(`\n${"view".padEnd(34)}${"p50".padStart(9)}${"p95".padStart(9)}  cards  index chosen`);
  for (const view of views) {
    const times: number[] = [];
    let cards = 0;
    await galleryPage(view.filter, "creator-0"); // warm-up, not counted
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      cards = (await galleryPage(view.filter, "creator-0")).cards.length;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const indexes = await chosenIndexes(client, `SELECT id FROM generation ${view.explain} LIMIT 25`, view.values);
    console.log(
      `${view.name.padEnd(34)}${`${percentile(times, 50).toFixed(1)} ms`.padStart(9)}${`${percentile(times, 95).toFixed(1)} ms`.padStart(9)}  ${String(cards).padStart(5)}  ${indexes}`,
    );
  }
  // A year of usage, as an admin's usage page asks for it (one report per split).
  const { usageReport } = await import("@/lib/usage/usage-report");
  const { UsageQuerySchema } = await import("@/lib/usage/usage-query");
  const today = new Date().toISOString().slice(0, 10);
  const yearAgo = new Date(Date.now() - 366 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  for (const by of ["creator", "provider"] as const) {
    const query = UsageQuerySchema.parse({ period: "month", by, from: yearAgo, to: today });
    const times: number[] = [];
    let rows = 0;
    await usageReport(query, { id: "creator-0", role: "admin" }); // warm-up, not counted
    for (let run = 0; run < Math.max(10, Math.floor(RUNS / 2)); run++) {
      const started = performance.now();
      rows = (await usageReport(query, { id: "creator-0", role: "admin" })).rows.length;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${`a year of usage by ${by}`.padEnd(34)}${`${percentile(times, 50).toFixed(1)} ms`.padStart(9)}${`${percentile(times, 95).toFixed(1)} ms`.padStart(9)}  ${String(rows).padStart(5)}  ${await chosenIndexes(client, `SELECT date_trunc('month', "createdAt"), "${by === "creator" ? "creatorId" : "provider"}", provider, quality, count(*) FROM generation WHERE "createdAt" >= $1 GROUP BY 1, 2, 3, 4`, [yearAgo])}`,
    );
  }
  await prisma.$disconnect();
  await client.end();
} finally {
  await cluster.stop();
  await rm(dir, { recursive: true, force: true });
}
