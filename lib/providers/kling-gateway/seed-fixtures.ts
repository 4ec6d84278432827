// Request and response bodies copied verbatim from the Kling gateway's API reference. Where the
// seed writes `{ ... }` (raw_response, origin_data) an empty object stands in. Test fixtures only.

export const SEED_001_OMNI_REQUESTS = {
  text: {
    model: "Kling-Video-O1",
    prompt: "一个宇航员在月球上行走,背景是地球",
    mode: "pro",
    aspect_ratio: "16:9",
    seconds: "5",
  },
  // Titled "首尾帧生视频" but carries a first frame only; `seconds` is a number here, a string in the table.
  firstFrame: {
    model: "Kling-Video-O1",
    prompt: "让花被风吹动",
    first_frame_url: "http://wanx.alicdn.com/material/20250318/stylization_all_1.jpeg",
    seconds: 5,
  },
  reference: {
    model: "Kling-Video-O1",
    prompt: "<<<image_1>>>在东京街头漫步,偶遇<<<element_1>>>和<<<element_2>>>",
    reference_images: [
      "https://p4-kling.klingai.com/bs2/upload-ylab-stunt/kling/element/%E5%88%BA%E5%AE%A2-%E5%85%B6%E4%BB%96%E5%8F%82%E8%80%831.jpg?x-kcdn-pid=112452",
    ],
    element_list: [{ element_id: "146" }, { element_id: "145" }],
    mode: "pro",
    aspect_ratio: "1:1",
    seconds: "5",
  },
  edit: {
    model: "Kling-Video-O1",
    prompt: "给<<<video_1>>>中的女孩,拿上<<<image_1>>>中的花",
    reference_images: ["http://wanx.alicdn.com/material/20250318/stylization_all_1.jpeg"],
    video_list: [
      {
        video_url: "https://cdn.wanx.aliyuncs.com/static/demo-wan26/vace.mp4",
        refer_type: "base",
        keep_original_sound: "yes",
      },
    ],
    mode: "pro",
  },
  styleReference: {
    model: "Kling-Video-O1",
    prompt: "参考<<<video_1>>>的运镜方式,生成一段视频:<<<element_1>>>在东京街头漫步",
    element_list: [{ element_id: "12345" }],
    video_list: [{ video_url: "https://cdn.wanx.aliyuncs.com/static/demo-wan26/vace.mp4", refer_type: "feature" }],
    mode: "pro",
    aspect_ratio: "1:1",
    seconds: "5",
  },
  extendNext: {
    model: "Kling-Video-O1",
    prompt: "基于<<<video_1>>>,生成下一个镜头",
    video_list: [
      {
        video_url: "https://cdn.wanx.aliyuncs.com/static/demo-wan26/vace.mp4",
        refer_type: "feature",
        keep_original_sound: "yes",
      },
    ],
    mode: "pro",
  },
} as const;

const SIMPLE_ZOOM = {
  type: "simple",
  config: { zoom: 5, horizontal: 0, vertical: 0, pan: 0, tilt: 0, roll: 0 },
} as const;

export const SEED_001_V26_REQUESTS = {
  text: {
    model: "Kling-V2.6",
    prompt: "一只可爱的猫咪在花园里玩耍,阳光明媚",
    mode: "pro",
    aspect_ratio: "16:9",
    seconds: "5",
  },
  textWithSound: {
    model: "Kling-V2.6",
    prompt: "海浪拍打沙滩,海鸥在天空飞翔",
    sound: "on",
    mode: "pro",
    aspect_ratio: "16:9",
    seconds: "5",
  },
  textCamera: {
    model: "Kling-V2.6",
    prompt: "城市夜景,霓虹灯闪烁",
    mode: "pro",
    aspect_ratio: "16:9",
    seconds: "5",
    camera_control: SIMPLE_ZOOM,
  },
  textPresetCamera: {
    model: "Kling-V2.6",
    prompt: "森林中的小溪",
    mode: "std",
    aspect_ratio: "1:1",
    seconds: "5",
    camera_control: { type: "forward_up" },
  },
  image: {
    model: "Kling-V2.6",
    image: "https://example.com/start.jpg",
    prompt: "画面中的人物开始跳舞",
    mode: "pro",
    seconds: "5",
  },
  imageTail: {
    model: "Kling-V2.6",
    image: "https://example.com/start.jpg",
    image_tail: "https://example.com/end.jpg",
    prompt: "人物从站立变为坐下",
    mode: "pro",
    seconds: "5",
  },
  imageVoice: {
    model: "Kling-V2.6",
    image: "https://example.com/person.jpg",
    prompt: "男人<<<voice_1>>>说:'你好,世界'",
    sound: "on",
    voice_list: [{ voice_id: "voice_123" }],
    mode: "pro",
    seconds: "5",
  },
  imageMotionBrush: {
    model: "Kling-V2.6",
    image: "https://example.com/scene.jpg",
    prompt: "画面中的物体开始移动",
    mode: "pro",
    seconds: "5",
    static_mask: "https://example.com/static_mask.png",
    dynamic_masks: [
      {
        mask: "https://example.com/dynamic_mask.png",
        trajectories: [
          { x: 100, y: 200 },
          { x: 300, y: 400 },
        ],
      },
    ],
  },
  imageCamera: {
    model: "Kling-V2.6",
    image: "https://example.com/landscape.jpg",
    prompt: "美丽的风景",
    mode: "pro",
    seconds: "5",
    camera_control: SIMPLE_ZOOM,
  },
  motion: {
    model: "Kling-V2.6",
    action_control: true,
    image_url: "https://example.com/person.jpg",
    video_url: "https://example.com/dance.mp4",
    mode: "pro",
    character_orientation: "video",
  },
  motionWithPrompt: {
    model: "Kling-V2.6",
    action_control: true,
    image_url: "https://example.com/person.jpg",
    video_url: "https://example.com/dance.mp4",
    mode: "pro",
    character_orientation: "video",
    prompt: "在舞台上表演",
    keep_original_sound: "yes",
  },
  motionImageOrientation: {
    model: "Kling-V2.6",
    action_control: true,
    image_url: "https://example.com/person.jpg",
    video_url: "https://example.com/action.mp4",
    mode: "std",
    character_orientation: "image",
    keep_original_sound: "no",
  },
} as const;

