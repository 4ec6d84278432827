import { access } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { findFont } from "./fonts";

describe("findFont", () => {
  it("finds an existing font file for drawtext", async () => {
    const font = await findFont();
    expect(font).toBeDefined();
    await expect(access(font!.path)).resolves.toBeUndefined();
    expect(font!.path).toMatch(/\.(ttf|ttc|otf)$/i);
  });
});
