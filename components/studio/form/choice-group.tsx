"use client";

import type { ReactNode } from "react";
import type { Violation } from "@/lib/providers";
import { describedBy, FieldMessages } from "../fields/field-messages";

type Option<V extends string> = { value: V; label: ReactNode; disabled?: boolean; description?: ReactNode };

/** Radio buttons drawn as a segmented control: arrow keys move between options, focus stays visible. */
export function ChoiceGroup<V extends string>({
  name,
  legend,
  value,
  options,
  onChange,
  violations = [],
  layout = "row",
}: {
  name: string;
  legend: ReactNode;
  value: V | undefined;
  options: Option<V>[];
  onChange: (value: V) => void;
  violations?: Violation[];
  layout?: "row" | "column";
}) {
  const aria = describedBy(name, violations);
  return (
    <fieldset data-field={name} aria-describedby={aria["aria-describedby"]}>
      <legend className="mb-1 text-sm font-medium text-zinc-200">{legend}</legend>
      <div className={layout === "row" ? "flex flex-wrap gap-2" : "space-y-2"}>
        {options.map((option) => {
          const descriptionId = option.description ? `${name}-${option.value}-description` : undefined;
          return (
            <label
              key={option.value}
              className={`block cursor-pointer rounded-md border px-3 py-1.5 text-sm transition-colors has-checked:border-accent has-checked:bg-accent/15 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent has-disabled:cursor-not-allowed has-disabled:opacity-60 ${
                aria["aria-invalid"] ? "border-red-500" : "border-zinc-700 hover:border-zinc-500"
              }`}
            >
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                disabled={option.disabled}
                onChange={() => onChange(option.value)}
                aria-describedby={descriptionId}
                className="sr-only"
              />
              <span>{option.label}</span>
              {option.description && (
                <span id={descriptionId} className="mt-0.5 block text-xs text-zinc-400">
                  {option.description}
                </span>
              )}
            </label>
          );
        })}
      </div>
      <FieldMessages fieldKey={name} violations={violations} />
    </fieldset>
  );
}
