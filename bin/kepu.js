#!/usr/bin/env node
// Entry for `npx kepu`: runs the TypeScript CLI through tsx, so there is no compile step to forget.
// The project's tsconfig is named explicitly: tsx would otherwise look for one in the caller's
// working directory, and the preview pages' JSX (preact) would compile the wrong way.
// When a precompiled copy of the CLI is up to date with every source file it was built from
// (generator/pipeline/precompiled.ts), that runs instead: loading ~800 modules through tsx is
// seconds of a big build.
import { fileURLToPath } from 'node:url';
import { freshPrecompiled } from '../generator/pipeline/precompiled-files.mjs';

const precompiled = freshPrecompiled('cli');
if (precompiled) {
  await import(precompiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
  await import('../generator/cli.ts');
}
