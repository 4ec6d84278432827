// Kling's element ids are 64-bit integers written as bare JSON numbers (842130978230767622), which
// JSON.parse rounds to the nearest double. This pre-pass turns integer values of the named keys
// into strings before parsing, walking the text token by token so string contents are never touched.

const NUMBER_CHAR = /[-+.eE0-9]/;

/** Rewrites `"key": 123` as `"key": "123"` for the given keys, anywhere in the document. */
export function quoteIntegerValues(text: string, keys: readonly string[]): string {
  const quotedKeys = new Set(keys.map((key) => JSON.stringify(key)));
  const out: string[] = [];
  let lastString: string | undefined;
  let valueOf: string | undefined;
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? "";
    if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      lastString = text.slice(i, end + 1);
      out.push(lastString);
      valueOf = undefined;
      i = end + 1;
      continue;
    }
    if (char === ":") {
      valueOf = lastString;
    } else if (NUMBER_CHAR.test(char) && valueOf !== undefined && quotedKeys.has(valueOf)) {
      let end = i;
      while (end < text.length && NUMBER_CHAR.test(text[end] ?? "")) end += 1;
      const number = text.slice(i, end);
      out.push(/^-?\d+$/.test(number) ? `"${number}"` : number);
      valueOf = undefined;
      i = end;
      continue;
    } else if (!/\s/.test(char)) {
      valueOf = undefined;
    }
    out.push(char);
    i += 1;
  }
  return out.join("");
}

/** JSON.parse that keeps element ids exact, as strings. Throws SyntaxError like JSON.parse. */
export function parseJsonKeepingElementIds(text: string): unknown {
  return JSON.parse(quoteIntegerValues(text, ["element_id"])) as unknown;
}
