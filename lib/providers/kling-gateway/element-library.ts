import { z } from "zod";
import { MediaUrlSchema } from "../canonical";
import { GenerationValidationError } from "../errors";
import { parseProviderBody, type HttpClient, type HttpResponse } from "../http";
import type { CreateElementInput, ElementLibrary, ProviderElement } from "../types";
import { ViolationList } from "../validation";
import { parseJsonKeepingElementIds } from "./lossless-json";
import { gatewayFailure } from "./parse";
import { KLING_GATEWAY_ELEMENT_RULES } from "./capabilities";
import { wireImage } from "./wire";

// The element (主体) library of the Kling gateway's API reference: /v1/elements/custom, /v1/elements/presets, /v1/elements/delete.

export const ELEMENT_LIMITS = {
  nameMaxLength: KLING_GATEWAY_ELEMENT_RULES.nameMaxLength,
  descriptionMaxLength: KLING_GATEWAY_ELEMENT_RULES.descriptionMaxLength,
  referImages: KLING_GATEWAY_ELEMENT_RULES.referImages,
  pageNum: { min: 1, max: 1000 },
  pageSize: { min: 1, max: 500 },
} as const;

const ElementSchema = z.object({
  // A string thanks to the lossless parse, whatever the size of the integer.
  element_id: z.string().regex(/^\d+$/),
  element_name: z.string(),
  element_description: z.string().nullish(),
  element_frontal_image: z.string().nullish(),
  element_refer_list: z.array(z.object({ image_url: z.string() })).nullish(),
  tag_list: z.array(z.object({ id: z.string(), name: z.string().optional() })).nullish(),
});

const envelope = <T extends z.ZodType>(data: T) =>
  z.object({
    code: z.number(),
    message: z.string().optional(),
    request_id: z.string().optional(),
    data: data.optional(),
  });

const DeleteDataSchema = z.object({
  task_id: z.string(),
  task_status: z.enum(["submitted", "processing", "succeed", "failed"]),
});

/** Characters as people count them (a Chinese character or an emoji is one). */
const length = (text: string) => [...text].length;

/** The documentation's rules for a new element, checked before any request. */
export function validateElementInput(input: CreateElementInput): ViolationList {
  const list = new ViolationList();
  const { nameMaxLength, descriptionMaxLength, referImages } = ELEMENT_LIMITS;
  if (!input.name.trim()) list.error("name", "element_name_required", "Give the element a name.");
  if (length(input.name) > nameMaxLength)
    list.error(
      "name",
      "element_name_too_long",
      `The name has ${length(input.name)} characters; the limit is ${nameMaxLength}.`,
    );
  if (!input.description.trim()) list.error("description", "element_description_required", "Describe the element.");
  if (length(input.description) > descriptionMaxLength) {
    list.error(
      "description",
      "element_description_too_long",
      `The description has ${length(input.description)} characters; the limit is ${descriptionMaxLength}.`,
    );
  }
  if (!MediaUrlSchema.safeParse(input.frontalImageUrl).success)
    list.error(
      "frontalImageUrl",
      "image_url_invalid",
      "The frontal image must be an http(s) URL or a Base64 data: URL.",
    );
  const count = input.referImageUrls.length;
  if (count < referImages.min || count > referImages.max) {
    list.error(
      "referImageUrls",
      "refer_image_count",
      `An element needs ${referImages.min} to ${referImages.max} reference images besides the frontal one; it has ${count}.`,
    );
  }
  input.referImageUrls.forEach((url, index) => {
    if (!MediaUrlSchema.safeParse(url).success)
      list.error(
        `referImageUrls[${index}]`,
        "image_url_invalid",
        `Reference image ${index + 1} must be an http(s) URL or a Base64 data: URL.`,
      );
  });
  input.tagIds?.forEach((tag, index) => {
    if (!tag.trim()) list.error(`tagIds[${index}]`, "tag_id_invalid", "Tag ids cannot be empty.");
  });
  return list;
}

function refuse(list: ViolationList): void {
  if (list.items.some((violation) => violation.severity === "error"))
    throw new GenerationValidationError("kling-gateway", list.items);
}

