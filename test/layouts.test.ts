// Issue 19: any FastAPI + Next.js or Vite project, its layout committed once in udo-port.json.
// Three layouts of our own (test/fixtures/layouts/): an API in api/index.py with Next.js at the
// root; backend/ run by `fastapi dev` with a Vite frontend/ and Compose; a pnpm monorepo with
// apps/api and apps/web. `udo-port init` writes each one's file, and `udo-port dev` with no flags
// brings up real uvicorn (Debian's, in a real venv) and real Next.js or Vite.
// This file's ports: 31200-31299, and the layouts' defaults (8001-8010, 3000-3010, 5173-5183)
// in network namespaces of their own.
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { delimiter, join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rememberedPorts, rememberPorts } from '../src/core/ports/remembered.js';
import { withPortArgs } from '../src/core/process/backend-command.js';
import { loadProjectFile, parseProjectFile } from '../src/core/project/file.js';
import {
  apiUrlVariables,
  detectLayout,
  listFiles,
  looksLikeApiUrl,
} from '../src/core/project/layout.js';
import {
  detectFramework,
  detectPackageManager,
  devServerArgv,
} from '../src/core/project/web-app.js';
import { fastapiEntrypoint } from '../src/core/python/pyproject.js';
import { fixedAddresses } from '../src/doctor/checks/web-dev-proxy.js';
import { newJob, runMain, runPost } from './action-harness.js';
import { bundle, cleanEnv, cleanup, privateNetwork, ROOT, runBundle, tempDir } from './helpers.js';
import { runCli } from './in-process.js';

afterAll(cleanup);
const running: ChildProcess[] = [];
afterAll(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
});

const FIXTURES = join(ROOT, 'test', 'fixtures');
const LAYOUTS = join(FIXTURES, 'layouts');
const NEXT_MODULES = join(FIXTURES, 'next-app', 'node_modules');
const VITE_MODULES = join(FIXTURES, 'vite-app', 'node_modules');
const PNPM_BIN = join(FIXTURES, 'pnpm-tool', 'node_modules', '.bin');
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'udo-port.schema.json'), 'utf8'));

// ---------------------------------------------------------------------------------------------
// A validator for the subset of JSON Schema (draft 7) the schema uses: type, properties,
// additionalProperties: false, items, $ref into definitions, pattern, minLength, minimum,
// maximum. Hand-written: no JSON Schema library is among the dependencies, and the subset is small.
type Schema = Record<string, unknown>;
function schemaErrors(value: unknown, schema: Schema, at = '', root: Schema = schema): string[] {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/definitions/', '');
    return schemaErrors(
      value,
      (root.definitions as Record<string, Schema>)[name] as Schema,
      at,
      root,
    );
  }
  const errors: string[] = [];
  const type = schema.type as string | undefined;
  const isType =
    type === undefined ||
    (type === 'object' && typeof value === 'object' && value !== null && !Array.isArray(value)) ||
    (type === 'array' && Array.isArray(value)) ||
    (type === 'string' && typeof value === 'string') ||
    (type === 'integer' && Number.isInteger(value));
  if (!isType) return [`${at || '/'}: not ${type}`];
  if (type === 'object') {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const [key, item] of Object.entries(value as object)) {
      if (props[key]) errors.push(...schemaErrors(item, props[key], `${at}/${key}`, root));
      else if (schema.additionalProperties === false) errors.push(`${at}/${key}: not allowed`);
    }
  }
  if (type === 'array' && schema.items) {
    (value as unknown[]).forEach((item, i) => {
      errors.push(...schemaErrors(item, schema.items as Schema, `${at}/${i}`, root));
    });
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength)
      errors.push(`${at}: too short`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      errors.push(`${at}: does not match ${schema.pattern}`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${at}: < min`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${at}: > max`);
  }
  return errors;
}

const accepted = (doc: unknown) => {
  try {
    parseProjectFile(doc, 'udo-port.json');
    return true;
  } catch {
    return false;
  }
};

