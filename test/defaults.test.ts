import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, exampleCopy, listen, runBundle, tempDir } from './helpers.js';

// The one file that uses the built-in defaults, 8001-8010: what a new user sees.
afterAll(cleanup);

const find = async (env: Record<string, string> = {}) =>
  runBundle('udo-port', ['find'], {
    cwd: await exampleCopy(),
    env: { UDO_PORT_LEASE_DIR: await tempDir('udo-port-leases-'), ...env },
  });

describe('npx udo-port find in the example project', () => {
  it('prints 8001', async () => {
    expect(await find()).toMatchObject({ code: 0, stdout: '8001\n', stderr: '' });
  });

  it('prints 8002 while 8001 is held by another process', async () => {
    const holder = await listen(8001);
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
