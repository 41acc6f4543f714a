// The search worker when running from the sources (tests, benchmarks): bundled in memory with
// esbuild, as the build bundles out/main/searchWorker.js, so it starts and weighs about the same.
// The build starts its own file and never reads this one.
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

const [bundle] = buildSync({
  entryPoints: [fileURLToPath(new URL('searchWorker.ts', import.meta.url))],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  write: false,
}).outputFiles;
await import(`data:text/javascript;base64,${Buffer.from(bundle.contents).toString('base64')}`);
