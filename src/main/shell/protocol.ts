/** The `app://alianza` scheme that serves the renderer build (never `file://`). */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { appHost, appScheme } from './policy';
import { assetHeaders, resolveAssetPath } from './assets';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDirectory: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const filePath = url.host === appHost ? resolveAssetPath(rendererDirectory, url.pathname) : undefined;
    if (filePath === undefined) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(filePath);
      return new Response(body, { status: 200, headers: assetHeaders(filePath) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
