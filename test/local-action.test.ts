// The action's src entry under GitHub's local-action (npx local-action run . <entry> <.env>):
// it imports src/action/index.ts, stubs @actions/core by path and calls the exported run() for
// main, then again for post. It works offline: tsx and the stubs come with the package.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { cleanEnv, cleanup, EXAMPLE, ROOT, tempDir } from './helpers.js';

// This file's ports: 27830-27834.
afterAll(cleanup);

it('main then post through local-action: one allocation, no lease left', async () => {
  const dir = await tempDir('local-action-');
  const project = join(dir, 'project');
  const leases = join(dir, 'leases');
  cpSync(EXAMPLE, project, { recursive: true });
  mkdirSync(leases);
  const dotenv = join(dir, '.env');
  writeFileSync(
    dotenv,
    [
      'INPUT_RANGE=27830-27834',
      'INPUT_DEFAULT-PORT=27830',
      `INPUT_WORKING-DIRECTORY=${project}`,
      'INPUT_FALLBACK=none',
      'INPUT_STRICT=true',
      'INPUT_EXPORT-ENV=true',
      'INPUT_LEASE-TTL=15m',
      `UDO_PORT_LEASE_DIR=${leases}`,
      'GITHUB_ACTIONS=true',
      `RUNNER_TEMP=${dir}`,
      `GITHUB_STEP_SUMMARY=${join(dir, 'summary.md')}`,
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'summary.md'), '');
  const bin = join(ROOT, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [bin, 'run', '.', 'src/action/index.ts', dotenv, '--post', 'src/action/index.ts'],
    { cwd: ROOT, env: cleanEnv(), timeout: 60_000 },
  );
  expect(stdout.match(/::set-output name=port::\d+/g)).toEqual(['::set-output name=port::27830']);
  expect(stdout).not.toMatch(/::error::/);
  expect(stdout).toContain('udo-port: released the lease on port 27830');
  expect(readdirSync(leases)).toEqual([]);
});
