// Container engines as a port's holder, from recorded output: which process is an engine's (by
// its executable on Linux, by name elsewhere), what `docker inspect` and `podman inspect` say of
// a container, and the words and commands every face prints. Then, on a real process that only
// names itself docker-proxy: a name proves nothing, so it is an ordinary process. The real
// engines (dockerd, docker-proxy, conmon, NAT rules) are test/engines.test.ts's.
// Port block: 28700-28709.
import { spawn } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { engineOf, readExecutable } from '../src/core/containers/engine-processes.js';
import {
  describeContainer,
  engineHolding,
  parseInspect,
  publishersOf,
  stopCommand,
} from '../src/core/containers/engines.js';
import { parseNetstatWindows, parseSs, parseTasklistCsv } from '../src/core/listeners/parse.js';
import { describeRefusal } from '../src/core/ports/allocate.js';
import { judgeAnswer, parseTcpRows } from '../src/core/process/answerer.js';
import { waitUntilReady } from '../src/core/process/readiness.js';
import { cleanup, exampleCopy, tempDir } from './helpers.js';
import { runCli } from './in-process.js';

afterAll(cleanup);

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('engineOf: an engine’s process, by its executable where it can be read', () => {
  it('ss alone (no executable read): docker-proxy by name, python3 is no engine', () => {
    const listeners = parseSs(fixture('linux-ss-docker-proxy.txt'));
    const on = (port: number) => listeners.filter((l) => l.port === port).map(engineOf);
    expect(on(8001)).toEqual([
      { process: 'docker-proxy', family: 'docker', by: 'name' },
      { process: 'docker-proxy', family: 'docker', by: 'name' },
    ]);
    expect(on(8002)).toEqual([undefined]);
  });

  it('Windows netstat + tasklist: com.docker.backend.exe and wslrelay.exe', () => {
    const names = parseTasklistCsv(fixture('windows-tasklist-docker.csv'));
    const listeners = parseNetstatWindows(fixture('windows-netstat-ano-docker.txt')).map((l) => ({
      ...l,
      name: names.get(l.pid as number),
    }));
    expect(listeners.map((l) => [l.port, engineOf(l)?.process ?? null])).toEqual([
      [8001, 'com.docker.backend'],
      [8002, null],
      [8001, 'com.docker.backend'],
      [3000, 'wslrelay'],
    ]);
  });

  it('the executable decides: a root-owned dockerd is one, a user’s file named so is not', () => {
    const base = { port: 1, address: '*', pid: 9, name: 'dockerd' };
    expect(engineOf({ ...base, exe: { path: '/usr/sbin/dockerd', systemOwned: true } })).toEqual({
      process: 'dockerd',
      family: 'docker',
      by: 'executable',
    });
    expect(engineOf({ ...base, exe: { path: '/home/eve/dockerd', systemOwned: false } })).toBe(
      undefined,
    );
    // Named conmon, runs node: not an engine, whatever it calls itself.
    expect(
      engineOf({ ...base, name: 'conmon', exe: { path: '/usr/bin/node', systemOwned: true } }),
    ).toBe(undefined);
    expect(
      engineOf({
        ...base,
        name: 'containerd-shim',
        exe: { path: '/usr/bin/containerd-shim-runc-v2', systemOwned: true },
      }),
    ).toMatchObject({ process: 'containerd-shim-runc-v2', family: 'containerd' });
    expect(engineOf({ port: 1, address: '*', name: 'not-docker-proxy' })).toBeUndefined();
    expect(engineOf(undefined)).toBeUndefined();
  });

  it('readExecutable reads /proc: this test’s own node, and nothing for a pid that is gone', () => {
    expect(readExecutable(process.pid)?.path).toBe(process.execPath);
    expect(readExecutable(2 ** 22 + 1)).toBeUndefined();
  });
});

