/** A CLI command: one file per command, registered in ./index.ts. */
export interface Command {
  name: string;
  /** One line of Chinese help, shown by `kepu help`. */
  usage: string;
  /** Options in node:util parseArgs form. */
  options?: Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean }>;
  /** Returns the process exit code. */
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number>;
}
