"use server";

import { z } from "zod";
import { action, ActionError } from "@/lib/actions/action";
import { PROVIDERS } from "@/lib/providers";
import { ProviderError } from "@/lib/providers/server";
import {
  adoptProviderElement,
  createElement,
  ElementNotFoundError,
  frameOfGeneration,
  reconcileProvider,
  registerCatalogueElement,
  retireElement,
  retryBinding,
  updateElement,
} from "@/lib/elements/server";
import {
  AdoptElementSchema,
  BindingSchema,
  CatalogueElementSchema,
  ElementDraftSchema,
  ElementIdSchema,
} from "@/lib/elements/schema";
import { getTaskEngine } from "@/lib/tasks/web-engine";

// Admins manage the team's element library; members only read it (the pages) and pick from it (the studio).

async function known<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ElementNotFoundError) throw new ActionError(error.message);
    // The provider could not be reached or refused: the admin can try again later.
    if (error instanceof ProviderError) throw new ActionError(error.userMessage);
    throw error;
  }
}

export const createElementAction = action("admin", ElementDraftSchema, async (draft, { user }) =>
  createElement(await getTaskEngine(), draft, user.id),
);

export const updateElementAction = action(
  "admin",
  ElementDraftSchema.extend(ElementIdSchema.shape),
  async ({ elementId, ...draft }) => known(async () => updateElement(await getTaskEngine(), elementId, draft)),
);

export const retireElementAction = action("admin", ElementIdSchema, async ({ elementId }) =>
  known(async () => {
    await retireElement(await getTaskEngine(), elementId);
    return { retired: true as const };
  }),
);

export const retryBindingAction = action("admin", BindingSchema, async ({ elementId, provider }) =>
  known(async () => {
    await retryBinding(await getTaskEngine(), elementId, provider);
    return { retried: true as const };
  }),
);

export const syncNowAction = action("admin", z.object({ provider: z.enum(PROVIDERS) }), async ({ provider }) =>
  reconcileProvider(await getTaskEngine(), provider),
);

export const registerCatalogueElementAction = action("admin", CatalogueElementSchema, async (input, { user }) =>
  registerCatalogueElement(await getTaskEngine(), input, user.id),
);

export const adoptElementAction = action("admin", AdoptElementSchema, async (input, { user }) =>
  known(async () => adoptProviderElement(await getTaskEngine(), input, user.id)),
);

export const frameOfGenerationAction = action(
  "admin",
  z.object({ generationId: z.uuid() }),
  async ({ generationId }, { user }) => {
    const frame = await frameOfGeneration(await getTaskEngine(), generationId, user.id);
    if (!frame) throw new ActionError("This generation has no stored frame.");
    return frame;
  },
);
