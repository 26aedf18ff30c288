// Builds every ncc bundle into dist/ (or into the folder given as the first argument), plus the
// library's type declarations. `npm run bundle` writes dist/; check-dist.mjs compares.
// tsc compiles once, then ncc bundles the JavaScript: ncc's own TypeScript loader type-checks
// each entry again and takes ten times as long.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { copyFile, cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const out = process.argv[2] ?? 'dist';

const entries = {
  // Thin entries: each calls its face's exported main() or run(); the faces run nothing on import.
  'udo-port': 'src/bin/udo-port',
  'udo-doctor': 'src/bin/udo-doctor',
  // main and post in one bundle: run() tells the steps apart by the runner's saved state.
  action: 'src/bin/action',
  lib: 'src/index',
};
const nccCli = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const tsc = join('node_modules', 'typescript', 'bin', 'tsc');

// Inside the project, so the compiled files resolve node_modules and package.json as src/ does;
// a fixed path, because ncc numbers modules by their paths and dist/ must come out the same.
const build = join('node_modules', '.udo-port-build');
// One bundle at a time: check-dist may run while someone bundles, and both use that path.
const lock = `${build}.lock`;
for (let waited = 0; ; waited += 200) {
  try {
    mkdirSync(lock);
    break;
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
    if (waited > 120_000) rmSync(lock, { recursive: true, force: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
/**
 * @actions/core's index imports its OIDC client, and with it @actions/http-client and undici: a
 * megabyte of the action's bundle and some hundred Node modules (http, tls, http2, zlib,
 * worker_threads...) that every step loaded, for getIDToken, which udo-port never calls. The
 * bundle takes a copy of the package (in the build folder, where the compiled faces find it
 * first) whose one import of it is deferred to getIDToken's first call; webpack makes that a chunk
 * of its own. Nothing else of the toolkit changes, and a release that moves these lines fails the
 * build here rather than bundling the eager import unnoticed.
 */
async function deferOidcClient() {
  const copy = join(build, 'node_modules', '@actions', 'core');
  await cp(join('node_modules', '@actions', 'core'), copy, { recursive: true });
  const file = join(copy, 'lib', 'core.js');
  let text = await readFile(file, 'utf8');
  for (const [from, to] of [
    ["import { OidcClient } from './oidc-utils.js';\n", ''],
    [
      'return yield OidcClient.getIDToken(aud);',
      "return yield (yield import('./oidc-utils.js')).OidcClient.getIDToken(aud);",
    ],
  ]) {
    if (text.split(from).length !== 2)
      throw new Error(`${file}: no single ${JSON.stringify(from)}`);
    text = text.replace(from, to);
  }
  await writeFile(file, text);
}

/**
 * Writes licenses.txt beside a bundle: the notice of every package webpack put into it (its stats
 * list every module, in every chunk), as each package's licence requires in a redistributed copy.
 * ncc's own --license keeps only the last chunk's packages when a bundle has lazy chunks. A
 * package without a licence file fails the build: its notice cannot be left out.
 */
async function writeNotices(name) {
  const stats = JSON.parse(await readFile(join(build, `${name}.stats.json`), 'utf8'));
  const folders = new Set(['.']); // our own code: the project's LICENSE
  const walk = (modules = []) => {
    for (const module of modules) {
      const path = /^(?:\.\/)?(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(module.name ?? '');
      // The build folder's copy of a package (deferOidcClient) ships the package's own notice.
      const folder = path?.[1].replace(`${build}/node_modules/`, 'node_modules/');
      if (folder && !folder.startsWith(build)) folders.add(folder);
      walk(module.modules);
    }
  };
  walk(stats.modules);
  const notices = [];
  for (const folder of folders) {
    const manifest = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
    const file = (await readdir(folder)).sort().find((f) => /^(licen[cs]e|copying)\b/i.test(f));
    if (!file) throw new Error(`${folder}: no licence file to ship in dist/${name}/licenses.txt`);
    const text = (await readFile(join(folder, file), 'utf8')).trim();
    notices.push(`${manifest.name}\n${manifest.license ?? 'see the licence text'}\n${text}\n`);
  }
  notices.sort();
  await writeFile(join(out, name, 'licenses.txt'), notices.join('\n'));
}

try {
  await rm(out, { recursive: true, force: true });
  const declarations = run(process.execPath, [
    tsc,
    '-p',
    'tsconfig.lib.json',
    '--outDir',
    join(out, 'lib'),
  ]);
  await run(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', build]);
  await deferOidcClient();
  const queue = Object.entries(entries).filter(([, src]) => existsSync(`${src}.ts`));
  // Two at a time: the machines have two cores.
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [name, src] = next;
      const ncc = (entry, dir, stats) =>
        run(process.execPath, [
          nccCli,
          'build',
          entry,
          '-o',
          dir,
          '--quiet',
          // webpack's list of what went in, for writeNotices.
          ...(stats ? ['--stats-out', stats] : []),
        ]);
      if (name === 'lib') {
        await ncc(join(build, `${src}.js`), join(out, name), join(build, `${name}.stats.json`));
      } else {
        // A command or the action: its bundle as CommonJS (a .cjs entry makes ncc write one,
        // index.cjs), so that V8's code cache can hold it on Node 20; index.js beside it is the
        // small loader that runs it through that cache (src/bin/compile-cache.ts).
        const shim = join(build, `${src}.cjs`);
        await writeFile(shim, `require('./${basename(src)}.js');\n`);
        await ncc(shim, join(out, name), join(build, `${name}.stats.json`));
        const loaderShim = join(build, `${src}-loader.cjs`);
        await writeFile(
          loaderShim,
          `${name === 'action' ? '' : '#!/usr/bin/env node\n'}require('./compile-cache.js').runBundle(require('node:path').join(__dirname, 'index.cjs'));\n`,
        );
        const loaderOut = join(build, `${name}-loader`);
        await ncc(loaderShim, loaderOut);
        await copyFile(join(loaderOut, 'index.cjs'), join(out, name, 'index.js'));
        await writeFile(join(out, name, 'package.json'), '{\n  "type": "commonjs"\n}\n');
      }
      await writeNotices(name);
    }
  };
  await Promise.all([worker(), worker(), declarations]);
  // The post step's own entry, beside the one bundle: it says "post" before the bundle loads, so
  // a main step killed before it could save its state is never taken for this one.
  await writeFile(
    join(out, 'action', 'post.js'),
    "// action.yml's post: the action's one bundle, told it runs the post step.\nprocess.env.UDO_PORT_ACTION_STEP = 'post';\nrequire('./index.js');\n",
  );
} finally {
  await rm(build, { recursive: true, force: true });
  rmSync(lock, { recursive: true, force: true });
}
