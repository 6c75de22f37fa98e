import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy every built page carries as a meta tag.
 * No inline script or style, no eval, no blob: workers, nothing from another origin:
 * a government page must not leak its readers (README, “Safe by construction”).
 * `frame-ancestors` cannot be set from a meta tag; a host that can send headers should add it.
 */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

export const CSP_META = cspMeta(CONTENT_SECURITY_POLICY);

/**
 * The policy, allowing in addition the `<style>` elements whose exact text hashes to one of `styleHashes`
 * (`'sha256-…'`, see `styleHash`): the public page inlines its one stylesheet so that its first paint waits for
 * no request. A hash allows that text only; nothing else inline (no other `<style>`, no `style=`) runs.
 */
export function contentSecurityPolicy(styleHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The CSP source that allows a `<style>` element whose text is exactly `css`. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

export function cspMeta(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
}
