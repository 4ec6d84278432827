import { z } from "zod";
import { WEBHOOK_EVENTS } from "./events";

// What registering a webhook endpoint takes, for the route, the OpenAPI document and (later) Settings.

export const WebhookEndpointInputSchema = z.object({
  url: z.url({ protocol: /^https?$/, error: "Give an http(s) URL." }).max(2048),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).max(WEBHOOK_EVENTS.length),
  description: z.string().trim().max(200).default(""),
  /** The whole team's events (admins only); otherwise the caller's own. */
  teamWide: z.boolean().default(false),
});
export type WebhookEndpointInput = z.input<typeof WebhookEndpointInputSchema>;
