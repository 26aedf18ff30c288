// The real engines, as CI installs them: Debian's dockerd (userland proxy on, then off, then
// crashed so that NAT rules alone publish the port), rootful Podman (conmon), docker-compose v1
// running the README's compose example. Each runs in a network namespace of its own with
// everything else of its own (test/engine-harness.ts), and the faces run inside that namespace
// from src, as a user runs them. Linux and root only: elsewhere these fail, saying why.
// Port block: 29400-29449 (inside the engines' own namespaces).
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newJob, runMain } from './action-harness.js';
import {
  alive,
  busyboxRootfs,
  Dockerd,
  endLeftovers,
  engineFolder,
  Namespace,
  Podman,
  run,
  until,
} from './engine-harness.js';
import { cleanup, exampleCopy, ROOT, tempDir } from './helpers.js';

// A daemon's start, a Compose up, or five faces in a row can take long on a busy host.
const LONG = 300_000;

if (process.platform !== 'linux' || process.getuid?.() !== 0) {
  throw new Error('the engine tests run real dockerd and podman: Linux, as root');
}

/** The pid listening on `port` inside `ns`, by `ss`. */
async function holderPid(ns: Namespace, port: number): Promise<number | undefined> {
  const ss = await ns.run('ss', ['-ltnpH', `sport = :${port}`]);
  const m = /pid=(\d+)/.exec(ss.stdout);
  return m ? Number(m[1]) : undefined;
}

const commOf = (pid: number) => readFileSync(`/proc/${pid}/comm`, 'utf8').trim();

/** What the container serves on `port`, fetched inside the namespace (busybox wget). */
async function served(ns: Namespace, port: number): Promise<string> {
  return (await ns.run('/bin/busybox', ['wget', '-q', '-O', '-', `http://127.0.0.1:${port}/`]))
    .stdout;
}

const SERVE = ['/bin/busybox', 'httpd', '-f', '-p', '8000', '-h', '/www'];

afterAll(cleanup);

