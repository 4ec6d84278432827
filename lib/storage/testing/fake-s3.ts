import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A tiny S3-compatible server on 127.0.0.1 for driver tests: path-style PUT, GET (with a single
// Range), HEAD and DELETE on /<bucket>/<key>, S3-shaped errors. Signatures are not verified.

export type FakeS3Object = {
  body: Buffer;
  contentType?: string;
  metadata: Record<string, string>;
  etag: string;
  lastModified: Date;
};

export type FakeS3Request = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
};

export type FakeS3 = {
  /** Endpoint for S3_ENDPOINT, e.g. http://127.0.0.1:41234 */
  url: string;
  bucket: string;
  /** Stored objects by key (without the bucket). */
  objects: Map<string, FakeS3Object>;
  requests: FakeS3Request[];
  close(): Promise<void>;
};

export async function startFakeS3(bucket = "media"): Promise<FakeS3> {
  const objects = new Map<string, FakeS3Object>();
  const requests: FakeS3Request[] = [];

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    requests.push({
      method: request.method ?? "",
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
    });
    const [, requestBucket = "", ...rest] = url.pathname.split("/");
    const key = decodeURIComponent(rest.join("/"));
    if (requestBucket !== bucket) return sendError(response, 404, "NoSuchBucket", request.method);

    if (request.method === "PUT") {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks);
      const metadata = Object.fromEntries(
        Object.entries(request.headers)
          .filter(([name]) => name.startsWith("x-amz-meta-"))
          .map(([name, value]) => [name.slice("x-amz-meta-".length), String(value)]),
      );
      const etag = `"${createHash("md5").update(body).digest("hex")}"`;
      objects.set(key, {
        body,
        contentType: request.headers["content-type"],
        metadata,
        etag,
        lastModified: new Date(),
      });
      response.writeHead(200, { etag }).end();
      return;
    }
    if (request.method === "DELETE") {
      objects.delete(key);
      response.writeHead(204).end();
      return;
    }
    const object = objects.get(key);
    if (!object) return sendError(response, 404, "NoSuchKey", request.method);
    const headers: Record<string, string> = {
      etag: object.etag,
      "last-modified": object.lastModified.toUTCString(),
      "content-type": object.contentType ?? "binary/octet-stream",
      "accept-ranges": "bytes",
      ...Object.fromEntries(Object.entries(object.metadata).map(([name, value]) => [`x-amz-meta-${name}`, value])),
    };
    if (request.method === "HEAD") {
      response.writeHead(200, { ...headers, "content-length": String(object.body.length) }).end();
      return;
    }
    const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? "");
    if (range) {
      const start = Number(range[1]);
      const end = Math.min(range[2] ? Number(range[2]) : object.body.length - 1, object.body.length - 1);
      if (start >= object.body.length) return sendError(response, 416, "InvalidRange", request.method);
      const part = object.body.subarray(start, end + 1);
      response
        .writeHead(206, {
          ...headers,
          "content-length": String(part.length),
          "content-range": `bytes ${start}-${end}/${object.body.length}`,
        })
        .end(part);
      return;
    }
    response.writeHead(200, { ...headers, "content-length": String(object.body.length) }).end(object.body);
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    bucket,
    objects,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function sendError(response: ServerResponse, status: number, code: string, method: string | undefined) {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`;
  // HEAD answers carry no body, so the SDK can only go by the status.
  response.writeHead(status, { "content-type": "application/xml" }).end(method === "HEAD" ? undefined : xml);
}
