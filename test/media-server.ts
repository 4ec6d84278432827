import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";

/** A provider's CDN stand-in: serves one real MP4 under any path, and counts downloads. */
export async function startMediaServer(filePath: string) {
  const { size } = await stat(filePath);
  let downloads = 0;
  const server = http.createServer((request, response) => {
    downloads += 1;
    response.writeHead(200, {
      "content-type": request.url?.endsWith(".jpg") ? "image/jpeg" : "video/mp4",
      "content-length": size,
    });
    createReadStream(filePath).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    downloads: () => downloads,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
