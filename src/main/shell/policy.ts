/**
 * The security policy as pure functions: the shell only plugs them into Electron, and the unit
 * tests and the browser harness use the very same rules.
 */

export const appScheme = 'app';
export const appHost = 'alianza';
export const appOrigin = `${appScheme}://${appHost}`;

/**
 * Strict CSP: our own origin only, no inline script, no remote origins, no plugins or frames.
 * Sent as a header with every file; `index.html` repeats it (minus header-only directives) in a
 * meta tag as defence in depth, and a unit test keeps the two equal.
 */
export function contentSecurityPolicy(): string {
  return [...metaContentSecurityDirectives(), "frame-ancestors 'none'"].join('; ');
}

/** The directives a `<meta>` CSP may carry (`frame-ancestors` only works as a header). */
export function metaContentSecurityDirectives(): string[] {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "child-src 'none'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    // HTML reaches the DOM only through the previews' policy, after DOMPurify (and DOMPurify's own).
    "require-trusted-types-for 'script'",
    'trusted-types alianza-html dompurify',
  ];
}

/** The origin of a URL, or undefined when it is not a URL. */
export function originOf(url: string | undefined): string | undefined {
  if (url === undefined || url === '') return undefined;
  try {
    const parsed = new URL(url);
    // `app:` is registered as a standard scheme, so Chromium gives it a real origin; Node's URL
    // does not know that and answers "null", so build it from protocol and host.
    return parsed.origin === 'null' ? `${parsed.protocol}//${parsed.host}` : parsed.origin;
  } catch {
    return undefined;
  }
}

/** True when the URL belongs to one of the trusted origins (our app, or the dev server). */
export function isTrustedUrl(url: string | undefined, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== undefined && trustedOrigins.includes(origin);
}

export type NavigationDecision = 'allow' | 'deny';

/** In-app navigation stays inside our origin; everything else is refused. */
export function navigationDecision(url: string, trustedOrigins: readonly string[]): NavigationDecision {
  return isTrustedUrl(url, trustedOrigins) ? 'allow' : 'deny';
}

/**
 * A link the user clicked that leads out of the app: only http(s) may be offered to the system
 * browser, and only after the user confirms. Everything else is dropped.
 */
export function externalLinkDecision(url: string): 'confirm-then-open' | 'deny' {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? 'confirm-then-open' : 'deny';
  } catch {
    return 'deny';
  }
}

/**
 * Alianza needs no camera, microphone, notification, geolocation or any other permission; the
 * page may only write text to the clipboard (Copy buttons: a hash, the recovery key), never read it.
 */
export function permissionDecision(permission: string): boolean {
  return permission === 'clipboard-sanitized-write';
}
