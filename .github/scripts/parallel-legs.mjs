// Runs N legs of the action at once on this machine, each as the runner runs a step: its own
// runner name, job, RUNNER_TEMP and file-command files, its inputs as INPUT_* variables, and
// `node dist/action/index.js` for main and then for post. This is what parallel jobs on one
// self-hosted host do. Each leg starts a server with `run` that answers with its leg number.
// Fails (exit 1, an ::error:: line) when a leg fails, two legs share a port, a URL answers for
// another leg, or a post step leaves a server, a process or a lease behind.
//
//   node .github/scripts/parallel-legs.mjs [--legs 12] [--range 8001-8012]
//
// Leases go where the action puts them (UDO_PORT_LEASE_DIR, else the shared folder).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { legs: { type: 'string', default: '12' }, range: { type: 'string', default: '' } },
});
const legs = Number(values.legs);
const range = values.range || `8001-${8000 + legs}`;
const root = resolve(import.meta.dirname, '..', '..');
const action = join(root, 'dist', 'action', 'index.js');
const work = mkdtempSync(join(tmpdir(), 'udo-port-legs-'));
const FILES = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'];
// No shell runs it: the quotes group the script into one argument.
const server = `"${process.execPath}" -e "require('http').createServer((q, s) => s.end(process.env.LEG)).listen(+process.env.PORT)"`;

/** NAME=VALUE lines and NAME<<DELIMITER heredocs, as the runner reads them. */
function parseFileCommand(text) {
  const values = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      values[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      values[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
    }
  }
  return values;
}

/** A fresh set of file-command files for one step. */
function files(dir, step) {
  const paths = Object.fromEntries(FILES.map((name) => [name, join(dir, `${step}-${name}`)]));
  for (const path of Object.values(paths)) writeFileSync(path, '');
  return paths;
}

/** Runs one step; resolves when it exited and its output pipes closed, as the runner waits. */
function step(env) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [action], { cwd: root, env, stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

/** The body a URL answers with, or undefined when nothing answers. */
function get(port) {
  return new Promise((done) => {
    const req = request({ host: '127.0.0.1', port, timeout: 5000 }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => done(body));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => done(undefined));
    req.end();
  });
}

/** A zombie is over (in a container whose init never reaps, it lingers): Linux tells. */
function alive(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return error.code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return process.platform !== 'linux';
  }
}

const problems = [];
const legsRun = Array.from({ length: legs }, (_, i) => {
  const leg = i + 1;
  const dir = mkdtempSync(join(work, `leg-${leg}-`));
  const job = {
    ...process.env,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: root,
    RUNNER_NAME: `self-hosted-${leg}`,
    RUNNER_TEMP: dir,
    GITHUB_RUN_ID: String(9000 + leg),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'parallel',
    LEG: String(leg),
  };
  for (const name of Object.keys(job)) if (/^(INPUT|STATE)_/.test(name)) delete job[name];
  return { leg, dir, job };
});

try {
  // Every main step at once.
  const mains = await Promise.all(
    legsRun.map(({ dir, job }) => {
      const paths = files(dir, 'main');
      return step({
        ...job,
        ...paths,
        INPUT_RANGE: range,
        'INPUT_ENV-LOCAL': '',
        'INPUT_WORKING-DIRECTORY': '.',
        'INPUT_LEASE-TTL': '10m',
        'INPUT_WAIT-TIMEOUT': '60s',
        INPUT_RUN: server,
      }).then((result) => ({
        ...result,
        outputs: parseFileCommand(readFileSync(paths.GITHUB_OUTPUT, 'utf8')),
        state: parseFileCommand(readFileSync(paths.GITHUB_STATE, 'utf8')),
      }));
    }),
  );
  const ports = new Map();
  for (const [i, main] of mains.entries()) {
    const { leg } = legsRun[i];
    if (main.code !== 0) {
      // The step's own annotations stay annotations: this is the action's output, as the runner shows it.
      console.log(`::group::leg ${leg}: main step\n${main.output}::endgroup::`);
      problems.push(`leg ${leg}: the main step exited ${main.code} (its output is above)`);
      continue;
    }
    const port = main.outputs.port;
    if (ports.has(port)) problems.push(`legs ${ports.get(port)} and ${leg} share port ${port}`);
    ports.set(port, leg);
    const answer = await get(Number(port));
    if (answer !== String(leg)) {
      problems.push(`leg ${leg}: port ${port} answered ${JSON.stringify(answer)}, not its own leg`);
    }
    console.log(`leg ${leg}: port ${port}, PID ${main.outputs.pid}, answers ${answer}`);
  }

  // Every post step at once, each with its main step's state.
  const posts = await Promise.all(
    legsRun.map(({ dir, job }, i) => {
      const state = Object.entries(mains[i].state).map(([k, v]) => [`STATE_${k}`, v]);
      return step({ ...job, ...files(dir, 'post'), ...Object.fromEntries(state) });
    }),
  );
  for (const [i, post] of posts.entries()) {
    const { leg } = legsRun[i];
    const { outputs, code } = mains[i];
    if (post.code !== 0) problems.push(`leg ${leg}: the post step exited ${post.code}`);
    if (code !== 0) continue;
    if (alive(Number(outputs.pid))) problems.push(`leg ${leg}: PID ${outputs.pid} still runs`);
    if (await get(Number(outputs.port))) problems.push(`leg ${leg}: port ${outputs.port} answers`);
    if (existsSync(outputs['lease-file']))
      problems.push(`leg ${leg}: ${outputs['lease-file']} left`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (problems.length > 0) {
  for (const problem of problems) console.log(`::error title=parallel legs::${problem}`);
  process.exit(1);
}
console.log(`${legs} legs at once in ${range}: ${legs} ports, each answered by its own server`);
