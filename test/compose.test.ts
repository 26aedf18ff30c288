// The doctor's compose checks: the pure pieces (interpolation, port entries, clashes), Compose v2's
// `config --format json` from recorded output, which Compose answers and what happens without
// one, and no secret in any output. The corpus against docker-compose is compose-corpus.test.ts.
// No test here listens on a port (block 28710-28719 is this file's).
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Compose's own ${VAR} syntax, written as Compose files write it.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addressesOverlap,
  bindingsClash,
  interpolate,
  listenPort,
  parsePort,
  parseShortPort,
  redact,
  secretValues,
  servicesOfConfig,
  soleVariable,
} from '../src/core/compose/index.js';
import { cleanup, exampleCopy, ROOT, tempDir } from './helpers.js';
import { runCli } from './in-process.js';

afterAll(cleanup);

const FIXTURES = join(import.meta.dirname, 'fixtures', 'compose-v2');

describe('interpolate, as Compose does', () => {
  const vars = { SET: '8005', EMPTY: '' };
  it.each([
    ['${SET}', '8005'],
    ['$SET:8000', '8005:8000'],
    ['${UNSET:-8001}', '8001'],
    ['${EMPTY:-8001}', '8001'],
    ['${EMPTY-8001}', ''],
    ['${UNSET-8001}', '8001'],
    ['${SET:-8001}', '8005'],
    ['${SET:+on}', 'on'],
    ['${UNSET+on}', ''],
    ['${UNSET:-${SET}}', '8005'],
    ['$$SET', '$SET'],
    ['${UNSET}', ''],
  ])('%s -> %s', (text, want) => {
    expect(interpolate(text, vars)).toEqual({ value: want });
  });
  it('${VAR?err} and ${VAR:?err} fail with the message', () => {
    expect(interpolate('${UNSET?set API_PORT}', vars).error).toBe('UNSET: set API_PORT');
    expect(interpolate('${EMPTY:?}', vars).error).toBe('EMPTY: is not set');
    expect(interpolate('${EMPTY?x}', vars)).toEqual({ value: '' });
  });
  it('the variable an entry is wholly written as, for fixes that keep it', () => {
    expect(soleVariable('${API_PORT:-8001}')).toBe('API_PORT');
    expect(soleVariable('$API_PORT')).toBe('API_PORT');
    expect(soleVariable('${API_URL:-http://localhost:8001}')).toBe('API_URL');
    expect(soleVariable('http://localhost:${API_PORT}')).toBeUndefined();
    expect(soleVariable('8001')).toBeUndefined();
  });
});

describe('port entries, as Docker binds them', () => {
  const b = (hostIp: string, published: number | undefined, target: number, protocol = 'tcp') => ({
    hostIp,
    ...(published !== undefined && { published }),
    target,
    protocol,
  });
  it.each([
    ['8001:8000', [b('', 8001, 8000)]],
    ['127.0.0.1:8001:8000/tcp', [b('127.0.0.1', 8001, 8000)]],
    ['[::1]:8001:8000', [b('::1', 8001, 8000)]],
    ['::1:8001:8000/tcp', [b('::1', 8001, 8000)]],
    ['8000', [b('', undefined, 8000)]],
    ['127.0.0.1::8000', [b('127.0.0.1', undefined, 8000)]],
    ['8001-8002:8000-8001/udp', [b('', 8001, 8000, 'udp'), b('', 8002, 8001, 'udp')]],
    ['8001-8003:8000', [{ ...b('', 8001, 8000), publishedEnd: 8003 }]],
    ['8001-8002:8000-8003', []],
    ['junk', []],
  ])('%s', (entry, want) => {
    expect(parseShortPort(entry)).toEqual(want);
  });
  it('the long syntax, with v2 writing published as a string', () => {
    expect(parsePort({ target: 8000, published: '8001', host_ip: '::1', protocol: 'tcp' })).toEqual(
      [b('::1', 8001, 8000)],
    );
    expect(parsePort({ target: 8000, published: '9102-9104' })).toEqual([
      { ...b('', 9102, 8000), publishedEnd: 9104 },
    ]);
  });
  it('clashes: addresses and protocols are part of one', () => {
    expect(addressesOverlap('127.0.0.1', '::1')).toBe(false);
    expect(addressesOverlap('', '::1')).toBe(true);
    expect(addressesOverlap('0.0.0.0', '127.0.0.1')).toBe(true);
    expect(addressesOverlap('0.0.0.0', '::1')).toBe(false);
    expect(addressesOverlap('::', '::1')).toBe(true);
    expect(bindingsClash(b('', 8001, 8000), b('', 8001, 53, 'udp'))).toBe(false);
    expect(bindingsClash(b('', 8001, 8000), b('127.0.0.1', 8001, 3000))).toBe(true);
    expect(bindingsClash(b('127.0.0.1', 8001, 8000), b('::1', 8001, 3000))).toBe(false);
  });
  it('listen ports', () => {
    expect(listenPort('python -m uvicorn backend.main:app --port 9000')).toBe(9000);
    expect(listenPort('uvicorn backend.main:app')).toBe(8000);
    expect(listenPort('gunicorn --bind 0.0.0.0:7000 app')).toBe(7000);
  });
});

