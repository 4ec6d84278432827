// The usage page's choices, free of zod so the page's browser code stays light.
export const USAGE_PERIODS = ["day", "week", "month"] as const;
export const USAGE_DIMENSIONS = ["creator", "provider", "model", "mode"] as const;