// Documents both the schema and udo-port's own reading must agree on.
const GOOD: unknown[] = [
  {},
  { $schema: 'https://unpkg.com/udo-port/udo-port.schema.json' },
  {
    backend: {
      dir: '.',
      app: 'backend.main:app',
      command: 'fastapi dev app/main.py --port {port}',
      venv: '.venv',
      envFile: 'backend/.env',
      port: 8001,
      range: '8001-8010',
      host: '0.0.0.0',
      frontendUrlVariables: ['FRONTEND_HOST'],
    },
    frontend: {
      dir: 'web-dashboard',
      command: 'npm run dev -- --port {port}',
      envFile: '.env.local',
      urlVariables: ['NEXT_PUBLIC_API_URL', 'NEXT_PUBLIC_API_BASE_URL'],
      port: 3000,
      range: '3000-3010',
    },
    compose: { files: ['compose.yaml'] },
  },
];
const BAD: unknown[] = [
  [],
  { backend: { prot: 8001 } },
  { backnd: {} },
  { backend: { port: '8001' } },
  { backend: { port: 0 } },
  { backend: { port: 70000 } },
  { backend: { port: 80.5 } },
  { backend: { app: 'main' } },
  { backend: { dir: '/srv/api' } },
  { backend: { dir: '../elsewhere' } },
  { backend: { range: 'many' } },
  { backend: { host: 'a b' } },
  { frontend: { urlVariables: 'VITE_API_URL' } },
  { frontend: { urlVariables: ['VITE-API'] } },
  { frontend: { envFile: '' } },
  { compose: { files: 'compose.yaml' } },
  { compose: { file: ['compose.yaml'] } },
];

describe('the project file and its schema', () => {
  it('the schema and udo-port agree on every document of a small corpus', () => {
    for (const doc of GOOD) {
      expect(schemaErrors(doc, SCHEMA), JSON.stringify(doc)).toEqual([]);
      expect(accepted(doc), JSON.stringify(doc)).toBe(true);
    }
    for (const doc of BAD) {
      expect(schemaErrors(doc, SCHEMA).length, JSON.stringify(doc)).toBeGreaterThan(0);
      expect(accepted(doc), JSON.stringify(doc)).toBe(false);
    }
  });

  it("docs/project-file.md's example file is valid", () => {
    const readme = readFileSync(join(ROOT, 'docs', 'project-file.md'), 'utf8');
    const block = /```json\n(\{\n {2}"\$schema": "https:\/\/unpkg\.com\/udo-port[\s\S]*?)```/.exec(
      readme,
    )?.[1];
    expect(block).toBeDefined();
    const doc = JSON.parse(block as string);
    expect(schemaErrors(doc, SCHEMA)).toEqual([]);
    expect(accepted(doc)).toBe(true);
  });

  it('ships in the package', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.files).toContain('udo-port.schema.json');
  });

  it('a mistake is one line naming the file, the key and the value, with a guess for a typo', () => {
    expect(() => parseProjectFile({ backend: { prot: 8001 } }, 'udo-port.json')).toThrow(
      'udo-port.json: backend.prot: not a key of the project file (did you mean backend.port?)',
    );
    expect(() => parseProjectFile({ frontend: { port: 'x' } }, 'udo-port.json')).toThrow(
      'udo-port.json: frontend.port: "x" is not a port (expected a whole number from 1 to 65535)',
    );
    expect(() => parseProjectFile({ backend: { dir: '../x' } }, 'udo-port.json')).toThrow(
      /^udo-port\.json: backend\.dir: "\.\.\/x" is not inside the project/,
    );
  });

  it('a bad file stops every command with exit 2 and that one line', async () => {
    const dir = await tempDir();
    writeFileSync(join(dir, 'udo-port.json'), '{"frontend": {"urlVariable": ["X"]}}\n');
    const env = { UDO_PORT_LEASE_DIR: join(dir, 'leases'), UDO_PORT_STATE_DIR: join(dir, 's') };
    const find = await runCli('udo-port', ['find', '--range', '31200-31209'], { cwd: dir, env });
    expect(find.code).toBe(2);
    expect(find.stderr.trim()).toBe(
      'udo-port: udo-port.json: frontend.urlVariable: not a key of the project file (did you mean frontend.urlVariables?)',
    );
    const doctor = await runCli('udo-doctor', [], { cwd: dir, env });
    expect(doctor.code).toBe(2);
    expect(doctor.stderr).toContain('frontend.urlVariable');
    writeFileSync(join(dir, 'udo-port.json'), '{"backend": ');
    const broken = await runCli('udo-port', ['find'], { cwd: dir, env });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^udo-port: udo-port\.json: not JSON \(/);
  });

  it('package.json\'s "udo-port" key is the same file; both at once is refused', async () => {
    const dir = await tempDir();
    const pkg = { name: 'x', 'udo-port': { backend: { range: '31210-31219' } } };
    writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg));
    expect(loadProjectFile(dir)).toMatchObject({
      label: 'package.json "udo-port"',
      config: { backend: { range: '31210-31219' } },
    });
    const env = { UDO_PORT_LEASE_DIR: join(dir, 'leases'), UDO_PORT_STATE_DIR: join(dir, 's') };
    // From a folder inside it: the key marks the root, and its range is used.
    const inner = join(dir, 'src', 'deep');
    execFileSync('mkdir', ['-p', inner]);
    const found = await runCli('udo-port', ['find', '--json'], { cwd: inner, env });
    expect(found.code).toBe(0);
    expect(JSON.parse(found.stdout)).toMatchObject({ port: 31210 });
    writeFileSync(join(dir, 'udo-port.json'), '{}');
    expect(() => loadProjectFile(dir)).toThrow(/both configure the project; keep one/);
  });

  it('flags, then the environment, then the file: the port order', async () => {
    const dir = await tempDir();
    writeFileSync(
      join(dir, 'udo-port.json'),
      JSON.stringify({ backend: { port: 31225, range: '31220-31229' } }),
    );
    let runs = 0;
    const json = async (args: string[], extra: Record<string, string> = {}) => {
      // A lease folder each: find holds its port, and each run here asks afresh.
      runs += 1;
      const env = { UDO_PORT_LEASE_DIR: join(dir, `leases${runs}`), UDO_PORT_STATE_DIR: dir };
      const run = await runCli('udo-port', ['find', '--json', ...args], {
        cwd: dir,
        env: { ...env, ...extra },
      });
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(run.stdout) as { port: number; source: string };
    };
    expect(await json([])).toMatchObject({ port: 31225, source: 'default' });
    expect(await json([], { API_PORT: '31227' })).toMatchObject({ port: 31227, source: 'env' });
    expect(await json(['--port', '31228'], { API_PORT: '31227' })).toMatchObject({
      port: 31228,
      source: 'flag',
    });
    expect(await json(['--range', '31230-31239'])).toMatchObject({ port: 31225 });
  });
});