describe('the secrets a compose project brings in', () => {
  it('every .env and env_file value but ports, hosts and URLs; shell values only when referenced', () => {
    const secrets = secretValues({
      dotenv: { API_PORT: '8004', API_HOST: '0.0.0.0', DB_PASSWORD: 'pw-Zq81nXe', TINY: 'abc' },
      shell: { HOME: '/root', TOKEN: 'tok-Q4f8Ue', NEXT_PUBLIC_API_URL: 'http://u:pw-url1@x:8001' },
      referenced: ['TOKEN', 'NEXT_PUBLIC_API_URL'],
      envFileValues: [['SECRET_KEY', 'sk-live-3f9a77c1']],
    });
    expect(secrets.sort()).toEqual(['pw-Zq81nXe', 'sk-live-3f9a77c1', 'tok-Q4f8Ue', 'u:pw-url1']);
    expect(redact('x sk-live-3f9a77c1 and u:pw-url1@x', secrets)).toBe('x *** and ***@x');
  });
});

describe("Compose v2's config --format json (recorded)", () => {
  it('the example: command as a list, published as a string', () => {
    const [backend, web] = servicesOfConfig(readFileSync(join(FIXTURES, 'example.json'), 'utf8'));
    expect(backend?.command).toBe('python -m uvicorn backend.main:app --host 0.0.0.0 --port 8000');
    expect(backend?.ports).toEqual([
      { hostIp: '', published: 8001, target: 8000, protocol: 'tcp' },
    ]);
    expect(web?.environment.get('NEXT_PUBLIC_API_URL')).toBe('http://localhost:8001');
  });
  it('host_ip, udp, host ranges, build args, profiles', () => {
    const services = servicesOfConfig(readFileSync(join(FIXTURES, 'spec-ports.json'), 'utf8'));
    const metrics = services.find((s) => s.name === 'metrics');
    expect(metrics?.profiles).toEqual(['metrics']);
    expect(metrics?.ports).toEqual([
      { hostIp: '', published: 8001, target: 9125, protocol: 'udp' },
      { hostIp: '', published: 9102, publishedEnd: 9104, target: 9102, protocol: 'tcp' },
    ]);
    const web = services.find((s) => s.name === 'web');
    expect(web?.environment.get('NEXT_PUBLIC_API_URL')).toBe('http://localhost:8001');
    expect(web?.command).toBeUndefined();
  });
});

interface Result {
  id: string;
  status: string;
  message: string;
  details: string[];
  remedy: string | null;
  fixable: boolean;
  locations: { file: string; line?: number }[];
  data: Record<string, unknown>;
}

