"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiRequestError, fetchJson } from "@/lib/api-client";
import { queryKeys } from "@/lib/query-keys";
import type { GenerationView } from "@/lib/tasks/present";

const POLL_MS = 2_000;

/** The generation as polled, with when it was received (to count the ETA down from). */
export type PolledGeneration = GenerationView & { receivedAt: number };

async function fetchGeneration(id: string): Promise<PolledGeneration> {
  const view = await fetchJson<GenerationView>(`/api/generations/${encodeURIComponent(id)}`);
  return { ...view, receivedAt: Date.now() };
}

/** Polls every 2 s until the generation is final, or gone (404). */
export function useGeneration(id: string, initial: GenerationView) {
  return useQuery({
    queryKey: queryKeys.generations.detail(id),
    queryFn: () => fetchGeneration(id),
    initialData: () => ({ ...initial, receivedAt: Date.now() }),
    initialDataUpdatedAt: 0,
    refetchInterval: (query) => {
      const gone = query.state.error instanceof ApiRequestError && query.state.error.status === 404;
      return query.state.data?.final || gone ? false : POLL_MS;
    },
    retry: (failures, error) => !(error instanceof ApiRequestError && error.status === 404) && failures < 2,
  });
}

export function useCancelGeneration(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      fetchJson<{ canceled: true }>(`/api/generations/${encodeURIComponent(id)}/cancel`, { method: "POST" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.generations.detail(id) }),
  });
}
