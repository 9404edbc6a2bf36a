import os from 'node:os';

/*
 * The machine is shared: other jobs' load moves every figure. Each benchmark notes the load
 * average around its run, so a reader can tell a quiet run from a busy one.
 */

/** Call at the start of a benchmark; the returned function gives the note at its end. */
export function trackLoad(): () => string {
  const [atStart] = os.loadavg();
  return () => {
    const [atEnd] = os.loadavg();
    return `System load average (1 min) on the ${os.cpus().length} cores: ${atStart!.toFixed(1)} at the start, ${atEnd!.toFixed(1)} at the end of this benchmark.`;
  };
}
