import { z } from "zod";

// What POST /api/uploads answers (lib/uploads/store-upload.ts presentUpload), parsed so nothing
// untyped reaches the editors. Loaded when an upload finishes (upload-request.ts), not with the page.

const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined);

export const UploadedAssetSchema = z.object({
  id: z.string(),
  url: z.string().regex(/^asset:/),
  previewUrl: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  width: nullable(z.number()),
  height: nullable(z.number()),
  durationSeconds: nullable(z.number()),
  fps: nullable(z.number()),
  format: nullable(z.string()),
  hasAlpha: nullable(z.boolean()),
});
export type UploadedAsset = z.infer<typeof UploadedAssetSchema>;

/** The server's refusal (application/problem+json); `rule` is a stable code such as "file_too_large". */
export const UploadProblemSchema = z.object({ detail: z.string().default(""), rule: z.string().optional() });
export type UploadProblem = z.infer<typeof UploadProblemSchema>;
