// Loaded with `node --import` into a benchmarked process: reports its peak memory at exit.
process.on('exit', () => {
  process.stderr.write(`\nKEPU_BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
