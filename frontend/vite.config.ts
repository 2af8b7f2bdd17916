import { defineConfig } from 'vitest/config';

// The SPA is served by the gateway, which also proxies /api; in `npm run dev` Vite forwards
// /api to a gateway running locally on its default port.
export default defineConfig({
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://127.0.0.1:8080',
    },
  },
  build: {
    outDir: 'dist',
    // No inline scripts or styles: the gateway's Content-Security-Policy allows 'self' only.
    assetsInlineLimit: 0,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/ },
            { name: 'query', test: /node_modules[\\/](@tanstack|zod)[\\/]/ },
          ],
        },
      },
      onwarn(warning, defaultHandler) {
        // React Router and TanStack Query mark modules "use client" for React Server
        // Components; meaningless in a client-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        defaultHandler(warning);
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