/** A folder on PATH holding one executable `name` that runs `script` (sh). */
async function tool(name: string, script: string): Promise<string> {
  const dir = await tempDir('compose-tool-');
  writeFileSync(join(dir, name), `#!/bin/sh\n${script}\n`);
  chmodSync(join(dir, name), 0o755);
  return dir;
}

/** A `docker` whose compose plugin replays a recorded `config --format json`. */
const recordedDocker = (recording: string) =>
  tool(
    'docker',
    `[ "$*" = "compose config --format json" ] && exec cat '${join(FIXTURES, recording)}'\necho "unexpected: $*" >&2; exit 3`,
  );

async function doctor(
  project: string,
  env: Record<string, string> = {},
  args: string[] = ['--json', '--only', 'compose'],
) {
  const run = await runCli('udo-doctor', args, {
    cwd: project,
    // A loaded machine must not turn Compose's answer into the built-in reader's.
    env: { UDO_PORT_LEASE_DIR: await tempDir('leases-'), UDO_PORT_COMPOSE_TIMEOUT: '120', ...env },
  });
  const checks = args.includes('--json') ? (JSON.parse(run.stdout).checks as Result[]) : [];
  return { run, check: (id: string) => checks.find((c) => c.id === id) as Result };
}

async function withCompose(compose: string, dotenv?: string): Promise<string> {
  const project = await exampleCopy();
  writeFileSync(join(project, 'compose.yaml'), compose);
  if (dotenv !== undefined) writeFileSync(join(project, '.env'), dotenv);
  return project;
}

const EXAMPLE = readFileSync(join(ROOT, 'examples', 'compose.yaml'), 'utf8');
const IDS = ['compose.file', 'compose.backend-port', 'compose.web-api-url', 'compose.port-clash'];