function toElement(element: z.infer<typeof ElementSchema>, source: ProviderElement["source"]): ProviderElement {
  return {
    id: element.element_id,
    name: element.element_name,
    description: element.element_description ?? undefined,
    frontalImageUrl: element.element_frontal_image ?? undefined,
    referImageUrls: (element.element_refer_list ?? []).map((refer) => refer.image_url),
    tags: (element.tag_list ?? []).map((tag) => ({ id: tag.id, name: tag.name })),
    source,
  };
}

/** Parses an element response losslessly and unwraps its envelope; code ≠ 0 is a failure even with HTTP 200. */
function unwrap<T extends z.ZodType>(
  schema: T,
  response: HttpResponse,
  context: { what: string; isCreate: boolean },
): z.infer<T> {
  // The HTTP client has checked the text is JSON (or empty); re-read it without losing digits.
  const body = response.text.trim() ? parseJsonKeepingElementIds(response.text) : null;
  const parsed = parseProviderBody("kling-gateway", envelope(schema), { ...response, body }, context);
  if (parsed.code !== 0)
    throw gatewayFailure({
      code: String(parsed.code),
      message: parsed.message ?? `Element request failed with code ${parsed.code}`,
      requestId: parsed.request_id,
    });
  if (parsed.data === undefined)
    throw gatewayFailure({
      kind: "unknown",
      code: "missing_data",
      message: `The ${context.what} response has no data.`,
      requestId: parsed.request_id,
    });
  return parsed.data;
}

export function createKlingElementLibrary(http: () => HttpClient): ElementLibrary {
  return {
    async listElements({ source, page = 1, pageSize = 30 }, options = {}) {
      const list = new ViolationList();
      const limits = ELEMENT_LIMITS;
      if (!Number.isInteger(page) || page < limits.pageNum.min || page > limits.pageNum.max)
        list.error("page", "page_out_of_range", `The page must be ${limits.pageNum.min} to ${limits.pageNum.max}.`);
      if (!Number.isInteger(pageSize) || pageSize < limits.pageSize.min || pageSize > limits.pageSize.max) {
        list.error(
          "pageSize",
          "page_size_out_of_range",
          `The page size must be ${limits.pageSize.min} to ${limits.pageSize.max}.`,
        );
      }
      refuse(list);
      const path = source === "custom" ? "/v1/elements/custom" : "/v1/elements/presets";
      const response = await http().request({
        method: "GET",
        path,
        query: { page_num: page, page_size: pageSize },
        signal: options.signal,
      });
      return unwrap(z.array(ElementSchema), response, { what: "element list", isCreate: false }).map((element) =>
        toElement(element, source),
      );
    },

    async createElement(input, options = {}) {
      refuse(validateElementInput(input));
      const body = {
        element_name: input.name,
        element_description: input.description,
        element_frontal_image: wireImage(input.frontalImageUrl),
        element_refer_list: input.referImageUrls.map((url) => ({ image_url: wireImage(url) })),
        ...(input.tagIds?.length ? { tag_list: input.tagIds.map((tag_id) => ({ tag_id })) } : {}),
      };
      const response = await http().request({
        method: "POST",
        path: "/v1/elements/custom",
        body,
        signal: options.signal,
      });
      return toElement(unwrap(ElementSchema, response, { what: "element creation", isCreate: true }), "custom");
    },

    async deleteElement(elementId, options = {}) {
      const list = new ViolationList();
      if (!/^\d+$/.test(elementId))
        list.error("elementId", "element_id_invalid", `"${elementId}" is not a Kling element id (a whole number).`);
      refuse(list);
      // The documentation's example sends the id as a string, which keeps 64-bit ids exact.
      const response = await http().request({
        method: "POST",
        path: "/v1/elements/delete",
        body: { element_id: elementId },
        signal: options.signal,
      });
      const data = unwrap(DeleteDataSchema, response, { what: "element deletion", isCreate: false });
      if (data.task_status === "failed")
        throw gatewayFailure({
          code: "element_delete_failed",
          message: `Deleting element ${elementId} failed (task ${data.task_id}).`,
        });
    },
  };
}
