import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { clientAddressResolver } from "@/lib/net/client-address";
import { frontDoor } from "@/lib/net/front-door";
import { launchConfig } from "./lib/launch-config";

// The studio's web server: Next.js behind a thin Node server that does the two things Next cannot,
// because they need the socket or come before its router:
// - the client's address is the socket's, unless the hop is a trusted proxy (TRUSTED_PROXIES), so a
//   forged X-Forwarded-For cannot dodge the sign-in limit;
// - a path with malformed percent-encoding is the caller's mistake (400), not a crash in Next's router.
const dev = process.argv.includes("--dev");
const { port, trustedProxies } = launchConfig().server;
const resolveClient = clientAddressResolver(trustedProxies);

const app = next({ dev, dir: path.resolve(process.cwd()), port, hostname: "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer(frontDoor((request, response) => handle(request, response), resolveClient));
if (dev) {
  const upgrade = app.getUpgradeHandler();
  server.on("upgrade", (request, socket, head) => void upgrade(request, socket, head));
}
server.listen(port, () => console.log(`▲ Next.js ${dev ? "dev server" : "server"} ready on http://localhost:${port}`));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    void app.close().finally(() => process.exit(0));
  });
}