describe('what the engines say of a container (recorded inspect output)', () => {
  it('docker inspect: name, image, ports, Compose v1 labels', () => {
    const [c] = parseInspect(fixture('docker-inspect.json'), 'docker');
    expect(c).toMatchObject({
      cli: 'docker',
      name: 'shop_api_1',
      image: 'udo-busybox:test',
      compose: { project: 'shop', service: 'api', workingDir: '/home/me/shop', v1: true },
    });
    expect(c?.ports).toContainEqual({
      hostIp: '0.0.0.0',
      hostPort: 18001,
      containerPort: 8000,
      protocol: 'tcp',
    });
    const answer = { containers: c ? [c] : [], notes: [] };
    expect(publishersOf(answer, 18001)).toHaveLength(1);
    // 18003 is published for UDP only: no TCP server can collide with it.
    expect(publishersOf(answer, 18003)).toHaveLength(0);
    expect(stopCommand(c as never)).toBe('docker-compose -p shop stop api');
    expect(describeContainer(c as never)).toBe(
      'Docker container shop_api_1 (image udo-busybox:test; Compose project shop, service api)',
    );
  });

  it('podman inspect: a --rootfs container has no image; its stop command is podman’s', () => {
    const [c] = parseInspect(fixture('podman-inspect.json'), 'podman');
    expect(c).toMatchObject({ cli: 'podman', name: 'pweb', compose: { project: 'demo2' } });
    expect(c?.image).toBeUndefined();
    expect(c?.ports).toEqual([
      { hostIp: '', hostPort: 18002, containerPort: 8000, protocol: 'tcp' },
    ]);
    // A project label without a service: the container itself is stopped.
    expect(stopCommand(c as never)).toBe('podman stop pweb');
    expect(parseInspect('not json', 'podman')).toEqual([]);
  });

  it('Compose v2 and odd names: `docker compose`, quoted as a shell needs', () => {
    const c = {
      cli: 'docker' as const,
      id: 'x',
      name: "it's",
      ports: [],
      compose: { project: 'my shop', service: 'api', v1: false },
    };
    expect(stopCommand(c)).toBe("docker compose -p 'my shop' stop api");
    expect(stopCommand({ ...c, compose: undefined } as never)).toBe("docker stop 'it'\\''s'");
  });
});

describe('the words every face prints', () => {
  it('find/start: an engine’s process holding the port, named as its container', () => {
    const [c] = parseInspect(fixture('docker-inspect.json'), 'docker');
    const holder = {
      port: 18001,
      address: '0.0.0.0',
      pid: 77,
      name: 'docker-proxy',
      exe: { path: '/usr/sbin/docker-proxy', systemOwned: true },
    };
    const named = describeRefusal({
      port: 18001,
      reason: 'in-use',
      holder,
      containers: c ? [c] : [],
    });
    expect(named).toBe(
      "in use: published by Docker container shop_api_1 (image udo-busybox:test; Compose project shop, service api), held by docker-proxy (PID 77), Docker's own process; stop it with: docker-compose -p shop stop api",
    );
    const unnamed = describeRefusal({ port: 18001, reason: 'in-use', holder, containers: [] });
    expect(unnamed).toContain('find it with: docker ps --filter publish=18001');
    expect(unnamed).not.toMatch(/\bkill\b/);
  });

  it('NAT only: no process, podman and docker both named as ways to find it', () => {
    const text = describeRefusal({ port: 18002, reason: 'in-use', nat: true, containers: [] });
    expect(text).toContain('routed by NAT rules: no process listens on it');
    expect(text).toContain("podman ps --format '{{.Names}} {{.Ports}}'");
    expect(text).toContain('sudo iptables -t nat -S | grep 18002');
    const conmon = engineHolding(
      18002,
      { process: 'conmon', family: 'podman', by: 'executable', pid: 5 },
      [],
    );
    expect(conmon.remedy).toEqual([
      "podman ps --format '{{.Names}} {{.Ports}}'",
      'podman stop <name>',
    ]);
  });
});

