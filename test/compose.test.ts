// The doctor's compose checks on real compose files in a copy of the example, run as users run it.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Compose's own ${VAR} syntax, written as Compose files write it.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { interpolate, listenPort, parsePortEntry } from '../src/core/compose.js';
import { cleanup, exampleCopy, ROOT, tempDir } from './helpers.js';
import { runCli } from './in-process.js';

afterAll(cleanup);

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
  it('port entries and listen ports', () => {
    expect(parsePortEntry('127.0.0.1:8001:8000/tcp')).toEqual({ host: 8001, target: 8000 });
    expect(parsePortEntry('8000')).toEqual({ target: 8000 });
    expect(listenPort('python -m uvicorn backend.main:app --port 9000')).toBe(9000);
    expect(listenPort('uvicorn backend.main:app')).toBe(8000);
    expect(listenPort('gunicorn --bind 0.0.0.0:7000 app')).toBe(7000);
  });
});

interface Result {
  id: string;
  status: string;
  message: string;
  remedy: string;
  locations: { file: string; line?: number }[];
}

async function doctor(
  compose: string | undefined,
  env: Record<string, string> = {},
  dotenv?: string,
) {
  const project = await exampleCopy();
  if (compose !== undefined) writeFileSync(join(project, 'compose.yaml'), compose);
  if (dotenv !== undefined) writeFileSync(join(project, '.env'), dotenv);
  const run = await runCli('udo-doctor', ['--json', '--only', 'compose'], {
    cwd: project,
    env: { UDO_PORT_LEASE_DIR: await tempDir('leases-'), ...env },
  });
  const checks = JSON.parse(run.stdout).checks as Result[];
  return {
    project,
    code: run.code,
    check: (id: string) => checks.find((c) => c.id === id) as Result,
  };
}

const BACKEND = (
  ports: string,
  command = 'python -m uvicorn backend.main:app --host 0.0.0.0 --port 8000',
) =>
  `services:\n  backend:\n    build: ./backend\n    command: ${command}\n    ports:\n      - "${ports}"\n`;

describe('udo-doctor --only compose', () => {
  it('no compose file: every compose check is skipped', async () => {
    const { check, code } = await doctor(undefined);
    for (const id of [
      'compose.file',
      'compose.backend-port',
      'compose.web-api-url',
      'compose.port-clash',
    ]) {
      expect(check(id).status).toBe('skip');
    }
    expect(code).toBe(0);
  });

  it('the README example passes, and the README shows it as it is', async () => {
    const example = readFileSync(join(ROOT, 'examples', 'compose.yaml'), 'utf8');
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(example);
    const { check, code } = await doctor(example);
    for (const id of [
      'compose.file',
      'compose.backend-port',
      'compose.web-api-url',
      'compose.port-clash',
    ]) {
      expect([id, check(id).status]).toEqual([id, 'pass']);
    }
    expect(check('compose.file').message).toBe('compose.yaml: backend backend, frontend web');
    expect(code).toBe(0);
  });

  it('a published port other than udo-port’s: the line and the exact entry', async () => {
    const { check } = await doctor(BACKEND('8005:8000'), { API_PORT: '28710' });
    const c = check('compose.backend-port');
    expect(c.status).toBe('warn');
    expect(c.message).toBe(
      'compose.yaml:6: service backend publishes port 8005, but udo-port gives the backend 28710 (from API_PORT)',
    );
    expect(c.remedy).toBe('change compose.yaml:6 to: - "28710:8000"');
  });

  it('${API_PORT:-8001} from the project .env, and the shell over it', async () => {
    const compose = BACKEND('${API_PORT:-8001}:8000');
    expect(
      (await doctor(compose, {}, 'API_PORT=28711\n')).check('compose.backend-port').message,
    ).toContain('publishes port 28711, but udo-port gives the backend 8001');
    const shell = await doctor(compose, { API_PORT: '28712' }, 'API_PORT=28711\n');
    expect(shell.check('compose.backend-port').status).toBe('pass');
  });

  it('a container port its command does not listen on (uvicorn’s 8000 without --port)', async () => {
    const { check } = await doctor(BACKEND('8001:9000', 'uvicorn backend.main:app --host 0.0.0.0'));
    const c = check('compose.backend-port');
    expect(c.status).toBe('error');
    expect(c.message).toBe(
      'compose.yaml:6: service backend publishes 8001 to port 9000 in its container, but its command listens on 8000',
    );
    expect(c.remedy).toBe('change compose.yaml:6 to: - "8001:8000"');
  });

  it('NEXT_PUBLIC_API_URL in build args naming another port than the published one', async () => {
    const compose = `${BACKEND('8001:8000')}  web:\n    build:\n      context: ./web-dashboard\n      args:\n        - NEXT_PUBLIC_API_URL=\${API_URL-http://localhost:8000}\n`;
    const c = (await doctor(compose)).check('compose.web-api-url');
    expect(c.status).toBe('error');
    expect(c.message).toBe(
      'compose.yaml:11: service web sets NEXT_PUBLIC_API_URL=http://localhost:8000, but backend is published on port 8001',
    );
    expect(c.remedy).toBe('change compose.yaml:11 to: NEXT_PUBLIC_API_URL: http://localhost:8001');
    expect(c.locations[0]?.line).toBe(11);
  });

  it('two services publishing one host port', async () => {
    const compose = `${BACKEND('8001:8000')}  web:\n    image: node:20\n    ports:\n      - target: 3000\n        published: 8001\n`;
    const c = (await doctor(compose)).check('compose.port-clash');
    expect(c.status).toBe('error');
    expect(c.message).toBe(
      'compose.yaml:11: service web publishes port 8001, which service backend publishes at compose.yaml:6',
    );
    expect(c.remedy).toBe('change compose.yaml:11 to: - "8002:3000"');
  });

  it('${VAR?err} unset: compose.file names the line and the message; COMPOSE_FILE is followed', async () => {
    const project = await exampleCopy();
    copyFileSync(join(ROOT, 'examples', 'compose.yaml'), join(project, 'compose.yaml'));
    writeFileSync(join(project, 'stack.yml'), BACKEND('${API_PORT?set API_PORT first}:8000'));
    const run = await runCli('udo-doctor', ['--json', '--only', 'compose'], {
      cwd: project,
      env: { UDO_PORT_LEASE_DIR: await tempDir('leases-'), COMPOSE_FILE: 'stack.yml' },
    });
    const c = (JSON.parse(run.stdout).checks as Result[]).find(
      (r) => r.id === 'compose.file',
    ) as Result;
    expect(c.status).toBe('error');
    expect(c.message).toBe('stack.yml:6: API_PORT: set API_PORT first');
    expect(c.remedy).toContain('${API_PORT:-VALUE}:8000');
    expect(run.code).toBe(1);
  });
});
