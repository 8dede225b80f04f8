// A small static server for the built demo on 127.0.0.1: GET and HEAD only,
// files under the root only, nothing listed.
import { createReadStream, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".woff2": "font/woff2",
};

function fileFor(root: string, url: string): string | null {
  const path = decodeURIComponent(new URL(url, "http://x").pathname);
  const file = normalize(
    join(root, path.endsWith("/") ? `${path}index.html` : path)
  );
  if (!file.startsWith(root + sep)) {
    return null;
  }
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

export async function serve(
  root: string
): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const file =
      request.method === "GET" || request.method === "HEAD"
        ? fileFor(root, request.url ?? "/")
        : null;
    if (file === null) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    });
    if (request.method === "HEAD") {
      response.end();
    } else {
      createReadStream(file).pipe(response);
    }
  });
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, server };
}
