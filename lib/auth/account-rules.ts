import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as englishDictionary, translations } from "@zxcvbn-ts/language-en";

/**
 * Rules for names and passwords, for sign-up, password changes and the admin CLI alike. Password
 * strength is judged by zxcvbn (common-password lists, keyboard patterns, dictionary words, the
 * user's own name and email), not by a list of our own.
 */

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;
export const MAX_NAME_LENGTH = 100;
/** zxcvbn's scale: 0 too guessable … 4 very unguessable. 2 resists online guessing comfortably. */
const MIN_PASSWORD_SCORE = 2;

let factory: ZxcvbnFactory | undefined;

function strength() {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...englishDictionary },
    graphs: adjacencyGraphs,
    translations,
  });
  return factory;
}

export type AccountProblem = { field: "name" | "password"; rule: string; message: string };

export function checkDisplayName(name: unknown): AccountProblem | undefined {
  if (typeof name !== "string" || name.trim() === "")
    return { field: "name", rule: "name_required", message: "Enter your name: the team sees it beside your work." };
  if (name.trim().length > MAX_NAME_LENGTH)
    return { field: "name", rule: "name_too_long", message: `A name can be at most ${MAX_NAME_LENGTH} characters.` };
  if (/[\u0000-\u001f\u007f]/.test(name) || !name.isWellFormed())
    return { field: "name", rule: "name_invalid", message: "The name contains characters that cannot be shown." };
  return undefined;
}

export function checkPassword(password: unknown, userInputs: string[] = []): AccountProblem | undefined {
  if (typeof password !== "string" || password.trim() === "")
    return { field: "password", rule: "password_blank", message: "The password cannot be empty or only spaces." };
  if (password.length < MIN_PASSWORD_LENGTH)
    return {
      field: "password",
      rule: "password_too_short",
      message: `Use at least ${MIN_PASSWORD_LENGTH} characters.`,
    };
  if (password.length > MAX_PASSWORD_LENGTH)
    return { field: "password", rule: "password_too_long", message: `Use at most ${MAX_PASSWORD_LENGTH} characters.` };
  const result = strength().check(
    password,
    userInputs.flatMap((input) => [input, ...input.split(/[@.\s_-]+/)]).filter((input) => input.length >= 3),
  );
  if (result.score >= MIN_PASSWORD_SCORE) return undefined;
  const why = result.feedback.warning ? `${result.feedback.warning.replace(/\.$/, "")}.` : "It is too easy to guess.";
  const hint = result.feedback.suggestions[0] ?? "Add a few uncommon words.";
  return {
    field: "password",
    rule: "password_too_weak",
    message: `This password is too easy to guess. ${why} ${hint}`,
  };
}