describe('init and the doctor anywhere', () => {
  it('init --force replaces the file whole, leaving no temp file; the doctor runs where only the file marks the root', async () => {
    const dir = await tempDir();
    writeFileSync(join(dir, 'udo-port.json'), '{"backend": {"range": "31260-31269"}}\n');
    const env = { UDO_PORT_LEASE_DIR: join(dir, 'leases'), UDO_PORT_STATE_DIR: join(dir, 's') };
    const doctor = await runCli('udo-doctor', ['--json', '--only', 'env.port'], { cwd: dir, env });
    expect(doctor.stderr).not.toContain('not in a project');
    expect(JSON.parse(doctor.stdout).checks[0]).toMatchObject({ id: 'env.port', status: 'pass' });
    const forced = await runCli('udo-port', ['init', '--force'], { cwd: dir, env });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toContain('backend app');
    expect(JSON.parse(readFileSync(join(dir, 'udo-port.json'), 'utf8'))).toEqual({
      $schema: 'https://unpkg.com/udo-port/udo-port.schema.json',
    });
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const elsewhere = await runCli('udo-port', ['init', '--cwd', join(dir, 'nope')], { env });
    expect(elsewhere).toMatchObject({ code: 2 });
    expect(elsewhere.stderr).toContain('--cwd: "');
  });
});