describe('which Compose answers', () => {
  it('no compose file: every compose check is skipped, and Compose is not asked', async () => {
    const never = await tool('docker-compose', 'echo asked >&2; exit 9');
    const { check, run } = await doctor(await exampleCopy(), { PATH: never });
    for (const id of IDS) expect(check(id).status).toBe('skip');
    expect(run.code).toBe(0);
  });

  it('the docs example passes with docker-compose (v1), and docs/containers-and-compose.md shows it as it is', async () => {
    expect(readFileSync(join(ROOT, 'docs', 'containers-and-compose.md'), 'utf8')).toContain(
      EXAMPLE,
    );
    const { check, run } = await doctor(await withCompose(EXAMPLE));
    for (const id of IDS) expect([id, check(id).status]).toEqual([id, 'pass']);
    expect(check('compose.file').message).toBe(
      'compose.yaml (read by docker-compose): backend backend, frontend web',
    );
    expect(check('compose.file').data.resolver).toBe('docker-compose');
    expect(check('compose.backend-port').message).toBe(
      'service backend publishes 8001 to 8000 (compose.yaml:8)',
    );
    expect(run.code).toBe(0);
  });

  it('docker compose (v2) first: its JSON, with lines found back in the source', async () => {
    const project = await withCompose(EXAMPLE);
    const PATH = `${await recordedDocker('example.json')}:${process.env.PATH}`;
    const { check } = await doctor(project, { PATH });
    expect(check('compose.file').data.resolver).toBe('docker compose');
    for (const id of IDS) expect([id, check(id).status]).toEqual([id, 'pass']);
    expect(check('compose.web-api-url').message).toBe(
      'service web calls http://localhost:8001 (compose.yaml:14)',
    );
  });

  it('v2: a clash on [::1] between services, none between 127.0.0.1 and ::1 nor udp and tcp', async () => {
    const source = `services:
  backend:
    build: ./backend
    command: python -m debugpy --listen 0.0.0.0:5678 -m uvicorn backend.main:app --host 0.0.0.0 --port 8000
    ports:
      - "127.0.0.1:5678:5678"
      - "127.0.0.1:8001:8000"
      - "[::1]:8001:8000"
  metrics:
    image: prom/statsd-exporter
    profiles: [metrics]
    ports:
      - "8001:9125/udp"
      - "9102-9104:9102"
  web:
    build:
      context: ./web-dashboard
      args:
        NEXT_PUBLIC_API_URL: http://localhost:8001
    ports:
      - "[::1]:8001:3000"
`;
    const project = await withCompose(source);
    const PATH = `${await recordedDocker('spec-ports.json')}:${process.env.PATH}`;
    const { check } = await doctor(project, { PATH, COMPOSE_PROFILES: 'metrics' });
    expect(check('compose.file').data.resolver).toBe('docker compose');
    expect(check('compose.backend-port').status).toBe('pass');
    expect(check('compose.web-api-url').status).toBe('pass');
    const clash = check('compose.port-clash');
    expect(clash.status).toBe('error');
    expect(clash.message).toBe(
      'compose.yaml:21: service web publishes port [::1]:8001, which service backend publishes at compose.yaml:8',
    );
    expect(clash.remedy).toBe('change compose.yaml:21 to: - "[::1]:8002:3000"');
    // The recording's DATABASE_URL password is a value Compose resolved: never printed.
    expect(JSON.stringify(check('compose.file'))).not.toContain('pw-Zq81nXe');
  });

  it('podman compose answers when neither docker compose nor docker-compose is installed', async () => {
    const podman = await tool(
      'podman',
      `[ "$*" = "compose config" ] && exec /bin/cat <<'EOF'\nservices:\n  backend:\n    build:\n      context: ./backend\n    command: python -m uvicorn backend.main:app --port 8000\n    ports:\n    - published: 8009\n      target: 8000\nEOF\nexit 3`,
    );
    const { check } = await doctor(await withCompose(EXAMPLE), { PATH: podman });
    expect(check('compose.file').data.resolver).toBe('podman compose');
    expect(check('compose.backend-port').message).toBe(
      'compose.yaml:8: service backend publishes port 8009, but udo-port gives the backend 8001 (from the default)',
    );
  });

  it('a docker without the compose plugin is passed over for docker-compose', async () => {
    const docker = await tool(
      'docker',
      `echo "docker: 'compose' is not a docker command." >&2; exit 1`,
    );
    const { check } = await doctor(await withCompose(EXAMPLE), {
      PATH: `${docker}:${process.env.PATH}`,
    });
    expect(check('compose.file').data.resolver).toBe('docker-compose');
  });

  it('a Compose that hangs is a line; the built-in reader answers', async () => {
    const docker = await tool('docker', 'exec /bin/sleep 60');
    const { check } = await doctor(await withCompose(EXAMPLE), {
      PATH: docker,
      UDO_PORT_COMPOSE_TIMEOUT: '1',
    });
    const file = check('compose.file');
    expect(file.data.resolver).toBe('built-in');
    expect(file.status).toBe('pass');
    expect(file.details).toEqual([
      '`docker compose config` timed out after 1 s (UDO_PORT_COMPOSE_TIMEOUT): read by the built-in reader instead',
    ]);
    expect(check('compose.backend-port').status).toBe('pass');
  });

  it('asked at once: the later ones end when an earlier one answers; a hung one gives way', async () => {
    const pids = await tempDir('compose-pids-');
    const v1 = await tool('docker-compose', `echo $$ > '${pids}/v1'\nexec /bin/sleep 60`);
    const docker = await recordedDocker('example.json');
    const { check } = await doctor(await withCompose(EXAMPLE), {
      PATH: `${docker}:${v1}:/usr/bin:/bin`,
    });
    expect(check('compose.file').data.resolver).toBe('docker compose');
    // Every docker-compose started is ended: by the pid it wrote once running, or, ended before it
    // could write one (a loaded host), by its script's path in a command line still there.
    const script = join(v1, 'docker-compose');
    const running = () => {
      const found = new Set<number>();
      try {
        found.add(Number(readFileSync(join(pids, 'v1'), 'utf8')));
      } catch {}
      for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
        try {
          if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(script))
            found.add(Number(entry));
        } catch {}
      }
      return [...found].filter((pid) => {
        // Ended is what counts: a zombie not yet reaped by a loaded host has ended too.
        try {
          return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0] !== 'Z';
        } catch {
          return false;
        }
      });
    };
    await expect.poll(running, { timeout: 30_000 }).toEqual([]);
    // A docker compose that hangs gives way to the next, with a line saying so.
    const hung = await tool('docker', 'exec /bin/sleep 60');
    const quick = await tool(
      'docker-compose',
      `exec /bin/cat <<'EOF'\nservices:\n  backend:\n    command: uvicorn backend.main:app\n    ports:\n    - 8001:8000\nEOF`,
    );
    const next = await doctor(await withCompose(EXAMPLE), {
      PATH: `${hung}:${quick}`,
      UDO_PORT_COMPOSE_TIMEOUT: '10',
    });
    expect(next.check('compose.file').data.resolver).toBe('docker-compose');
    expect(next.check('compose.file').details).toEqual([
      '`docker compose config` timed out after 10 s (UDO_PORT_COMPOSE_TIMEOUT): docker-compose answered instead',
    ]);
  }, 60_000);

  it('UDO_PORT_COMPOSE_TIMEOUT that is no number of seconds: one line naming it', async () => {
    const { check } = await doctor(await withCompose(EXAMPLE), {
      UDO_PORT_COMPOSE_TIMEOUT: 'soon',
    });
    expect(check('compose.file')).toMatchObject({
      status: 'error',
      message:
        'the check itself failed: UDO_PORT_COMPOSE_TIMEOUT: "soon" is not a number of seconds (0-600)',
    });
  });

  it("Compose's refusal is the finding, cleaned of control characters", async () => {
    const project = await withCompose(
      'services:\n  backend:\n    image: busybox\n    ports:\n      - "${API_PORT?set API_PORT first}:8000"\n',
    );
    const { check, run } = await doctor(project);
    const file = check('compose.file');
    expect(file.status).toBe('error');
    expect(file.data.resolver).toBe('docker-compose');
    expect(file.message).toMatch(
      /^compose\.yaml:5: docker-compose refuses it: .*set API_PORT first/,
    );
    expect(file.remedy).toBe(
      'set API_PORT in the shell or in .env, or give it a default: ${API_PORT:-VALUE}:8000',
    );
    expect(run.code).toBe(1);
  });

  it("Compose's own message: colour codes dropped, controls made visible, secrets masked", async () => {
    const docker = await tool(
      'docker',
      `printf '\\033[31mERROR\\033[0m: bad value sk-live-3f9a77c1\\007 for ports\\n\\033]0;title\\007\\n' >&2; exit 1`,
    );
    const project = await withCompose(EXAMPLE, 'SECRET_KEY=sk-live-3f9a77c1\n');
    const { check, run } = await doctor(project, { PATH: docker, GITHUB_ACTIONS: 'true' });
    const file = check('compose.file');
    expect(file.data.resolver).toBe('docker compose');
    expect(file.message).toBe(
      'docker compose refuses it: ERROR: bad value ***\\x07 for ports \\x1b]0;title\\x07',
    );
    expect(run.stdout + run.stderr).not.toContain('sk-live');
    expect(run.stdout + run.stderr).not.toContain('\x1b');
  });

  it('a FIFO where Compose reads a file: Compose is not asked, nothing blocks', async () => {
    const asked = await tempDir('compose-asked-');
    const v1 = await tool('docker-compose', `touch '${asked}/v1'\nexec /bin/sleep 60`);
    for (const fifo of ['compose.override.yaml', '.env']) {
      const project = await withCompose(EXAMPLE);
      execFileSync('mkfifo', [join(project, fifo)]);
      const { check } = await doctor(project, { PATH: `${v1}:/usr/bin:/bin` });
      const file = check('compose.file');
      expect(file.status).toBe('error');
      expect(file.message).toContain(`${fifo} is a FIFO`);
      expect(file.details).toEqual([
        `Compose was not asked: it would block on ${join(project, fifo)}: read by the built-in reader instead`,
      ]);
    }
    expect(existsSync(join(asked, 'v1'))).toBe(false);
  });

  it('without any Compose: the built-in reader, and what it cannot resolve gives no verdict', async () => {
    const bare = await tempDir('no-compose-');
    const project = await withCompose(`include:\n  - other.yaml\n${EXAMPLE}`);
    writeFileSync(join(project, 'other.yaml'), 'services:\n  db:\n    image: postgres\n');
    const { check } = await doctor(project, { PATH: bare });
    expect(check('compose.file').status).toBe('warn');
    expect(check('compose.file').message).toContain('could not resolve include: in');
    expect(check('compose.file').data.resolver).toBe('built-in');
    for (const id of IDS.slice(1)) expect([id, check(id).status]).toEqual([id, 'skip']);
  });
});

