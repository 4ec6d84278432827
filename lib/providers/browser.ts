// The provider library's lightest face: plain data the studio's pages need in their first load.
// Nothing here imports zod (the canonical schema behind @/lib/providers would double a mode page's
// weight; npm run bench:bundle), so a page that only needs these stays light.
export { isProviderId, PROVIDER_LABELS, PROVIDERS, type ProviderId } from "./ids";
export { MEDIA_ROLE_KIND, MEDIA_ROLES, type MediaKind } from "./schema/media-roles";
export { describeDurations, durationAllowed, type DurationRule } from "./capabilities";
