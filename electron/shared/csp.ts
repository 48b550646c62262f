/**
 * The one Content-Security-Policy of the app (DESIGN.md §4). The main process sends it as a
 * header on every app:// response, the preview server does the same, and production builds
 * carry it as a <meta> tag too. Nothing here may be loosened without a reason written beside it.
 */
const DIRECTIVES = [
  "default-src 'none'",
  // 'wasm-unsafe-eval' lets the Argon2id WebAssembly module compile; it allows no JS eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "media-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** Browsers ignore frame-ancestors in a <meta> tag (and log an error), so only headers carry it. */
const HEADER_ONLY = ["frame-ancestors 'none'"];

export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, ...HEADER_ONLY].join('; ');
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');
