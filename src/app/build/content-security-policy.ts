/**
 * The Content-Security-Policy every built page carries as a meta tag.
 * No inline script or style, no eval, no blob: workers, nothing from another origin:
 * a government page must not leak its readers (README, “Safe by construction”).
 * `frame-ancestors` cannot be set from a meta tag; a host that can send headers should add it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
