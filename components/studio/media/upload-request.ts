import type { UploadedAsset } from "@/lib/studio/media/upload-result";

// The answer's schemas arrive with the first finished upload rather than with the mode page.
const loadSchemas = () => import("@/lib/studio/media/upload-result");

/** The studio refused the file (problem+json with a rule), as opposed to a network failure. */
export class UploadRefusedError extends Error {
  constructor(
    readonly status: number,
    readonly rule: string | undefined,
    readonly detail: string,
  ) {
    super(detail || `upload refused (${status})`);
  }
}

/**
 * POSTs the raw file to /api/uploads with its Content-Type. XMLHttpRequest rather than fetch: fetch
 * cannot report upload progress, and videos may be 200 MB.
 */
export function uploadFile(
  file: Blob,
  { onProgress, signal }: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<UploadedAsset> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/uploads");
    request.setRequestHeader("Content-Type", file.type);
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const settle = ({ UploadedAssetSchema, UploadProblemSchema }: Awaited<ReturnType<typeof loadSchemas>>) => {
        if (request.status === 201 || request.status === 200) {
          const parsed = UploadedAssetSchema.safeParse(request.response);
          if (parsed.success) resolve(parsed.data);
          else reject(new Error("unexpected upload answer"));
          return;
        }
        const problem = UploadProblemSchema.safeParse(request.response ?? {});
        reject(
          new UploadRefusedError(
            request.status,
            problem.success ? problem.data.rule : undefined,
            problem.success ? problem.data.detail : "",
          ),
        );
      };
      loadSchemas().then(settle, () => reject(new Error("network error")));
    };
    request.onerror = () => reject(new Error("network error"));
    request.onabort = () => reject(new DOMException("Upload cancelled", "AbortError"));
    signal?.addEventListener("abort", () => request.abort(), { once: true });
    request.send(file);
  });
}
