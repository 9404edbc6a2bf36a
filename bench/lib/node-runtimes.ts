import { spawnSync } from 'node:child_process';

/*
 * The Node versions the runtime benchmarks measure on: the system Node, and Node 24 from the npm
 * registry (the package `node@24.21.0`, as the compat suite uses it). npx is asked once for the
 * binary's path, so timed processes start Node directly and npx's own start-up is never measured.
 */

export const NODE_24_VERSION = '24.21.0';

export interface NodeRuntime {
  /** e.g. "Node v20.20.2 (system)" */
  readonly label: string;
  /** e.g. "v20.20.2" */
  readonly version: string;
  /** Its key in a section's `versions`, e.g. "node (system)". */
  readonly versionKey: string;
  readonly execPath: string;
}

let cached: NodeRuntime[] | undefined;

export function benchRuntimes(): NodeRuntime[] {
  cached ??= [
    {
      label: `Node ${process.version} (system)`,
      version: process.version,
      versionKey: 'node (system)',
      execPath: process.execPath,
    },
    npmNode(NODE_24_VERSION),
  ];
  return cached;
}

function npmNode(version: string): NodeRuntime {
  const found = spawnSync('npx', ['-y', `node@${version}`, '-p', 'process.execPath + " " + process.version'], {
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
  });
  const [execPath, reported] = found.stdout.trim().split(' ');
  if (found.status !== 0 || execPath === undefined || reported !== `v${version}`) {
    throw new Error(`could not get Node ${version} through npx (exit ${String(found.status)}):\n${found.stderr}`);
  }
  return { label: `Node v${version}`, version: reported, versionKey: `node (npm node@${version})`, execPath };
}

/** The environment for measured child processes: no NODE_OPTIONS, so no loader or flag of ours leaks in. */
export function cleanNodeEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['NODE_OPTIONS'];
  return env;
}

/** The `versions` entries of the Node versions measured on. */
export function runtimeVersions(runtimes: readonly NodeRuntime[]): Record<string, string> {
  return Object.fromEntries(runtimes.map((runtime) => [runtime.versionKey, runtime.version]));
}
