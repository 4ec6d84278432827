import "server-only";
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { ElementDraftSchema } from "@/lib/elements/schema";
import { GalleryFilterSchema } from "@/lib/gallery/gallery-filter";
import { ShareLinkInputSchema } from "@/lib/gallery/share-link-input";
import { GenerationRequestSchema } from "@/lib/providers";
import { CreateGenerationBodySchema } from "@/lib/tasks/generation-input";
import { UsageQuerySchema } from "@/lib/usage/usage-query";
import { FailoverPolicyInputSchema } from "@/lib/tasks/failover-policy";
import { WebhookEndpointInputSchema } from "@/lib/webhooks/schema";

// The OpenAPI 3.1 document of /api/v1, generated from the very zod schemas the routes parse with
// (zod-openapi): nothing here restates a field by hand. Responses are described by their shape where
// the studio has a schema for them, by words where it does not.

const Request = GenerationRequestSchema.meta({
  id: "GenerationRequest",
  description: "The canonical generation request: one shape for every provider and mode.",
});
const CreateBody = CreateGenerationBodySchema.extend({ request: Request }).meta({ id: "CreateGeneration" });
const ElementDraft = ElementDraftSchema.meta({ id: "ElementDraft" });

const Violation = z
  .object({
    path: z.string().meta({ example: "request.duration" }),
    rule: z.string().meta({ example: "duration_not_allowed" }),
    message: z.string(),
    severity: z.enum(["error", "warning"]).optional(),
  })
  .meta({ id: "Violation" });
const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    rule: z.string().optional(),
    violations: z.array(Violation).optional(),
    requestId: z.string().optional(),
  })
  .meta({
    id: "Problem",
    description: "RFC 9457 problem details; `violations` names every broken rule with its path.",
  });
const Created = z.object({ id: z.uuid(), status: z.string().optional(), url: z.string() }).meta({ id: "Created" });
const Id = z.object({ id: z.uuid() });
const Anything = z.record(z.string(), z.unknown());

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: Problem } },
});
const ok = (description: string, schema: z.ZodType = Anything) => ({
  description,
  content: { "application/json": { schema } },
});
const ERRORS = {
  "400": problem("The request breaks rules: each violation names its path and rule."),
  "401": problem("No token, or an unknown, revoked or expired one."),
  "403": problem("The token's scope (or the user's role) does not allow this."),
  "429": problem("Too many requests: see Retry-After and the RateLimit headers."),
};

type Operation = ZodOpenApiOperationObject;
const op = (scope: "read" | "write" | "admin", operation: Operation): Operation => ({
  ...operation,
  description: `${operation.description ?? ""}\n\nScope: \`${scope}\`.`.trim(),
  responses: { ...operation.responses, ...ERRORS },
});
const json = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
const file = (description: string, type: string) => ({
  description,
  content: { [type]: { schema: { type: "string" as const, format: "binary" } } },
});

