#!/usr/bin/env node
// Entry for `npx kepu`: runs the TypeScript CLI through tsx, so there is no compile step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../generator/cli.ts');
