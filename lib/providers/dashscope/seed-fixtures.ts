// Request and response bodies copied verbatim from DashScope's Kling video API reference and, for the aliyun-kling-video client skill
// (client skill), the bodies its create_kling_task() builds for its three usage examples.
// Test fixtures only.

const STORY_SHOT_1 = "雾岭镇比地图上更小，山雾像棉絮一样堵在街口。邮局背后果然有三棵槐树，第三棵树根旁的泥土被人动过。";
const STORY_SHOT_2 =
  "林澈蹲下挖出一个铁盒，里面除了一把生锈的钥匙，还有一盘老旧的录音带。录音机是邮局借的，按下播放键时，父亲的声音从沙沙杂音里爬出来：“如果你听到这段话，说明你已经走到我走过的路上了。";

export const SEED_000_REQUESTS = {
  text: {
    model: "kling/kling-v3-video-generation",
    input: { prompt: "一只小猫在月光下奔跑" },
    parameters: { mode: "std", aspect_ratio: "16:9", duration: 5, audio: false, watermark: true },
  },
  storyboard: {
    model: "kling/kling-v3-video-generation",
    input: {
      prompt: "",
      multi_shot: true,
      shot_type: "customize",
      multi_prompt: [
        { index: 1, prompt: STORY_SHOT_1, duration: 5 },
        { index: 2, prompt: STORY_SHOT_2, duration: 5 },
      ],
      media: [],
      element_list: [],
    },
    parameters: { mode: "pro", duration: 10, audio: true, aspect_ratio: "9:16", watermark: true },
  },
  firstFrame: {
    model: "kling/kling-v3-omni-video-generation",
    input: {
      prompt: "让图片中的人物动起来，头发被微风吹动",
      media: [
        {
          type: "first_frame",
          url: "https://help-static-aliyun-doc.aliyuncs.com/file-manage-files/zh-CN/20260121/zlpocv/wan-i2v-haigui.webp",
        },
      ],
    },
    parameters: { mode: "std", duration: 5, audio: false, watermark: true },
  },
  firstLast: {
    model: "kling/kling-v3-omni-video-generation",
    input: {
      prompt: "写实风格，一只黑色小猫好奇地看向天空，镜头从平视逐渐上升，最后俯拍它的好奇的眼神。",
      media: [
        { type: "first_frame", url: "https://wanx.alicdn.com/material/20250318/first_frame.png" },
        { type: "last_frame", url: "https://wanx.alicdn.com/material/20250318/last_frame.png" },
      ],
    },
    parameters: { mode: "std", duration: 5, audio: false, watermark: true },
  },
  // Titled "reference (video + image)" in the documentation, but its video has type "base": a video edit.
  videoEdit: {
    model: "kling/kling-v3-omni-video-generation",
    input: {
      prompt:
        "<<<element_1>>>背景，<<<image_2>>>和<<<image_1>>>握手交谈，<<<video_1>>>人物穿着黑色风衣的侦探站在公寓楼顶，手持望远镜观察街道",
      multi_shot: false,
      shot_type: "intelligence",
      multi_prompt: [],
      media: [
        {
          url: "https://p2-kling.klingai.com/kcdn/cdn-kcdn112452/kling-qa-test/lip_sync_5s.mp4",
          type: "base",
          keep_original_sound: "yes",
        },
        { type: "refer", url: "https://p2-kling.klingai.com/kcdn/cdn-kcdn112452/kling-qa-test/zem_test/yangmi01.jpg" },
        { type: "refer", url: "https://p2-kling.klingai.com/kcdn/cdn-kcdn112452/kling-qa-test/human_2.JPG" },
      ],
      element_list: [{ element_id: 171 }],
    },
    parameters: { mode: "pro", duration: 10, audio: false, aspect_ratio: "1:1", watermark: true },
  },
} as const;

// the aliyun-kling-video skill's create_kling_task() fills mode "pro", duration 5, audio false and watermark false by default.
export const SEED_003_REQUESTS = {
  text: {
    model: "kling/kling-v3-video-generation",
    input: { prompt: "一只小猫在月光下奔跑" },
    parameters: { mode: "std", duration: 5, audio: false, watermark: false, aspect_ratio: "16:9" },
  },
  firstFrame: {
    model: "kling/kling-v3-video-generation",
    input: { prompt: "花朵绽放的延时摄影", media: [{ type: "first_frame", url: "https://example.com/flower.jpg" }] },
    parameters: { mode: "pro", duration: 5, audio: false, watermark: false },
  },
  reference: {
    model: "kling/kling-v3-omni-video-generation",
    input: {
      prompt: "一只<<<element_1>>>在月光下奔跑",
      media: [{ type: "refer", url: "https://example.com/cat.jpg" }],
    },
    parameters: { mode: "pro", duration: 5, audio: false, watermark: false, aspect_ratio: "16:9" },
  },
} as const;

export const SEED_000_RESPONSES = {
  created: {
    output: { task_status: "PENDING", task_id: "0385dc79-5ff8-4d82-bcb6-xxxxxx" },
    request_id: "4909100c-7b5a-9f92-bfe5-xxxxxx",
  },
  error: { code: "InvalidApiKey", message: "No API-key provided.", request_id: "7438d53d-6eb8-4596-8835-xxxxxx" },
  succeeded: {
    request_id: "340f0d7d-bf7e-4c8f-9c03-xxxxxx",
    output: {
      task_id: "24f5c51e-d67b-44dc-9acb-xxxxxx",
      task_status: "SUCCEEDED",
      submit_time: "2026-03-27 21:30:32.575",
      scheduled_time: "2026-03-27 21:30:32.603",
      end_time: "2026-03-27 21:31:09.177",
      video_url: "https://v4-fdl.kechuangai.com/ksc2/xxx.mp4?xxxx",
      watermark_video_url: "https://v2-fdl.kechuangai.com/ksc2/xxx.mp4?xxxx",
    },
    usage: { duration: 5, size: "1280*720", fps: 24, video_count: 1, audio: false, SR: "720" },
  },
  failed: {
    request_id: "e5d70b02-ebd3-98ce-9fe8-759d7d7b107d",
    output: {
      task_id: "86ecf553-d340-4e21-af6e-a0c6a421c010",
      task_status: "FAILED",
      code: "InvalidParameter",
      message: "The parameter is invalid xxxxxx",
    },
  },
  expired: {
    request_id: "a4de7c32-7057-9f82-8581-xxxxxx",
    output: { task_id: "502a00b1-19d9-4839-a82f-xxxxxx", task_status: "UNKNOWN" },
  },
} as const;
