import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { allocate, release } from '../src/core/ports/allocate.js';
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

describe('a scan past busy ports', () => {
  it('finds the first free one, and errors have their stacks again once it is over', async () => {
    // firstBindable turns stack capture off while get-port test-binds (see src/core/ports/probe.ts).
    const servers: Server[] = [];
    for (let port = 27810; port <= 27815; port++) {
      const server = createServer();
      await new Promise((listening) => server.listen(port, () => listening(undefined)));
      servers.push(server);
    }
    const dir = await tempDir('udo-port-leases-');
    const before = Error.stackTraceLimit;
    const allocation = await allocate({
      cwd: dir,
      range: '27810-27819',
      defaultPort: 27810,
      env: { UDO_PORT_LEASE_DIR: dir },
    });
    expect(allocation.port).toBe(27816);
    expect(allocation.passedOver.map((refusal) => refusal.port)).toEqual([
      27810, 27811, 27812, 27813, 27814, 27815,
    ]);
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('after').stack).toContain('library.test.ts');
    release(allocation);
    // And when the scan finds nothing.
    await expect(
      allocate({
        cwd: dir,
        range: '27810-27815',
        defaultPort: 27810,
        fallback: 'none',
        env: { UDO_PORT_LEASE_DIR: dir },
      }),
    ).rejects.toThrow(/27810-27815/);
    expect(Error.stackTraceLimit).toBe(before);
    await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  });
});

describe('the bundles', () => {
  it('the CLI bundles do not load @actions/core (nor the HTTP client it brings)', () => {
    for (const name of ['udo-port', 'udo-doctor']) {
      // The bundle and every chunk it may load.
      for (const file of readdirSync(join(ROOT, 'dist', name)).filter((f) => /\.c?js$/.test(f))) {
        const code = readFileSync(join(ROOT, 'dist', name, file), 'utf8');
        expect(code, `${name}/${file}`).not.toMatch(/OidcClient|issueFileCommand|undici/);
      }
    }
    // The action's bundle does, which shows the pattern finds it when it is there.
    expect(readFileSync(join(ROOT, 'dist', 'action', 'index.cjs'), 'utf8')).toMatch(/OidcClient/);
  });
});

describe('docs/library.md\'s "In Node scripts" example', () => {
  it('takes only what the call names: API_PORT and backend/.env count only when asked', async () => {
    const leases = await tempDir('udo-port-leases-');
    const project = await tempDir();
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir(join(project, 'backend'));
    // Both name a port that is held: read, they would pin it and throw.
    await writeFile(join(project, 'backend', '.env'), 'API_PORT=27818\n');
    const held: Server = createServer();
    await new Promise<void>((ready) => held.listen(27818, '0.0.0.0', ready));
    try {
      const page = readFileSync(join(ROOT, 'docs', 'library.md'), 'utf8');
      const example = /# In Node scripts\n[\s\S]*?```js\n([\s\S]*?)```/.exec(page)?.[1] ?? '';
      expect(example).toContain("allocate({ range: '9000-9099' })");
      const script = `${example
        .replace("'udo-port'", JSON.stringify(join(ROOT, 'dist/lib/index.js')))
        .replace('9000-9099', '27810-27817')}
        console.log(JSON.stringify({ port: allocation.port, source: allocation.source }));
        const { NoPortError } = await import(${JSON.stringify(join(ROOT, 'dist/lib/index.js'))});
        try {
          await allocate({ range: '27810-27817', env: process.env, envFile: true });
          console.log('not pinned');
        } catch (error) { console.log(error.name + ': ' + error.message.split('\\n')[0]); }`;
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
        cwd: project,
        env: cleanEnv({ UDO_PORT_LEASE_DIR: leases, API_PORT: '27818' }),
      });
      const [first, second] = stdout.trim().split('\n');
      expect(JSON.parse(first as string)).toEqual({ port: 27810, source: 'default' });
      expect(second).toMatch(/^NoPortError: port 27818 \(from API_PORT\) is in use/);
    } finally {
      held.close();
    }
  });
});
