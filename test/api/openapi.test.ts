import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { CANONICAL_REQUEST_EXAMPLES } from "@/lib/providers/testing/canonical-examples";

// The OpenAPI document is generated, so these prove what generation cannot: that it is a valid
// OpenAPI 3.1 document, that it lists every route under app/api/v1, and that its request schema accepts
// the canonical requests the provider tests are built on.

const V1 = path.resolve("app/api/v1");
const UNDOCUMENTED = new Set(["openapi.json", "docs"]);
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function routes(dir: string, prefix = ""): { path: string; methods: string[] }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      if (!prefix && UNDOCUMENTED.has(entry.name)) return [];
      const segment = entry.name.replace(/^\[(.+)\]$/, "{$1}");
      return routes(path.join(dir, entry.name), `${prefix}/${segment}`);
    }
    if (entry.name !== "route.ts") return [];
    const source = readFileSync(path.join(dir, entry.name), "utf8");
    const methods = METHODS.filter((method) =>
      new RegExp(`export (const|async function|function) ${method}\\b`).test(source),
    );
    return [{ path: prefix || "/", methods }];
  });
}

describe("the OpenAPI document", () => {
  const document = openApiDocument() as unknown as {
    paths: Record<string, Record<string, unknown>>;
    components: { schemas: Record<string, unknown> };
  };

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(document as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("lists every route and method under app/api/v1", () => {
    const found = routes(V1);
    expect(found.length).toBeGreaterThan(5);
    for (const route of found) {
      for (const method of route.methods) {
        expect(document.paths[route.path]?.[method.toLowerCase()], `${method} ${route.path}`).toBeDefined();
      }
    }
  });

  it("accepts, as a generation request, every canonical request the provider tests use", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema({ $id: "doc", components: document.components }, "doc");
    const validate = ajv.compile({ $ref: "doc#/components/schemas/GenerationRequest" });
    expect(CANONICAL_REQUEST_EXAMPLES.length).toBeGreaterThan(10);
    for (const { name, request } of CANONICAL_REQUEST_EXAMPLES) {
      expect(validate(request) ? [] : validate.errors, name).toEqual([]);
    }
    expect(validate({ provider: "simulator", mode: "text" })).toBe(false);
  });
});
