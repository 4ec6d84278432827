/** What every server action answers: its data, or an error the browser can show as is. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: {
        code: "unauthorized" | "forbidden" | "invalid" | "failed";
        message: string;
        fieldErrors?: Record<string, string[]>;
      };
    };
