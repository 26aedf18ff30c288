import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PORT_KEYS, PROJECT_DEFAULTS } from '../src/core/project/defaults.js';
import {
  actionYml,
  jobEnv,
  newJob,
  runMain,
  runPost,
  startMain,
  workflowCommands,
} from './action-harness.js';
import { cleanup, exampleCopy, listen, ROOT, runBundle, tempDir } from './helpers.js';

// This file's ports: 27500-27599. Every test has its own lease folder.
afterAll(cleanup);

const leaseEnv = async () => ({ UDO_PORT_LEASE_DIR: await tempDir('udo-port-leases-') });

describe('action.yml', () => {
  it("its defaults are the project's defaults (core/project/defaults.ts)", () => {
    expect(actionYml.inputs['env-local']?.default).toBe(PROJECT_DEFAULTS.envLocal);
    expect(actionYml.inputs['export-env']?.default).toBe(PORT_KEYS[0]);
  });

  it('runs on node24 with a post step that always runs, both from one bundle', () => {
    expect(actionYml.runs).toEqual({
      using: 'node24',
      main: 'dist/action/index.js',
      post: 'dist/action/post.js',
      'post-if': 'always()',
    });
    for (const [name, input] of Object.entries(actionYml.inputs)) {
      expect(typeof input.default, `input ${name}`).toBe('string');
    }
    expect(Object.keys(actionYml.outputs)).toEqual([
      'port',
      'api-url',
      'host',
      'source',
      'lease-file',
      'pid',
      'log-file',
    ]);
  });

  it("docs/action.md's inputs and outputs tables match action.yml", () => {
    const page = readFileSync(join(ROOT, 'docs', 'action.md'), 'utf8');
    const rows = (heading: string) => {
      const section = page.split(`\n## ${heading}`)[1]?.split('\n\n')[1] ?? '';
      return section
        .split('\n')
        .slice(2)
        .map((row) => row.split('|').map((cell) => cell.trim()))
        .map((cells) => [cells[1]?.replace(/`/g, ''), cells[2]?.replace(/`/g, '')]);
    };
    const inputs = Object.entries(actionYml.inputs).map(([name, spec]) => [
      name,
      spec.default === '' ? '' : spec.default,
    ]);
    expect(rows('Inputs')).toEqual(inputs);
    expect(rows('Outputs').map(([name]) => name)).toEqual(Object.keys(actionYml.outputs));
  });
});

