// A cancel at any moment leaks nothing. The runner cancels a step with a signal it may follow
// with SIGKILL; here the main step (node on the bundle, with the runner's environment) is killed
// with SIGKILL at several moments of its life, then the post step runs with whatever state the
// main step had saved; and the post step itself is killed mid-stop and run again. After each:
// no live lease, no temp file, no backend process, and .env.local whole (old or new, never half).
// This file's ports: 29280-29299.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type Job,
  newJob,
  parseFileCommand,
  runPost,
  runPostBundle,
  startMain,
  startPost,
} from './action-harness.js';
import { cleanup, exampleCopy, tempDir, USED_ENV_LOCAL } from './helpers.js';

afterAll(cleanup);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Live processes started for `workspace` that carry a backend marker: what a leak leaves. */
function backendsOf(workspace: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0');
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) continue;
      if (
        environ.includes(`GITHUB_WORKSPACE=${workspace}`) &&
        environ.some((v) => v.startsWith('UDO_PORT_BACKEND_ID='))
      ) {
        found.push(Number(entry));
      }
    } catch {}
  }
  return found;
}

const RUN = `bash -c "sleep 1000 & exec /usr/bin/python3 -m http.server {port} --bind 127.0.0.1"`;

interface Tally {
  moment: string;
  leases: string[];
  backends: number[];
  envLocal: 'old' | 'new' | 'damaged';
}

async function afterwards(workspace: string, leases: string, moment: string): Promise<Tally> {
  // A backend whose tree is being ended may take a moment to go: waited for, boundedly.
  let backends = backendsOf(workspace);
  for (let waited = 0; backends.length > 0 && waited < 10_000; waited += 100) {
    await sleep(100);
    backends = backendsOf(workspace);
  }
  const text = readFileSync(join(workspace, 'web-dashboard', '.env.local'), 'utf8');
  const envLocal =
    text === USED_ENV_LOCAL
      ? 'old'
      : /^# Written by `udo-port start`.*\nNEXT_PUBLIC_API_URL=http:\/\/localhost:292\d\d\nNEXT_PUBLIC_APP_NAME=UDO Dashboard\n$/s.test(
            text,
          )
        ? 'new'
        : 'damaged';
  const leftovers = [
    ...readdirSync(leases),
    ...readdirSync(join(workspace, 'web-dashboard')).filter((n) => n.includes('tmp')),
  ];
  return { moment, leases: leftovers, backends, envLocal };
}

const stateOf = (file: string | undefined) =>
  parseFileCommand(readFileSync(file as string, 'utf8'));

describe('a cancel at any moment leaks nothing', () => {
  it('SIGKILL of the main step at 12 moments, then the post step: no lease, no backend, .env.local whole', async () => {
    const tallies: Tally[] = [];
    // Fixed delays after its first statement, and the two moments that matter most: as its lease
    // file appears (before it can save it) and as its backend appears (before its pid is saved).
    const moments: (number | 'at-once' | 'lease' | 'backend')[] = [
      'at-once',
      'lease',
      'backend',
      'lease',
      'backend',
      0,
      30,
      80,
      150,
      250,
      400,
      700,
      1200,
    ];
    for (const delay of moments) {
      const workspace = await exampleCopy();
      const leases = await tempDir('udo-port-leases-');
      const job: Job = await newJob('runner-1', `cancel-${delay}`);
      const extra = { UDO_PORT_LEASE_DIR: leases };
      const step = await startMain(workspace, job, { port: '29280', run: RUN }, extra);
      // From its first statement on (saving isPost), but for 'at-once': killed while node still
      // loads the bundle, it saved nothing, and the post step knows itself by its own entry.
      for (
        let waited = 0;
        delay !== 'at-once' &&
        !readFileSync(step.files.GITHUB_STATE as string, 'utf8').includes('isPost') &&
        waited < 30_000;
        waited += 5
      ) {
        await sleep(5);
      }
      if (delay === 'lease') {
        for (
          let waited = 0;
          !readdirSync(leases).some((n) => n.endsWith('.json')) && waited < 30_000;
          waited++
        )
          await sleep(1);
      } else if (delay === 'backend') {
        for (let waited = 0; backendsOf(workspace).length === 0 && waited < 30_000; waited += 2)
          await sleep(2);
      } else if (delay !== 'at-once') await sleep(delay);
      step.child.kill('SIGKILL');
      await step.done;
      // As the runner runs it: node on action.yml's post entry (the in-process run for the rest).
      const state = stateOf(step.files.GITHUB_STATE);
      const post =
        delay === 'at-once'
          ? await runPostBundle(workspace, job, state, extra)
          : await runPost(workspace, job, state, extra);
      expect(post.code, post.stdout + post.stderr).toBe(0);
      tallies.push(await afterwards(workspace, leases, `main killed at ${delay} ms`));
    }
    expect(
      tallies.filter(
        (t) => t.leases.length > 0 || t.backends.length > 0 || t.envLocal === 'damaged',
      ),
    ).toEqual([]);
  }, 300_000);

  it('SIGKILL of the post step mid-stop, then the post step again: the tree is ended, the lease gone', async () => {
    const tallies: Tally[] = [];
    for (const delay of [0, 20, 60, 120, 250, 500]) {
      const workspace = await exampleCopy();
      const leases = await tempDir('udo-port-leases-');
      const job: Job = await newJob('runner-1', `post-${delay}`);
      const extra = { UDO_PORT_LEASE_DIR: leases };
      const main = await startMain(workspace, job, { port: '29290', run: RUN }, extra);
      const done = await main.done;
      expect(done.code, done.stdout + done.stderr).toBe(0);
      expect(backendsOf(workspace).length).toBeGreaterThan(0);
      const post = await startPost(workspace, job, done.state, extra);
      await sleep(delay);
      post.child.kill('SIGKILL');
      await post.done;
      // The runner runs it again (a re-run job, or the next attempt's cleanup).
      const again = await runPost(workspace, job, done.state, extra);
      expect(again.code, again.stdout + again.stderr).toBe(0);
      tallies.push(await afterwards(workspace, leases, `post killed at ${delay} ms`));
    }
    expect(
      tallies.filter(
        (t) => t.leases.length > 0 || t.backends.length > 0 || t.envLocal === 'damaged',
      ),
    ).toEqual([]);
  }, 300_000);
});
