import { z } from "zod";
import type { FakeReply, RecordedRequest } from "./fake-server";

// The fake gateway's element library (the Kling gateway's API reference "主体管理"). Ids are 64-bit integers written as bare
// JSON numbers, as Kling sends them: the first custom id is above 2^53, so a client that lets
// JSON.parse read it gets a different number.

export const FIRST_CUSTOM_ELEMENT_ID = 9007199254740993123n;

export type FakeElement = {
  element_id: string;
  element_name: string;
  element_description: string;
  element_frontal_image: string;
  element_refer_list: { image_url: string }[];
  tag_list: { id: string; name: string; description: string }[];
  owned_by: string;
};

const TAG_NAMES: Record<string, string> = { o_101: "animal", o_102: "animal" };

const PRESETS: FakeElement[] = [
  {
    element_id: "123",
    element_name: "string",
    element_description: "string",
    element_frontal_image: "image_url_0",
    element_refer_list: [{ image_url: "image_url_1" }, { image_url: "image_url_2" }, { image_url: "image_url_3" }],
    tag_list: [{ id: "o_101", name: "animal", description: "The content of description." }],
    owned_by: "kling",
  },
  {
    element_id: "842130978230767622",
    element_name: "侦探",
    element_description: "穿黑色风衣的侦探",
    element_frontal_image: "https://cdn.fake.test/detective.jpg",
    element_refer_list: [{ image_url: "https://cdn.fake.test/detective-side.jpg" }],
    tag_list: [],
    owned_by: "kling",
  },
];

const chars = (max: number) =>
  z.string().refine((value) => [...value].length >= 1 && [...value].length <= max, `must be 1 to ${max} characters`);
const image = z.string().regex(/^(https?:\/\/\S+|[A-Za-z0-9+/]+={0,2})$/, "must be an image URL or Base64");

const CreateElementSchema = z.strictObject({
  element_name: chars(10),
  element_description: chars(100),
  element_frontal_image: image,
  element_refer_list: z
    .array(z.strictObject({ image_url: image }))
    .min(1)
    .max(3),
  tag_list: z.array(z.strictObject({ tag_id: z.string().min(1) })).optional(),
});

const PageSchema = z.object({
  page_num: z.coerce.number().int().min(1).max(1000).default(1),
  page_size: z.coerce.number().int().min(1).max(500).default(30),
});
// The documentation's example sends the id as a string, the only way 64-bit ids survive JavaScript clients.
const DeleteSchema = z.strictObject({ element_id: z.string().regex(/^\d+$/) });

type Envelope = (status: number, code: number, message: string, data?: unknown) => FakeReply;

/** `{"element_id":"123"}` → `{"element_id":123}`: what Kling sends, beyond what JSON.stringify can write. */
export function elementJson(value: unknown): string {
  return JSON.stringify(value).replace(/(?<!\\)"element_id":"(\d+)"/g, '"element_id":$1');
}

const issues = (error: z.ZodError) =>
  error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");

export function createElementStore(envelope: Envelope) {
  const custom = new Map<string, FakeElement>();
  let nextId = FIRST_CUSTOM_ELEMENT_ID;
  let deletions = 0;

  function list(source: FakeElement[], query: Record<string, string>): FakeReply {
    const page = PageSchema.safeParse(query);
    if (!page.success) return envelope(400, 1201, issues(page.error));
    const start = (page.data.page_num - 1) * page.data.page_size;
    return envelope(200, 0, "success", source.slice(start, start + page.data.page_size));
  }

  /** Answers the element endpoints; undefined for any other path. */
  function handle(request: RecordedRequest): FakeReply | undefined {
    const route = `${request.method} ${request.path}`;
    if (route === "GET /v1/elements/presets") return list(PRESETS, request.query);
    if (route === "GET /v1/elements/custom") return list([...custom.values()], request.query);
    if (route === "POST /v1/elements/custom") {
      const parsed = CreateElementSchema.safeParse(request.body);
      if (!parsed.success) return envelope(400, 1201, issues(parsed.error));
      const element: FakeElement = {
        element_id: String(nextId++),
        element_name: parsed.data.element_name,
        element_description: parsed.data.element_description,
        element_frontal_image: parsed.data.element_frontal_image,
        element_refer_list: parsed.data.element_refer_list,
        tag_list: (parsed.data.tag_list ?? []).map(({ tag_id }) => ({
          id: tag_id,
          name: TAG_NAMES[tag_id] ?? "custom",
          description: "The content of description.",
        })),
        owned_by: "kling",
      };
      custom.set(element.element_id, element);
      return envelope(200, 0, "success", element);
    }
    if (route === "POST /v1/elements/delete") {
      const parsed = DeleteSchema.safeParse(request.body);
      if (!parsed.success) return envelope(400, 1201, issues(parsed.error));
      if (PRESETS.some((preset) => preset.element_id === parsed.data.element_id))
        return envelope(400, 1201, "only custom elements can be deleted");
      if (!custom.delete(parsed.data.element_id)) return envelope(404, 1203, "element not found");
      deletions += 1;
      return envelope(200, 0, "success", { task_id: `element-delete-${deletions}`, task_status: "succeed" });
    }
    return undefined;
  }

  return { custom, handle };
}
