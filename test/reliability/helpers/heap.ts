import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/*
 * Heap figures that mean something: the live heap after a full garbage collection. `global.gc`
 * exists when Node runs with --expose-gc (the reliability vitest config passes it); under a plain
 * `npm test` it does not, so the flag is set at run time and the function taken from a fresh
 * context, where V8 installs it once the flag is on.
 */
function findGc(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const gc = findGc();

/** Bytes of live heap after collecting everything collectable (twice: finalizers free more on the second pass). */
export async function liveHeapBytes(): Promise<number> {
  for (let pass = 0; pass < 2; pass += 1) {
    gc();
    // Let pending callbacks (closed sockets, settled timers) run so that what they hold is released.
    await new Promise((resolve) => setImmediate(resolve));
  }
  gc();
  return process.memoryUsage().heapUsed;
}

export const MIB = 1024 * 1024;
