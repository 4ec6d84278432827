import "server-only";

// The element library's server side, in one import for app/ routes and actions.
export type { ElementDeps } from "./deps";
export {
  checkDraft,
  createElement,
  ElementNotFoundError,
  registerCatalogueElement,
  retireElement,
  retryBinding,
  updateElement,
  type SaveOutcome,
} from "./library";
export { adoptProviderElement, browseProviderElements, frameOfGeneration, recentFrames } from "./provider-elements";
export { reconcileProvider, runElementJob, workElementJobs } from "./sync";
export { getTeamElement, listTeamElements } from "./team-library";
export { elementImages, elementTargets, presentBindings, presentElementCard, providersHosting } from "./present";
