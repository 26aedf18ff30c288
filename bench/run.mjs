// Benchmarks, run by hand: `npm run bench` runs this file on Node 20 and on the pinned Node 24
// (or `node bench/run.mjs process|inprocess` on the Node that runs it).
// Whole-process runs are compared with `node -e 0` of the same Node; in-process allocation with
// get-port, portfinder and detect-port, side by side in one run, interleaved so drift hits all
// alike. Figures are medians; ratios are against the baseline of the same run. Ports:
// 28100-28200 and 30000-31009, clear of the test files' blocks.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import doctorCase from './process-cases.mjs';

const root = resolve(import.meta.dirname, '..');
const only = process.argv[2];
const work = mkdtempSync(join(tmpdir(), 'udo-port-bench-'));
const leaseDir = join(work, 'leases');
const env = { ...process.env, UDO_PORT_LEASE_DIR: leaseDir, NO_COLOR: '1' };
const RANGE = { from: 28100, to: 28199 };
const KILL_PORT = 28200;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const ms = (ns) => Number(ns) / 1e6;

/**
 * Runs each case `rounds` times, interleaved; returns median ms per case. A case is a function,
 * or `{ setup, run }` where only `run` is timed (a kill needs a fresh listener each round).
 */
async function compare(cases, rounds) {
  const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  const entries = Object.entries(cases);
  for (let round = 0; round < rounds; round++) {
    // Each round starts at the next case, so a pause (GC, the host) favours none by its place.
    const turn = [
      ...entries.slice(round % entries.length),
      ...entries.slice(0, round % entries.length),
    ];
    for (const [name, entry] of turn) {
      const { setup, run } = typeof entry === 'function' ? { run: entry } : entry;
      const state = setup ? await setup() : undefined;
      const start = process.hrtime.bigint();
      await run(state);
      times[name].push(ms(process.hrtime.bigint() - start));
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]));
}

function report(title, medians, baseline) {
  console.log(`\n${title} (median ms, ratio to ${baseline})`);
  for (const [name, value] of Object.entries(medians)) {
    const ratio = value / medians[baseline];
    console.log(`  ${name.padEnd(48)} ${value.toFixed(3).padStart(9)}  ${ratio.toFixed(2)}x`);
  }
}

const node =
  (args, options = {}) =>
  () => {
    const result = spawnSync(process.execPath, args, { env, cwd: work, ...options });
    if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}`);
  };

/** A real listener in its own process, for the kill cases; resolves once it is bound. */
function listener(port) {
  const child = spawn(
    process.execPath,
    ['-e', `require('net').createServer().listen(${port}, () => console.log('up'))`],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  return new Promise((ready) => child.stdout.once('data', () => ready(child)));
}

/** Times a kill command and waits for the listener it ended to be reaped too. */
const killCase = (args) => ({
  setup: () => listener(KILL_PORT),
  run: async (child) => {
    const exited = new Promise((done) => child.once('exit', done));
    node(args)();
    await exited;
  },
});

/** The runner's environment for the action's main step: inputs, file commands in files. */
function runnerEnv() {
  const runner = {
    ...env,
    GITHUB_ACTIONS: 'true',
    'INPUT_ENV-LOCAL': '',
    INPUT_RANGE: `${RANGE.from}-${RANGE.to}`,
    'INPUT_DEFAULT-PORT': String(RANGE.from),
    'INPUT_LEASE-TTL': '1s',
  };
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    runner[name] = join(work, name);
    writeFileSync(runner[name], '');
  }
  return runner;
}

/** The post step's environment: the state main saved, as STATE_* variables. */
function postEnv(runner) {
  const state = {};
  const lines = readFileSync(runner.GITHUB_STATE, 'utf8').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!heredoc) continue;
    const end = lines.indexOf(heredoc[2], i + 1);
    state[`STATE_${heredoc[1]}`] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return { ...runner, ...state };
}

async function wholeProcess() {
  const bundle = (name) => join(root, 'dist', name, 'index.js');
  const range = ['--range', `${RANGE.from}-${RANGE.to}`, '--default-port', String(RANGE.from)];
  const runner = runnerEnv();
  const main = node([bundle('action')], { env: runner });
  const cases = {
    'node -e 0': node(['-e', '0']),
    'udo-port find': node([bundle('udo-port'), 'find', '--hold', '1', ...range]),
    ...doctorCase({ node, bundle, work }),
    'action main step': main,
    // Each round: main leases (untimed), post releases (timed), as the runner would run them.
    'action post step': {
      setup: () => {
        for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE']) {
          writeFileSync(runner[name], '');
        }
        main();
        return postEnv(runner);
      },
      run: (state) => node([bundle('action')], { env: state })(),
    },
    'udo-port kill --yes (a real listener)': killCase([
      bundle('udo-port'),
      'kill',
      String(KILL_PORT),
      '--yes',
    ]),
    'kill-port (npx kill-port, same listener)': killCase([
      join(root, 'node_modules', 'kill-port', 'cli.js'),
      String(KILL_PORT),
    ]),
  };
  report(`whole process, Node ${process.version}`, await compare(cases, 30), 'node -e 0');
}

/** Binds `count` ports from `from` on, as other programs holding them would. */
async function occupy(from, count) {
  const servers = [];
  for (let port = from; port < from + count; port++) {
    const server = createServer();
    await new Promise((done) => server.listen(port, done));
    servers.push(server);
  }
  return () => Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
}

async function inProcess() {
  const { allocate, release } = await import(
    pathToFileURL(join(root, 'dist', 'lib', 'index.js')).href
  );
  const { default: getPort, portNumbers, clearLockedPorts } = await import('get-port');
  const portfinder = (await import('portfinder')).default;
  const { detect } = await import('detect-port');
  process.env.UDO_PORT_LEASE_DIR = leaseDir;
  // Busy ports first, then free ones: what each finder pays per port someone else holds.
  const idle = {};
  for (const busy of [0, 9, 100, 1000]) {
    const from = 30000;
    const to = from + busy + 9;
    const free = await occupy(from, busy);
    const cases = {
      'get-port (range)': async () => {
        await getPort({ port: portNumbers(from, to) });
        clearLockedPorts(); // so every call probes the same ports, as allocate does
      },
      'udo-port allocate + release': async () => {
        release(await allocate({ cwd: work, range: `${from}-${to}`, defaultPort: from }));
      },
      'portfinder.getPortPromise': () => portfinder.getPortPromise({ port: from, stopPort: to }),
      'detect-port': () => detect(from),
    };
    const rounds = busy >= 1000 ? 20 : busy >= 100 ? 100 : 500;
    await compare(cases, Math.ceil(rounds / 3)); // warm up the JIT and the module caches
    const medians = await compare(cases, rounds);
    report(
      `in process, ${busy} busy ports before the first free one, Node ${process.version}`,
      medians,
      'get-port (range)',
    );
    if (busy === 0) Object.assign(idle, medians);
    else {
      // What each busy port adds: the slope from the run with none.
      const perPort = (name) => ((medians[name] - idle[name]) * 1000) / busy;
      console.log(`  per busy port (µs, over ${busy}):`);
      for (const name of Object.keys(cases)) {
        const ratio = perPort(name) / perPort('get-port (range)');
        console.log(
          `    ${name.padEnd(46)} ${perPort(name).toFixed(1).padStart(9)}  ${ratio.toFixed(2)}x`,
        );
      }
    }
    await free();
  }
}

try {
  if (!only || only === 'process') await wholeProcess();
  if (!only || only === 'inprocess') await inProcess();
} finally {
  rmSync(work, { recursive: true, force: true });
}
