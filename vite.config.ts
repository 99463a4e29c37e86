import { defineConfig, type Plugin } from 'vite'
import { PAGE_POLICY, policyFor } from './content-security-policy.ts'

/**
 * The Content-Security-Policy (content-security-policy.ts): a <meta> tag in the built page, and a
 * header on every response of `vite preview` (`npm start`), the worker's script with its own. The
 * dev server (`npm run dev`) has none: its hot reloading injects code the policy would refuse.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'carebalance-content-security-policy',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) =>
        context.server
          ? html
          : html.replace(
              '<meta charset="utf-8" />',
              `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}" />`,
            ),
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        response.setHeader('Content-Security-Policy', policyFor(request.url ?? '/'))
        next()
      })
    },
  }
}

// The app: index.html loads ui/main.ts; the engine runs in a module worker bundled as its own chunk.
// `npm start` builds and serves the result with `vite preview` on localhost.
export default defineConfig({
  plugins: [contentSecurityPolicy()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // The engine and the care model make one large worker chunk; that is expected, not a warning.
    chunkSizeWarningLimit: 2000,
  },
  preview: { host: '127.0.0.1', port: 4173 },
  server: { host: '127.0.0.1' },
})
