// Preloaded into benchmarked Node processes: reports their peak resident memory on exit.
process.on('exit', () => {
  require('node:fs').writeSync(2, `\n__RSS_KB__${process.resourceUsage().maxRSS}\n`);
});
