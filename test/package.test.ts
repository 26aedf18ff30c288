import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, cleanup, ROOT, tempDir } from './helpers.js';

// What npm users get: the packed packages, installed from their tarballs into empty folders with
// npm itself, never from the registry. No ports.
afterAll(async () => {
  await cleanup();
  rmSync(join(tmpdir(), `udo-port-npm-cache-${process.pid}`), { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((done) => {
    execFile(
      file,
      args,
      // Offline, and a registry that cannot answer: nothing may come from the network.
      {
        cwd,
        env: cleanEnv({
          npm_config_registry: 'http://127.0.0.1:9/',
          npm_config_offline: 'true',
          npm_config_audit: 'false',
          npm_config_fund: 'false',
          npm_config_update_notifier: 'false',
          // A cache of its own: another npm on the host (a second suite, an install) may hold
          // the shared one's locks.
          npm_config_cache: join(tmpdir(), `udo-port-npm-cache-${process.pid}`),
        }),
        timeout: 120_000,
      },
      (error, stdout, stderr) =>
        done({
          code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
          stdout,
          stderr,
        }),
    );
  });
}

const npm = (args: string[], cwd: string) => run('npm', args, cwd);
const npx = (args: string[], cwd: string) => run('npx', args, cwd);

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const doctorManifest = JSON.parse(
  readFileSync(join(ROOT, 'packages', 'udo-doctor', 'package.json'), 'utf8'),
);

/** An empty project folder, as `npm init` would leave it. */
async function emptyProject(): Promise<string> {
  const dir = await tempDir('npm-user-');
  writeFileSync(join(dir, 'package.json'), '{ "name": "user-project", "private": true }\n');
  return dir;
}

/** The top-level packages an install put in node_modules. */
const installed = (dir: string) =>
  readdirSync(join(dir, 'node_modules')).filter((name) => !name.startsWith('.'));

let tarballs: { port: string; doctor: string };
beforeAll(async () => {
  const out = await tempDir('npm-pack-');
  const packed = await npm(['pack', '--pack-destination', out, '--silent'], ROOT);
  const packedDoctor = await npm(
    ['pack', '-w', 'udo-doctor', '--pack-destination', out, '--silent'],
    ROOT,
  );
  expect(packed.code, packed.stderr).toBe(0);
  expect(packedDoctor.code, packedDoctor.stderr).toBe(0);
  tarballs = {
    port: join(out, packed.stdout.trim()),
    doctor: join(out, packedDoctor.stdout.trim()),
  };
}, 240_000);

describe('the udo-port npm package', () => {
  it('has no runtime dependency: every bundle is self-contained', () => {
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.peerDependencies ?? {}).toEqual({});
    expect(manifest.optionalDependencies ?? {}).toEqual({});
  });

  it('packs what npm users run, and no action bundle', async () => {
    const dry = await npm(['pack', '--dry-run', '--json'], ROOT);
    expect(dry.code, dry.stderr).toBe(0);
    const [{ files }] = JSON.parse(dry.stdout) as [{ files: { path: string }[] }];
    const all = files.map((file) => file.path).sort();
    // The chunks a bundle loads only when it needs them (ncc numbers them) ship beside it.
    const chunk = /^dist\/(udo-port|udo-doctor)\/\d+\.index\.cjs\.js$/;
    const built = ['udo-port', 'udo-doctor'].flatMap((name) =>
      readdirSync(join(ROOT, 'dist', name))
        .filter((file) => /^\d+\.index\.cjs\.js$/.test(file))
        .map((file) => `dist/${name}/${file}`),
    );
    expect(all.filter((path) => chunk.test(path))).toEqual(built.sort());
    const paths = all.filter((path) => !chunk.test(path));
    expect(paths.filter((path) => !path.startsWith('dist/lib/core/'))).toEqual([
      'LICENSE',
      'README.md',
      'dist/lib/index.d.ts',
      'dist/lib/index.js',
      'dist/lib/licenses.txt',
      'dist/lib/package.json',
      'dist/udo-doctor/index.cjs',
      'dist/udo-doctor/index.js',
      'dist/udo-doctor/licenses.txt',
      'dist/udo-doctor/package.json',
      'dist/udo-port/index.cjs',
      'dist/udo-port/index.js',
      'dist/udo-port/licenses.txt',
      'dist/udo-port/package.json',
      'package.json',
      'udo-port.schema.json',
    ]);
    // The library's types, and nothing else, under dist/lib/core.
    expect(paths.filter((path) => path.startsWith('dist/lib/core/'))).not.toEqual([]);
    for (const path of paths.filter((path) => path.startsWith('dist/lib/core/'))) {
      expect(path).toMatch(/\.d\.ts$/);
    }
  });

  it('installs alone into an empty folder, adding no other package; both commands run', async () => {
    const project = await emptyProject();
    const install = await npm(['install', tarballs.port], project);
    expect(install.code, install.stderr).toBe(0);
    expect(install.stdout).toMatch(/added 1 package\b/);
    expect(installed(project)).toEqual(['udo-port']);
    const port = await npx(['udo-port', '--help'], project);
    expect(port.code, port.stderr).toBe(0);
    expect(port.stdout).toMatch(/^udo-port \d+\.\d+\.\d+: race-free ports/);
    const doctor = await npx(['udo-doctor', '--help'], project);
    expect(doctor.code, doctor.stderr).toBe(0);
    expect(doctor.stdout).toMatch(/^udo-doctor \d+\.\d+\.\d+: why the FastAPI backend/);
    // The library by its name, with its types, from the installed package.
    const lib = await run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { allocate, release } from 'udo-port'; console.log(typeof allocate, typeof release)",
      ],
      project,
    );
    expect(lib.stdout).toBe('function function\n');
    expect(readdirSync(join(project, 'node_modules', 'udo-port', 'dist', 'lib'))).toContain(
      'index.d.ts',
    );
  });
});

