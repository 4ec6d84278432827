"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { MediaItem, MediaRole } from "@/lib/providers";
import { MEDIA_ROLE_KIND } from "@/lib/providers/browser";
import type { MediaCheck, MediaFacts } from "@/lib/studio/media/media-checks";
import { mediaItemFromUpload } from "@/lib/studio/media/upload-item";
import { checkUploadType } from "@/lib/studio/media/upload-type";
import { measureFile } from "./measure";
import { uploadFile, UploadRefusedError } from "./upload-request";

/** One file on its way to becoming a media item. `previewUrl` is an object URL of the local file. */
export type UploadState =
  | { status: "idle" }
  | { status: "measuring"; file: File; previewUrl: string }
  /** Broken rules found before uploading; `blocking` when the studio itself would refuse the file. */
  | { status: "checked"; file: File; previewUrl: string; checks: MediaCheck[]; blocking: boolean }
  | { status: "uploading"; file: File; previewUrl: string; progress: number | null }
  | { status: "refused"; file: File; previewUrl: string; rule?: string; detail: string }
  | { status: "failed"; file: File; previewUrl: string };

type Options = {
  role: MediaRole;
  /** The provider's rules for this role, judged on measured facts. */
  check?: (facts: MediaFacts) => MediaCheck[];
  onUploaded: (item: MediaItem) => void;
};

/** Measures, checks and uploads one file at a time; a new file cancels the one before. */
export function useUpload({ role, check, onUploaded }: Options) {
  const [state, setState] = useState<UploadState>({ status: "idle" });
  const abort = useRef<AbortController | null>(null);
  // Each chosen file gets a number; a slower measurement of an older file is then ignored.
  const latest = useRef(0);
  const previewUrl = "previewUrl" in state ? state.previewUrl : undefined;

  useEffect(() => () => abort.current?.abort(), []);
  useEffect(() => (previewUrl ? () => URL.revokeObjectURL(previewUrl) : undefined), [previewUrl]);

  const upload = useCallback(
    async (file: File, local: string) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      setState({ status: "uploading", file, previewUrl: local, progress: null });
      try {
        const asset = await uploadFile(file, {
          signal: controller.signal,
          onProgress: (progress) =>
            setState((current) =>
              current.status === "uploading" && current.file === file ? { ...current, progress } : current,
            ),
        });
        setState({ status: "idle" });
        onUploaded(mediaItemFromUpload(asset, role));
      } catch (error) {
        if (controller.signal.aborted) return;
        if (error instanceof UploadRefusedError)
          setState({ status: "refused", file, previewUrl: local, rule: error.rule, detail: error.detail });
        else setState({ status: "failed", file, previewUrl: local });
      }
    },
    [onUploaded, role],
  );

  const start = useCallback(
    async (file: File) => {
      abort.current?.abort();
      const mine = ++latest.current;
      const local = URL.createObjectURL(file);
      const kind = MEDIA_ROLE_KIND[role];
      const typeChecks = checkUploadType(file, kind);
      if (typeChecks.length > 0) {
        setState({ status: "checked", file, previewUrl: local, checks: typeChecks, blocking: true });
        return;
      }
      setState({ status: "measuring", file, previewUrl: local });
      // A file the browser cannot decode is left to the server, which says why it refuses it.
      const facts = await measureFile(file, kind).catch(() => ({ sizeBytes: file.size }));
      if (mine !== latest.current) return;
      const checks = check?.(facts) ?? [];
      if (checks.length > 0) setState({ status: "checked", file, previewUrl: local, checks, blocking: false });
      else await upload(file, local);
    },
    [check, role, upload],
  );

  const uploadAnyway = useCallback(() => {
    if (state.status === "checked" && !state.blocking) void upload(state.file, state.previewUrl);
  }, [state, upload]);

  const retry = useCallback(() => {
    if (state.status === "failed") void upload(state.file, state.previewUrl);
  }, [state, upload]);

  const cancel = useCallback(() => {
    latest.current++;
    abort.current?.abort();
    setState({ status: "idle" });
  }, []);

  return { state, start, uploadAnyway, retry, cancel };
}
