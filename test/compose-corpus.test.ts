// The compose corpus (test/fixtures/compose-corpus/, one folder a case): every case is read by
// Debian's docker-compose (v1, the oracle) and by the built-in reader, and the two must resolve
// the same services; then the doctor's verdict is checked with Compose answering and without it.
// No test here listens on a port: the ports in the corpus are only numbers in files (block
// 28720-28729 is this file's, unused).
import { execFile } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type ComposeService,
  readComposeProject,
  servicesOfConfig,
} from '../src/core/compose/index.js';
import { cleanEnv, cleanup, exampleCopy, tempDir } from './helpers.js';
import { runCli } from './in-process.js';

afterAll(cleanup);

const CORPUS = join(import.meta.dirname, 'fixtures', 'compose-corpus');
const CASES = readdirSync(CORPUS).sort();
const ORACLE = '/usr/bin/docker-compose';

interface Case {
  why: string;
  env: Record<string, string>;
  expect: Record<string, string>;
  afterFix?: Record<string, string>;
  /**
   * What Compose 1.29 refuses though the compose-spec (and v2) allow it: its message, and the
   * doctor's verdict with it answering. The built-in reader follows the spec.
   */
  v1?: { refuses: string; expect: Record<string, string> };
}
const meta = (name: string) =>
  JSON.parse(readFileSync(join(CORPUS, name, 'case.json'), 'utf8')) as Case;

/** The example project with the case's files over it. */
async function project(name: string): Promise<string> {
  const dir = await exampleCopy();
  cpSync(join(CORPUS, name), dir, {
    recursive: true,
    filter: (src) => !src.endsWith('case.json'),
  });
  return dir;
}

/** What the checks read of a service: its ports, command and environment. */
const summary = (services: ComposeService[]) =>
  services
    .map((s) => ({
      name: s.name,
      profiles: s.profiles,
      command: s.command ?? null,
      ports: s.ports
        .map((p) => `${p.hostIp}|${p.published}|${p.publishedEnd ?? ''}|${p.target}|${p.protocol}`)
        .sort(),
      environment: Object.fromEntries([...s.environment].sort()),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));

async function oracle(dir: string, env: Record<string, string>) {
  try {
    const { stdout } = await promisify(execFile)(ORACLE, ['config'], {
      cwd: dir,
      env: cleanEnv(env),
      timeout: 120_000,
    });
    return { services: summary(servicesOfConfig(stdout)) };
  } catch (error) {
    const err = error as { code?: unknown; stderr?: string };
    if (typeof err.code !== 'number') throw error;
    return { refused: true, stderr: err.stderr ?? '' };
  }
}

interface Check {
  id: string;
  status: string;
  message: string;
  remedy: string | null;
  fixable: boolean;
  data: Record<string, unknown>;
}

async function doctor(dir: string, env: Record<string, string>, args: string[] = []) {
  const run = await runCli('udo-doctor', ['--json', '--only', 'compose', ...args], {
    cwd: dir,
    // A loaded machine must not turn Compose's answer into the built-in reader's.
    env: { UDO_PORT_LEASE_DIR: await tempDir('leases-'), UDO_PORT_COMPOSE_TIMEOUT: '120', ...env },
  });
  const report = JSON.parse(run.stdout) as { checks: Check[] };
  return {
    run,
    statuses: Object.fromEntries(report.checks.map((c) => [c.id, c.status])),
    check: (id: string) => report.checks.find((c) => c.id === id) as Check,
  };
}

const tally = { cases: 0, agree: 0, left: 0, verdicts: 0, builtinVerdicts: 0 };

describe('the corpus, resolved by docker-compose config (v1) and by the built-in reader', () => {
  it('holds the cases the issue lists', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)(
    '%s',
    async (name) => {
      const c = meta(name);
      const dir = await project(name);
      tally.cases++;

      const compose = await oracle(dir, c.env);
      const builtin = readComposeProject(dir, cleanEnv(c.env));
      if (!builtin) throw new Error(`${name}: the built-in reader found no compose file`);
      if (c.v1) {
        // Left: Compose 1.29 refuses what the spec allows; the built-in reader reads it as v2 does.
        expect(compose.refused, name).toBe(true);
        expect('stderr' in compose && compose.stderr).toContain(c.v1.refuses);
        expect(builtin.refused, name).toBeUndefined();
        tally.left++;
      } else {
        const mine = builtin.refused ? { refused: true } : { services: summary(builtin.services) };
        const theirs = compose.refused ? { refused: true } : { services: compose.services };
        expect(mine, `${name}: ${c.why}`).toEqual(theirs);
        tally.agree++;
      }

      // The doctor, with Compose answering.
      const real = await doctor(dir, c.env);
      expect(real.check('compose.file').data.resolver).toBe('docker-compose');
      expect([name, real.statuses]).toEqual([name, c.v1?.expect ?? c.expect]);
      tally.verdicts++;

      // The doctor without any Compose on PATH: the built-in reader, the same verdict.
      const bare = await doctor(dir, { ...c.env, PATH: await tempDir('no-compose-') });
      expect(bare.check('compose.file').data.resolver).toBe('built-in');
      expect([name, bare.statuses]).toEqual([name, c.expect]);
      tally.builtinVerdicts++;

      if (c.afterFix) {
        const yamls = (await readdir(dir, { recursive: true })).filter((f) => /\.ya?ml$/.test(f));
        const read = () => yamls.map((f) => readFileSync(join(dir, f), 'utf8'));
        const before = read();
        const fixed = await doctor(dir, c.env, ['--fix']);
        for (const [file, text] of Object.entries(c.afterFix)) {
          expect(readFileSync(join(dir, file), 'utf8')).toBe(text);
        }
        // The variables stay: compose.yaml is never rewritten with a literal.
        expect(read()).toEqual(before);
        expect(fixed.check('compose.backend-port').status).toBe('pass');
      }
    },
    600_000,
  );

  it('tally', () => {
    console.log(
      `compose corpus: ${tally.cases} cases; the built-in reader resolves ${tally.agree} as docker-compose config does; ${tally.left} left (Compose 1.29 refuses what the spec allows); doctor verdicts as expected with docker-compose ${tally.verdicts}, with the built-in reader ${tally.builtinVerdicts}`,
    );
    const left = CASES.filter((name) => meta(name).v1).length;
    expect(tally).toEqual({
      cases: CASES.length,
      agree: CASES.length - left,
      left,
      verdicts: CASES.length,
      builtinVerdicts: CASES.length,
    });
  });
});
