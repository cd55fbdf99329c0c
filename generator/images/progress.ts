/** Progress of image rendering on stderr: a live line on a terminal, a line per article in logs. */
export function mediaProgressPrinter(quiet: boolean) {
  if (quiet) return undefined;
  const tty = process.stderr.isTTY;
  return (done: number, total: number, slug: string) => {
    if (tty) {
      process.stderr.write(`\r\x1b[K  图片 ${slug} ${done}/${total}`);
      if (done === total) process.stderr.write('\r\x1b[K');
    } else if (done === total && total >= 10) {
      process.stderr.write(`  图片 ${slug}：${total} 张\n`);
    }
  };
}