describe('the udo-doctor npm package (npx udo-doctor with nothing installed)', () => {
  it('depends on the very udo-port version released with it, and ships only its bin', async () => {
    expect(doctorManifest.version).toBe(manifest.version);
    expect(doctorManifest.dependencies).toEqual({ 'udo-port': manifest.version });
    expect(doctorManifest.bin).toEqual({ 'udo-doctor': 'bin/udo-doctor.js' });
    const dry = await npm(['pack', '-w', 'udo-doctor', '--dry-run', '--json'], ROOT);
    const [{ files }] = JSON.parse(dry.stdout) as [{ files: { path: string }[] }];
    expect(files.map((file) => file.path).sort()).toEqual([
      'LICENSE',
      'README.md',
      'bin/udo-doctor.js',
      'package.json',
    ]);
  });

  it('installed from the two tarballs in one command: npx udo-doctor and npx udo-port run', async () => {
    const project = await emptyProject();
    const install = await npm(['install', tarballs.port, tarballs.doctor], project);
    expect(install.code, install.stderr).toBe(0);
    expect(install.stdout).toMatch(/added 2 packages\b/);
    expect(installed(project)).toEqual(['udo-doctor', 'udo-port']);
    const doctor = await npx(['udo-doctor', '--help'], project);
    expect(doctor.code, doctor.stderr).toBe(0);
    expect(doctor.stdout).toMatch(/^udo-doctor \d+\.\d+\.\d+: why the FastAPI backend/);
    const port = await npx(['udo-port', '--help'], project);
    expect(port.code, port.stderr).toBe(0);
    expect(port.stdout).toMatch(/^udo-port \d+\.\d+\.\d+: race-free ports/);
    // The udo-doctor package's own bin, whichever of the two npm linked as .bin/udo-doctor:
    // it runs the doctor with its argv and passes on its exit code (2: bad usage).
    const bin = join(project, 'node_modules', 'udo-doctor', 'bin', 'udo-doctor.js');
    const own = await run(process.execPath, [bin, '--help'], project);
    expect(own.stdout).toMatch(/^udo-doctor \d+\.\d+\.\d+: why the FastAPI backend/);
    const bad = await run(process.execPath, [bin, '--no-such-option'], project);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('the committed bundles', () => {
  it('dist/ holds one action bundle for main and post, and the npm bundles', () => {
    expect(readdirSync(join(ROOT, 'dist')).sort()).toEqual([
      'action',
      'lib',
      'udo-doctor',
      'udo-port',
    ]);
    // N.index.cjs.js: the toolkit's OIDC client, loaded only if called (scripts/bundle.mjs).
    const chunks = (name: string) => (/^\d+\.index\.cjs\.js$/.test(name) ? 'N.index.cjs.js' : name);
    expect(
      readdirSync(join(ROOT, 'dist', 'action'))
        .map(chunks)
        .sort(),
    ).toEqual([
      'N.index.cjs.js',
      'index.cjs',
      'index.js',
      'licenses.txt',
      'package.json',
      'post.js',
    ]);
  });

  // scripts/bundle.mjs fails the build when a bundled package has no notice (from webpack's own
  // list of the modules it bundled); this checks that what shipped carries the notices' text.
  it.each(['action', 'lib', 'udo-doctor', 'udo-port'])(
    "dist/%s/licenses.txt carries each bundled package's licence text",
    (bundle) => {
      const text = readFileSync(join(ROOT, 'dist', bundle, 'licenses.txt'), 'utf8');
      // ncc writes each package as: its name, its licence's id, the licence text, blank lines.
      const notices = text.trim().split(/\n\n+(?=[@a-z][\w./-]*\n[\w.-]+\n)/);
      const names = notices.map((notice) => notice.split('\n')[0]);
      expect(names).toContain('udo-port');
      expect(names).toContain('get-port');
      expect(names).toContain('dotenv');
      for (const notice of notices) {
        expect(notice.split('\n').slice(2).join('\n'), notice).toMatch(/copyright/i);
      }
    },
  );
});

describe('.github/scripts/release-notes.mjs', () => {
  const notes = (version: string, changelog: string) => {
    const file = join(ROOT, '.github', 'scripts', 'release-notes.mjs');
    return run(process.execPath, [file, version, changelog], ROOT);
  };

  it("prints a version's section without its heading or the link definitions", async () => {
    const changelog = join(await tempDir('changelog-'), 'CHANGELOG.md');
    writeFileSync(
      changelog,
      [
        '# Changelog',
        '',
        '## [Unreleased]',
        '',
        '- next',
        '',
        '## [1.2.3] - 2026-01-31',
        '',
        '### Fixed',
        '',
        '- a fix',
        '',
        '## [1.2.2] - 2026-01-01',
        '',
        '- older',
        '',
        '[1.2.3]: https://example.invalid/v1.2.3',
        '',
      ].join('\n'),
    );
    expect(await notes('1.2.3', changelog)).toMatchObject({
      code: 0,
      stdout: '### Fixed\n\n- a fix\n',
    });
    expect((await notes('1.2.2', changelog)).stdout).toBe('- older\n');
    // 1.2.30 is not 1.2.3, nor is 1x2x3.
    const missing = await notes('1.2.30', changelog);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no section for 1.2.30');
    expect((await notes('1x2x3', changelog)).code).toBe(1);
  });

  it("the repository's CHANGELOG.md has an Unreleased section with this round's changes", async () => {
    const unreleased = await notes('Unreleased', join(ROOT, 'CHANGELOG.md'));
    expect(unreleased.code).toBe(0);
    expect(unreleased.stdout).toContain('`run`');
  });
});
