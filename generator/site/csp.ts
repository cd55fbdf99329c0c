/**
 * The Content-Security-Policy of every site page: no inline script, no eval, nothing from other
 * origins. Inline `style` attributes stay allowed because the WeChat variant is inline-styled by
 * design (styles cannot run script). Used as a meta tag in the pages and as a header in dev.
 */
export const SITE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
