"use client";

import { useTranslations } from "next-intl";
import type { ElementRef } from "@/lib/providers";
import { errorsExactly } from "@/lib/studio/media/media-list";
import {
  followInputs,
  mentionToken,
  numberedToken,
  removeMentions,
  renameMentions,
  type ReferenceSyntax,
} from "@/lib/studio/media/prompt-tokens";
import { ErrorList } from "./check-list";
import { ChosenElements } from "./chosen-elements";
import { ElementPicker } from "./element-picker";
import { insertIntoPrompt, type PromptInputRef } from "./prompt-insert";
import type { ElementOption, PathErrors } from "./types";

type ElementsValue = { elements: ElementRef[]; prompt: string };

type ElementsFieldProps = {
  value: ElementsValue;
  onChange: (next: ElementsValue) => void;
  /** The team's elements and the provider's presets, as this provider knows them. */
  options: readonly ElementOption[];
  syntax: ReferenceSyntax;
  errors: PathErrors;
  count: { used: number; max: number };
  canAdd: boolean;
  promptInput?: PromptInputRef;
  disabled?: boolean;
};

/**
 * The request's elements and the picker that adds them. Picking one writes its token into the prompt
 * (`<<<element_N>>>` or `@name`); removing or reordering renumbers the prompt's tokens to follow, as
 * images do. Shared by the reference, edit and first-frame forms.
 */
export function ElementsField({
  value,
  onChange,
  options,
  syntax,
  errors,
  count,
  canAdd,
  promptInput,
  disabled,
}: ElementsFieldProps) {
  const t = useTranslations("media.elements");
  const follow = (elements: ElementRef[]) =>
    onChange({
      elements,
      prompt: syntax === "numbered" ? followInputs(value.prompt, value, { elements }) : value.prompt,
    });
  const insert = (token: string, elements = value.elements, focus = true) =>
    insertIntoPrompt(value.prompt, token, promptInput, (prompt) => onChange({ elements, prompt }), { focus });

  const remove = (position: number) => {
    const removed = value.elements[position];
    const elements = value.elements.filter((_, index) => index !== position);
    if (syntax === "mention" && removed?.name)
      onChange({ elements, prompt: removeMentions(value.prompt, removed.name) });
    else follow(elements);
  };
  const move = (from: number, to: number) => {
    const elements = [...value.elements];
    const [moved] = elements.splice(from, 1);
    elements.splice(to, 0, moved!);
    follow(elements);
  };
  const rename = (position: number, name: string) => {
    const old = value.elements[position];
    const elements = value.elements.map((element, index) => (index === position ? { ...element, name } : element));
    onChange({ elements, prompt: old?.name ? renameMentions(value.prompt, old.name, name) : value.prompt });
  };
  /** Focus stays in the picker, to pick more; the token lands at the prompt's caret. */
  const pick = (option: ElementOption) => {
    const element: ElementRef = {
      id: option.id,
      name: option.name,
      ...(option.description ? { description: option.description } : {}),
      ...(option.imageUrls ? { imageUrls: option.imageUrls } : {}),
    };
    const elements = [...value.elements, element];
    const token =
      syntax === "numbered"
        ? numberedToken("element", elements.length)
        : syntax === "mention"
          ? mentionToken(option.name)
          : undefined;
    if (token) insert(token, elements, false);
    else onChange({ elements, prompt: value.prompt });
  };

  return (
    <div className="space-y-3" data-field="elements">
      <p className="text-sm font-medium text-zinc-200">
        {t("legend")} <span className="font-normal tabular-nums text-zinc-500">{t("count", count)}</span>
      </p>
      <ChosenElements
        elements={value.elements}
        options={options}
        syntax={syntax}
        errors={errors}
        onRemove={remove}
        onMove={move}
        onRename={rename}
        onInsert={(token) => insert(token)}
        disabled={disabled}
      />
      <ElementPicker
        options={options}
        chosen={value.elements.map((element) => element.id)}
        onPick={pick}
        canAdd={canAdd}
        disabled={disabled}
      />
      <ErrorList errors={errorsExactly(errors, "elements")} />
    </div>
  );
}