const paths: ZodOpenApiPathsObject = {
  "/providers": {
    get: op("read", {
      operationId: "listProviders",
      summary: "Providers, their availability here and their capability tables",
      responses: { "200": ok("Every provider.") },
    }),
  },
  "/assets": {
    post: op("write", {
      operationId: "createAsset",
      summary: "Upload a file (raw body), or have the studio fetch a public URL",
      requestBody: {
        content: {
          "image/png": { schema: { type: "string", format: "binary" } },
          "image/jpeg": { schema: { type: "string", format: "binary" } },
          "video/mp4": { schema: { type: "string", format: "binary" } },
          "video/quicktime": { schema: { type: "string", format: "binary" } },
          "application/json": { schema: z.object({ url: z.url() }) },
        },
      },
      responses: { "201": ok("The stored asset and what was measured; use `url` (`asset:<id>`) as media.") },
    }),
  },
  "/generations": {
    get: op("read", {
      operationId: "listGenerations",
      summary: "The team's generations: the gallery's filters, search and cursor",
      requestParams: { query: GalleryFilterSchema },
      responses: { "200": ok("A page of generations and the next cursor.") },
    }),
    post: op("write", {
      operationId: "createGeneration",
      summary: "Validate and start a generation",
      description:
        "Idempotent: the same `Idempotency-Key` header (or `idempotencyKey`) returns the same generation; with another body, 409.",
      requestParams: { header: z.object({ "idempotency-key": z.string().min(8).max(200).optional() }) },
      requestBody: json(CreateBody),
      responses: {
        "201": ok("Accepted: the worker submits it.", Created),
        "409": problem("The key was used for another request."),
      },
    }),
  },
  "/generations/batch": {
    post: op("write", {
      operationId: "createGenerationBatch",
      summary: "Up to 100 generations in one call, each validated on its own",
      requestBody: json(z.object({ requests: z.array(CreateBody).min(1).max(100) })),
      responses: { "201": ok("Per item, in order: the generation made, or its violations.") },
    }),
  },
  "/generations/{id}": {
    get: op("read", {
      operationId: "getGeneration",
      summary: "Status, events, estimate, error and media links",
      requestParams: { path: Id },
      responses: { "200": ok("The generation."), "304": { description: "Unchanged since the ETag given." } },
    }),
    delete: op("write", {
      operationId: "deleteGeneration",
      summary: "Delete a finished generation and its files (its creator or an admin)",
      requestParams: { path: Id },
      responses: { "204": { description: "Deleted." } },
    }),
  },
  "/generations/{id}/cancel": {
    post: op("write", {
      operationId: "cancelGeneration",
      summary: "Stop an unfinished generation",
      requestParams: { path: Id },
      responses: { "200": ok("Canceled."), "409": problem("It cannot be canceled any more.") },
    }),
  },
  "/generations/{id}/video": {
    get: op("read", {
      operationId: "getGenerationVideo",
      summary: "The stored video (Range supported)",
      requestParams: { path: Id },
      responses: { "200": file("The MP4.", "video/mp4"), "206": file("The range asked for.", "video/mp4") },
    }),
  },
  "/generations/{id}/poster": {
    get: op("read", {
      operationId: "getGenerationPoster",
      summary: "A frame of the video",
      requestParams: { path: Id },
      responses: { "200": file("The JPEG.", "image/jpeg") },
    }),
  },
  "/generations/{id}/share-links": {
    get: op("read", {
      operationId: "listShareLinks",
      summary: "The generation's live read-only links",
      requestParams: { path: Id },
      responses: { "200": ok("The links.") },
    }),
    post: op("write", {
      operationId: "createShareLink",
      summary: "A public read-only link (its creator or an admin); the URL is shown once",
      requestParams: { path: Id },
      requestBody: json(ShareLinkInputSchema),
      responses: { "201": ok("The link, with its URL.") },
    }),
  },
  "/generations/{id}/share-links/{linkId}": {
    delete: op("write", {
      operationId: "revokeShareLink",
      summary: "Revoke a link at once",
      requestParams: { path: z.object({ id: z.uuid(), linkId: z.uuid() }) },
      responses: { "204": { description: "Revoked." } },
    }),
  },
  "/elements": {
    get: op("read", {
      operationId: "listElements",
      summary: "The team's element library, with each provider binding's state",
      requestParams: { query: z.object({ q: z.string().max(200).optional() }) },
      responses: { "200": ok("The elements.") },
    }),
    post: op("admin", {
      operationId: "createElement",
      summary: "Create an element; providers that store elements get it in the background",
      requestBody: json(ElementDraft),
      responses: { "201": ok("Created.", Created) },
    }),
  },
  "/elements/{id}": {
    get: op("read", {
      operationId: "getElement",
      summary: "One element",
      requestParams: { path: Id },
      responses: { "200": ok("The element.") },
    }),
    patch: op("admin", {
      operationId: "updateElement",
      summary: "Change the fields given",
      requestParams: { path: Id },
      requestBody: json(ElementDraftSchema.partial()),
      responses: { "200": ok("Saved.", Created) },
    }),
    delete: op("admin", {
      operationId: "retireElement",
      summary: "Retire it: deleted at the providers that store it, kept for past generations",
      requestParams: { path: Id },
      responses: { "204": { description: "Retired." } },
    }),
  },
  "/webhooks": {
    get: op("read", {
      operationId: "listWebhooks",
      summary: "Your webhook endpoints (admins: the team's)",
      responses: { "200": ok("The endpoints.") },
    }),
    post: op("write", {
      operationId: "createWebhook",
      summary: "Register an endpoint for events; the answer holds its signing secret, once",
      description:
        "Deliveries follow Standard Webhooks: `webhook-id`, `webhook-timestamp` and `webhook-signature: v1,<base64 HMAC-SHA256>` keyed by the `whsec_` secret. Failed deliveries are retried with doubling waits for days. Public addresses only.",
      requestBody: json(WebhookEndpointInputSchema.meta({ id: "WebhookEndpointInput" })),
      responses: { "201": ok("Registered, with `secret`.") },
    }),
  },
  "/webhooks/{id}": {
    delete: op("write", {
      operationId: "deleteWebhook",
      summary: "Stop sending to an endpoint",
      requestParams: { path: Id },
      responses: { "204": { description: "Deleted." } },
    }),
  },
  "/webhooks/{id}/deliveries": {
    get: op("read", {
      operationId: "listWebhookDeliveries",
      summary: "An endpoint's latest deliveries: state, tries, last status code",
      requestParams: { path: Id },
      responses: { "200": ok("The deliveries.") },
    }),
  },
  "/webhooks/{id}/deliveries/{deliveryId}/resend": {
    post: op("write", {
      operationId: "resendWebhookDelivery",
      summary: "Send a delivery again, with the same webhook-id",
      requestParams: { path: z.object({ id: z.uuid(), deliveryId: z.string().regex(/^msg_[0-9a-f]{32}$/) }) },
      responses: { "202": ok("Queued.") },
    }),
  },
  "/failover-policies": {
    get: op("read", {
      operationId: "listFailoverPolicies",
      summary: "Model families two providers serve, with the team's failover policy for each",
      responses: { "200": ok("Every family.") },
    }),
    put: op("admin", {
      operationId: "putFailoverPolicy",
      summary: "Set a family's failover order: the providers a generation may move through, in order",
      requestBody: json(FailoverPolicyInputSchema.meta({ id: "FailoverPolicyInput" })),
      responses: { "200": ok("Saved.") },
    }),
  },
  "/usage": {
    get: op("read", {
      operationId: "getUsage",
      summary: "The usage page's rows: the team's (admins) or one's own",
      requestParams: { query: UsageQuerySchema },
      responses: { "200": ok("The report.") },
    }),
  },
};

let built: ReturnType<typeof createDocument> | undefined;

/** The document, built once per process. */
export function openApiDocument() {
  built ??= createDocument({
    openapi: "3.1.0",
    info: {
      title: "Kling Studio API",
      version: "1.0.0",
      description:
        "Everything the studio does, for scripts. Authenticate with a personal token from Settings: `Authorization: Bearer <token>`. Errors are problem+json documents listing every violation with its path and rule.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearer: [] }],
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    paths,
  });
  return built;
}
