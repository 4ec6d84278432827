import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import {
  createElement,
  ElementNotFoundError,
  getTeamElement,
  listTeamElements,
  presentBindings,
  retireElement,
  updateElement,
  type SaveOutcome,
} from "@/lib/elements/server";
import { ElementDraftSchema } from "@/lib/elements/schema";
import type { ProviderId } from "@/lib/providers/server";
import { getTaskEngine } from "@/lib/tasks/web-engine";
import { readJsonBody } from "./json-body";
import { ApiError, problem, recordId } from "./route";

// The element library for scripts: the same functions and rules as the admin pages.

type Row =
  NonNullable<Awaited<ReturnType<typeof getTeamElement>>> | Awaited<ReturnType<typeof listTeamElements>>[number];

function present(row: Row) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    tags: row.tags,
    frontalImageUrl: row.frontalImageUrl,
    referImageUrls: row.referImageUrls,
    createdAt: row.createdAt.toISOString(),
    retiredAt: row.retiredAt?.toISOString() ?? null,
    bindings: presentBindings(row).map(({ provider, state, message, remoteId, checkedAt }) => ({
      provider,
      state,
      message,
      remoteId,
      checkedAt,
    })),
  };
}

/** Refused drafts answer like refused generations: 400 listing every rule with its path. */
function saved(outcome: SaveOutcome, status: number) {
  if (!outcome.ok)
    return problem(
      400,
      `The element breaks some rules: ${outcome.problems.map((p) => `${p.path} (${p.rule})`).join(", ")}.`,
      { violations: outcome.problems.map(({ path, rule, message, params }) => ({ path, rule, message, params })) },
    );
  return Response.json({ id: outcome.elementId, url: `/api/v1/elements/${outcome.elementId}` }, { status });
}

async function found(id: string) {
  const row = await getTeamElement(recordId(id, "element"));
  if (!row) throw new ApiError(404, "No element has this id.", { rule: "not_found" });
  return row;
}

export async function listElements(request: Request) {
  const search = new URL(request.url).searchParams.get("q")?.slice(0, 200) ?? undefined;
  return Response.json({ elements: (await listTeamElements({ search })).map(present) });
}

export async function getElement(_request: Request, { params }: { params: { id: string } }) {
  return Response.json(present(await found(params.id)));
}

export async function postElement(request: Request, { user }: { user: SessionUser }) {
  const draft = ElementDraftSchema.parse(await readJsonBody(request, { maxBytes: 64 * 1024 }));
  return saved(await createElement(await getTaskEngine(), draft, user.id), 201);
}

/** Changes what the body names; the rest stays as it is. */
export async function patchElement(request: Request, { params }: { params: { id: string } }) {
  const row = await found(params.id);
  const current = {
    name: row.name,
    description: row.description,
    tags: row.tags,
    frontalImageUrl: row.frontalImageUrl ?? undefined,
    referImageUrls: row.referImageUrls,
    providers: row.bindings.map((binding) => binding.provider as ProviderId),
  };
  const changes = ElementDraftSchema.partial().parse(await readJsonBody(request, { maxBytes: 64 * 1024 }));
  const draft = ElementDraftSchema.parse({ ...current, ...changes });
  try {
    return saved(await updateElement(await getTaskEngine(), row.id, draft), 200);
  } catch (error) {
    if (error instanceof ElementNotFoundError) throw new ApiError(409, "This element is retired.", { rule: "retired" });
    throw error;
  }
}

export async function deleteElement(_request: Request, { params }: { params: { id: string } }) {
  const row = await found(params.id);
  if (!row.retiredAt) await retireElement(await getTaskEngine(), row.id);
  return new Response(null, { status: 204 });
}
