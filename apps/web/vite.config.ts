import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `pnpm dev` sends /api: the API started by `pnpm dev` or `pnpm start` (port 3000). */
const apiTarget = process.env.CCHC_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    // The Host header stays the page's (localhost:5173), so the API sees a
    // same-origin request and its cross-site check lets the app's writes pass.
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    target: 'es2022',
    // scripts/first-load-size.mjs reads it to weigh the first screen.
    manifest: true,
    sourcemap: false,
  },
});
