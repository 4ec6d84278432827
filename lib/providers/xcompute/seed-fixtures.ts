// Request and response bodies copied verbatim from xcompute's "Kling v3 视频生成" reference.
// Test fixtures only.

export const SEED_004_REQUESTS = {
  // The RequestExample (cURL and every language snippet send the same body).
  requestExample: {
    model: "kling-v3",
    prompt: "一只金色的猫咪在阳光下的草地上奔跑，慢动作，电影质感",
    mode: "std",
    duration: 5,
    size: "16:9",
  },
  scenario1Text: {
    model: "kling-v3",
    prompt: "一只金毛犬在沙滩上奔跑，日落，电影质感",
    mode: "std",
    duration: 5,
    size: "16:9",
  },
  scenario2ProNegative: {
    model: "kling-v3",
    prompt: "东京涩谷十字路口，雨夜霓虹灯倒映在湿漉漉的地面上，行人撑伞穿行",
    negative_prompt: "模糊, 低画质, 变形",
    mode: "pro",
    duration: 10,
    size: "16:9",
  },
  scenario3Fifteen: {
    model: "kling-v3",
    prompt: "花园中一朵花绽放的延时摄影",
    duration: 15,
    size: "16:9",
  },
  scenario4FirstFrame: {
    model: "kling-v3",
    prompt: "猫咪缓缓向前走，环顾四周",
    image_urls: ["https://example.com/cat.jpg"],
    mode: "std",
    duration: 5,
  },
  scenario5FirstLast: {
    model: "kling-v3",
    prompt: "流畅的电影级画面过渡",
    image_urls: ["https://example.com/frame-start.jpg", "https://example.com/frame-end.jpg"],
    mode: "std",
    duration: 5,
  },
  scenario6Audio: {
    model: "kling-v3",
    prompt: "一个在这个舞台上唱歌的摇滚歌手，演唱会现场，灯光闪烁",
    audio: true,
    mode: "std",
    duration: 5,
  },
  scenario7MultiShot: {
    model: "kling-v3",
    multi_prompt: [
      {
        index: 1,
        prompt: "Two friends talking under a streetlight at night. Warm glow, casual poses, no dialogue.",
        duration: 2,
      },
      {
        index: 2,
        prompt: "A runner sprinting through a forest, leaves flying. Low-angle shot, focus on movement.",
        duration: 3,
      },
      {
        index: 3,
        prompt: "A woman hugging a cat, smiling. Soft sunlight, cozy home setting, emphasize warmth.",
        duration: 3,
      },
      {
        index: 4,
        prompt: "A door creaking open, shadowy hallway. Dark tones, minimal details, eerie mood.",
        duration: 3,
      },
      {
        index: 5,
        prompt: "A man slipping on a banana peel, shocked expression. Exaggerated pose, bright colors.",
        duration: 3,
      },
      {
        index: 6,
        prompt: "A sunset over mountains, small figure walking away. Wide angle, peaceful atmosphere.",
        duration: 1,
      },
    ],
    multi_shot: true,
    shot_type: "customize",
    duration: 15,
    mode: "pro",
    audio: true,
    size: "9:16",
  },
} as const;

/** The element_list "常见写法" and the prompt the documentation pairs with it. */
export const SEED_004_ELEMENTS = {
  prompt: "@element_dog 和 @element_cat 在草地上追逐玩耍",
  elementList: [
    {
      name: "element_dog",
      description: "a golden retriever, fluffy fur, friendly expression",
      element_input_urls: ["https://example.com/image1.png", "https://example.com/image2.png"],
    },
    {
      name: "element_cat",
      description: "an orange tabby cat, round face, bright eyes",
      element_input_urls: ["https://example.com/image1.png", "https://example.com/image2.png"],
    },
  ],
} as const;

export const SEED_004_RESPONSES = {
  created: { code: 200, data: [{ status: "submitted", task_id: "task_xxxxxxxxxx" }] },
  badRequest: { error: { code: 400, message: "请求参数无效", type: "invalid_request_error" } },
  unauthorized: { error: { code: 401, message: "身份验证失败，请检查您的API密钥", type: "authentication_error" } },
  paymentRequired: { error: { code: 402, message: "账户余额不足，请充值后再试", type: "payment_required" } },
  rateLimited: { error: { code: 429, message: "请求过于频繁，请稍后再试", type: "rate_limit_error" } },
  serverError: { error: { code: 500, message: "服务器内部错误，请稍后重试", type: "server_error" } },
} as const;
