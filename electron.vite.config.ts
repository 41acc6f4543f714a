import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { defineConfig as defineElectronConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/**
 * The dev server injects an inline script for React refresh, which the strict meta CSP in
 * index.html refuses; drop the meta tag in dev only (main still sends the header in builds).
 */
function devWithoutMetaCsp(): Plugin {
  return {
    name: 'alianza:dev-without-meta-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s, ''),
  };
}

export default defineElectronConfig({
  main: {
    build: {
      // The CLI is built beside main: same services, no Electron.
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          cli: resolve(import.meta.dirname, 'src/cli/index.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be a single CommonJS file.
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: defineConfig({
    root: resolve(import.meta.dirname, 'src/renderer'),
    plugins: [react(), devWithoutMetaCsp()],
    build: {
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    },
  }),
});
