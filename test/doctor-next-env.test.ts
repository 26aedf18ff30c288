import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEnvConfig, resetEnv, updateInitialEnv } from '@next/env';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextEnvFiles, readNextEnvFiles, resolveNextEnv } from '../src/core/env/next-env.js';
import { cleanup, tempDir } from './helpers.js';

// The doctor's reading of Next.js's env files against @next/env itself, in this process:
// loadEnvConfig rewrites process.env, so it is put back afterwards.
const KEYS = ['UDO_T_A', 'UDO_T_B', 'NEXT_PUBLIC_API_URL'];
const FILES = nextEnvFiles('development');
const silent = { info: () => {}, error: () => {} };
const saved = { ...process.env };

beforeAll(() => {
  for (const key of KEYS) delete process.env[key];
  // @next/env picks .env.test* under NODE_ENV=test (vitest's); `next dev` reads these.
  process.env.NODE_ENV = 'development';
});

afterAll(async () => {
  resetEnv();
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  await cleanup();
});

describe('nextEnvFiles', () => {
  it('is Next.js’s order for next dev, next start and tests', () => {
    expect(nextEnvFiles()).toEqual([
      '.env.development.local',
      '.env.local',
      '.env.development',
      '.env',
    ]);
    expect(nextEnvFiles('production')).toEqual([
      '.env.production.local',
      '.env.local',
      '.env.production',
      '.env',
    ]);
    expect(nextEnvFiles('test')).toEqual(['.env.test.local', '.env.test', '.env']);
  });
});

describe('resolveNextEnv agrees with @next/env loadEnvConfig', () => {
  it('a value in the shell wins; then .env.development.local, .env.local, .env.development, .env', async () => {
    const dir = await tempDir('udo-next-env-');
    writeFileSync(join(dir, '.env'), 'NEXT_PUBLIC_API_URL=http://localhost:1\nUDO_T_A=env\n');
    writeFileSync(join(dir, '.env.local'), 'NEXT_PUBLIC_API_URL=http://localhost:2\n');
    writeFileSync(join(dir, '.env.development.local'), 'UDO_T_A=devlocal\n');
    const ours = resolveNextEnv(readNextEnvFiles(dir), {});
    expect(ours.env.NEXT_PUBLIC_API_URL).toBe('http://localhost:2');
    expect(ours.sources).toMatchObject({
      NEXT_PUBLIC_API_URL: '.env.local',
      UDO_T_A: '.env.development.local',
    });
    const shell = resolveNextEnv(readNextEnvFiles(dir), { NEXT_PUBLIC_API_URL: 'http://shell:3' });
    expect(shell.env.NEXT_PUBLIC_API_URL).toBe('http://shell:3');
    expect(shell.sources.NEXT_PUBLIC_API_URL).toBe('process');
  });

  it('for any files and shell values, with $references and defaults', async () => {
    const dir = await tempDir('udo-next-env-');
    loadEnvConfig(dir, true, silent, true); // captures @next/env's initial environment once
    const value = fc.oneof(
      fc.constantFrom(
        '',
        'plain',
        'http://localhost:8001',
        '$UDO_T_A',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a dotenv reference, not a JS template
        '${UDO_T_B}',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a dotenv reference, not a JS template
        '${UDO_T_A:-dflt}/x',
        'a\\$UDO_T_A',
        '"quoted $UDO_T_B"',
        "'single'",
      ),
      fc.stringMatching(/^[a-z0-9:/.]{0,12}$/),
    );
    const assignments = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 3 });
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(...FILES.map(() => fc.option(assignments, { nil: undefined }))),
        fc.dictionary(
          fc.constantFrom(...KEYS),
          fc.oneof(fc.constant(''), fc.stringMatching(/^[a-z$]{1,8}$/)),
          {
            maxKeys: 2,
          },
        ),
        async (files, shell) => {
          FILES.forEach((name, i) => {
            const file = join(dir, name);
            const content = files[i];
            if (content === undefined) rmSync(file, { force: true });
            else
              writeFileSync(
                file,
                Object.entries(content)
                  .map(([k, v]) => `${k}=${v}\n`)
                  .join(''),
              );
          });
          updateInitialEnv(Object.fromEntries(KEYS.map((key) => [key, shell[key]])));
          const { combinedEnv } = loadEnvConfig(dir, true, silent, true);
          const ours = resolveNextEnv(readNextEnvFiles(dir), { ...shell });
          for (const key of KEYS) expect([key, ours.env[key]]).toEqual([key, combinedEnv[key]]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
