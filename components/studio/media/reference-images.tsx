"use client";

import { useTranslations } from "next-intl";
import type { MediaItem } from "@/lib/providers";
import type { MediaCheck, MediaFacts } from "@/lib/studio/media/media-checks";
import { errorsAt, errorsExactly, missingMediaPath, withRole } from "@/lib/studio/media/media-list";
import { mediaTokens } from "@/lib/studio/media/prompt-tokens";
import { previewUrlOf } from "@/lib/studio/media/upload-item";
import { CheckList } from "./check-list";
import { InputRow } from "./input-row";
import { MediaPreview } from "./media-preview";
import type { PathErrors } from "./types";
import { UploadField } from "./upload-field";

type ReferenceImagesProps = {
  media: MediaItem[];
  errors: PathErrors;
  /** Room left under the provider's limits. */
  canAdd: boolean;
  check?: (facts: MediaFacts) => MediaCheck[];
  /** Whether prompts reference images as `<<<image_N>>>`. */
  numbered: boolean;
  onAdd: (item: MediaItem) => void;
  /** Positions among the reference images (0-based). */
  onRemove: (position: number) => void;
  onMove: (from: number, to: number) => void;
  onInsert: (token: string) => void;
  disabled?: boolean;
};

/** The reference images (role "refer") in media order, each with its `<<<image_N>>>` token, and a field to add one. */
export function ReferenceImages({
  media,
  errors,
  canAdd,
  check,
  numbered,
  onAdd,
  onRemove,
  onMove,
  onInsert,
  disabled,
}: ReferenceImagesProps) {
  const t = useTranslations("media.reference");
  const tokens = mediaTokens(media);
  const images = withRole(media, "refer");
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium text-zinc-200">{t("images")}</p>
      {images.length > 0 && (
        <ol className="space-y-2">
          {images.map(({ item, index }, position) => {
            const name = t("imageName", { n: position + 1 });
            const token = numbered ? tokens[index] : undefined;
            return (
              <InputRow
                key={`${item.url}-${position}`}
                name={name}
                preview={<MediaPreview kind="image" src={previewUrlOf(item.url)} alt={name} metadata={item.metadata} />}
                token={token}
                onInsert={token ? () => onInsert(token) : undefined}
                onMoveUp={position > 0 ? () => onMove(position, position - 1) : undefined}
                onMoveDown={position < images.length - 1 ? () => onMove(position, position + 1) : undefined}
                onRemove={() => onRemove(position)}
                errors={errorsAt(errors, `media[${index}]`)}
                disabled={disabled}
              >
                {item.metadata && check && <CheckList checks={check(item.metadata)} />}
              </InputRow>
            );
          })}
        </ol>
      )}
      {canAdd && (
        <UploadField
          role="refer"
          label={t("addImage")}
          value={undefined}
          onChange={(item) => item && onAdd(item)}
          check={check}
          errors={errorsExactly(errors, missingMediaPath("refer"))}
          disabled={disabled}
        />
      )}
    </div>
  );
}