describe('our backend, wherever backend.dir says it runs', () => {
  it('uvicorn started by hand in apps/api is ours, not another program to kill', async () => {
    const layout = LAYOUT_CASES[2] as Layout;
    const dir = await checkout(layout);
    const env = runEnv(dir, await tempDir('udo-state-'));
    expect((await runCli('udo-port', ['init'], { cwd: dir, env })).code).toBe(0);
    const python = join(dir, 'apps', 'api', '.venv', 'bin', 'python');
    const uvicorn = spawn(python, ['-m', 'uvicorn', 'main:api', '--port', '31270'], {
      cwd: join(dir, 'apps', 'api'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.push(uvicorn);
    let log = '';
    uvicorn.stderr?.on('data', (chunk) => {
      log += chunk;
    });
    try {
      for (let i = 0; i < 600 && !log.includes('Uvicorn running'); i++) {
        if (uvicorn.exitCode !== null) throw new Error(`uvicorn exited: ${log}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const run = await runCli(
        'udo-doctor',
        ['--json', '--only', 'port.backend', '--port', '31270'],
        {
          cwd: dir,
          env,
        },
      );
      const check = JSON.parse(run.stdout).checks[0];
      expect(check.status, run.stdout).toBe('pass');
      expect(check.message).toContain('our backend is running on port 31270');
    } finally {
      uvicorn.kill('SIGKILL');
    }
  });
});

describe('the action reads the project file too', () => {
  it('its range and first port, below the inputs; a bad file fails the step in one line', async () => {
    const workspace = await tempDir('udo-ws-');
    writeFileSync(
      join(workspace, 'udo-port.json'),
      JSON.stringify({ backend: { port: 31243, range: '31240-31249' } }),
    );
    const job = await newJob();
    const env = { UDO_PORT_LEASE_DIR: join(workspace, 'leases') };
    const main = await runMain(workspace, job, {}, env);
    expect(main.code, main.stdout + main.stderr).toBe(0);
    expect(main.outputs.port).toBe('31243');
    // 31243 is leased by the step above: the input's range is scanned, not the file's.
    const inputWins = await runMain(workspace, job, { range: '31250-31259' }, env);
    expect(inputWins.outputs.port).toBe('31250');
    const pinned = await runMain(workspace, job, { port: '31251' }, env);
    expect(pinned.outputs.port).toBe('31251');
    for (const state of [main.state, inputWins.state, pinned.state]) {
      expect((await runPost(workspace, job, state, env)).code).toBe(0);
    }
    writeFileSync(join(workspace, 'udo-port.json'), JSON.stringify({ backend: { rnage: 'x' } }));
    const bad = await runMain(workspace, job, {}, env);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout + bad.stderr).toContain(
      'udo-port.json: backend.rnage: not a key of the project file (did you mean backend.range?)',
    );
  });
});

describe('what is detected and how things are run (pure)', () => {
  it("reads [tool.fastapi] entrypoint, and only that table's", () => {
    expect(fastapiEntrypoint('[tool.fastapi]\nentrypoint = "app.main:app"\n')).toBe('app.main:app');
    expect(fastapiEntrypoint("[tool.fastapi] # cli\nentrypoint='main:api' # here\n")).toBe(
      'main:api',
    );
    expect(fastapiEntrypoint('[tool.other]\nentrypoint = "x:y"\n')).toBeUndefined();
    expect(fastapiEntrypoint('[tool.fastapi]\n[tool.b]\nentrypoint = "x:y"\n')).toBeUndefined();
  });

  it('gives fastapi dev|run and uvicorn the port and host, and leaves other commands be', () => {
    expect(withPortArgs(['fastapi', 'dev', 'app/main.py'], '0.0.0.0')).toEqual([
      'fastapi',
      'dev',
      'app/main.py',
      '--host',
      '0.0.0.0',
      '--port',
      '{port}',
    ]);
    expect(withPortArgs(['python3', '-m', 'uvicorn', 'a:b', '--host', '::'], '0.0.0.0')).toEqual([
      'python3',
      '-m',
      'uvicorn',
      'a:b',
      '--host',
      '::',
      '--port',
      '{port}',
    ]);
    expect(withPortArgs(['fastapi', 'run', 'x.py', '--port', '{port}'], 'h')).toEqual([
      'fastapi',
      'run',
      'x.py',
      '--port',
      '{port}',
    ]);
    expect(withPortArgs(['gunicorn', 'a:b'], 'h')).toEqual(['gunicorn', 'a:b']);
  });

  it('runs Vite on its strict port and each package manager with its own way of passing flags', () => {
    expect(devServerArgv('npm', 'vite', 5174)).toEqual([
      'npm',
      'run',
      'dev',
      '--',
      '--port',
      '5174',
      '--strictPort',
    ]);
    expect(devServerArgv('pnpm', 'next', 3001)).toEqual(['pnpm', 'run', 'dev', '--port', '3001']);
    expect(devServerArgv('yarn', 'next', 3001)).toEqual(['yarn', 'dev', '--port', '3001']);
  });

  it('finds the lockfile up to the workspace root, never above it', async () => {
    const dir = await tempDir();
    const web = join(dir, 'apps', 'web');
    execFileSync('mkdir', ['-p', web]);
    writeFileSync(join(dir, 'pnpm-lock.yaml'), '');
    expect(detectPackageManager(web, dir)).toBe('pnpm');
    expect(detectPackageManager(web, join(dir, 'apps'))).toBe('npm');
    writeFileSync(join(web, 'yarn.lock'), '');
    expect(detectPackageManager(web, dir)).toBe('yarn');
  });

  it('tells Next.js from Vite, and finds the API URL variables a frontend reads', () => {
    expect(detectFramework(join(LAYOUTS, 'next-api'))).toBe('next');
    expect(detectFramework(join(LAYOUTS, 'fastapi-vite', 'frontend'))).toBe('vite');
    const root = join(LAYOUTS, 'pnpm-monorepo');
    expect(apiUrlVariables(root, listFiles(root), 'apps/web')).toEqual(['NEXT_PUBLIC_BACKEND_URL']);
    expect(looksLikeApiUrl('NEXT_PUBLIC_API_BASE_URL')).toBe(true);
    expect(looksLikeApiUrl('NEXT_PUBLIC_APP_NAME')).toBe(false);
  });

  it('init on the UDO layout writes what its defaults already say', () => {
    const { config, framework, packageManager } = detectLayout(
      join(ROOT, 'examples', 'udo-platform'),
    );
    expect(config).toEqual({
      backend: { app: 'backend.main:app', envFile: 'backend/.env' },
      frontend: {
        dir: 'web-dashboard',
        envFile: '.env.local',
        urlVariables: ['NEXT_PUBLIC_API_URL'],
      },
    });
    expect([framework, packageManager]).toEqual(['next', 'npm']);
  });

  it('finds a fixed local port in a rewrite or proxy, by file and line, past comments', () => {
    const text =
      "// http://localhost:1111 in a comment\nexport default {\n  async rewrites() {\n    return [{ source: '/api/:p*', destination: 'http://127.0.0.1:8000/api/:p*' }];\n  },\n};\n";
    expect(fixedAddresses([{ file: 'next.config.mjs', text }])).toEqual([
      { file: 'next.config.mjs', line: 4, port: 8000, address: 'http://127.0.0.1:8000' },
    ]);
  });

  it('remembers ports per checkout, in its own file, written whole', async () => {
    const state = await tempDir();
    const env = { UDO_PORT_STATE_DIR: state };
    expect(rememberedPorts('/a', env)).toEqual({});
    rememberPorts('/a', { api: 8003, web: 3002 }, env);
    rememberPorts('/b', { api: 8004 }, env);
    expect(rememberedPorts('/a', env)).toEqual({ api: 8003, web: 3002 });
    expect(rememberedPorts('/b', env)).toEqual({ api: 8004 });
    writeFileSync(join(state, 'ports.json'), '{"half":');
    expect(rememberedPorts('/a', env)).toEqual({});
  });
});

// ---------------------------------------------------------------------------------------------
// The layouts, for real.

interface Layout {
  name: string;
  /** Where the venv goes, relative to the checkout. */
  venv: string;
  /** The frontend's folder, and the modules it is given. */
  web: string;
  modules: string;
  framework: 'next' | 'vite';
  /** The variable the frontend reads, and its file's default port. */
  variable: string;
  webPort: number;
  /** What init must find. */
  expected: Record<string, unknown>;
}

const LAYOUT_CASES: Layout[] = [
  {
    name: 'next-api',
    venv: '.venv',
    web: '.',
    modules: NEXT_MODULES,
    framework: 'next',
    variable: 'NEXT_PUBLIC_API_BASE_URL',
    webPort: 3000,
    expected: {
      backend: { dir: 'api', app: 'index:app', venv: '.venv' },
      frontend: { dir: '.', urlVariables: ['NEXT_PUBLIC_API_BASE_URL'] },
    },
  },
  {
    name: 'fastapi-vite',
    venv: '.venv',
    web: 'frontend',
    modules: VITE_MODULES,
    framework: 'vite',
    variable: 'VITE_API_URL',
    webPort: 5173,
    expected: {
      backend: {
        dir: 'backend',
        app: 'app.main:app',
        command: 'fastapi dev app/main.py --port {port}',
        frontendUrlVariables: ['FRONTEND_HOST'],
        venv: '.venv',
      },
      frontend: { dir: 'frontend', urlVariables: ['VITE_API_URL'], port: 5173 },
      compose: { files: ['compose.yaml'] },
    },
  },
  {
    name: 'pnpm-monorepo',
    venv: 'apps/api/.venv',
    web: 'apps/web',
    modules: NEXT_MODULES,
    framework: 'next',
    variable: 'NEXT_PUBLIC_BACKEND_URL',
    webPort: 3000,
    expected: {
      backend: { dir: 'apps/api', app: 'main:api', venv: 'apps/api/.venv' },
      frontend: { dir: 'apps/web', urlVariables: ['NEXT_PUBLIC_BACKEND_URL'] },
    },
  },
];

/** A fresh checkout of a layout: its venv (Debian's uvicorn), its frontend's modules linked. */
async function checkout(layout: Layout): Promise<string> {
  const dir = join(await tempDir(`udo-layout-${layout.name}-`), layout.name);
  cpSync(join(LAYOUTS, layout.name), dir, { recursive: true });
  execFileSync('/usr/bin/python3', [
    '-m',
    'venv',
    '--system-site-packages',
    join(dir, layout.venv),
  ]);
  // Debian packages FastAPI without fastapi-cli: a stand-in `fastapi` in the venv runs uvicorn.
  const fastapi = join(dir, layout.venv, 'bin', 'fastapi');
  writeFileSync(
    fastapi,
    `#!${join(dir, layout.venv, 'bin', 'python')}\n${readFileSync(join(LAYOUTS, 'fastapi-cli.py'), 'utf8')}`,
  );
  chmodSync(fastapi, 0o755);
  const web = join(dir, layout.web);
  expect(existsSync(layout.modules)).toBe(true);
  symlinkSync(layout.modules, join(web, 'node_modules'), 'dir');
  if (layout.framework === 'next') {
    // Turbopack resolves the linked node_modules only inside its root: their common folder.
    const a = realpathSync(web).split(sep);
    const b = realpathSync(layout.modules).split(sep);
    let common = 0;
    while (common < a.length && a[common] === b[common]) common++;
    const root = a.slice(0, common).join(sep) || sep;
    writeFileSync(
      join(web, 'next.config.mjs'),
      `export default { turbopack: { root: ${JSON.stringify(root)} } };\n`,
    );
  }
  return dir;
}

// Not NODE_ENV=test (vitest's): next dev refuses to run under it.
const runEnv = (dir: string, state: string) => ({
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_ENV: undefined,
  UDO_PORT_LEASE_DIR: join(dir, '..', 'leases'),
  UDO_PORT_STATE_DIR: state,
  PATH: `${PNPM_BIN}${delimiter}${process.env.PATH}`,
});

/** `udo-port dev` with no flags, as a user runs it, inside the namespace `enter` names. */
function devIn(cwd: string, env: Record<string, string | undefined>, enter: string[]) {
  const [file, ...argv] = [...enter, process.execPath, bundle('udo-port'), 'dev'] as unknown as [
    string,
    ...string[],
  ];
  const child = spawn(file, argv, { cwd, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let text = '';
  child.stdout?.on('data', (chunk) => {
    text += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    text += chunk;
  });
  const exit = new Promise<number | null>((done) => child.once('close', (code) => done(code)));
  const waitFor = async (pattern: RegExp, timeoutMs = 180_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = text.match(pattern);
      if (match) return match;
      if (child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`no ${pattern} (exit ${child.exitCode}); output:\n${text}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGINT');
    return exit;
  };
  return { waitFor, stop, output: () => text };
}

/** A page's text, fetched inside the namespace, where the servers listen. */
function fetchIn(enter: string[], url: string): Promise<string> {
  const script = `fetch(${JSON.stringify(url)}).then((r) => r.text()).then((t) => process.stdout.write(t))`;
  const [file, ...argv] = [...enter, process.execPath, '-e', script] as unknown as [
    string,
    ...string[],
  ];
  return new Promise((done, fail) =>
    execFile(file, argv, { timeout: 60_000 }, (error, stdout, stderr) =>
      error ? fail(new Error(`${url}: ${stderr || error.message}`)) : done(stdout),
    ),
  );
}

/** Where the frontend shows the backend's URL: Next.js's page, or the module Vite serves. */
const showsUrl = (layout: Layout, body: string, url: string) =>
  layout.framework === 'vite'
    ? body.includes(`"${layout.variable}": "${url}"`)
    : new RegExp(`api at (?:<!-- -->)?${url.replaceAll('.', '\\.')}`).test(body);
const pagePath = (layout: Layout) => (layout.framework === 'vite' ? '/src/main.js' : '/');

describe.each(LAYOUT_CASES)('layout $name', (layout) => {
  it('init writes the file; dev with no flags runs both servers, the page shows the backend URL through its own variable, and the doctor passes', async () => {
    const dir = await checkout(layout);
    const state = await tempDir('udo-state-');
    const env = runEnv(dir, state);

    const dry = await runCli('udo-port', ['init', '--dry-run'], { cwd: dir, env });
    expect(dry.code, dry.stderr).toBe(0);
    expect(existsSync(join(dir, 'udo-port.json'))).toBe(false);
    const init = await runCli('udo-port', ['init'], { cwd: dir, env });
    expect(init.code, init.stderr).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'udo-port.json'), 'utf8'));
    expect(written).toMatchObject(layout.expected);
    expect(schemaErrors(written, SCHEMA)).toEqual([]);
    expect(JSON.parse(dry.stdout)).toEqual(written);
    const again = await runCli('udo-port', ['init'], { cwd: dir, env });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('udo-port.json: already there (--force replaces it)');

    const { enter } = await privateNetwork();
    const dev = devIn(dir, env, enter);
    try {
      const [, api] = (await dev.waitFor(/ready: api (\S+) {2}web (\S+)/)) as RegExpMatchArray;
      expect(api).toBe('http://localhost:8001');
      expect(dev.output()).toContain(`frontend on http://localhost:${layout.webPort}`);
      const body = await fetchIn(enter, `http://localhost:${layout.webPort}${pagePath(layout)}`);
      expect(showsUrl(layout, body, api as string), body.slice(0, 2000)).toBe(true);
      const envFile = readFileSync(join(dir, layout.web, '.env.local'), 'utf8');
      expect(envFile).toContain(`${layout.variable}=${api}`);

      const url = await runBundle('udo-port', ['url'], { cwd: dir, env, enter });
      expect(url.stdout.trim()).toBe(api);
      const webUrl = await runBundle('udo-port', ['url', 'web'], { cwd: dir, env, enter });
      expect(webUrl.stdout.trim()).toBe(`http://localhost:${layout.webPort}`);

      const doctor = await runBundle('udo-doctor', ['--json'], { cwd: dir, env, enter });
      const report = JSON.parse(doctor.stdout) as {
        summary: { errors: number };
        checks: { id: string; status: string; message: string }[];
      };
      const byId = (id: string) => report.checks.find((c) => c.id === id);
      expect(doctor.code, doctor.stdout).toBe(0);
      expect(report.summary.errors, doctor.stdout).toBe(0);
      expect(byId('web.api-url')).toMatchObject({ status: 'pass' });
      expect(byId('web.api-url')?.message).toContain(`${layout.variable}=${api}`);
      expect(byId('port.backend')).toMatchObject({ status: 'pass' });
      expect(byId('port.backend')?.message).toContain('our backend');
      if (layout.name === 'fastapi-vite') {
        // The backend was told the frontend's URL, for its CORS list.
        const health = await fetchIn(enter, `${api}/api/v1/health`);
        expect(JSON.parse(health)).toEqual({ status: 'ok', frontend: 'http://localhost:5173' });
      }
    } finally {
      await dev.stop();
    }
  }, 600_000);
});

describe('the same ports each day, and rewrites', () => {
  it('a second checkout gets other ports; after a restart each gets its own back', async () => {
    const layout = LAYOUT_CASES[1] as Layout; // Vite: the quickest to come up
    const first = await checkout(layout);
    const second = await checkout(layout);
    const state = await tempDir('udo-state-');
    // One lease folder for both, as on one host.
    const leases = await tempDir('udo-leases-');
    const envOf = (dir: string) => ({ ...runEnv(dir, state), UDO_PORT_LEASE_DIR: leases });
    for (const dir of [first, second]) {
      const init = await runCli('udo-port', ['init'], { cwd: dir, env: envOf(dir) });
      expect(init.code, init.stderr).toBe(0);
    }
    const { enter } = await privateNetwork();
    const ready = /ready: api (\S+) {2}web (\S+)/;

    const a = devIn(first, envOf(first), enter);
    const [, apiA, webA] = (await a.waitFor(ready)) as RegExpMatchArray;
    const b = devIn(second, envOf(second), enter);
    const [, apiB, webB] = (await b.waitFor(ready)) as RegExpMatchArray;
    expect([apiA, webA]).toEqual(['http://localhost:8001', 'http://localhost:5173']);
    expect([apiB, webB]).toEqual(['http://localhost:8002', 'http://localhost:5174']);
    await a.stop();
    await b.stop();

    // The second starts first this time, and still gets its own ports, not the first's.
    const b2 = devIn(second, envOf(second), enter);
    const [, apiB2, webB2] = (await b2.waitFor(ready)) as RegExpMatchArray;
    expect([apiB2, webB2]).toEqual([apiB, webB]);
    expect(b2.output()).toContain('the port this checkout had last time');
    const a2 = devIn(first, envOf(first), enter);
    const [, apiA2, webA2] = (await a2.waitFor(ready)) as RegExpMatchArray;
    expect([apiA2, webA2]).toEqual([apiA, webA]);
    const body = await fetchIn(enter, `${webA2}/src/main.js`);
    expect(showsUrl(layout, body, apiA2 as string)).toBe(true);
    await a2.stop();
    await b2.stop();
  }, 600_000);

  it("the doctor finds a rewrite hard-coded to a local port that is not the backend's", async () => {
    const layout = LAYOUT_CASES[0] as Layout;
    const dir = await checkout(layout);
    const env = { ...runEnv(dir, await tempDir('udo-state-')) };
    const init = await runCli('udo-port', ['init'], { cwd: dir, env });
    expect(init.code, init.stderr).toBe(0);
    writeFileSync(
      join(dir, 'next.config.mjs'),
      "export default {\n  async rewrites() {\n    return [\n      { source: '/api/py/:path*', destination: 'http://127.0.0.1:8000/api/py/:path*' },\n    ];\n  },\n};\n",
    );
    const run = await runCli('udo-doctor', ['--json', '--only', 'web.dev-proxy'], {
      cwd: dir,
      env,
    });
    const check = (JSON.parse(run.stdout) as { checks: Record<string, unknown>[] }).checks[0];
    expect(run.code).toBe(1);
    expect(check).toMatchObject({ id: 'web.dev-proxy', status: 'error', line: 4 });
    expect(check?.message).toBe(
      "next.config.mjs:4 sends requests to http://127.0.0.1:8000, but the backend's port is 8001 (the default port)",
    );
    // The same address on the backend's own port is no finding.
    writeFileSync(join(dir, 'next.config.mjs'), "export const a = 'http://127.0.0.1:8001/x';\n");
    const fine = await runCli('udo-doctor', ['--json', '--only', 'web.dev-proxy'], {
      cwd: dir,
      env,
    });
    expect(JSON.parse(fine.stdout).checks[0]).toMatchObject({ status: 'pass' });
  });
});
