// The registry under load, with real processes: many finds at once, and owners killed at
// random while stale leases are taken over and released. Nothing here may ever give one port
// to two holders at a time.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cleanup, exampleCopy, ROOT, runBundle, tempDir } from './helpers.js';

// This file's ports: 27900-27929.
afterAll(cleanup);

const LIB = JSON.stringify(pathToFileURL(join(ROOT, 'dist/lib/index.js')).href);

// Both tests start many processes at once: on a busy two-core host (two suites at once) their
// runs take minutes, not seconds. Every wait is on a condition; these bounds only catch a hang.
const BUSY_HOST_MS = 300_000;
vi.setConfig({ testTimeout: BUSY_HOST_MS + 30_000 });

describe('many processes at once', () => {
  it('128 finds on a 10-port range: exactly 10 winners, distinct, and no half-written lease seen', async () => {
    const leases = await tempDir('udo-port-leases-');
    const project = await exampleCopy();
    const runs = await Promise.all(
      Array.from({ length: 128 }, () =>
        runBundle('udo-port', ['find', '--default-port', '27900', '--range', '27900-27909'], {
          cwd: project,
          env: { UDO_PORT_LEASE_DIR: leases },
          timeoutMs: BUSY_HOST_MS,
        }),
      ),
    );
    const winners = runs.filter((run) => run.code === 0).map((run) => Number(run.stdout));
    expect(winners.sort()).toEqual(Array.from({ length: 10 }, (_, i) => 27900 + i));
    expect(runs.filter((run) => run.code === 1)).toHaveLength(118);
    expect(runs.map((run) => run.stderr).join('')).not.toMatch(/cannot be read|not a valid lease/);
  });
});

interface Hold {
  port: number;
  pid: number;
  from: bigint;
  to?: bigint;
}

describe('owners killed at random while others take over and release', () => {
  it('never two holders of one port at once', async () => {
    const dir = await tempDir('udo-port-leases-');
    const cwd = await tempDir();
    // A worker leases, says so (H), holds a few ms, says it is done (R), releases, again.
    // Lines are written synchronously, so a SIGKILL never loses one that was true.
    const worker = `
      const { allocate, release } = await import(${LIB});
      const { writeSync } = await import('node:fs');
      const say = (what, port) => writeSync(1, what + ' ' + port + ' ' + process.hrtime.bigint() + '\\n');
      for (;;) {
        let allocation;
        try {
          allocation = await allocate({ cwd: ${JSON.stringify(cwd)}, defaultPort: '27910', range: '27910-27917',
            env: { UDO_PORT_LEASE_DIR: ${JSON.stringify(dir)} }, lease: { ttlMs: 60000, lifetime: 'owner' } });
        } catch { continue; }
        say('H', allocation.port);
        await new Promise((r) => setTimeout(r, 2 + Math.random() * 15));
        say('R', allocation.port);
        release(allocation);
      }`;
    // What `udo-port release PORT` does: list, then drop each stale lease by identity.
    const releaser = `
      const { openLeaseRegistry } = await import(${LIB});
      const registry = openLeaseRegistry({ UDO_PORT_LEASE_DIR: ${JSON.stringify(dir)} });
      for (;;) {
        for (const record of await registry.list()) {
          if (!record.staleReason) continue;
          if (record.lease) registry.release(record.lease); else registry.releaseRecord(record);
        }
      }`;
    const holds: Hold[] = [];
    const open = new Map<number, Hold>();
    const workers = new Set<ChildProcess>();
    const killedAt = new Map<number, bigint>();
    const startWorker = () => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', worker], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      workers.add(child);
      let rest = '';
      child.stdout?.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) {
          const [what, port, at] = line.split(' ');
          const pid = child.pid as number;
          if (what === 'H') {
            const hold = { port: Number(port), pid, from: BigInt(at as string) };
            holds.push(hold);
            open.set(pid, hold);
          } else if (what === 'R') {
            const hold = open.get(pid);
            if (hold) hold.to = BigInt(at as string);
            open.delete(pid);
          }
        }
      });
      return child;
    };
    const releasing = spawn(process.execPath, ['--input-type=module', '-e', releaser], {
      stdio: 'ignore',
    });
    for (let i = 0; i < 12; i++) startWorker();
    let kills = 0;
    // Until 400 allocations have been made and 40 owners killed: a count, not a time, so that a
    // loaded host tests as much; the bound only ends a run that cannot get there.
    const end = Date.now() + BUSY_HOST_MS;
    while ((holds.length < 400 || kills < 40) && Date.now() < end) {
      await new Promise((resolve) => setTimeout(resolve, 15 + Math.random() * 30));
      // Only a worker that has leased at least once: on a loaded host a new one can take longer
      // to start than the pause, and killing those would leave no one to make the 400.
      const proven = [...workers].filter((child) => holds.some((h) => h.pid === child.pid));
      const victim = proven[Math.floor(Math.random() * proven.length)];
      if (!victim) continue;
      workers.delete(victim);
      // A hold ends no later than its owner's kill: nobody can take over before the owner is gone.
      killedAt.set(victim.pid as number, process.hrtime.bigint());
      victim.kill('SIGKILL');
      kills++;
      startWorker();
    }
    const stopped = [...workers, releasing].map(
      (child) => new Promise((resolve) => child.once('exit', resolve)),
    );
    const stoppedAt = process.hrtime.bigint();
    for (const child of [...workers, releasing]) child.kill('SIGKILL');
    await Promise.all(stopped);

    const overlaps: string[] = [];
    for (const port of new Set(holds.map((hold) => hold.port))) {
      const sorted = holds
        .filter((hold) => hold.port === port)
        .sort((a, b) => (a.from < b.from ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        const before = sorted[i - 1] as Hold;
        const after = sorted[i] as Hold;
        if ((before.to ?? killedAt.get(before.pid) ?? stoppedAt) > after.from) {
          overlaps.push(`${port}: PID ${before.pid} and PID ${after.pid}`);
        }
      }
    }
    expect(kills).toBeGreaterThanOrEqual(40);
    expect(holds.length).toBeGreaterThanOrEqual(400);
    expect(overlaps).toEqual([]);
  });
});
