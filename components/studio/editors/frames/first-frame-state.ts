// The first-frame editor's state; its draft schema is in form/state-schemas.ts (loaded only to check a draft).
export type { FirstFrameState } from "../../form/state-schemas";
