import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import {
  API_CONTENT_SECURITY_POLICY,
  API_DOCS_CONTENT_SECURITY_POLICY,
  STATIC_SECURITY_HEADERS,
} from "./lib/security/headers";

const nextConfig: NextConfig = {
  // Native and binary-shipping packages stay plain Node requires instead of being bundled.
  serverExternalPackages: [
    "@prisma/client",
    "@prisma/adapter-pg",
    "pg",
    "sharp",
    "@ffmpeg-installer/ffmpeg",
    "@ffprobe-installer/ffprobe",
  ],
  poweredByHeader: false,
  // `npm run typecheck` is its own gate (run first by `npm test`); the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Pages get their Content-Security-Policy (with a nonce) from proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      // API answers are data; the API reference page alone runs a script (its own, from this origin).
      {
        source: "/api/:path((?!v1/docs).*)",
        headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }],
      },
      {
        source: "/api/v1/docs/:path*",
        headers: [{ key: "Content-Security-Policy", value: API_DOCS_CONTENT_SECURITY_POLICY }],
      },
    ];
  },
};

// UI messages per request (i18n/request.ts): the locale comes from a cookie or Accept-Language, not the URL.
// Precompiled at build time: the browser then needs no ICU parser (about 12 KB on every page).
export default createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: ["en", "zh-CN"], precompile: true } },
})(nextConfig);
