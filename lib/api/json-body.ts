import "server-only";
import { isStorableText } from "@/lib/providers";
import { ApiError } from "./errors";

/** Most JSON bodies are a few kilobytes; a generation may carry Base64 images (data: URLs). */
export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;
/** Nesting deeper than any request of ours, and shallow enough to walk without recursion worries. */
const MAX_DEPTH = 32;

/**
 * Reads a JSON body within a byte limit, before anything else looks at it: the wrong Content-Type
 * is 415, too many bytes 413 (stopped as soon as the limit passes, never buffered whole), bad
 * JSON 400, and a string that PostgreSQL could not store 400 naming where it is.
 */
export async function readJsonBody(
  request: Request,
  { maxBytes = JSON_BODY_LIMIT_BYTES }: { maxBytes?: number } = {},
): Promise<unknown> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json" && !type?.endsWith("+json")) {
    throw new ApiError(415, "Send the body as JSON (Content-Type: application/json).", { rule: "content_type" });
  }
  const text = await readTextWithin(request, maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, "The body is not valid JSON.", { rule: "json_invalid" });
  }
  const problem = findUnstorableText(value);
  if (problem) {
    throw new ApiError(400, `${problem.path || "The body"}: ${problem.message}`, {
      violations: [{ path: problem.path, rule: problem.rule, message: problem.message, severity: "error" }],
    });
  }
  return value;
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, `The body is larger than the limit of ${formatBytes(maxBytes)}.`, {
    rule: "body_too_large",
    maxBytes,
  });
}

/**
 * The same request with its body read within `maxBytes`, for handlers that read the body themselves
 * (Better Auth): too large answers 413 before the handler sees it.
 */
export async function withBodyWithin(request: Request, maxBytes: number): Promise<Request> {
  if (!request.body) return request;
  const text = await readTextWithin(request, maxBytes);
  return new Request(request, { body: text });
}

async function readTextWithin(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiError(400, "The body is not valid UTF-8.", { rule: "encoding_invalid" });
  }
}

type TextProblem = { path: string; rule: string; message: string };

/** The first key or string value that cannot be stored, or a nesting too deep; walked without recursion. */
export function findUnstorableText(root: unknown): TextProblem | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: "", depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === "string") {
      if (!isStorableText(value))
        return {
          path,
          rule: "text_invalid_characters",
          message: "Contains a character that cannot be stored (a NUL character or a broken Unicode sequence).",
        };
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (depth >= MAX_DEPTH)
      return { path, rule: "nesting_too_deep", message: `Nested more than ${MAX_DEPTH} levels deep.` };
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    for (const [key, item] of entries.reverse()) {
      const childPath = typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (typeof key === "string" && !isStorableText(key)) {
        return {
          path: childPath,
          rule: "text_invalid_characters",
          message: "This field's name contains a character that cannot be stored.",
        };
      }
      stack.push({ value: item, path: childPath, depth: depth + 1 });
    }
  }
  return undefined;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
