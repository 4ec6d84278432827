import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

// A real HTTP server on 127.0.0.1 for adapter tests: records every request, answers through a
// provider-specific handler, and injects faults on demand or at random (seeded, so reproducible).

export type RecordedRequest = {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Parsed JSON body; undefined when there was none or it was not JSON (see rawBody). */
  body: unknown;
  rawBody: string;
  /** Date.now() when the request arrived, to check backoff delays. */
  receivedAt: number;
};

export type FakeReply = { status?: number; headers?: Record<string, string>; json?: unknown; text?: string };

export type Fault =
  /** Answer with this status (and JSON body); `retryAfter` sets the Retry-After header. */
  | { type: "status"; status: number; json?: unknown; retryAfter?: number | string }
  /** Wait before answering normally, e.g. longer than the client's timeout. */
  | { type: "slow"; delayMs: number }
  /** 200 with a body that is not JSON. */
  | { type: "malformed"; text?: string }
  /** Close the connection without answering. */
  | { type: "drop" };

export type FaultMatcher = (request: RecordedRequest) => boolean;

export type FakeServerOptions = {
  handle: (request: RecordedRequest) => FakeReply | Promise<FakeReply>;
  /** Each matching request fails with one of `faults` with this probability, drawn from a seeded generator. */
  randomFaults?: { probability: number; faults: Fault[]; seed: number; match?: FaultMatcher };
};

export type FakeServer = {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Every request received, faulted ones included, in arrival order. */
  requests: RecordedRequest[];
  /** The next `times` (default 1) matching requests get this fault, before any handler runs. */
  injectFault(fault: Fault, options?: { times?: number; match?: FaultMatcher }): void;
  clearFaults(): void;
  close(): Promise<void>;
};

/** Mulberry32: a tiny seeded generator, so random fault runs can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function readRequest(req: IncomingMessage): Promise<RecordedRequest> {
  const receivedAt = Date.now();
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const rawBody = Buffer.concat(chunks).toString("utf8");
  let body: unknown;
  try {
    body = rawBody ? (JSON.parse(rawBody) as unknown) : undefined;
  } catch {
    body = undefined;
  }
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const headers = Object.fromEntries(
    Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : (value ?? "")]),
  );
  return {
    method: req.method ?? "GET",
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    body,
    rawBody,
    receivedAt,
  };
}

function send(res: ServerResponse, reply: FakeReply) {
  if (res.destroyed) return;
  const text = reply.text ?? (reply.json === undefined ? "" : JSON.stringify(reply.json));
  res.writeHead(reply.status ?? 200, { "Content-Type": "application/json", ...reply.headers });
  res.end(text);
}

export async function startFakeServer(options: FakeServerOptions): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const queued: { fault: Fault; remaining: number; match?: FaultMatcher }[] = [];
  const random = options.randomFaults ? seededRandom(options.randomFaults.seed) : undefined;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  function pickFault(request: RecordedRequest): Fault | undefined {
    const rule = queued.find((candidate) => candidate.remaining > 0 && (!candidate.match || candidate.match(request)));
    if (rule) {
      rule.remaining -= 1;
      return rule.fault;
    }
    const chaos = options.randomFaults;
    if (chaos && random && (!chaos.match || chaos.match(request)) && random() < chaos.probability) {
      return chaos.faults[Math.floor(random() * chaos.faults.length)];
    }
    return undefined;
  }

  const server = createServer((req, res) => {
    void (async () => {
      const request = await readRequest(req);
      requests.push(request);
      const fault = pickFault(request);
      if (fault?.type === "drop") return void req.socket.destroy();
      if (fault?.type === "malformed") return send(res, { status: 200, text: fault.text ?? '{"output": {"task_id": ' });
      if (fault?.type === "status") {
        const headers = fault.retryAfter === undefined ? undefined : { "Retry-After": String(fault.retryAfter) };
        return send(res, {
          status: fault.status,
          json: fault.json ?? { message: `injected ${fault.status}` },
          headers,
        });
      }
      if (fault?.type === "slow") await wait(fault.delayMs);
      send(res, await options.handle(request));
    })().catch((error: unknown) =>
      send(res, { status: 500, json: { message: `fake server error: ${String(error)}` } }),
    );
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    injectFault(fault, { times = 1, match } = {}) {
      queued.push({ fault, remaining: times, match });
    },
    clearFaults() {
      queued.length = 0;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
