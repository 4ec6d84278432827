import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const nextConfig: NextConfig = {
  // Native and binary-shipping packages stay plain Node requires instead of being bundled.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "sharp", "@ffmpeg-installer/ffmpeg", "@ffprobe-installer/ffprobe"],
  poweredByHeader: false,
  // `npm run typecheck` is its own gate (run first by `npm test`); the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
};

// UI messages per request (i18n/request.ts): the locale comes from a cookie or Accept-Language, not the URL.
export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
