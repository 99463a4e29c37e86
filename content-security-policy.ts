// The app's Content-Security-Policy: served as a header by `npm start` (vite preview) and written
// into the built page as a <meta> tag, so a static host that sends no headers still applies it.
// The page may run only its own scripts (no inline script, no eval), talk only to its own origin,
// and never be framed or post forms anywhere.
//
// Styles allow 'unsafe-inline': Lit sets `style` attributes in templates and falls back to <style>
// elements where a browser lacks constructable stylesheets; a style cannot run script.
//
// The engine worker and the pool workers alone may use 'unsafe-eval': the engine compiles each model's equations, from a
// validated syntax tree and never from user text, into a JavaScript function (model/compile), which
// is what makes a run take milliseconds. A worker loaded from its own URL gets the policy of its
// own response, not the page's, so `npm start` serves it with WORKER_POLICY.

const SHARED = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
]

/** The page's policy as a <meta> tag can carry it (frame-ancestors works only as a header). */
export const PAGE_POLICY = [
  ...SHARED,
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self'",
].join('; ')

/** The page's policy as a header. */
export const PAGE_POLICY_HEADER = `${PAGE_POLICY}; frame-ancestors 'none'`

/** The engine worker's policy: the page's, with code generation for compiled models. */
export const WORKER_POLICY = [...SHARED, "script-src 'self' 'unsafe-eval'"].join('; ')

/** True for the URL of a worker's script as Vite builds it: the engine's, or a pool worker's (workers/pool). */
export const isWorkerScript = (path: string) => /\/(engine|pool)\.worker-[\w-]+\.js$/.test(path.split('?')[0])

/** The header a response for `path` carries. */
export function policyFor(path: string): string {
  return isWorkerScript(path) ? WORKER_POLICY : PAGE_POLICY_HEADER
}
