/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The gateway (local run: :8080) serves the built SPA and the API on one origin. The dev server on
// :5173 proxies /api there, so the same relative URLs work in both.
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  base: '/',
  server: { port: 5173, strictPort: true, proxy: { '/api': gateway } },
  preview: { port: 5173, strictPort: true, proxy: { '/api': gateway } },
  build: {
    chunkSizeWarningLimit: 1500,
    // the service worker is a second entry with a fixed name at the root, so its scope is the whole app
    rollupOptions: {
      input: { main: 'index.html', sw: 'src/sw/sw.ts' },
      output: { entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js') },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./vitest.setup.ts', './src/i18n/test-setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    testTimeout: 30000,
  },
});
