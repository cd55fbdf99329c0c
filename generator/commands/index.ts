/** Every CLI command, registered once. Adding a command: one file + one line here. */
import { buildCommand } from './build.ts';
import type { Command } from './types.ts';

export const COMMANDS: Command[] = [buildCommand];
