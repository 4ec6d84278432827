import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { clientAddressResolver, parseTrustedProxies } from "@/lib/net/client-address";
import { frontDoor } from "@/lib/net/front-door";

// The studio's web server: Next.js behind a thin Node server that does the two things Next cannot,
// because they need the socket or come before its router:
// - the client's address is the socket's, unless the hop is a trusted proxy (TRUSTED_PROXIES), so a
//   forged X-Forwarded-For cannot dodge the sign-in limit;
// - a path with malformed percent-encoding is the caller's mistake (400), not a crash in Next's router.
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
let resolveClient: ReturnType<typeof clientAddressResolver>;
try {
  resolveClient = clientAddressResolver(parseTrustedProxies(process.env.TRUSTED_PROXIES));
} catch (error) {
  console.error(
    `TRUSTED_PROXIES is not valid (${error instanceof Error ? error.message : String(error)}): list addresses, CIDR ranges, or loopback, linklocal, uniquelocal.`,
  );
  process.exit(1);
}

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