describe('findings and fixes', () => {
  const BACKEND = (
    ports: string,
    command = 'python -m uvicorn backend.main:app --host 0.0.0.0 --port 8000',
  ) =>
    `services:\n  backend:\n    build: ./backend\n    command: ${command}\n    ports:\n      - "${ports}"\n`;

  it('a literal published port other than udo-port’s: the line and the exact entry', async () => {
    const { check } = await doctor(await withCompose(BACKEND('8005:8000')), { API_PORT: '28710' });
    const c = check('compose.backend-port');
    expect(c.status).toBe('warn');
    expect(c.message).toBe(
      'compose.yaml:6: service backend publishes port 8005, but udo-port gives the backend 28710 (from API_PORT)',
    );
    expect(c.remedy).toBe('change compose.yaml:6 to: - "28710:8000"');
    expect(c.fixable).toBe(false);
  });

  it('${API_PORT:-8001} from the .env: --fix sets API_PORT there, never a literal', async () => {
    const project = await withCompose(EXAMPLE, 'API_PORT=28711\n');
    const c = (await doctor(project)).check('compose.backend-port');
    expect(c.message).toBe(
      'compose.yaml:8: service backend publishes port 28711, but udo-port gives the backend 8001 (from the default)',
    );
    expect(c.remedy).toBe('npx udo-doctor --fix\nset API_PORT=8001 in .env');
    expect(c.fixable).toBe(true);
    const fixed = await doctor(project, {}, ['--json', '--only', 'compose', '--fix']);
    expect(readFileSync(join(project, '.env'), 'utf8')).toBe('API_PORT=8001\n');
    expect(readFileSync(join(project, 'compose.yaml'), 'utf8')).toBe(EXAMPLE);
    for (const id of IDS) expect([id, fixed.check(id).status]).toEqual([id, 'pass']);
  });

  it('the shell sets API_PORT, --port another: no --fix (the shell outranks .env), the shell is named', async () => {
    const project = await withCompose(EXAMPLE, 'API_PORT=28713\n');
    const { check } = await doctor(project, { API_PORT: '28712' }, [
      '--json',
      '--only',
      'compose',
      '--port',
      '28714',
    ]);
    const c = check('compose.backend-port');
    expect(c.message).toBe(
      'compose.yaml:8: service backend publishes port 28712, but udo-port gives the backend 28714 (from --port)',
    );
    expect(c.fixable).toBe(false);
    expect(c.remedy).toBe('the shell sets API_PORT=28712: run with API_PORT=28714, or unset it');
  });

  it('a container port its command does not listen on (uvicorn’s 8000 without --port)', async () => {
    const project = await withCompose(
      BACKEND('8001:9000', 'uvicorn backend.main:app --host 0.0.0.0'),
    );
    const c = (await doctor(project)).check('compose.backend-port');
    expect(c.status).toBe('error');
    expect(c.message).toBe(
      'compose.yaml:2: service backend publishes no TCP port to port 8000, where its command listens (it publishes 8001->9000/tcp)',
    );
    expect(c.remedy).toBe('add under backend: ports: ["8001:8000"]');
  });
});

