import { splitHarness } from './workbench/bench/browser';
(async () => {
  const h = await splitHarness((process.argv[2] || 'trainingRegistry') as any);
  for (const off of process.argv.slice(3).map(Number)) console.log(off, '::', h.entry.slice(Math.max(0, off - 150), off + 250).replace(/\n/g, ' '), '\n');
})();
