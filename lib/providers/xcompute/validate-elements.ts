import type { GenerationRequest } from "../canonical";
import type { ViolationList } from "../validation";
import { XCOMPUTE_LIMITS } from "./capabilities";

// xcompute's API reference's inline elements: `{name, description, element_input_urls}` created with the task and
// referenced in the prompt as `@name`.

/** A name usable after "@": letters (any script), digits, "_" and "-", as in the documentation's `element_dog`. */
const NAME = /^[\p{L}\p{N}_-]+$/u;
/** "@element_dog和" names element_dog (Chinese prompts need no space), but "@element_dogs" does not. */
const ASCII_NAME_CHAR = /[A-Za-z0-9_-]/;
const MENTION = /@([\p{L}\p{N}_-]+)/gu;

function mentionsAt(text: string, index: number, name: string): boolean {
  return text.startsWith(`@${name}`, index) && !ASCII_NAME_CHAR.test(text.charAt(index + 1 + name.length));
}

function isMentioned(text: string, name: string): boolean {
  for (let index = text.indexOf(`@${name}`); index >= 0; index = text.indexOf(`@${name}`, index + 1)) {
    if (mentionsAt(text, index, name)) return true;
  }
  return false;
}

/** The text the model reads: the main prompt and, with custom shots, every shot's prompt. */
function promptText(request: GenerationRequest): string {
  const shots = request.storyboard?.multiShot ? request.storyboard.shots.map((shot) => shot.prompt) : [];
  return [request.prompt ?? "", ...shots].join("\n");
}

export function checkElements(list: ViolationList, request: GenerationRequest) {
  const { elements } = request;
  if (elements.length === 0) return;
  // One canonical form per wire request: text with elements is reference generation.
  if (request.mode === "text") {
    list.error(
      "elements",
      "elements_need_reference_mode",
      "Generation with elements is reference mode; switch the mode to reference.",
    );
  }
  if (elements.length > XCOMPUTE_LIMITS.maxElements) {
    list.error(
      "elements",
      "too_many_elements",
      `At most ${XCOMPUTE_LIMITS.maxElements} elements are allowed; this request has ${elements.length}.`,
      { max: XCOMPUTE_LIMITS.maxElements, count: elements.length },
    );
  }
  const text = promptText(request);
  const seen = new Set<string>();
  const { min, max } = XCOMPUTE_LIMITS.elementImages;

  elements.forEach((element, index) => {
    const path = `elements[${index}]`;
    const name = element.name?.trim() ?? "";
    if (!name) {
      list.error(
        `${path}.name`,
        "element_name_required",
        `Element ${index + 1} needs a name: the prompt refers to it as @name.`,
      );
    } else if (!NAME.test(name)) {
      list.error(
        `${path}.name`,
        "element_name_invalid",
        `Element name "${name}" can only hold letters, digits, "_" and "-", so that "@${name}" can be found in the prompt.`,
      );
    } else if (seen.has(name)) {
      list.error(
        `${path}.name`,
        "element_name_duplicate",
        `Two elements are called "${name}": "@${name}" would be ambiguous.`,
      );
    } else if (!isMentioned(text, name)) {
      // An element the prompt never names has no defined effect but is still created and billed.
      list.error(
        `${path}.name`,
        "element_not_referenced",
        `Element "${name}" is not used: mention it in the prompt as @${name}.`,
      );
    }
    if (name) seen.add(name);
    if (!element.description?.trim()) {
      list.error(`${path}.description`, "element_description_required", `Element ${index + 1} needs a description.`);
    }
    const urls = element.imageUrls ?? [];
    if (urls.length < min || urls.length > max) {
      list.error(
        `${path}.imageUrls`,
        "element_image_count",
        `Element ${index + 1} needs ${min} to ${max} images (the first one frontal); it has ${urls.length}.`,
      );
    }
    urls.forEach((url, urlIndex) => {
      if (!/^https?:/i.test(url))
        list.error(
          `${path}.imageUrls[${urlIndex}]`,
          "media_url_not_http",
          "Element images must be public http(s) URLs.",
        );
    });
  });

  for (const match of text.matchAll(MENTION)) {
    if (![...seen].some((name) => mentionsAt(text, match.index, name))) {
      list.warning(
        "prompt",
        "prompt_reference_unknown",
        `The prompt mentions @${match[1]} but no element has that name.`,
      );
    }
  }
}