describe('who answered a connection (recorded /proc/net/tcp rows)', () => {
  const table = (rows: string[]) =>
    parseTcpRows(
      [
        '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
        ...rows,
      ].join('\n'),
    );
  // 127.0.0.1:18001 (0x4651) listening (inode 500), and our connection from port 40000 (0x9C40).
  const listen =
    '   0: 0100007F:4651 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 500 1';
  const server =
    '   1: 0100007F:4651 0100007F:9C40 01 00000000:00000000 00:00000000 00000000     0        0 0 1';
  const client =
    '   2: 0100007F:9C40 0100007F:4651 01 00000000:00000000 00:00000000 00000000     0        0 601 1';

  it('our tree’s socket took it: tree; another’s: other; no server end here: nat', () => {
    expect(judgeAnswer(table([listen, server, client]), 18001, 40000, new Set([500]))).toBe('tree');
    expect(judgeAnswer(table([listen, server, client]), 18001, 40000, new Set([9]))).toBe('other');
    expect(judgeAnswer(table([client]), 18001, 40000, new Set([500]))).toBe('nat');
  });
});

describe('a backend’s readiness, with a stranger answering first (real processes)', () => {
  // A backend that listens on `port` once told to on stdin.
  const backendOnCue = (port: number) => {
    const script = `process.stdin.once('data', () => require('net').createServer().listen(${port}))`;
    return spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'ignore', 'inherit'] });
  };
  const strangerOn = async (port: number) => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(port, resolve));
    return server;
  };
  const wait = (port: number, owner: number) =>
    waitUntilReady({ kind: 'port' }, port, '0.0.0.0', { timeoutMs: 60_000, intervalMs: 25, owner });

  it('one that answers once and goes (a test bind) is no stranger: the backend is ready after it', async () => {
    if (process.platform !== 'linux') throw new Error('reads /proc: Linux only');
    const backend = backendOnCue(28702);
    const stranger = await strangerOn(28702);
    // The first poll meets the stranger, which then goes, and the backend listens.
    stranger.once('connection', (socket) => {
      stranger.close();
      socket.destroy();
      backend.stdin?.write('listen\n');
    });
    try {
      expect(await wait(28702, backend.pid as number)).toEqual({ state: 'ready' });
    } finally {
      backend.kill('SIGKILL');
      stranger.close();
    }
  });

  it('one that stays ends the wait: foreign, and named', async () => {
    if (process.platform !== 'linux') throw new Error('reads /proc: Linux only');
    const backend = backendOnCue(28703);
    const stranger = await strangerOn(28703);
    try {
      const outcome = await wait(28703, backend.pid as number);
      expect(outcome).toEqual({
        state: 'foreign',
        answers: expect.stringContaining(`PID ${process.pid}`),
      });
    } finally {
      backend.kill('SIGKILL');
      stranger.close();
    }
  });
});

/** A real listener whose process is named docker-proxy (node run through a link of that name). */
async function fakeDockerProxy(port: number) {
  const link = join(await tempDir('docker-proxy-'), 'docker-proxy');
  symlinkSync(process.execPath, link);
  const script = `require('net').createServer().listen(${port}, '0.0.0.0', () => console.log('ready'))`;
  const child = spawn(link, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ready) => child.stdout?.once('data', ready));
  return child;
}

describe('a process that only names itself docker-proxy', () => {
  it('is an ordinary process on Linux: the doctor says kill it, and kill ends it', async () => {
    if (process.platform !== 'linux') throw new Error('reads /proc/PID/exe: Linux only');
    const proxy = await fakeDockerProxy(28701);
    const project = await exampleCopy();
    const env = { API_PORT: '28701', UDO_PORT_LEASE_DIR: await tempDir('leases-') };
    try {
      const doctor = await runCli('udo-doctor', ['--json', '--only', 'port.backend'], {
        cwd: project,
        env,
      });
      const check = JSON.parse(doctor.stdout).checks.find(
        (c: { id: string }) => c.id === 'port.backend',
      );
      expect(check.data.state).toBe('foreign');
      expect(check.remedy).toBe(`kill ${proxy.pid}`);
      const exited = new Promise((done) => proxy.once('exit', done));
      const run = await runCli('udo-port', ['kill', '28701', '--yes']);
      expect(run.stderr).not.toContain('container');
      expect(run.code).toBe(0);
      await exited;
    } finally {
      proxy.kill('SIGKILL');
    }
  });
});
