"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ErrorList } from "./check-list";
import { BUTTON } from "./upload-field";

type InputRowProps = {
  /** How the row is named in button labels ("Image 2", an element's name). */
  name: string;
  preview?: ReactNode;
  /** The token the prompt uses for this input; absent when the model has no reference syntax. */
  token?: string;
  onInsert?: () => void;
  onMoveUp?: () => void;
  onMoveDown?: () => void;
  onRemove: () => void;
  errors?: readonly string[];
  disabled?: boolean;
  children?: ReactNode;
};

/** One input of a list (reference image, element, voice) with its token and the actions on it. */
export function InputRow({
  name,
  preview,
  token,
  onInsert,
  onMoveUp,
  onMoveDown,
  onRemove,
  errors = [],
  disabled,
  children,
}: InputRowProps) {
  const t = useTranslations("media.reference");
  return (
    <li className="rounded-md border border-zinc-800 p-2">
      <div className="flex flex-wrap items-center gap-3">
        {preview}
        <div className="min-w-0 flex-1 space-y-1">
          <p className="truncate text-sm">{name}</p>
          {token && <code className="text-xs text-zinc-400">{token}</code>}
          {children}
        </div>
        <div className="flex flex-wrap gap-1">
          {token && onInsert && (
            <button
              type="button"
              className={BUTTON}
              disabled={disabled}
              onClick={onInsert}
              aria-label={t("insert", { token })}
            >
              {t("insertButton")}
            </button>
          )}
          {onMoveUp && (
            <button
              type="button"
              className={BUTTON}
              disabled={disabled}
              onClick={onMoveUp}
              aria-label={t("moveUp", { name })}
            >
              ↑
            </button>
          )}
          {onMoveDown && (
            <button
              type="button"
              className={BUTTON}
              disabled={disabled}
              onClick={onMoveDown}
              aria-label={t("moveDown", { name })}
            >
              ↓
            </button>
          )}
          <button
            type="button"
            className={BUTTON}
            disabled={disabled}
            onClick={onRemove}
            aria-label={t("remove", { name })}
          >
            ✕
          </button>
        </div>
      </div>
      <ErrorList errors={errors} />
    </li>
  );
}
