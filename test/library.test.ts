import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv, cleanup, ROOT, tempDir } from './helpers.js';

// This file's ports: 27800-27819.
afterAll(cleanup);

const run = promisify(execFile);

describe("import { allocate, release } from 'udo-port'", () => {
  it('works by package name from the built bundle, with type declarations', async () => {
    const leases = await tempDir('udo-port-leases-');
    const script = `
      import { allocate, release } from 'udo-port';
      import { readdirSync } from 'node:fs';
      const a = await allocate({ range: '27800-27809', defaultPort: 27800 });
      const b = await allocate({ range: '27800-27809', defaultPort: 27800 });
      const held = readdirSync(process.env.UDO_PORT_LEASE_DIR).sort();
      console.log(JSON.stringify({ a: a.port, b: b.port, url: a.url, source: b.source, held, released: release(a) }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      env: cleanEnv({ UDO_PORT_LEASE_DIR: leases }),
    });
    expect(JSON.parse(stdout)).toEqual({
      a: 27800,
      b: 27801,
      url: 'http://localhost:27800',
      source: 'scan',
      held: ['27800.json', '27801.json'],
      released: true,
    });
    // b's lease ends with its owner: the next allocation may take it over.
    const again = await run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { allocate } from 'udo-port'; console.log((await allocate({ range: '27801-27801', defaultPort: 27801 })).port)`,
      ],
      { cwd: ROOT, env: cleanEnv({ UDO_PORT_LEASE_DIR: leases }) },
    );
    expect(again.stdout.trim()).toBe('27801');
    expect(readdirSync(leases)).toEqual(['27801.json']);
    const types = readFileSync(join(ROOT, 'dist', 'lib', 'index.d.ts'), 'utf8');
    expect(types).toMatch(/allocate, .*release/);
  });
});

describe('the bundles', () => {
  it('the CLI bundles do not load @actions/core (nor the HTTP client it brings)', () => {
    for (const name of ['udo-port', 'udo-doctor']) {
      const code = readFileSync(join(ROOT, 'dist', name, 'index.js'), 'utf8');
      expect(code, name).not.toMatch(/OidcClient|issueFileCommand|undici/);
    }
    // The action's bundle does, which shows the pattern finds it when it is there.
    expect(readFileSync(join(ROOT, 'dist', 'action', 'index.js'), 'utf8')).toMatch(/OidcClient/);
  });
});
