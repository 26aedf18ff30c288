import { execFileSync, spawn } from 'node:child_process';
import {
  closeSync,
  ftruncateSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../src/core/errors.js';
import {
  type Claim,
  type Lease,
  type LeaseFacts,
  LeaseRegistry,
  LONGEST_LEASE_MS,
  openLeaseRegistry,
  staleReason,
} from '../src/core/leases/registry.js';
import { cleanup, ROOT, tempDir } from './helpers.js';

// This file's ports: 27200-27299 (leases only; nothing binds them).
afterAll(cleanup);

const registry = async () => new LeaseRegistry(await tempDir('udo-port-leases-'));
const ttl = { ttlMs: 60_000, lifetime: 'owner' as const };
const isLease = (claim: Claim) => 'taken' in claim;
/** The lease a claim took; fails the test when it took none. */
const leaseOf = (claim: Claim): Lease => {
  if (!('taken' in claim)) throw new Error(`not taken: ${JSON.stringify(claim.held)}`);
  return claim.taken;
};

describe('claim and release', () => {
  it('creates one file per port with owner, start time, host and expiry', async () => {
    const leases = await registry();
    const lease = await leases.claim(27200, { ...ttl, purpose: 'test' });
    expect(isLease(lease)).toBe(true);
    const stored = JSON.parse(readFileSync(join(leases.dir, '27200.json'), 'utf8'));
    expect(stored).toMatchObject({
      port: 27200,
      pid: process.pid,
      hostname: hostname(),
      purpose: 'test',
    });
    expect(stored.pidStartedAt).toBeGreaterThan(0);
    expect(Date.parse(stored.expiresAt) - Date.parse(stored.createdAt)).toBe(60_000);
  });

  it('a second claim on a live lease gets the holder back, not a lease', async () => {
    const leases = await registry();
    const first = await leases.claim(27201, ttl);
    const second = await leases.claim(27201, ttl);
    expect(isLease(second)).toBe(false);
    expect('held' in second && second.held.lease?.id).toBe(leaseOf(first).id);
  });

  it('release removes only the lease it was given', async () => {
    const leases = await registry();
    const first = leaseOf(await leases.claim(27202, ttl));
    expect(leases.release({ port: 27202, id: 'someone-else' })).toBe(false);
    expect(readdirSync(leases.dir)).toEqual(['27202.json']);
    expect(leases.release(first)).toBe(true);
    expect(readdirSync(leases.dir)).toEqual([]);
    expect(isLease(await leases.claim(27202, ttl))).toBe(true);
  });
});

describe('stale leases are taken over', () => {
  it('after the owner was killed with SIGKILL', async () => {
    const leases = await registry();
    // A real process takes the lease through the library, then dies without cleaning up.
    const script = `
      const { LeaseRegistry } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/lib/index.js')).href)});
      const claim = await new LeaseRegistry(${JSON.stringify(leases.dir)}).claim(27210, { ttlMs: 600000, lifetime: 'owner' });
      console.log(JSON.stringify(claim.taken));
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const owned: Lease = JSON.parse(
      await new Promise<string>((r) => child.stdout.once('data', (d) => r(String(d)))),
    );
    expect(owned.pid).toBe(child.pid);
    expect(isLease(await leases.claim(27210, ttl))).toBe(false);
    await new Promise((r) => {
      child.once('exit', r);
      child.kill('SIGKILL');
    });
    const record = await leases.inspect(27210);
    expect(record?.staleReason).toMatch(`owner PID ${child.pid} has exited`);
    const taken = await leases.claim(27210, ttl);
    expect(leaseOf(taken).pid).toBe(process.pid);
  });

  it('after expiry, and a lease that outlives its owner holds until then', async () => {
    const leases = await registry();
    const held = leaseOf(await leases.claim(27211, { ttlMs: 60_000, lifetime: 'ttl' }));
    const file = join(leases.dir, '27211.json');
    // Owner gone but lifetime is ttl: still live.
    writeFileSync(file, JSON.stringify({ ...held, pid: 2 ** 22 + 1 }));
    expect((await leases.inspect(27211))?.staleReason).toBeUndefined();
    writeFileSync(
      file,
      JSON.stringify({ ...held, expiresAt: new Date(Date.now() - 1000).toISOString() }),
    );
    expect((await leases.inspect(27211))?.staleReason).toMatch(/^expired at /);
    expect(isLease(await leases.claim(27211, ttl))).toBe(true);
  });

  it('a pid reused by another process does not keep the lease', async () => {
    const leases = await registry();
    const held = leaseOf(await leases.claim(27212, ttl));
    // Another process with this pid: another start tick (Linux) and another start time.
    writeFileSync(
      join(leases.dir, '27212.json'),
      JSON.stringify({
        ...held,
        pidStartedAt: held.pidStartedAt - 3_600_000,
        ...(held.pidStartKey && { pidStartKey: `${held.pidStartKey}0` }),
      }),
    );
    expect((await leases.inspect(27212))?.staleReason).toMatch(
      /pid now belongs to another process/,
    );
  });

  it('a corrupt file is stale at once, whatever its mtime: leases are linked into place whole', async () => {
    const leases = await registry();
    const file = join(leases.dir, '27213.json');
    writeFileSync(file, '{"port": 27213, "pi');
    const future = Date.parse('2100-01-01') / 1000;
    utimesSync(file, future, future);
    expect((await leases.inspect(27213))?.staleReason).toBe('not a valid lease file');
    expect(isLease(await leases.claim(27213, ttl))).toBe(true);
  });

  it('a symlink in the folder is never followed: it is no lease, and is replaced', async () => {
    const leases = await registry();
    const target = join(await tempDir(), 'victim');
    writeFileSync(target, 'do not touch');
    symlinkSync(target, join(leases.dir, '27214.json'));
    expect((await leases.inspect(27214))?.staleReason).toMatch(/symbolic link, not a lease file/);
    expect(isLease(await leases.claim(27214, ttl))).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('do not touch');
    expect(lstatSync(join(leases.dir, '27214.json')).isFile()).toBe(true);
  });

  it('a FIFO, a folder and a 1.5 GB sparse file are looked at without blocking or reading', async () => {
    const leases = await registry();
    execFileSync('mkfifo', [join(leases.dir, '27216.json')]);
    mkdirSync(join(leases.dir, '27217.json'));
    const sparse = openSync(join(leases.dir, '27218.json'), 'w');
    ftruncateSync(sparse, 1.5 * 2 ** 30);
    closeSync(sparse);
    const started = performance.now();
    const records = await leases.list();
    expect(records.map((r) => [r.port, r.staleReason])).toEqual([
      [27216, 'a special file, not a lease file'],
      [27217, 'a folder, not a lease file'],
      [27218, `larger than any lease file (${1.5 * 2 ** 30} bytes)`],
    ]);
    for (const port of [27216, 27217, 27218]) {
      expect(isLease(await leases.claim(port, ttl))).toBe(true);
    }
    expect(performance.now() - started).toBeLessThan(25_000); // a hang, not a speed check
    expect(readdirSync(leases.dir).sort()).toEqual(['27216.json', '27217.json', '27218.json']);
  });

  it('a takeover lock counts from its birth: an mtime in 2100 buys nothing, and it expires', async () => {
    const leases = await registry();
    const held = leaseOf(await leases.claim(27215, ttl));
    writeFileSync(
      join(leases.dir, '27215.json'),
      JSON.stringify({ ...held, expiresAt: new Date(0).toISOString() }),
    );
    const lock = join(leases.dir, '27215.json.takeover');
    writeFileSync(lock, '');
    const past = (Date.now() - 3_600_000) / 1000;
    utimesSync(lock, past, past);
    expect(isLease(await leases.claim(27215, ttl))).toBe(false);
    const future = Date.parse('2100-01-01') / 1000;
    utimesSync(lock, future, future);
    const born = lstatSync(lock).birthtimeMs || lstatSync(lock).ctimeMs;
    await vi.waitUntil(() => Date.now() - born > 5_000, { timeout: 30_000, interval: 100 });
    expect(isLease(await leases.claim(27215, ttl))).toBe(true);
    expect(readdirSync(leases.dir)).toEqual(['27215.json']);
  });
});

describe('takeover under contention', () => {
  const claimScript = (dir: string, port: number) => `
    const { LeaseRegistry } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/lib/index.js')).href)});
    const result = await new LeaseRegistry(${JSON.stringify(dir)}).claim(${port}, { ttlMs: 600000, lifetime: 'ttl' });
    console.log('taken' in result ? 'won' : 'lost');`;

  it('8 processes taking over one stale lease at once: exactly one wins', async () => {
    const leases = await registry();
    const held = leaseOf(await leases.claim(27240, ttl));
    const file = join(leases.dir, '27240.json');
    writeFileSync(file, JSON.stringify({ ...held, expiresAt: new Date(0).toISOString() }));
    const results = await Promise.all(
      Array.from(
        { length: 8 },
        () =>
          new Promise<string>((resolve) => {
            const child = spawn(
              process.execPath,
              ['--input-type=module', '-e', claimScript(leases.dir, 27240)],
              { stdio: ['ignore', 'pipe', 'inherit'] },
            );
            let out = '';
            child.stdout.on('data', (d) => {
              out += d;
            });
            child.once('close', () => resolve(out.trim()));
          }),
      ),
    );
    expect(results.filter((r) => r === 'won')).toHaveLength(1);
    expect(results.filter((r) => r === 'lost')).toHaveLength(7);
    expect(readdirSync(leases.dir)).toEqual(['27240.json']);
  });

  it('a lease released and claimed afresh during a takeover is not removed by it', async () => {
    const leases = await registry();
    const held = leaseOf(await leases.claim(27241, ttl));
    const file = join(leases.dir, '27241.json');
    writeFileSync(file, JSON.stringify({ ...held, expiresAt: new Date(0).toISOString() }));
    // Between the takeover's last look and its removal, the owner releases and B claims.
    class Interleaved extends LeaseRegistry {
      looks = 0;
      fresh: Lease | undefined;
      override async inspect(port: number) {
        const record = await super.inspect(port);
        if (++this.looks === 2) {
          unlinkSync(file);
          this.fresh = leaseOf(await new LeaseRegistry(this.dir).claim(port, ttl));
        }
        return record;
      }
    }
    const a = new Interleaved(leases.dir);
    const result = await a.claim(27241, ttl);
    expect(a.fresh?.id).toBeDefined();
    expect(isLease(result)).toBe(false);
    expect(JSON.parse(readFileSync(file, 'utf8')).id).toBe(a.fresh?.id);
    expect(readdirSync(leases.dir)).toEqual(['27241.json']);
  });
});

describe('staleness rules', () => {
  const lease: Lease = {
    port: 27220,
    id: 'x',
    pid: 100,
    pidStartedAt: 1_000_000,
    hostname: 'box',
    user: 'ci',
    createdAt: new Date(0).toISOString(),
    expiresAt: new Date(10_000_000).toISOString(),
    lifetime: 'ttl',
    ci: { runner: 'runner-3', runId: '77', runAttempt: '1', job: 'test' },
  };
  const facts: LeaseFacts = {
    now: 5_000_000,
    bornAt: 4_000_000,
    hostname: 'box',
    ownerRunning: false,
  };
  it.each<[string, Partial<LeaseFacts>, Partial<Lease>, RegExp | undefined]>([
    ['live ttl lease with its owner gone', {}, {}, undefined],
    ['expired', { now: 10_000_001 }, {}, /expired/],
    [
      'an expiry in 9999 and a live owner hold a day from the birth of the file, no longer',
      { ownerRunning: true, now: 4_000_000 + LONGEST_LEASE_MS },
      { lifetime: 'owner', expiresAt: '9999-12-31T00:00:00.000Z' },
      /longer than any lease may \(24 h\)/,
    ],
    [
      'a lease from another host holds a day at most too',
      { hostname: 'elsewhere', now: 4_000_000 + LONGEST_LEASE_MS },
      { expiresAt: '9999-12-31T00:00:00.000Z' },
      /longer than any lease may/,
    ],
    ['owner lifetime, owner gone', {}, { lifetime: 'owner' }, /has exited/],
    [
      'owner lifetime, owner on another host: only expiry counts',
      { hostname: 'other' },
      { lifetime: 'owner' },
      undefined,
    ],
    [
      'same runner, another job id',
      { currentJob: { runner: 'runner-3', runId: '78', runAttempt: '1', job: 'test' } },
      {},
      /runner runner-3 has moved on/,
    ],
    [
      'same runner, same run, another attempt',
      { currentJob: { runner: 'runner-3', runId: '77', runAttempt: '2', job: 'test' } },
      {},
      /moved on/,
    ],
    [
      'same runner, same job: still live',
      { currentJob: { runner: 'runner-3', runId: '77', runAttempt: '1', job: 'test' } },
      {},
      undefined,
    ],
    [
      'another runner on the host: still live',
      { currentJob: { runner: 'runner-4', runId: '99', runAttempt: '1', job: 'x' } },
      {},
      undefined,
    ],
    ['job marker gone', { jobMarkerExists: false }, {}, /CI job test has ended/],
    [
      'owner running, same start key, though the clock was stepped by an hour',
      { ownerRunning: true, ownerStartKey: 'boot:42', ownerStartedAt: 4_600_000 },
      { lifetime: 'owner', pidStartKey: 'boot:42' },
      undefined,
    ],
    [
      'owner pid running with another start key: a reused pid',
      { ownerRunning: true, ownerStartKey: 'boot:43', ownerStartedAt: 1_000_000 },
      { lifetime: 'owner', pidStartKey: 'boot:42' },
      /pid now belongs to another process/,
    ],
    [
      'no start keys: start times compared, within the tolerance',
      { ownerRunning: true, ownerStartedAt: 1_000_010 },
      { lifetime: 'owner' },
      undefined,
    ],
  ])('%s', (_name, factChanges, leaseChanges, expected) => {
    const reason = staleReason({ ...lease, ...leaseChanges }, { ...facts, ...factChanges });
    if (expected) expect(reason).toMatch(expected);
    else expect(reason).toBeUndefined();
  });
});

describe('the lease folder', () => {
  it('UDO_PORT_LEASE_DIR is created when missing', async () => {
    const dir = join(await tempDir(), 'a', 'b');
    expect(openLeaseRegistry({ UDO_PORT_LEASE_DIR: dir }).dir).toBe(dir);
    expect(lstatSync(dir).isDirectory()).toBe(true);
  });

  it('an unusable UDO_PORT_LEASE_DIR is bad input naming it', async () => {
    const file = join(await tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    expect(() => openLeaseRegistry({ UDO_PORT_LEASE_DIR: file })).toThrow(UsageError);
    expect(() => openLeaseRegistry({ UDO_PORT_LEASE_DIR: file })).toThrow(
      `UDO_PORT_LEASE_DIR: "${file}" cannot be used`,
    );
  });

  it('a UDO_PORT_LEASE_DIR under /proc is one clear error, not a spin', () => {
    expect(() => openLeaseRegistry({ UDO_PORT_LEASE_DIR: '/proc/1/nope' })).toThrow(
      'UDO_PORT_LEASE_DIR: "/proc/1/nope" cannot be used: it cannot be created (ENOENT)',
    );
  });

  it('a UDO_PORT_LEASE_DIR that is a symlink is refused, not followed', async () => {
    const dir = await tempDir();
    mkdirSync(join(dir, 'real'));
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    expect(() => openLeaseRegistry({ UDO_PORT_LEASE_DIR: join(dir, 'link') })).toThrow(
      /cannot be used: it is a symbolic link/,
    );
  });

  it('a lease folder that has gone away is one clear error naming it', async () => {
    const dir = await tempDir();
    const leases = new LeaseRegistry(join(dir, 'missing'));
    await expect(leases.claim(27230, ttl)).rejects.toThrow(
      /lease folder .*missing cannot be written \(ENOENT\)/,
    );
  });
});
