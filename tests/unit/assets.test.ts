import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetHeaders, resolveAssetPath } from '../../src/main/shell/assets';
import { contentSecurityPolicy } from '../../src/main/shell/policy';

const root = path.resolve('/opt/alianza/renderer');

describe('serving the renderer build', () => {
  it('maps the root and app routes to index.html', () => {
    expect(resolveAssetPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveAssetPath(root, '/cases/42')).toBe(path.join(root, 'index.html'));
  });

  it('maps an asset to its file', () => {
    expect(resolveAssetPath(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets/index-abc.js'));
  });

  it.each([
    '/../main/index.js',
    '/assets/../../secret.txt',
    '/%2e%2e/%2e%2e/etc/passwd.txt',
    '/a%00.js',
    '/%E0%A4%A.js',
  ])('refuses %s, which would leave the renderer folder or is malformed', (requestPath) => {
    expect(resolveAssetPath(root, requestPath)).toBeUndefined();
  });

  it('sends the CSP, nosniff and no-referrer with every file', () => {
    const headers = assetHeaders(path.join(root, 'index.html'));
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy());
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(assetHeaders('x.js')['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(assetHeaders('x.unknown')['Content-Type']).toBe('application/octet-stream');
  });
});

describe('the meta CSP in index.html', () => {
  it('says exactly what the header says, minus the header-only directives', async () => {
    const { readFile } = await import('node:fs/promises');
    const { metaContentSecurityDirectives } = await import('../../src/main/shell/policy');
    const html = await readFile(path.resolve(import.meta.dirname, '../../src/renderer/index.html'), 'utf8');
    const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(content).toBe(metaContentSecurityDirectives().join('; '));
  });
});
