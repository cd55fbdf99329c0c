/**
 * Every CLI command, registered once. Adding a command: one file + one line here.
 *
 * Each command's module is loaded only when that command runs: module loading is most of a
 * short run's time (each one goes through the TypeScript loader), and `kepu build` on an
 * unchanged archive must not load the dev server, the metrics importers or the compliance
 * explainer.
 */
import type { Command } from './types.ts';

const LOADERS: Record<string, () => Promise<Command>> = {
  build: () => import('./build.ts').then((m) => m.buildCommand),
  check: () => import('./check.ts').then((m) => m.checkCommand),
  review: () => import('./review.ts').then((m) => m.reviewCommand),
  dev: () => import('./dev.ts').then((m) => m.devCommand),
  metrics: () => import('./metrics.ts').then((m) => m.metricsCommand),
};

export const COMMAND_NAMES = Object.keys(LOADERS);

/** The named command, or undefined for an unknown name. */
export function loadCommand(name: string): Promise<Command> | undefined {
  return Object.hasOwn(LOADERS, name) ? LOADERS[name]!() : undefined;
}

/** All of them, in registration order (for `kepu help`). */
export function loadCommands(): Promise<Command[]> {
  return Promise.all(COMMAND_NAMES.map((name) => LOADERS[name]!()));
}