describe('Docker, userland proxy on: docker-proxy holds a published port', {
  timeout: LONG,
}, () => {
  let ns: Namespace;
  let dir: string;
  let dockerd: Dockerd;
  let leases: string;

  beforeAll(async () => {
    ns = await Namespace.make();
    dir = await engineFolder('proxy');
    dockerd = new Dockerd(ns, dir, true);
    await dockerd.start();
    await dockerd.image('udo-busybox:test');
    const started = await dockerd.docker([
      'run',
      '-d',
      '--name',
      'udo-api',
      '-p',
      '29401:8000',
      '--label',
      'com.docker.compose.project=shop',
      '--label',
      'com.docker.compose.service=api',
      'udo-busybox:test',
      ...SERVE,
    ]);
    expect(started.stderr).toBe('');
    await until('the container to serve', async () => (await served(ns, 29401)) !== '');
    leases = await tempDir('leases-');
  }, LONG);

  afterAll(async () => {
    await dockerd?.stop();
    await ns?.close();
    if (dir) await endLeftovers(dir);
  }, LONG);

  it('kill refuses (exit 1), naming the container and its Compose command; the engine lives on', async () => {
    const proxy = (await holderPid(ns, 29401)) as number;
    expect(commOf(proxy)).toBe('docker-proxy');
    const kill = await ns.face('udo-port', ['kill', '29401', '--yes'], {
      env: { ...dockerd.env, UDO_PORT_LEASE_DIR: leases },
    });
    expect(kill.code).toBe(1);
    expect(kill.stderr).toContain(
      `port 29401 is published by Docker container udo-api (image udo-busybox:test; Compose project shop, service api), held by docker-proxy (PID ${proxy}), Docker's own process; stop it with: docker compose -p shop stop api; nothing was ended`,
    );
    expect(alive(proxy)).toBe(true);
    expect(alive(dockerd.pid as number)).toBe(true);
    expect(await served(ns, 29401)).toBe('from the container\n');
  });

  it('find --port fails naming the container', async () => {
    const find = await ns.face('udo-port', ['find', '--port', '29401'], {
      env: { ...dockerd.env, UDO_PORT_LEASE_DIR: leases },
    });
    expect(find.code).toBe(1);
    expect(find.stderr).toContain(
      'port 29401 (from --port) is in use: published by Docker container udo-api',
    );
    expect(find.stderr).not.toMatch(/\bkill\b/);
  });

  it('to a user whose ss names no pid (docker-proxy is root’s), the engine still names the container', async () => {
    // That user may use this daemon (as a member of the docker group would), and a lease folder.
    chmodSync(dir, 0o711);
    chmodSync(dockerd.sock, 0o666);
    const shared = await tempDir('leases-shared-');
    chmodSync(shared, 0o1777);
    const as = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'];
    const env = { ...dockerd.env, UDO_PORT_LEASE_DIR: shared, HOME: shared };
    const find = await ns.face('udo-port', ['find', '--port', '29401'], { env, as, cwd: shared });
    expect(find.code, find.stderr).toBe(1);
    expect(find.stderr).toContain(
      'is in use: published by Docker container udo-api (image udo-busybox:test; Compose project shop, service api), held by a process the OS tools did not name',
    );
    const kill = await ns.face('udo-port', ['kill', '29401', '--yes'], { env, as, cwd: shared });
    expect(kill.code).toBe(1);
    expect(kill.stderr).toContain('published by Docker container udo-api');
    expect(await served(ns, 29401)).toBe('from the container\n');
  });

  it('the README’s compose example, running under docker-compose v1, passes port.backend', async () => {
    const project = await exampleCopy();
    writeFileSync(
      join(project, 'compose.yaml'),
      readFileSync(join(ROOT, 'examples', 'compose.yaml')),
    );
    // No registry, no Python image: busybox stands in for both services' images and commands;
    // the ports, the project and its folder are the example's own.
    const standIn = join(dir, 'stand-in.yaml');
    writeFileSync(
      standIn,
      [
        'services:',
        '  backend:',
        '    image: udo-busybox:test',
        '    command: /bin/busybox httpd -f -p 8000 -h /www',
        '  web:',
        '    image: udo-busybox:test',
        '    command: /bin/busybox httpd -f -p 3000 -h /www',
        '',
      ].join('\n'),
    );
    const env = { ...dockerd.env, API_PORT: '29402', WEB_PORT: '29403' };
    const compose = (args: string[]) =>
      run(
        '/usr/bin/docker-compose',
        ['-f', join(project, 'compose.yaml'), '-f', standIn, '-p', 'udoshop', ...args],
        { env, cwd: project, timeoutMs: LONG },
      );
    const up = await compose(['up', '-d', '--no-build']);
    expect(up.code, up.stderr).toBe(0);
    try {
      await until('the Compose backend to serve', async () => (await served(ns, 29402)) !== '');
      const doctor = await ns.face('udo-doctor', ['--json', '--only', 'port.backend'], {
        cwd: project,
        env: { ...env, UDO_PORT_LEASE_DIR: leases },
      });
      const check = JSON.parse(doctor.stdout).checks.find(
        (c: { id: string }) => c.id === 'port.backend',
      );
      expect(check.status, check.message).toBe('pass');
      expect(check.message).toBe(
        'the backend runs in Compose (container udoshop_backend_1, service backend) on port 29402',
      );
      // Another project's container on the port is no pass: the same stack from a copy elsewhere.
      const elsewhere = await exampleCopy();
      const other = await ns.face('udo-doctor', ['--json', '--only', 'port.backend'], {
        cwd: elsewhere,
        env: { ...env, UDO_PORT_LEASE_DIR: leases },
      });
      const foreign = JSON.parse(other.stdout).checks[0];
      expect(foreign.status).toBe('error');
      expect(foreign.remedy).toBe('docker-compose -p udoshop stop backend');
      // dev beside the stack: both ports are passed over as the project's own Compose services.
      const serve = '/bin/busybox timeout 5 /bin/busybox httpd -f -p {port}';
      const dev = await ns.face(
        'udo-port',
        [
          'dev',
          '--default-port',
          '29402',
          '--range',
          '29402-29405',
          '--web-range',
          '29403-29406',
          '--web-cmd',
          serve,
          '--no-env-local',
          '--',
          ...serve.split(' '),
        ],
        { cwd: project, env: { ...dockerd.env, UDO_PORT_LEASE_DIR: leases } },
      );
      const said = dev.stdout + dev.stderr;
      expect(said).toContain(
        "; 29402 is held by this project's own Compose stack (container udoshop_backend_1, service backend))",
      );
      expect(said).toContain(
        "; 29403 is held by this project's own Compose stack (container udoshop_web_1, service web))",
      );
    } finally {
      await compose(['down', '--timeout', '1']);
    }
  });
});