describe('the action as the runner runs it', () => {
  const range = { range: '27500-27519', 'default-port': '27500' };

  it('two runs in one job get two ports; after the first post step its port is free again', async () => {
    const workspace = await exampleCopy();
    const job = await newJob();
    const env = await leaseEnv();
    const first = await runMain(workspace, job, range, env);
    const second = await runMain(workspace, job, range, env);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(first.outputs.port).toBe('27500');
    expect(second.outputs.port).toBe('27501');
    expect(second.outputs.source).toBe('scan');
    const post = await runPost(workspace, job, first.state, env);
    expect(post.code).toBe(0);
    expect(post.stdout).toContain('released the lease on port 27500');
    expect(readdirSync(env.UDO_PORT_LEASE_DIR)).toEqual(['27501.json']);
    const third = await runMain(workspace, job, range, env);
    expect(third.outputs.port).toBe('27500');
    // A post step whose lease is already gone still succeeds.
    const again = await runPost(workspace, job, first.state, env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already gone');
  });

  it('input port held by a real process: the step fails, names the PID, writes no output', async () => {
    const holder = await listen(27520);
    const run = await runMain(
      await exampleCopy(),
      await newJob(),
      { ...range, port: '27520' },
      await leaseEnv(),
    );
    expect(run.code).not.toBe(0);
    const errors = workflowCommands(run.stdout).filter((c) => c.command === 'error');
    expect(errors.map((e) => e.properties)).toEqual([{ title: 'udo-port: no port' }]);
    expect(errors[0]?.message).toMatch(
      new RegExp(`^port 27520 \\(from input 'port'\\) is in use by PID ${holder.pid}\\b`),
    );
    expect(run.outputs).toEqual({});
    expect(run.env).toEqual({});
    // Saved first thing: the post step of this same bundle must know it is the post step.
    expect(run.state).toEqual({ isPost: 'true', main: expect.stringMatching(/^\{"pid":\d+/) });
  });

  it('an exhausted range: the error annotation lists every port with its reason', async () => {
    const a = await listen(27590);
    const b = await listen(27591, '127.0.0.1');
    const run = await runMain(
      await exampleCopy(),
      await newJob(),
      { range: '27590-27591', 'default-port': '27590' },
      await leaseEnv(),
    );
    expect(run.code).not.toBe(0);
    const [error] = workflowCommands(run.stdout).filter((c) => c.command === 'error');
    expect(error?.message.split('\n')).toEqual([
      'no free port in 27590-27591; every port tried was refused:',
      expect.stringMatching(new RegExp(`^ +27590 +in use by PID ${a.pid}\\b`)),
      expect.stringMatching(new RegExp(`^ +27591 +in use by PID ${b.pid}\\b`)),
    ]);
    expect(run.outputs).toEqual({});
  });

  it('input port with strict false moves on to a free port', async () => {
    await listen(27521);
    const run = await runMain(
      await exampleCopy(),
      await newJob(),
      { range: '27521-27529', 'default-port': '27521', port: '27521', strict: 'false' },
      await leaseEnv(),
    );
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ port: '27522', source: 'scan' });
  });

  it('exports the port to every name in export-env; env-local empty: no file, no URL variable', async () => {
    const workspace = await exampleCopy();
    const before = readFileSync(join(workspace, 'web-dashboard', '.env.local'), 'utf8');
    const run = await runMain(
      workspace,
      await newJob(),
      {
        range: '27530-27539',
        'default-port': '27530',
        'export-env': 'API_PORT, BACKEND_PORT',
        'env-local': '',
      },
      await leaseEnv(),
    );
    expect(run.code).toBe(0);
    // The URL variable follows the frontend file: none written, none exported.
    expect(run.env).toEqual({ API_PORT: '27530', BACKEND_PORT: '27530' });
    expect(readFileSync(join(workspace, 'web-dashboard', '.env.local'), 'utf8')).toBe(before);
  });

  it('url-env beside a frontend file: NEXT_PUBLIC_API_URL too, the value the file has', async () => {
    const workspace = await exampleCopy();
    const run = await runMain(
      workspace,
      await newJob(),
      { range: '27594-27596', 'url-env': 'API_URL' },
      await leaseEnv(),
    );
    expect(run.code).toBe(0);
    expect(run.env).toEqual({
      API_PORT: '27594',
      NEXT_PUBLIC_API_URL: 'http://localhost:27594',
      API_URL: 'http://localhost:27594',
    });
    expect(readFileSync(join(workspace, 'web-dashboard', '.env.local'), 'utf8')).toContain(
      'NEXT_PUBLIC_API_URL=http://localhost:27594\n',
    );
  });

  it('a project without web-dashboard/: a warning, the URL still exported', async () => {
    const workspace = await exampleCopy();
    rmSync(join(workspace, 'web-dashboard'), { recursive: true });
    const run = await runMain(
      workspace,
      await newJob(),
      { range: '27540-27549', 'default-port': '27540' },
      await leaseEnv(),
    );
    expect(run.code).toBe(0);
    const warnings = workflowCommands(run.stdout).filter((c) => c.command === 'warning');
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/web-dashboard.* does not exist/),
    ]);
    expect(existsSync(join(workspace, 'web-dashboard'))).toBe(false);
    expect(run.env.NEXT_PUBLIC_API_URL).toBe('http://localhost:27540');
  });

  it('working-directory and url-host shape the URL and the file written', async () => {
    const workspace = await tempDir('workspace-');
    const project = await exampleCopy();
    const run = await runMain(
      workspace,
      await newJob(),
      {
        range: '27550-27559',
        'default-port': '27550',
        'working-directory': project,
        'url-host': '127.0.0.1',
      },
      await leaseEnv(),
    );
    expect(run.outputs['api-url']).toBe('http://127.0.0.1:27550');
    expect(readFileSync(join(project, 'web-dashboard', '.env.local'), 'utf8')).toContain(
      'NEXT_PUBLIC_API_URL=http://127.0.0.1:27550\n',
    );
  });
});

