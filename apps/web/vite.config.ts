import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `pnpm dev` sends /api: the API started by `pnpm dev` or `pnpm start` (port 3000). */
const apiTarget = process.env.CCHC_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: true } },
  },
  build: {
    target: 'es2022',
    // scripts/first-load-size.mjs reads it to weigh the first screen.
    manifest: true,
    sourcemap: false,
  },
});
