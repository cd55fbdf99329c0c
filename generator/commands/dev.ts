import { resolve } from 'node:path';
import { startDevServer } from '../site/dev/server.ts';
import type { Command } from './types.ts';

export const devCommand: Command = {
  name: 'dev',
  usage: 'kepu dev [--content DIR] [--out DIR] [--port 5178] [--host 127.0.0.1] [--no-images] [--metrics DIR] [--extension-origin chrome-extension://ID]   生成并在本机预览站点，保存文章或导入数据后自动刷新',
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'dist/site' },
    port: { type: 'string', default: '5178' },
    host: { type: 'string', default: '127.0.0.1' },
    'no-images': { type: 'boolean', default: false },
    metrics: { type: 'string' },
    // For a store build of the extension (the store assigns its id); KEPU_EXTENSION_ORIGIN works too.
    'extension-origin': { type: 'string' },
  },
  async run(values) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      process.stderr.write(`--port 应为 0–65535 的整数，收到 “${String(values.port)}”\n`);
      return 2;
    }
    let server;
    try {
      server = await startDevServer({
        contentDir: resolve(String(values.content)),
        outDir: resolve(String(values.out)),
        port,
        host: String(values.host),
        images: !values['no-images'],
        ...(typeof values.metrics === 'string' ? { metricsDir: resolve(values.metrics) } : {}),
        extensionOrigin: (values['extension-origin'] as string | undefined) ?? (process.env.KEPU_EXTENSION_ORIGIN || undefined),
      });
    } catch (err) {
      process.stderr.write(`✗ ${(err as Error).message}\n`);
      return 1;
    }
    process.stderr.write(`\n  审核预览：${server.url}\n  manifest：${server.url}manifest.json\n  允许读取的扩展：${server.extensionOrigins.join('、')}\n  正在监视 ${String(values.content)}/ 和 ${typeof values.metrics === 'string' ? values.metrics : '内容文件夹旁的 metrics'}/，保存文章或导入数据后自动刷新（Ctrl+C 退出）\n\n`);
    await new Promise<void>((done) => {
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    });
    await server.close();
    return 0;
  },
};