// The tests below use ports 27860-27869.
describe('every input with a bad value: one error naming it and the value, exit 2, no lease', () => {
  const range = { range: '27860-27869' };
  it.each([
    ['port', 'abc', /^input 'port': "abc" is not a port/],
    ['default-port', '0', /^input 'default-port': "0" is not a port/],
    ['range', '9-1', /^input 'range': "9-1" ends before it starts/],
    ['host', 'a b', /^input 'host': "a b" is not a host name or IP address/],
    ['host', '203.0.113.7', /^input 'host': "203\.0\.113\.7" is not an address of this machine/],
    ['url-host', 'api$HOST', /^input 'url-host': "api\$HOST" is not a host name or IP address/],
    ['env-local', 'web-dashboard', /^input 'env-local': .*web-dashboard is a directory$/],
    ['export-env', 'API-PORT', /^input 'export-env': "API-PORT" is not an environment variable/],
    ['strict', 'maybe', /^input 'strict': "maybe" is not a boolean/],
    ['fallback', 'sometimes', /^input 'fallback': "sometimes" is not a fallback/],
    ['working-directory', 'no/such/dir', /^input 'working-directory': "no\/such\/dir" is not/],
    ['lease-ttl', 'forever', /^input 'lease-ttl': "forever" is not a duration/],
    ['url-env', 'NEXT-URL', /^input 'url-env': "NEXT-URL" is not an environment variable name$/],
    ['wait-for', 'health', /^input 'wait-for': "health" is neither port nor an HTTP path/],
    ['wait-for', '/a b', /^input 'wait-for': "\/a b" is neither port nor an HTTP path/],
    ['wait-timeout', 'soon', /^input 'wait-timeout': "soon" is not a duration/],
    [
      'run',
      'uvicorn app --port $API_PORT',
      /^input 'run': "uvicorn app --port \$API_PORT" has \$ outside quotes, which only a shell understands/,
    ],
    ['run', 'npm ci && npm start', /^input 'run': "npm ci && npm start" has & outside quotes/],
    ['run', 'serve > log', /^input 'run': "serve > log" has > outside quotes/],
    ['run', '~/bin/serve', /^input 'run': "~\/bin\/serve" has ~ outside quotes/],
    [
      'run',
      "python -c 'print(1)",
      /^input 'run': "python -c 'print\(1\)" has a ' that is never closed$/,
    ],
    ['run', 'serve\nserve', /^input 'run': "serve\\nserve" is more than one line/],
    ['run', "'' serve", /^input 'run': "'' serve" names no program to run$/],
    [
      'run',
      'no-such-program-udo {port}',
      /^input 'run': could not start "no-such-program-udo": spawn no-such-program-udo ENOENT$/,
    ],
    ['lease-ttl', '0s', /^input 'lease-ttl': "0s" is not a duration/],
    ['lease-ttl', '25h', /^input 'lease-ttl': "25h" is longer than 24h/],
    [
      'lease-ttl',
      '99999999999999999999d',
      /^input 'lease-ttl': "99999999999999999999d" is longer than 24h/,
    ],
  ])('%s: %s', async (name, value, message) => {
    const env = await leaseEnv();
    const run = await runMain(
      await exampleCopy(),
      await newJob(),
      { ...range, [name]: value },
      env,
    );
    expect(run.code).toBe(2);
    const commands = workflowCommands(run.stdout);
    expect(commands.map((c) => [c.command, c.properties])).toEqual([
      ['error', { title: 'udo-port: bad input' }],
    ]);
    expect(commands[0]?.message.split('\n')).toEqual([expect.stringMatching(message)]);
    expect(run.outputs).toEqual({});
    // Nothing for the post step: no lease (or one let go of), no backend.
    expect(run.state.isPost).toBe('true');
    expect(run.state.lease ?? '').toBe('');
    expect(run.state.backend ?? '').toBe('');
    expect(readdirSync(env.UDO_PORT_LEASE_DIR)).toEqual([]);
  });

  it('wait-timeout longer than lease-ttl is bad input with run, and no concern without it', async () => {
    const inputs = { ...range, 'wait-timeout': '7h' };
    const withRun = await runMain(
      await exampleCopy(),
      await newJob(),
      { ...inputs, run: 'serve {port}' },
      await leaseEnv(),
    );
    expect(withRun.code).toBe(2);
    expect(workflowCommands(withRun.stdout)[0]?.message).toMatch(
      /^input 'wait-timeout': "7h" is longer than lease-ttl/,
    );
    const without = await runMain(await exampleCopy(), await newJob(), inputs, await leaseEnv());
    expect(without.code).toBe(0);
  });

  it('an empty input means its default, as the runner passes inputs left unset', async () => {
    const empty = Object.fromEntries(Object.keys(actionYml.inputs).map((name) => [name, '']));
    const workspace = await exampleCopy();
    const run = await runMain(workspace, await newJob(), { ...empty, ...range }, await leaseEnv());
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      port: '27860',
      host: '0.0.0.0',
      'api-url': 'http://localhost:27860',
      source: 'default',
    });
    expect(run.env).toMatchObject({ API_PORT: '27860' });
    const lease = JSON.parse(readFileSync(run.outputs['lease-file'] as string, 'utf8'));
    expect(Date.parse(lease.expiresAt) - Date.parse(lease.createdAt)).toBe(6 * 3600_000);
  });

  it('lease-ttl 24h, the longest, is taken; url-host in brackets gives a bracketed URL', async () => {
    const run = await runMain(
      await exampleCopy(),
      await newJob(),
      { ...range, 'lease-ttl': '24h', 'url-host': '[::1]', 'env-local': '' },
      await leaseEnv(),
    );
    expect(run.code).toBe(0);
    expect(run.outputs['api-url']).toBe(`http://[::1]:${run.outputs.port}`);
    const lease = JSON.parse(readFileSync(run.outputs['lease-file'] as string, 'utf8'));
    expect(Date.parse(lease.expiresAt) - Date.parse(lease.createdAt)).toBe(24 * 3600_000);
  });
});

