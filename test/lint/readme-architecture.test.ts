import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The README's Architecture section is the map a new maintainer reads first: it must name every
// top-level folder of lib/ and components/, so a new feature folder cannot land without a line there.
const readme = readFileSync("README.md", "utf8");
const architecture = readme.slice(readme.indexOf("### Architecture"));
const folders = (root: string) =>
  readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

describe("the README's Architecture section", () => {
  it.each(["lib", "components"])("names every top-level folder of %s/", (root) => {
    const missing = folders(root).filter((folder) => !architecture.includes(`\`${folder}/\``));
    expect(missing).toEqual([]);
  });

  it("states which layer may import which", () => {
    expect(architecture).toContain("`app/` → `components/` → `lib/`");
  });
});
