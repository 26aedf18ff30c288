import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newJob, runPostBundle, startMain, workflowCommands } from './action-harness.js';
import { cleanup, exampleCopy, listen, privateNetwork, runBundle, tempDir } from './helpers.js';

// The one file that uses the built-in defaults, 8001-8010: what a new user sees. Its processes
// run in a network namespace of their own, so a developer's backend on 8001 changes nothing.
afterAll(cleanup);
let enter: string[] = [];
beforeAll(async () => {
  ({ enter } = await privateNetwork());
});

// The bundles as the runner runs them, inside the namespace.
const runMain = async (...args: Parameters<typeof startMain>) =>
  (await startMain(args[0], args[1], args[2], args[3], enter)).done;
const runPost = (...args: Parameters<typeof runPostBundle>) =>
  runPostBundle(args[0], args[1], args[2], args[3], enter);

const find = async (env: Record<string, string> = {}) =>
  runBundle('udo-port', ['find'], {
    cwd: await exampleCopy(),
    env: { UDO_PORT_LEASE_DIR: await tempDir('udo-port-leases-'), ...env },
    enter,
  });

describe('npx udo-port find in the example project', () => {
  it('prints 8001', async () => {
    expect(await find()).toMatchObject({ code: 0, stdout: '8001\n', stderr: '' });
  });

  it('prints 8002 while 8001 is held by another process', async () => {
    const holder = await listen(8001, '0.0.0.0', enter);
    expect(await find()).toMatchObject({ code: 0, stdout: '8002\n' });
    await holder.stop();
  });

  it('prints 8005 with API_PORT=8005', async () => {
    expect(await find({ API_PORT: '8005' })).toMatchObject({ code: 0, stdout: '8005\n' });
  });

  it('exits 2 naming API_PORT and abc with API_PORT=abc', async () => {
    const run = await find({ API_PORT: 'abc' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^udo-port: API_PORT: "abc" is not a port/);
  });
});

describe('the action with its defaults on the example project', () => {
  it('8001, its URL exported, .env.local updated with its other lines intact, a summary, then released', async () => {
    const workspace = await exampleCopy();
    const envLocal = join(workspace, 'web-dashboard', '.env.local');
    const before = readFileSync(envLocal, 'utf8');
    const env = { UDO_PORT_LEASE_DIR: await tempDir('udo-port-leases-') };
    const job = await newJob();
    const run = await runMain(workspace, job, {}, env);
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({
      port: '8001',
      'api-url': 'http://localhost:8001',
      host: '0.0.0.0',
      source: 'default',
      'lease-file': join(env.UDO_PORT_LEASE_DIR, '8001.json'),
    });
    expect(run.env).toEqual({ API_PORT: '8001', NEXT_PUBLIC_API_URL: 'http://localhost:8001' });
    expect(readFileSync(envLocal, 'utf8')).toBe(before);
    expect(run.summary).toContain('<td>8001</td><td>http://localhost:8001</td><td>default</td>');
    expect(run.summary).toContain('<td>runner-1</td>');
    expect(workflowCommands(run.stdout)).toContainEqual({
      command: 'notice',
      properties: { title: 'udo-port' },
      message: 'API on http://localhost:8001 (port 8001, source default)',
    });
    const post = await runPost(workspace, job, run.state, env);
    expect(post.code).toBe(0);
    expect(readdirSync(env.UDO_PORT_LEASE_DIR)).toEqual([]);
  });

  it('8001 held by a real process: 8002 from the scan, .env.local pointing at it', async () => {
    const holder = await listen(8001, '0.0.0.0', enter);
    const workspace = await exampleCopy();
    const envLocal = join(workspace, 'web-dashboard', '.env.local');
    const before = readFileSync(envLocal, 'utf8');
    const run = await runMain(
      workspace,
      await newJob(),
      {},
      { UDO_PORT_LEASE_DIR: await tempDir() },
    );
    expect(run.outputs).toMatchObject({
      port: '8002',
      source: 'scan',
      'api-url': 'http://localhost:8002',
    });
    expect(run.summary).toContain(`Port 8001 was passed over: in use by PID ${holder.pid}`);
    expect(readFileSync(envLocal, 'utf8')).toBe(before.replace('localhost:8001', 'localhost:8002'));
    await holder.stop();
  });
});
