import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** The Hunspell dictionaries main reads at run time, by language. */
const dictionaryPackages = { en: 'dictionary-en', es: 'dictionary-es' } as const;

/**
 * The dictionaries are data files, not code, so they cannot be bundled: copy each package's
 * `.aff`, `.dic` and licence to `out/main/dictionaries/`, where `src/main/exports/lexicon.ts`
 * reads them. The packaged app then needs no `node_modules` at all.
 */
function hunspellDictionaries(): Plugin {
  return {
    name: 'alianza:hunspell-dictionaries',
    apply: 'build',
    generateBundle() {
      for (const [language, name] of Object.entries(dictionaryPackages)) {
        const folder = dirname(fileURLToPath(import.meta.resolve(name)));
        for (const [file, target] of [
          ['index.aff', `${language}.aff`],
          ['index.dic', `${language}.dic`],
          ['license', `${language}.license`],
        ] as const) {
          this.emitFile({
            type: 'asset',
            fileName: `dictionaries/${target}`,
            source: readFileSync(resolve(folder, file)),
          });
        }
      }
    },
  };
}

/** The licences of every bundled package, written beside each bundle (`licenses.md`) and shipped with it. */
const license = { fileName: 'licenses.md' };

export default defineElectronConfig({
  main: {
    plugins: [hunspellDictionaries()],
    resolve: {
      // fflate's Node build declares its own `require` (for worker threads), which collides with
      // the CommonJS shim electron-vite puts at the top of an ES chunk. Main uses only the
      // synchronous functions, the same code in the browser build.
      alias: [{ find: /^fflate$/, replacement: 'fflate/browser' }],
    },
    build: {
      // Main and the CLI carry their dependencies in the bundle: the packaged app ships no node_modules.
      externalizeDeps: false,
      license,
      // The CLI is built beside main: same services, no Electron.
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          cli: resolve(import.meta.dirname, 'src/cli/index.ts'),
          // The search index's worker thread: main starts out/main/searchWorker.js by its path.
          searchWorker: resolve(import.meta.dirname, 'src/main/search/searchWorker.ts'),
        },
        // Read from the packages only when running from the sources; the build copies the files.
        external: Object.values(dictionaryPackages),
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      license,
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
      // Minified, and split where the screens are loaded lazily (src/renderer/src/journal/screens.ts).
      minify: true,
      license,
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    },
  }),
});