describe('leases left behind by earlier jobs', () => {
  const range = { range: '27560-27569', 'default-port': '27560' };

  it('a lease from a previous job on the same runner is taken over; another runner keeps its own', async () => {
    const workspace = await exampleCopy();
    const env = await leaseEnv();
    // A cancelled job: its main step ran, its post step never did.
    const cancelled = await runMain(
      workspace,
      await newJob('runner-1', 'build', '500'),
      range,
      env,
    );
    expect(cancelled.outputs.port).toBe('27560');
    const otherRunner = await runMain(
      workspace,
      await newJob('runner-2', 'build', '501'),
      range,
      env,
    );
    expect(otherRunner.outputs.port).toBe('27561');
    // The same runner's next job: 27560 is stale and taken over; runner-2's lease still holds.
    const next = await runMain(workspace, await newJob('runner-1', 'test', '502'), range, env);
    expect(next.code).toBe(0);
    expect(next.outputs.port).toBe('27560');
    const lease = JSON.parse(readFileSync(next.outputs['lease-file'] as string, 'utf8'));
    expect(lease.ci).toMatchObject({ runner: 'runner-1', runId: '502', job: 'test' });
  });

  it("a lease whose job's temp folder was emptied counts as ended", async () => {
    const workspace = await exampleCopy();
    const env = await leaseEnv();
    const job = await newJob('runner-7', 'e2e', '600');
    expect((await runMain(workspace, job, range, env)).outputs.port).toBe('27560');
    expect(
      (await runMain(workspace, await newJob('runner-8', 'e2e', '601'), range, env)).outputs.port,
    ).toBe('27561');
    rmSync(join(job.temp, 'udo-port-job'));
    expect(
      (await runMain(workspace, await newJob('runner-8', 'e2e', '601'), range, env)).outputs.port,
    ).toBe('27560');
  });
});