describe('Docker, userland proxy off: dockerd holds the port, then NAT rules alone', {
  timeout: LONG,
}, () => {
  let ns: Namespace;
  let dir: string;
  let dockerd: Dockerd;
  let leases: string;

  beforeAll(async () => {
    ns = await Namespace.make();
    dir = await engineFolder('nat');
    dockerd = new Dockerd(ns, dir, false);
    await dockerd.start();
    await dockerd.image('udo-busybox:test');
    const started = await dockerd.docker([
      'run',
      '-d',
      '--name',
      'udo-nat',
      '-p',
      '29411:8000',
      'udo-busybox:test',
      ...SERVE,
    ]);
    expect(started.stderr).toBe('');
    await until('the container to serve', async () => (await served(ns, 29411)) !== '');
    leases = await tempDir('leases-');
  }, LONG);

  afterAll(async () => {
    // A crashed daemon is started again on its own folders, so that it ends its containers.
    if (dockerd && !alive(dockerd.pid ?? 0)) await dockerd.start().catch(() => undefined);
    await dockerd?.stop();
    await ns?.close();
    if (dir) await endLeftovers(dir);
  }, LONG);

  it('kill on the port dockerd itself holds refuses; dockerd lives on', async () => {
    const holder = (await holderPid(ns, 29411)) as number;
    expect(holder).toBe(dockerd.pid);
    const kill = await ns.face('udo-port', ['kill', '29411', '--yes'], {
      env: { ...dockerd.env, UDO_PORT_LEASE_DIR: leases },
    });
    expect(kill.code).toBe(1);
    expect(kill.stderr).toContain(
      `port 29411 is published by Docker container udo-nat (image udo-busybox:test), held by dockerd (PID ${holder}), Docker's own process; stop it with: docker stop udo-nat`,
    );
    expect(alive(holder)).toBe(true);
    expect((await dockerd.docker(['ps', '-q'])).stdout.trim()).not.toBe('');
  });

  it('find --port fails naming the container', async () => {
    const find = await ns.face('udo-port', ['find', '--port', '29411'], {
      env: { ...dockerd.env, UDO_PORT_LEASE_DIR: leases },
    });
    expect(find.code).toBe(1);
    expect(find.stderr).toContain('published by Docker container udo-nat');
  });

  it('once dockerd is gone the port is NAT only: find and start refuse it, .env.local is left as it was', async () => {
    const pid = dockerd.pid as number;
    dockerd.crash();
    await until('dockerd to end', () => !alive(pid));
    // Nothing listens, a bind succeeds, and yet the container answers.
    expect(await holderPid(ns, 29411)).toBeUndefined();
    expect(await served(ns, 29411)).toBe('from the container\n');
    const env = { ...dockerd.env, UDO_PORT_LEASE_DIR: leases };

    const find = await ns.face('udo-port', ['find', '--port', '29411'], { env });
    expect(find.code).toBe(1);
    expect(find.stderr).toContain(
      'port 29411 (from --port) is in use: published by a container, routed by NAT rules: no process listens on it',
    );

    const project = await exampleCopy();
    const envLocal = join(project, 'web-dashboard', '.env.local');
    const before = readFileSync(envLocal, 'utf8');
    const start = await ns.face(
      'udo-port',
      ['start', '--port', '29411', '--', '/bin/busybox', 'httpd', '-f', '-p', '{port}'],
      { cwd: project, env },
    );
    expect(start.code).toBe(1);
    expect(start.stderr).toContain('routed by NAT rules');
    expect(readFileSync(envLocal, 'utf8')).toBe(before);

    const doctor = await ns.face(
      'udo-doctor',
      ['--json', '--only', 'port.backend,port.range', '--range', '29410-29412'],
      { cwd: project, env: { ...env, API_PORT: '29411' } },
    );
    const checks = JSON.parse(doctor.stdout).checks;
    const backend = checks.find((c: { id: string }) => c.id === 'port.backend');
    expect(backend.status).toBe('error');
    expect(backend.message).toContain(
      'port 29411 (from API_PORT) is published by a container, routed by NAT rules',
    );
    expect(backend.remedy).not.toMatch(/\bkill\b/);
    const range = checks.find((c: { id: string }) => c.id === 'port.range');
    expect(range.data.ports).toContainEqual({
      port: 29411,
      state: 'held',
      by: 'NAT rules: a container publishes it, and no process listens (see port.backend)',
    });

    const kill = await ns.face('udo-port', ['kill', '29411', '--yes'], { env });
    expect(kill.code).toBe(1);
    expect(kill.stderr).toContain('routed by NAT rules: no process listens on it');
    // The daemon is down: a line, not a failure.
    expect(kill.stderr + kill.stdout).toContain('Cannot connect to the Docker daemon');
  });
});