describe('no secret printed', () => {
  const SECRETS = ['pw-Zq81nXe', 'sk-live-3f9a77c1', 'key-Hh2Lw9', 'tok-Q4f8Ue'];
  const compose = `services:
  backend:
    build: ./backend
    command: python -m uvicorn backend.main:app --port 8000 --header x-key:\${API_KEY}
    environment:
      DATABASE_URL: postgres://app:\${DB_PASSWORD}@db/app
      SECRET_KEY: \${SECRET_KEY}
    ports:
      - "\${API_PORT:-8001}:9000"
  web:
    build: ./web-dashboard
    environment:
      NEXT_PUBLIC_API_URL: http://\${DB_PASSWORD}@localhost:8002/?k=\${SHELL_TOKEN}
    ports:
      - "\${SECRET_KEY}:3000"
`;
  const dotenv =
    'API_PORT=8004\nDB_PASSWORD=pw-Zq81nXe\nSECRET_KEY=sk-live-3f9a77c1\nAPI_KEY=key-Hh2Lw9\n';

  it.each([
    ['docker-compose', undefined],
    ['built-in', 'bare'],
  ])('%s: not in the text, the JSON or the annotations', async (resolver, bare) => {
    const project = await withCompose(compose, dotenv);
    const env = {
      SHELL_TOKEN: 'tok-Q4f8Ue',
      GITHUB_ACTIONS: 'true',
      ...(bare && { PATH: await tempDir('no-compose-') }),
    };
    const json = await doctor(project, env, ['--json', '--only', 'compose', '--verbose']);
    expect(json.check('compose.file').data.resolver).toBe(resolver);
    const text = await doctor(project, env, ['--only', 'compose', '--verbose']);
    const all = [json.run.stdout, json.run.stderr, text.run.stdout, text.run.stderr].join('\n');
    // The refusal (a secret as a port) is there; the built-in reader's names the entry, masked.
    expect(json.check('compose.file').status).toBe('error');
    if (bare) expect(json.check('compose.file').message).toContain('"***:3000"');
    for (const secret of SECRETS) expect(all).not.toContain(secret);
    expect(all).toContain('::error');
  });

  it('and with a file Compose reads, the URL is shown with its credentials masked', async () => {
    const project = await withCompose(
      compose.replace('"${SECRET_KEY}:3000"', '"3000:3000"'),
      dotenv,
    );
    const env = { SHELL_TOKEN: 'tok-Q4f8Ue', GITHUB_ACTIONS: 'true' };
    const json = await doctor(project, env, ['--json', '--only', 'compose', '--verbose']);
    const text = await doctor(project, env, ['--only', 'compose', '--verbose']);
    const all = [json.run.stdout, json.run.stderr, text.run.stdout, text.run.stderr].join('\n');
    expect(json.check('compose.backend-port').status).toBe('error');
    expect(json.check('compose.web-api-url').status).toBe('skip');
    expect(json.check('compose.backend-port').details).toEqual([
      'command (compose.yaml:4): python -m uvicorn backend.main:app --port 8000 --header x-key:${API_KEY}',
    ]);
    for (const secret of SECRETS) expect(all).not.toContain(secret);
  });
});

describe('COMPOSE_FILE', () => {
  it('${VAR?err} unset in a file COMPOSE_FILE names: compose.file names the line (built-in)', async () => {
    const project = await exampleCopy();
    copyFileSync(join(ROOT, 'examples', 'compose.yaml'), join(project, 'compose.yaml'));
    writeFileSync(
      join(project, 'stack.yml'),
      'services:\n  backend:\n    image: busybox\n    ports:\n      - "${API_PORT?set API_PORT first}:8000"\n',
    );
    const { check, run } = await doctor(project, {
      COMPOSE_FILE: 'stack.yml',
      PATH: await tempDir('no-compose-'),
    });
    const c = check('compose.file');
    expect(c.status).toBe('error');
    expect(c.message).toBe('stack.yml:5: API_PORT: set API_PORT first');
    expect(c.remedy).toContain('${API_PORT:-VALUE}:8000');
    expect(run.code).toBe(1);
  });
});
