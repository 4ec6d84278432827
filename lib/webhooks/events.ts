// The events webhooks carry. `generation.*` fire when a generation ends; `element.synced` when an element
// exists at a provider that stores elements.
export const WEBHOOK_EVENTS = [
  "generation.succeeded",
  "generation.failed",
  "generation.canceled",
  "generation.expired",
  "element.synced",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
