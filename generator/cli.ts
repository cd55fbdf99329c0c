/**
 * `kepu <command>`: argument parsing and printing only; each command lives in ./commands/ and
 * is loaded only when it runs.
 */
import { parseArgs } from 'node:util';
import { loadCommand, loadCommands } from './commands/index.ts';
import { mark } from './pipeline/timeline.ts';

mark('cli loaded');

const usage = async () => `用法 / usage:\n${(await loadCommands()).map((c) => `  ${c.usage}`).join('\n')}\n  kepu help   显示本帮助`;

const [name = 'help', ...rest] = process.argv.slice(2);
const command = name === 'help' || name === '--help' || name === '-h' ? undefined : await loadCommand(name);

if (name === 'help' || name === '--help' || name === '-h') {
  process.stdout.write(`${await usage()}\n`);
} else if (!command) {
  process.stderr.write(`未知命令 “${name}” / unknown command\n${await usage()}\n`);
  process.exitCode = 2;
} else {
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options ?? {}, allowPositionals: true, strict: true });
  } catch (err) {
    process.stderr.write(`参数错误 / bad arguments: ${(err as Error).message}\n${command.usage}\n`);
    process.exit(2);
  }
  process.exitCode = await command.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals);
}