describe('Podman, rootful: conmon holds a published port', { timeout: LONG }, () => {
  let ns: Namespace;
  let dir: string;
  let podman: Podman;
  let leases: string;

  beforeAll(async () => {
    ns = await Namespace.make();
    dir = await engineFolder('podman');
    podman = new Podman(ns, dir);
    const rootfs = busyboxRootfs(dir);
    const started = await podman.podman([
      'run',
      '-d',
      '--name',
      'udo-pweb',
      '-p',
      '29421:8000',
      '--rootfs',
      rootfs,
      ...SERVE,
    ]);
    expect(started.code, started.stderr).toBe(0);
    await until('the container to serve', async () => (await served(ns, 29421)) !== '');
    leases = await tempDir('leases-');
  }, LONG);

  afterAll(async () => {
    await podman?.stop();
    await ns?.close();
    if (dir) await endLeftovers(dir);
  }, LONG);

  it('kill refuses naming the Podman container; conmon and the container live on', async () => {
    const conmon = (await holderPid(ns, 29421)) as number;
    expect(commOf(conmon)).toBe('conmon');
    const kill = await ns.face('udo-port', ['kill', '29421', '--yes'], {
      env: { ...podman.env, UDO_PORT_LEASE_DIR: leases },
    });
    expect(kill.code).toBe(1);
    expect(kill.stderr).toContain(
      `port 29421 is published by Podman container udo-pweb, held by conmon (PID ${conmon}), Podman's own process; stop it with: podman stop udo-pweb`,
    );
    expect(alive(conmon)).toBe(true);
    expect(await served(ns, 29421)).toBe('from the container\n');
  });

  it('find --port fails naming the container', async () => {
    const find = await ns.face('udo-port', ['find', '--port', '29421'], {
      env: { ...podman.env, UDO_PORT_LEASE_DIR: leases },
    });
    expect(find.code).toBe(1);
    expect(find.stderr).toContain('published by Podman container udo-pweb');
  });
});

