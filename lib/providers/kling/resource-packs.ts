import { z } from "zod";
import { parseProviderBody, type HttpRequest, type HttpResponse } from "../http";
import type { ResourcePack } from "../types";

// Kling AI developer docs, account information inquiry: GET /account/costs lists the account's resource packs
// bought in a time window (Unix ms), with what remains ("remaining quantity statistics have a 12h delay").
// Free to call, at most once a second.

export const KLING_COSTS_PATH = "/account/costs";
/** Packs bought in the last 400 days: long enough for a yearly pack. */
const WINDOW_MS = 400 * 24 * 60 * 60 * 1000;

const CostsSchema = z.object({
  code: z.literal(0),
  data: z.object({
    resource_pack_subscribe_infos: z
      .array(
        z.object({
          resource_pack_name: z.string(),
          total_quantity: z.number(),
          remaining_quantity: z.number(),
          status: z.string(),
          invalid_time: z.number().optional(),
        }),
      )
      .default([]),
  }),
});

export async function readResourcePacks(
  call: (request: HttpRequest) => Promise<HttpResponse>,
  now: number,
  signal?: AbortSignal,
): Promise<ResourcePack[]> {
  const response = await call({
    method: "GET",
    path: KLING_COSTS_PATH,
    query: { start_time: now - WINDOW_MS, end_time: now },
    signal,
  });
  const costs = parseProviderBody("kling", CostsSchema, response, { what: "account costs", isCreate: false });
  return costs.data.resource_pack_subscribe_infos.map((pack) => ({
    name: pack.resource_pack_name,
    total: pack.total_quantity,
    remaining: pack.remaining_quantity,
    status: pack.status,
    expiresAt: pack.invalid_time === undefined ? undefined : new Date(pack.invalid_time).toISOString(),
  }));
}
