#!/usr/bin/env node
// Entry for `npx kepu`: runs the TypeScript CLI through tsx, so there is no compile step to forget.
// The project's tsconfig is named explicitly: tsx would otherwise look for one in the caller's
// working directory, and the preview pages' JSX (preact) would compile the wrong way.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../generator/cli.ts');
