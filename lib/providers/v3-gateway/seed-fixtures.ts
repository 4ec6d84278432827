// Request bodies copied verbatim from the v3 gateway's create reference. Its response example is `{}`.
// Test fixtures only.

export const SEED_002_REQUESTS = {
  text: {
    model: "kling-v3-std-silent",
    prompt: "广角电影感镜头,一个旅行者独自穿过满是尘土的沙漠废墟,披风被风吹动,镜头缓慢拉远,动作真实自然,氛围感强。",
    aspect_ratio: "16:9",
    duration: 5,
    extra_body: {
      cfg_scale: 0.5,
      shot_type: "customize",
      negative_prompt: "模糊, 低细节",
    },
  },
  firstFrame: {
    model: "kling-v3-pro-audio",
    prompt: "人物自然地在笔记本上书写,手部动作细腻,头部有轻微思考停顿,景深柔和,课堂环境真实。",
    image: "https://example.com/start-frame.png",
    aspect_ratio: "16:9",
    duration: 6,
    extra_body: {
      cfg_scale: 0.6,
      shot_type: "intelligent",
      negative_prompt: "伪影, 畸变",
    },
  },
  firstLast: {
    model: "kling-v3-pro-silent",
    prompt: "肖像人物逐渐转向镜头,身份保持稳定,动作自然。",
    image: "https://example.com/first-frame.png",
    last_image: "https://example.com/last-frame.png",
    duration: 8,
    extra_body: {
      cfg_scale: 0.5,
      shot_type: "customize",
    },
  },
  multiPrompt: {
    model: "kling-v3-std-audio",
    image: "https://example.com/source-image.png",
    duration: 10,
    extra_body: {
      multi_prompt: [
        {
          prompt: "镜头先以中近景开始,人物低头。",
        },
        {
          prompt: "人物抬头并看向镜头。",
        },
      ],
      shot_type: "customize",
    },
  },
} as const;

export const SEED_002_RESPONSES = { created: {} } as const;
