import { defineConfig } from 'vite'

// The app: index.html loads ui/main.ts; the engine runs in a module worker bundled as its own chunk.
// `npm start` builds and serves the result with `vite preview` on localhost.
export default defineConfig({
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // The engine and the care model make one large worker chunk; that is expected, not a warning.
    chunkSizeWarningLimit: 2000,
  },
  preview: { host: '127.0.0.1', port: 4173 },
  server: { host: '127.0.0.1' },
})