describe('ready means ours', { timeout: LONG }, () => {
  let ns: Namespace;
  let dir: string;

  beforeAll(async () => {
    ns = await Namespace.make();
    dir = await engineFolder('squatter');
    busyboxRootfs(dir);
  }, LONG);

  afterAll(async () => {
    await ns?.close();
    if (dir) await endLeftovers(dir);
  }, LONG);

  it('start: a process outside the backend’s tree answers its port: a failure naming it, .env.local as it was', async () => {
    const project = await exampleCopy();
    const envLocal = join(project, 'web-dashboard', '.env.local');
    const before = readFileSync(envLocal, 'utf8');
    // The "backend" starts a server that leaves its tree (its parent exits at once) and waits.
    const www = join(dir, 'rootfs', 'www');
    const start = await ns.face(
      'udo-port',
      [
        'start',
        '--port',
        '29431',
        '--',
        '/bin/sh',
        '-c',
        `(/bin/busybox httpd -f -p {port} -h ${www} &); exec /bin/busybox sleep 60`,
      ],
      { cwd: project, env: { ...process.env, UDO_PORT_LEASE_DIR: await tempDir('leases-') } },
    );
    expect(start.code).toBe(1);
    expect(start.stderr).toMatch(
      /port 29431 answers, but not the backend \(PID \d+\): it is held by PID \d+ \(busybox: \/bin\/busybox http/,
    );
    expect(start.stderr).toContain('web-dashboard/.env.local is left as it was');
    expect(readFileSync(envLocal, 'utf8')).toBe(before);
  });

  it('dev: the same for the backend; both are stopped, exit 1', async () => {
    const project = await exampleCopy();
    const envLocal = join(project, 'web-dashboard', '.env.local');
    const before = readFileSync(envLocal, 'utf8');
    const www = join(dir, 'rootfs', 'www');
    const dev = await ns.face(
      'udo-port',
      [
        'dev',
        '--port',
        '29433',
        '--web-range',
        '29434-29436',
        '--web-cmd',
        `/bin/busybox httpd -f -p {port} -h ${www}`,
        '--',
        '/bin/sh',
        '-c',
        `(/bin/busybox httpd -f -p {port} -h ${www} &); exec /bin/busybox sleep 60`,
      ],
      { cwd: project, env: { ...process.env, UDO_PORT_LEASE_DIR: await tempDir('leases-') } },
    );
    expect(dev.code).toBe(1);
    expect(dev.stdout + dev.stderr).toMatch(
      /port 29433 answers, but not api \(PID \d+\): it is held by PID \d+ \(busybox: .*the frontend env file is left as it was; stopping both/,
    );
    expect(readFileSync(envLocal, 'utf8')).toBe(before);
  });

  it('the action’s run: the same, and nothing is exported', async () => {
    const project = await exampleCopy();
    const envLocal = join(project, 'web-dashboard', '.env.local');
    const before = readFileSync(envLocal, 'utf8');
    const www = join(dir, 'rootfs', 'www');
    // In this process's own network (the action runs in-process): a port of this file's block.
    const main = await runMain(
      project,
      await newJob(),
      {
        port: '29432',
        run: `/bin/sh -c "(/bin/busybox httpd -f -p {port} -h ${www} &); exec /bin/busybox sleep 60"`,
      },
      { UDO_PORT_LEASE_DIR: await tempDir('leases-') },
    );
    try {
      expect(main.code).toBe(1);
      expect(main.stdout).toMatch(
        /is not what answers on port 29432, which is held by PID \d+ \(busybox: \/bin\/busybox http.*; nothing is exported/,
      );
      expect(main.env).toEqual({});
      expect(readFileSync(envLocal, 'utf8')).toBe(before);
    } finally {
      await endLeftovers(dir);
    }
  });
});
