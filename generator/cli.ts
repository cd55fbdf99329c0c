/**
 * `kepu <command>`: argument parsing and printing only; the work lives in the pipeline modules.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { build } from './build.ts';

const USAGE = `用法 / usage:
  kepu build [--content DIR] [--out DIR] [--no-images]   生成各平台稿件、预览站点和 manifest.json
  kepu help                                              显示本帮助`;

const [command = 'help', ...rest] = process.argv.slice(2);

const { values } = parseArgs({
  args: rest,
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'dist/site' },
    'no-images': { type: 'boolean', default: false },
    quiet: { type: 'boolean', short: 'q', default: false },
  },
  allowPositionals: false,
  strict: true,
});

async function runBuild(): Promise<number> {
  const started = performance.now();
  const tty = process.stderr.isTTY;
  const result = await build({
    contentDir: resolve(values.content!),
    outDir: resolve(values.out!),
    images: !values['no-images'],
    onProgress: values.quiet ? undefined : (done, total, file) => {
      if (tty) process.stderr.write(`\r\x1b[K[${done}/${total}] ${file}`);
      else if (total >= 20 && done % Math.ceil(total / 10) === 0) process.stderr.write(`[${done}/${total}]\n`);
      if (tty && done === total) process.stderr.write('\n');
    },
  });
  for (const err of result.errors) process.stderr.write(`${err.format()}\n\n`);
  const variants = result.manifest.articles.reduce((n, a) => n + a.variants.length, 0);
  const ms = Math.round(performance.now() - started);
  process.stderr.write(
    `${result.errors.length === 0 ? '✓' : '✗'} ${result.manifest.articles.length} 篇文章，${variants} 个平台稿件` +
      `${result.errors.length ? `，${result.errors.length} 篇失败` : ''}（${ms} ms）→ ${values.out}\n`,
  );
  return result.errors.length === 0 ? 0 : 1;
}

const commands: Record<string, () => Promise<number>> = {
  build: runBuild,
  help: async () => { process.stdout.write(`${USAGE}\n`); return 0; },
};

const run = commands[command];
if (!run) {
  process.stderr.write(`未知命令 “${command}” / unknown command\n${USAGE}\n`);
  process.exit(2);
}
process.exitCode = await run();
