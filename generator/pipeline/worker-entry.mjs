// A build worker's entry: worker threads do not inherit the main thread's TypeScript loader,
// so each registers tsx itself (with the project's tsconfig, as bin/kepu.js does).
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
await import('./compile-worker.ts');
