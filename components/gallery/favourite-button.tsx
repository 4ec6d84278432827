"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { fetchJson } from "@/lib/api-client";
import { queryKeys } from "@/lib/query-keys";

/** A star that adds a generation to the viewer's favourites, or takes it out, at once (undone on failure). */
export function FavouriteButton({
  generationId,
  initial,
  className = "",
}: {
  generationId: string;
  initial: boolean;
  className?: string;
}) {
  const t = useTranslations("gallery");
  const queryClient = useQueryClient();
  const [favourite, setFavourite] = useState(initial);
  const toggle = useMutation({
    mutationFn: (next: boolean) =>
      fetchJson<{ favourite: boolean }>(`/api/generations/${generationId}/favourite`, {
        method: next ? "PUT" : "DELETE",
      }),
    onMutate: (next) => setFavourite(next),
    onError: (_error, next) => setFavourite(!next),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.generations.all }),
  });
  return (
    <button
      type="button"
      aria-pressed={favourite}
      aria-label={favourite ? t("unfavourite") : t("favourite")}
      title={favourite ? t("unfavourite") : t("favourite")}
      onClick={() => toggle.mutate(!favourite)}
      className={`grid size-8 place-items-center rounded-full bg-black/60 text-lg leading-none transition-colors hover:bg-black/80 ${favourite ? "text-amber-300" : "text-zinc-300"} ${className}`}
    >
      <span aria-hidden>{favourite ? "★" : "☆"}</span>
    </button>
  );
}