export const SEED_001_RESPONSES = {
  created: { id: "task_abc123", status: "pending", created_at: "2025-01-13T10:00:00.000000Z", model: "Kling-V2.6" },
  // The "响应格式" section's submit response, with the model in lower case.
  createdOmni: {
    id: "task_abc123",
    status: "pending",
    created_at: "2025-01-13T10:00:00.000000Z",
    model: "kling-video-o1",
  },
  processing: {
    id: "task_abc123",
    status: "processing",
    created_at: "2025-01-13T10:00:00.000000Z",
    model: "Kling-V2.6",
  },
  completed: {
    id: "task_abc123",
    status: "completed",
    created_at: "2025-01-13T10:00:00.000000Z",
    completed_at: "2025-01-13T10:03:00.000000Z",
    model: "Kling-V2.6",
    video_url: "https://example.com/output.mp4",
    usage: { seconds: 5.0, video_count: 1, size: "1920*1080" },
    raw_response: {},
  },
  failed: {
    id: "task_abc123",
    status: "failed",
    created_at: "2025-01-13T10:00:00.000000Z",
    model: "Kling-V2.6",
    error: "内容审核未通过",
  },
  completedResult: {
    created: 1736758800,
    data: [
      {
        url: "https://example.com/generated-video.mp4",
        duration: 5.0,
        width: 1920,
        height: 1080,
        cover_url: "https://example.com/cover.jpg",
      },
    ],
    usage: { total_tokens: 0, input_tokens: 0, output_tokens: 0, video_count: 1, duration_seconds: 5.0 },
    provider: "可灵AI",
    model: "Kling-Video-O1",
    origin_data: {},
  },
} as const;

export const SEED_001_ELEMENT_REQUESTS = {
  create: {
    element_name: "测试主体",
    element_description: "这是一个测试主体描述",
    element_frontal_image: "https://example.com/image.jpg",
    element_refer_list: [
      { image_url: "https://example.com/image1.jpg" },
      { image_url: "https://example.com/image2.jpg" },
    ],
    tag_list: [{ tag_id: "o_102" }],
  },
  delete: { element_id: "842130978230767622" },
} as const;

const SEED_ELEMENT_BODY = (id: string) => `{
    "element_id": ${id},
    "element_name": "string",
    "element_description": "string",
    "element_frontal_image": "image_url_0",
    "element_refer_list": [
      {"image_url": "image_url_1"},
      {"image_url": "image_url_2"},
      {"image_url": "image_url_3"}
    ],
    "tag_list": [
      {"id": "o_101", "name": "animal", "description": "The content of description."},
      {"id": "o_102", "name": "animal", "description": "The content of description."}
    ],
    "owned_by": "kling"
  }`;

/** Raw response texts: element ids are bare 64-bit integers, which JSON.parse would round. */
export const SEED_001_ELEMENT_RESPONSE_TEXTS = {
  created: `{"code": 0, "message": "string", "request_id": "string", "data": ${SEED_ELEMENT_BODY("842130978230767622")}}`,
  customList: `{"code": 0, "message": "string", "request_id": "string", "data": [${SEED_ELEMENT_BODY("842130978230767622")}]}`,
  presetList: `{"code": 0, "message": "string", "request_id": "string", "data": [${SEED_ELEMENT_BODY("123")}]}`,
  deleted: `{"code": 0, "message": "string", "request_id": "string", "data": {"task_id": "string", "task_status": "string"}}`,
} as const;
