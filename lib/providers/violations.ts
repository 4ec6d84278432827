import type { z } from "zod";

// Violations: how every rule, schema or provider, reports a problem. Depends on nothing else here,
// so the canonical schema and the validators can both use it without a cycle.

/**
 * One problem with a generation request. `error` blocks submission; `warning` is shown to the user
 * but the request is still sent (e.g. a prompt the provider will truncate).
 */
export type Violation = {
  /** Field path in the canonical request, e.g. "media[1].url" or "storyboard.shots[2].duration". */
  path: string;
  /** Short stable code, e.g. "duration_out_of_range". */
  rule: string;
  /** A sentence a person understands. */
  message: string;
  severity: "error" | "warning";
  /** The values the sentence names (limits, counts, a media role), so the studio can say it in another language. */
  params?: ViolationParams;
};

export type ViolationParams = Record<string, string | number>;

export type PathSegment = string | number;

export function formatPath(segments: readonly PathSegment[]): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === "number") return `${path}[${segment}]`;
    return path ? `${path}.${segment}` : segment;
  }, "");
}

export function hasErrors(violations: readonly Violation[]): boolean {
  return violations.some((violation) => violation.severity === "error");
}

/** Collects violations; adapters' validators push into one of these so every problem is reported at once. */
export class ViolationList {
  readonly items: Violation[] = [];

  error(path: string, rule: string, message: string, params?: ViolationParams): void {
    this.items.push({ path, rule, message, severity: "error", ...(params && { params }) });
  }

  warning(path: string, rule: string, message: string, params?: ViolationParams): void {
    this.items.push({ path, rule, message, severity: "warning", ...(params && { params }) });
  }
}

/** zod issues → violations, so shape errors and provider rules reach the user in one format. */
export function issuesToViolations(issues: readonly z.core.$ZodIssue[]): Violation[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path.filter((segment): segment is PathSegment => typeof segment !== "symbol"));
    const rule = issue.code === "custom" && typeof issue.params?.rule === "string" ? issue.params.rule : issue.code;
    const message = issue.code === "custom" ? issue.message : `${path || "The request"}: ${issue.message}.`;
    const params = issueParams(issue);
    return { path, rule, message, severity: "error", ...(params && { params }) };
  });
}

/** The values a custom issue carries beside its rule, and the limit of a size issue. */
function issueParams(issue: z.core.$ZodIssue): ViolationParams | undefined {
  if (issue.code === "custom") {
    const entries = Object.entries(issue.params ?? {}).filter(
      (entry): entry is [string, string | number] =>
        entry[0] !== "rule" && (typeof entry[1] === "string" || typeof entry[1] === "number"),
    );
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  if (issue.code === "too_big") return { max: Number(issue.maximum) };
  if (issue.code === "too_small") return { min: Number(issue.minimum) };
  return undefined;
}
