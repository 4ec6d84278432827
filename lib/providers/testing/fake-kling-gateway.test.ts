import { afterEach, describe, expect, it } from "vitest";
import {
  SEED_001_ELEMENT_REQUESTS,
  SEED_001_OMNI_REQUESTS as OMNI,
  SEED_001_V26_REQUESTS as V26,
} from "../kling-gateway/seed-fixtures";
import { startFakeKlingGateway, type FakeKlingGateway } from "./fake-kling-gateway";
import { routeOf } from "./fake-kling-gateway-rules";

let fake: FakeKlingGateway | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  fake ??= await startFakeKlingGateway();
  const response = await fetch(fake.url + path, {
    method,
    headers: { Authorization: "Bearer test-key", "Content-Type": "application/json", ...headers },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
const create = (body: unknown, headers?: Record<string, string>) => call("POST", "/v1/videos", body, headers);

describe("fake kling gateway accepts exactly what the Kling gateway's API reference accepts", () => {
  it.each([...Object.entries(OMNI), ...Object.entries(V26)])(
    "accepts the documentation's %s example verbatim",
    async (_name, body) => {
      expect(await create(body)).toMatchObject({ status: 200, body: { status: "pending", model: body.model } });
    },
  );

  it("routes Kling-V2.6 by the documentation's priorities", () => {
    expect([V26.motion, V26.image, V26.imageTail, V26.text, OMNI.text].map((body) => routeOf(body))).toEqual([
      "motion_control",
      "image_to_video",
      "image_to_video",
      "text_to_video",
      "omni",
    ]);
    expect(routeOf({ ...V26.motion, image: "https://x.test/a.png" })).toBe("motion_control");
  });

  it.each<[string, unknown, RegExp]>([
    ["an unknown model", { ...V26.text, model: "Kling-V1" }, /not supported/],
    [
      "a last frame without a first frame",
      { ...OMNI.text, aspect_ratio: undefined, last_frame_url: "https://x.test/b.png" },
      /requires first_frame_url/,
    ],
    [
      "a last frame with 3 images",
      { ...OMNI.firstFrame, last_frame_url: "https://x.test/b.png", reference_images: ["https://x.test/c.png"] },
      /more than 2 images/,
    ],
    [
      "two videos",
      { ...OMNI.extendNext, video_list: [...OMNI.extendNext.video_list, ...OMNI.extendNext.video_list] },
      /at most 1 video/,
    ],
    [
      "five references with a video",
      { ...OMNI.styleReference, element_list: [1, 2, 3, 4, 5].map((id) => ({ element_id: String(id) })) },
      /<= 4/,
    ],
    ["a numeric element id", { ...OMNI.reference, element_list: [{ element_id: 146 }] }, /element_id/],
    ["frames with a base video", { ...OMNI.edit, first_frame_url: "https://x.test/a.png" }, /refer_type base/],
    ["seconds on an edit", { ...OMNI.edit, seconds: "5" }, /video editing/],
    ["7 s text-to-video", { ...OMNI.text, seconds: "7" }, /5 or 10/],
    ["an aspect ratio on image-to-video", { ...OMNI.firstFrame, aspect_ratio: "1:1" }, /not supported/],
    ["text without aspect ratio", { ...OMNI.text, aspect_ratio: undefined }, /required/],
    [
      "a data: prefix on a frame",
      { ...OMNI.firstFrame, first_frame_url: "data:image/png;base64,AAAA" },
      /data: prefix/,
    ],
    ["cfg_scale on V2.6", { ...V26.image, cfg_scale: 0.5 }, /cfg_scale/],
    [
      "a tail frame with camera control",
      { ...V26.imageTail, camera_control: { type: "forward_up" } },
      /cannot be used together/,
    ],
    [
      "masks with camera control",
      { ...V26.imageMotionBrush, camera_control: { type: "forward_up" } },
      /cannot be used together/,
    ],
    ["voices without sound", { ...V26.imageVoice, sound: "off" }, /sound/],
    [
      "a simple camera on two axes",
      {
        ...V26.textCamera,
        camera_control: { type: "simple", config: { ...V26.textCamera.camera_control.config, pan: 1 } },
      },
      /exactly one/,
    ],
    [
      "a preset camera with config",
      { ...V26.textPresetCamera, camera_control: { type: "forward_up", config: V26.textCamera.camera_control.config } },
      /not allowed/,
    ],
    [
      "motion control without orientation",
      { ...V26.motion, character_orientation: undefined },
      /character_orientation/,
    ],
    [
      "a trajectory of one point",
      { ...V26.imageMotionBrush, dynamic_masks: [{ mask: "https://x.test/m.png", trajectories: [{ x: 1, y: 1 }] }] },
      /trajectories/,
    ],
  ])("refuses %s", async (_what, body, message) => {
    const answer = await create(body);
    expect(answer).toMatchObject({ status: 400, body: { code: 1201 } });
    expect(String(answer.body.message)).toMatch(message);
  });

  it("refuses bad keys, broken bodies and duplicate external_task_ids with the gateway's envelope", async () => {
    expect(await create(V26.text, { Authorization: "" })).toMatchObject({ status: 401, body: { code: 1001 } });
    expect(await create(V26.text, { Authorization: "Bearer nope" })).toMatchObject({
      status: 401,
      body: { code: 1000, request_id: expect.stringMatching(/^req-/) },
    });
    expect(await create("{nope")).toMatchObject({ status: 400, body: { code: 1201 } });
    expect(await create({ ...V26.text, external_task_id: "mine" })).toMatchObject({ status: 200 });
    expect(await create({ ...V26.text, external_task_id: "mine" })).toMatchObject({
      status: 400,
      body: { message: "external_task_id mine already exists" },
    });
  });

  it("answers queries by task id and by external_task_id, and 404 for neither", async () => {
    const created = await create({ ...V26.text, external_task_id: "ext-1" });
    const id = String(created.body.id);
    expect(await call("GET", `/v1/videos/${id}`)).toMatchObject({ status: 200, body: { id, status: "pending" } });
    expect(await call("GET", "/v1/videos/ext-1?provider=kling")).toMatchObject({
      status: 200,
      body: { id, status: "processing" },
    });
    expect(await call("GET", "/v1/videos/ext-2")).toMatchObject({ status: 404, body: { code: 1203 } });
  });

  it("serves the documentation's element request bodies", async () => {
    const created = await call("POST", "/v1/elements/custom", SEED_001_ELEMENT_REQUESTS.create);
    expect(created).toMatchObject({
      status: 200,
      body: { code: 0, data: { element_name: "测试主体", owned_by: "kling" } },
    });
    expect(await call("POST", "/v1/elements/delete", SEED_001_ELEMENT_REQUESTS.delete)).toMatchObject({
      status: 400,
      body: { message: "only custom elements can be deleted" },
    });
    expect(await call("GET", "/v1/elements/custom?page_num=0")).toMatchObject({ status: 400, body: { code: 1201 } });
    expect(
      await call("POST", "/v1/elements/custom", { ...SEED_001_ELEMENT_REQUESTS.create, element_refer_list: [] }),
    ).toMatchObject({ status: 400 });
  });
});
