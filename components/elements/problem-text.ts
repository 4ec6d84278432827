"use client";

import { useTranslations } from "next-intl";
import type { ElementProblem } from "@/lib/elements/rules";

/** Problems as sentences in the reader's language: element rules, media checks, else the server's words. */
export function useProblemText() {
  const t = useTranslations();
  return (problem: Pick<ElementProblem, "rule" | "params" | "message">): string => {
    const side = problem.params.side;
    const params =
      side === "width" || side === "height" ? { ...problem.params, side: t(`media.sides.${side}`) } : problem.params;
    for (const key of [`elements.rules.${problem.rule}`, `media.checks.${problem.rule}`] as const) {
      if (t.has(key as never)) return t(key as never, params as never);
    }
    return problem.message;
  };
}

/** The problems at one path (or under it, with `nested`), as sentences. */
export function problemsAt(problems: readonly ElementProblem[], path: string, nested = false) {
  return problems.filter((problem) => problem.path === path || (nested && problem.path.startsWith(`${path}[`)));
}
