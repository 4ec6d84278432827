"use client";

import { useEffect, useMemo, useState } from "react";
import type { StudioActions } from "@/lib/studio/types";
import type { GenerationRequestInput, parseGenerationRequest } from "@/lib/providers";
import type { Violation } from "@/lib/providers";

import { changedPaths, concernsTouched } from "./touched-paths";

const DEBOUNCE_MS = 350;

type ServerVerdict = { key: string; violations: Violation[] };
type Parser = typeof parseGenerationRequest;

// The canonical schema (and zod with it) arrives after the form is interactive, off the first load.
const loadParser = () => import("@/lib/providers/canonical").then((module) => module.parseGenerationRequest);

function sameViolation(a: Violation, b: Violation) {
  return a.path === b.path && a.message === b.message;
}

/**
 * Two checks, one set of rules: the canonical zod schema at once in the browser, and the provider's
 * own rules (adapters live on the server) through the validate action, debounced. While the
 * provider's answer is on its way, its last verdict stays next to the schema's, so errors do not flicker.
 */
export function useLiveValidation(
  request: GenerationRequestInput,
  validateGeneration: StudioActions["validateGeneration"],
  /** Whether anything is shown yet: the schema loads then, not with the page (it would double a mode page's weight). */
  wanted: boolean,
) {
  const key = useMemo(() => JSON.stringify(request), [request]);
  const [parser, setParser] = useState<{ parse: Parser } | null>(null);
  const local = useMemo(() => parser?.parse(request).violations ?? [], [parser, request]);
  const [server, setServer] = useState<ServerVerdict | null>(null);

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    loadParser().then((parse) => current && setParser({ parse }));
    return () => {
      current = false;
    };
  }, [wanted]);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      const outcome = await validateGeneration({ request: JSON.parse(key) }).catch(() => null);
      if (current && outcome?.ok) setServer({ key, violations: outcome.data.violations });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, validateGeneration]);

  const fresh = server?.key === key;
  // A stale verdict still speaks for the parts that have not changed since it was given; about a
  // part that has (a frame just uploaded), it is dropped rather than flashed until the next answer.
  const changedSince = useMemo(
    () => new Set(server && !fresh ? changedPaths(JSON.parse(server.key), request) : []),
    [server, fresh, request],
  );
  const violations = fresh
    ? server.violations
    : [
        ...local,
        ...(server?.violations ?? []).filter(
          (stale) => !local.some((own) => sameViolation(own, stale)) && !concernsTouched(stale.path, changedSince),
        ),
      ];
  return {
    violations,
    /**
     * What may stop a submission: the provider's answer about this very request, else the schema's
     * own findings. A stale answer does not: the create checks everything again on the server.
     */
    blocking: fresh ? server.violations : local,
    checking: !fresh,
    /** The server's verdict on a submission counts as the latest check. */
    accept: (verdict: Violation[]) => setServer({ key, violations: verdict }),
  };
}
