// The search worker when running from the sources (tests, benchmarks): TypeScript through tsx.
// The build starts out/main/searchWorker.js instead and never reads this file.
import { register } from 'tsx/esm/api';

register();
await import('./searchWorker.ts');
