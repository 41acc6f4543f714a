/** Serves the production renderer build on loopback through the app's own asset rules and CSP. */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { assetHeaders, resolveAssetPath } from '../../../src/main/shell/assets';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveBuild(rendererDirectory: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const filePath = resolveAssetPath(rendererDirectory, url.pathname);
    if (filePath === undefined) {
      response.writeHead(404).end();
      return;
    }
    readFile(filePath).then(
      (body) => response.writeHead(200, assetHeaders(filePath)).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