describe('later steps of the same job (GITHUB_ENV carried over, as the runner does)', () => {
  const range = { range: '27570-27579' };

  it("the README's two backends: the second step does not take the first step's API_PORT", async () => {
    const workspace = await exampleCopy();
    const job = await newJob();
    const env = await leaseEnv();
    const api = await runMain(workspace, job, range, env);
    const auth = await runMain(
      workspace,
      job,
      { ...range, 'export-env': 'AUTH_PORT', 'env-local': '' },
      { ...env, ...api.env },
    );
    expect([api.code, auth.code]).toEqual([0, 0]);
    expect(api.outputs.port).toBe('27570');
    expect(auth.outputs).toMatchObject({ port: '27571', source: 'scan' });
    // The URL variable follows the frontend file: auth's step writes none, so exports none.
    expect(auth.env).toEqual({ AUTH_PORT: '27571' });
    // What the tests after both steps see: the api's URL, as in .env.local.
    expect({ ...api.env, ...auth.env }).toMatchObject({
      API_PORT: '27570',
      NEXT_PUBLIC_API_URL: 'http://localhost:27570',
    });
    expect(readFileSync(join(workspace, 'web-dashboard', '.env.local'), 'utf8')).toContain(
      'NEXT_PUBLIC_API_URL=http://localhost:27570\n',
    );
    // url-env names the variable for a URL of its own.
    const admin = await runMain(
      workspace,
      job,
      { ...range, 'export-env': 'ADMIN_PORT', 'env-local': '', 'url-env': 'ADMIN_URL, ADMIN_API' },
      { ...env, ...api.env, ...auth.env },
    );
    expect(admin.env).toEqual({
      ADMIN_PORT: '27572',
      ADMIN_URL: 'http://localhost:27572',
      ADMIN_API: 'http://localhost:27572',
    });
  });

  it('a later udo-port find gets the port the action leased for this job; another job may not', async () => {
    const workspace = await exampleCopy();
    const job = await newJob('runner-5', 'e2e', '700');
    const env = await leaseEnv();
    const api = await runMain(workspace, job, range, env);
    const later = await runBundle('udo-port', ['find'], {
      cwd: workspace,
      env: { ...jobEnv(workspace, job), ...env, ...api.env },
    });
    expect(later).toMatchObject({ code: 0, stdout: `${api.outputs.port}\n` });
    const elsewhere = await runBundle('udo-port', ['find'], {
      cwd: workspace,
      env: { ...jobEnv(workspace, await newJob('runner-6', 'e2e', '701')), ...env, ...api.env },
    });
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toContain(`port ${api.outputs.port} (from API_PORT) is leased by PID`);
  });
});

describe('what the main step loads, run as the runner runs the bundle', () => {
  // scripts/bundle.mjs defers @actions/core's OIDC client, which udo-port never calls: with it,
  // every step loaded undici and a hundred Node modules.
  it("not the toolkit's HTTP client: no HTTPS, TLS, HTTP/2, zlib or worker threads", async () => {
    const workspace = await exampleCopy();
    const dir = await tempDir('udo-port-loaded-');
    const preload = join(dir, 'loaded.cjs');
    const list = join(dir, 'loaded.txt');
    writeFileSync(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));\n`,
    );
    const step = await startMain(
      workspace,
      await newJob(),
      { range: '27580-27589', 'default-port': '27580', 'env-local': '' },
      { ...(await leaseEnv()), NODE_OPTIONS: `--require ${preload}` },
    );
    const run = await step.done;
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.port).toBe('27580');
    const loaded = readFileSync(list, 'utf8').split('\n');
    // The list is the step's: it bound a socket.
    expect(loaded).toContain('NativeModule net');
    const heavy = /^NativeModule (https|tls|http2|zlib|worker_threads)$/;
    expect(loaded.filter((name) => heavy.test(name))).toEqual([]);
  });
});
