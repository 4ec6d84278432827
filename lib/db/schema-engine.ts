import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { currentEnvironment } from "@/lib/config/environment";
import { readServerSection } from "@/lib/config/server";

// Prisma's WebAssembly schema engine: the native one cannot be downloaded everywhere,
// and this one writes the same `_prisma_migrations` history as `prisma migrate deploy`.
const require = createRequire(import.meta.url);

type WasmBindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

async function loadEngineModule(): Promise<WasmBindings> {
  const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  // The package entry imports the .wasm file directly, which Node refuses: instantiate by hand.
  const bindings: WasmBindings = await import(pathToFileURL(bindingsPath).href);
  const wasm = await readFile(path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(wasm, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

let enginePromise: Promise<WasmBindings> | undefined;

function engineModule(): Promise<WasmBindings> {
  enginePromise ??= loadEngineModule();
  return enginePromise;
}

function logEngineMessage(message: string) {
  if (readServerSection(currentEnvironment()).value.debug.prismaEngine) console.error(message);
}

export async function openSchemaEngine(databaseUrl: string): Promise<SchemaEngine> {
  const bindings = await engineModule();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl }));
  return bindings.SchemaEngine.new({ datamodels: undefined }, logEngineMessage, adapter);
}
