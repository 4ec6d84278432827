import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

describe("getStorage", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    delete (globalThis as { storage?: unknown }).storage;
  });

  it("configures one storage per process from the environment", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "storage-index-"));
    vi.stubEnv("DATABASE_URL", "postgresql://localhost/test");
    vi.stubEnv("AUTH_SECRET", "a".repeat(40));
    vi.stubEnv("PUBLIC_URL", "https://studio.example.com/");
    vi.stubEnv("DATA_DIR", dataDir);
    vi.stubEnv("STORAGE_DRIVER", "local");
    vi.resetModules();
    const { getStorage, LocalStorage } = await import("./index");

    const storage = getStorage();
    expect(storage).toBeInstanceOf(LocalStorage);
    expect(getStorage()).toBe(storage);
    expect(await storage.signedUrl("a.png", { expiresInSeconds: 60 })).toMatch(
      /^https:\/\/studio\.example\.com\/api\/media\/public\/a\.png\?/,
    );
    await storage.put("a.png", Buffer.from("x"), { contentType: "image/png" });
    expect(await storage.exists("a.png")).toBe(true);
    await rm(dataDir, { recursive: true, force: true });
  });
});
