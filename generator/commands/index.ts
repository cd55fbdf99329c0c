/** Every CLI command, registered once. Adding a command: one file + one line here. */
import { buildCommand } from './build.ts';
import { checkCommand } from './check.ts';
import { reviewCommand } from './review.ts';
import { devCommand } from './dev.ts';
import { metricsCommand } from './metrics.ts';
import type { Command } from './types.ts';

export const COMMANDS: Command[] = [buildCommand, checkCommand, reviewCommand, devCommand, metricsCommand];
