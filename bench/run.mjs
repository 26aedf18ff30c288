// Benchmarks, run by hand: `npm run bench` (or `node bench/run.mjs process` / `inprocess`).
// Whole-process runs are compared with `node -e 0`, in-process allocation with get-port,
// portfinder and detect-port, side by side in one run, interleaved so drift hits all alike.
// Figures are medians; ratios are against the baseline of the same run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const only = process.argv[2];
const work = mkdtempSync(join(tmpdir(), 'udo-port-bench-'));
const leaseDir = join(work, 'leases');
const env = { ...process.env, UDO_PORT_LEASE_DIR: leaseDir, NO_COLOR: '1' };
const RANGE = { from: 28100, to: 28199 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const ms = (ns) => Number(ns) / 1e6;

/** Runs each case `rounds` times, interleaved; returns median ms per case. */
async function compare(cases, rounds) {
  const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(cases)) {
      const start = process.hrtime.bigint();
      await run();
      times[name].push(ms(process.hrtime.bigint() - start));
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]));
}

function report(title, medians, baseline) {
  console.log(`\n${title} (median ms, ratio to ${baseline})`);
  for (const [name, value] of Object.entries(medians)) {
    const ratio = value / medians[baseline];
    console.log(`  ${name.padEnd(44)} ${value.toFixed(2).padStart(8)}  ${ratio.toFixed(2)}x`);
  }
}

const node =
  (args, options = {}) =>
  () => {
    const result = spawnSync(process.execPath, args, { env, cwd: work, ...options });
    if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}`);
  };

async function wholeProcess() {
  const bundle = (name) => join(root, 'dist', name, 'index.js');
  const cases = {
    'node -e 0': node(['-e', '0']),
    'udo-port find': node([
      bundle('udo-port'),
      'find',
      '--hold',
      '1',
      '--range',
      `${RANGE.from}-${RANGE.to}`,
      '--default-port',
      String(RANGE.from),
    ]),
  };
  // The action as the runner runs it: inputs as INPUT_*, file commands in files.
  const runnerEnv = {
    ...env,
    GITHUB_ACTIONS: 'true',
    'INPUT_ENV-LOCAL': '',
    INPUT_RANGE: `${RANGE.from}-${RANGE.to}`,
    'INPUT_DEFAULT-PORT': String(RANGE.from),
    'INPUT_LEASE-TTL': '1s',
  };
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    runnerEnv[name] = join(work, name);
    writeFileSync(runnerEnv[name], '');
  }
  cases['action main step'] = node([bundle('action')], { env: runnerEnv });
  const extra = join(root, 'bench', 'process-cases.mjs');
  if (existsSync(extra))
    Object.assign(
      cases,
      (await import(pathToFileURL(extra).href)).default({ node, bundle, work, env }),
    );
  report('whole process', await compare(cases, 40), 'node -e 0');
}

async function inProcess() {
  const { allocate, release } = await import(
    pathToFileURL(join(root, 'dist', 'lib', 'index.js')).href
  );
  const { default: getPort, portNumbers, clearLockedPorts } = await import('get-port');
  const portfinder = (await import('portfinder')).default;
  const { detect } = await import('detect-port');
  process.env.UDO_PORT_LEASE_DIR = leaseDir;
  const range = `${RANGE.from}-${RANGE.to}`;
  const cases = {
    'get-port (range)': async () => {
      await getPort({ port: portNumbers(RANGE.from, RANGE.to) });
      clearLockedPorts(); // so every call probes the same first port, as allocate does
    },
    'udo-port allocate + release': async () => {
      const allocation = await allocate({ cwd: work, range, defaultPort: RANGE.from });
      release(allocation);
    },
    'portfinder.getPortPromise': () =>
      portfinder.getPortPromise({ port: RANGE.from, stopPort: RANGE.to }),
    'detect-port': () => detect(RANGE.from),
  };
  // Warm up the JIT and the module caches before timing.
  await compare(cases, 300);
  report('in process, one allocation', await compare(cases, 1000), 'get-port (range)');
}

try {
  if (!only || only === 'process') await wholeProcess();
  if (!only || only === 'inprocess') await inProcess();
} finally {
  rmSync(work, { recursive: true, force: true });
}
