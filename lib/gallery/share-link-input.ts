import { z } from "zod";

// What making a share link takes (its lifetime), apart from the queries so the API's document can use it.

export const SHARE_EXPIRIES = ["1d", "7d", "30d", "never"] as const;

export const ShareLinkInputSchema = z.object({
  expiresIn: z.enum(SHARE_EXPIRIES, { error: "Choose 1d, 7d, 30d or never." }).default("7d"),
});
