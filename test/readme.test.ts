// The command-line examples of the README and docs/cli.md, run verbatim, in order (docs/cli.md's
// find and leases, then the README's doctor), in one shell session as a new user
// would type them (so `cd my-project && …` carries over, and PORT=$(…) is set). `npx NAME` runs
// the built bundle, as an installed package's bin would; `sudo` runs the command as it is, since
// the tests run as root. The defaults (8001-8010) hold in a network namespace of the test's own.
// The long-running examples (`dev`, `start`) are the stories' tests, with the same commands.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv, cleanup, EXAMPLE, privateNetwork, ROOT, tempDir } from './helpers.js';

// This file's ports: 8001-8010, in its own network namespace only.
afterAll(cleanup);

/** Where the examples live, in the order the session runs them. */
const PAGES = ['docs/cli.md', 'README.md'];

/** Every `$ ` line of these pages' `sh` blocks, as written, comments and all. */
function readmeCommands(pages = PAGES): string[] {
  const text = pages.map((page) => readFileSync(join(ROOT, page), 'utf8')).join('\n');
  const blocks = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] as string);
  return blocks.flatMap((block) =>
    block
      .split('\n')
      .filter((line) => line.startsWith('$ '))
      .map((line) => line.slice(2)),
  );
}

const LONG_RUNNING = /^npx udo-port (dev|start)\b/;

describe("the README's and docs/cli.md's examples", () => {
  it('are all the examples there are: no other page of docs/ has one this test would miss', () => {
    const others = readdirSync(join(ROOT, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`)
      .filter((page) => !PAGES.includes(page));
    expect(others.length).toBeGreaterThan(0);
    expect(readmeCommands(others)).toEqual([]);
  });

  it('run verbatim and do what the README says', async () => {
    const commands = readmeCommands().filter((command) => !LONG_RUNNING.test(command));
    // A README edit that adds or drops an example changes this list: update the checks below.
    expect(commands.map((command) => command.replace(/\s+#.*$/, ''))).toEqual([
      'cd my-project && npx udo-port find',
      'PORT=$(npx udo-port find)',
      'npx udo-port find --json',
      'npx udo-port find --write-env-local',
      'npx udo-port list',
      'npx udo-port release 8001',
      'npx udo-port release',
      'sudo npx udo-port release 8001 --force',
      'npx udo-doctor --fix',
      'npx udo-doctor --fix --dry-run',
      'npx udo-doctor --only venv,port.backend',
      'npx udo-doctor --json',
    ]);

    const home = await tempDir('udo-port-readme-');
    const project = join(home, 'my-project');
    await cp(EXAMPLE, project, { recursive: true });
    await new Promise((done, fail) =>
      execFile(
        '/usr/bin/python3',
        ['-m', 'venv', '--system-site-packages', join(project, '.venv')],
        (error) => (error ? fail(error) : done(undefined)),
      ),
    );
    const out = join(home, 'out');
    // What web-dashboard/.env.local says after each command.
    const envLocal = join(project, 'web-dashboard', '.env.local');
    mkdirSync(out);
    const script = [
      `npx() { local name=$1; shift; node ${JSON.stringify(ROOT)}/dist/"$name"/index.js "$@"; }`,
      'sudo() { "$@"; }',
      ...commands.map(
        (command, i) =>
          `{ ${command}\n} >${out}/${i}.out 2>${out}/${i}.err; echo $? >${out}/${i}.code; cat ${envLocal} >${out}/${i}.env-local 2>/dev/null`,
      ),
      `echo "$PORT" >${out}/PORT`,
    ].join('\n');
    writeFileSync(join(home, 'session.sh'), script);
    const { enter } = await privateNetwork();
    const leases = join(home, 'leases');
    await new Promise((done, fail) =>
      execFile(
        enter[0] as string,
        [...enter.slice(1), 'bash', join(home, 'session.sh')],
        {
          cwd: home,
          env: cleanEnv({ UDO_PORT_LEASE_DIR: leases, NO_COLOR: '1' }),
          timeout: 60_000,
        },
        (error) => (error ? fail(error) : done(undefined)),
      ),
    );
    const run = (i: number) => ({
      code: Number(readFileSync(join(out, `${i}.code`), 'utf8')),
      stdout: readFileSync(join(out, `${i}.out`), 'utf8'),
      stderr: readFileSync(join(out, `${i}.err`), 'utf8'),
    });

    // find: the number alone; each find holds its port, so the next one gets the next port.
    expect(run(0)).toEqual({ code: 0, stdout: '8001\n', stderr: '' });
    expect(run(1)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(out, 'PORT'), 'utf8')).toBe('8002\n');
    expect(run(2).code).toBe(0);
    expect(JSON.parse(run(2).stdout)).toMatchObject({
      port: 8003,
      url: 'http://localhost:8003',
      source: 'scan',
      passedOver: [
        { port: 8001, reason: 'leased' },
        { port: 8002, reason: 'leased' },
      ],
    });
    expect(run(3)).toMatchObject({ code: 0, stdout: '8004\n' });
    expect(readFileSync(join(out, '3.env-local'), 'utf8')).toContain(
      'NEXT_PUBLIC_API_URL=http://localhost:8004\n',
    );

    // The leases: listed, one released by port, then all of one's own, then none is left.
    expect(run(4).code).toBe(0);
    for (const port of [8001, 8002, 8003, 8004]) expect(run(4).stdout).toMatch(`${port}  live`);
    expect(run(5)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^8001: released \(/) });
    expect(run(6).code).toBe(0);
    expect(run(6).stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^8002: released/),
      expect.stringMatching(/^8003: released/),
      expect.stringMatching(/^8004: released/),
    ]);
    expect(run(7)).toEqual({ code: 0, stdout: '8001: no lease\n', stderr: '' });

    // The doctor: --fix mends the copied example (no backend/.env yet, .env.local on 8004).
    expect(run(8).code).toBe(0);
    expect(run(8).stdout).toContain(
      'fixed env.backend: copied backend/.env.example to backend/.env',
    );
    expect(run(8).stdout).toContain(
      'fixed web.api-url: updated web-dashboard/.env.local:1: NEXT_PUBLIC_API_URL=http://localhost:8001',
    );
    expect(run(8).stdout).toMatch(/✓ all clear: \d+ passed/);
    expect(run(9)).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^--dry-run: nothing to fix\n/),
    });
    expect(run(10)).toMatchObject({ code: 0, stdout: '✓ all clear: 5 passed, 0 skipped in .\n' });
    const report = JSON.parse(run(11).stdout);
    expect(run(11).code).toBe(0);
    expect(report).toMatchObject({ schemaVersion: 1, summary: { errors: 0, warnings: 0 } });
    expect(report.checks.map((check: { id: string }) => check.id)).toContain('port.backend');
  }, 180_000);
});
