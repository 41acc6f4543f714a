import { describe, expect, it } from 'vitest';
import {
  appOrigin,
  contentSecurityPolicy,
  externalLinkDecision,
  isTrustedUrl,
  navigationDecision,
  originOf,
  permissionDecision,
} from '../../src/main/shell/policy';

function directives(): Map<string, string[]> {
  return new Map(
    contentSecurityPolicy()
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('the content security policy', () => {
  it("defaults to 'self' and allows scripts only from our origin", () => {
    const csp = directives();
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
  });

  it('allows no inline script, no eval and no remote origin anywhere', () => {
    const text = contentSecurityPolicy();
    expect(text).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval/);
    expect(text).not.toMatch(/https?:|wss?:|\*/);
  });

  it('forbids plugins, frames, base-tag tricks and form posts', () => {
    const csp = directives();
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('origins', () => {
  it('reads the app origin of an app:// URL', () => {
    expect(originOf(`${appOrigin}/index.html#/settings`)).toBe(appOrigin);
  });

  it.each([
    [`${appOrigin}/index.html`, true],
    [`${appOrigin}/`, true],
    ['app://alianza.evil/index.html', false],
    ['app://other/index.html', false],
    ['https://alianza/index.html', false],
    ['file:///index.html', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
    [undefined, false],
  ])('trusts %s: %s', (url, trusted) => {
    expect(isTrustedUrl(url, [appOrigin])).toBe(trusted);
  });
});

describe('navigation and links', () => {
  it('keeps navigation inside our origin', () => {
    expect(navigationDecision(`${appOrigin}/index.html`, [appOrigin])).toBe('allow');
    expect(navigationDecision('https://example.org/', [appOrigin])).toBe('deny');
    expect(navigationDecision('file:///etc/passwd', [appOrigin])).toBe('deny');
  });

  it('offers only http(s) links to the system browser, after confirmation', () => {
    expect(externalLinkDecision('https://example.org/guide')).toBe('confirm-then-open');
    expect(externalLinkDecision('http://example.org/')).toBe('confirm-then-open');
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'ms-msdt:/id',
      'mailto:a@b.c',
      '',
    ]) {
      expect(externalLinkDecision(url)).toBe('deny');
    }
  });

  it('denies every permission request but writing text to the clipboard', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown']) {
      expect(permissionDecision(permission)).toBe(false);
    }
    expect(permissionDecision('clipboard-sanitized-write')).toBe(true);
  });
});
