// What `udo-port init` finds in a checkout: where the ASGI app is and how it runs, the venv, the
// frontend's folder, framework and package manager, the variables it reads for the API's URL,
// and the Compose files. Reads files as text (never runs them), within bounds: a few levels
// deep, no links followed, no dependency or build folders, no file over 256 KiB.
import { lstatSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fastapiEntrypoint } from '../python/pyproject.js';
import { readSmallText } from '../small-file.js';
import type { ProjectFile } from './file.js';
import {
  defaultUrlVariables,
  detectFramework,
  detectPackageManager,
  type Framework,
  type PackageManager,
} from './web-app.js';

const SKIP = new Set([
  'node_modules',
  '.git',
  '.venv',
  'venv',
  'env',
  '.next',
  'dist',
  'build',
  'out',
  '__pycache__',
  '.pytest_cache',
  '.mypy_cache',
  '.turbo',
  'coverage',
  'site-packages',
]);
const MAX_DEPTH = 5;
const MAX_FILES = 5000;
const MAX_BYTES = 256 * 1024;

/** Files under `root` (relative, `/`-separated), breadth first, within the bounds above. */
export function listFiles(root: string, depth = MAX_DEPTH): string[] {
  const files: string[] = [];
  let level = [''];
  for (let d = 0; d <= depth && level.length > 0 && files.length < MAX_FILES; d++) {
    const next: string[] = [];
    for (const dir of level) {
      let entries: import('node:fs').Dirent[];
      try {
        entries = readdirSync(join(root, dir), { withFileTypes: true });
      } catch {
        continue;
      }
      entries.sort((a, b) => a.name.localeCompare(b.name));
      for (const entry of entries) {
        const rel = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isDirectory() && !SKIP.has(entry.name)) next.push(rel);
        else if (entry.isFile()) files.push(rel);
        if (files.length >= MAX_FILES) break;
      }
    }
    level = next;
  }
  return files;
}

/** A file's text within the bounds (see small-file.ts). */
export const readSmall = (path: string) => readSmallText(path, MAX_BYTES);

export interface Finding {
  what: string;
  found: string;
}

export interface DetectedLayout {
  config: ProjectFile;
  /** What was found and where, for init to print. */
  findings: Finding[];
  framework?: Framework;
  packageManager?: PackageManager;
}

// `app = FastAPI(` (or Starlette): the ASGI app's module-level name.
const ASGI = /^([A-Za-z_]\w*)\s*(?::\s*[\w.[\]]+\s*)?=\s*(?:fastapi\.)?(?:FastAPI|Starlette)\s*\(/m;
/**
 * The folder the app's module is imported from: above every package (`__init__.py`) that holds
 * it, as Python's own import path would need: backend.dir.
 */
function importRoot(root: string, appFile: string): string {
  let dir = dirname(appFile);
  while (dir !== '.' && lstatSync(join(root, dir, '__init__.py'), { throwIfNoEntry: false })) {
    dir = dirname(dir);
  }
  return dir === '.' ? '' : dir;
}

const toModule = (file: string) => file.replace(/\.py$/, '').split('/').join('.');

interface AppFound {
  dir: string;
  app: string;
  file: string;
  via: string;
}

function findApp(root: string, files: string[]): AppFound | undefined {
  // fastapi-cli's own setting first: the project said where its app is.
  for (const file of files.filter((f) => basename(f) === 'pyproject.toml')) {
    const entry = fastapiEntrypoint(readSmall(join(root, file)) ?? '');
    if (entry && /^[\w.]+:[\w.]+$/.test(entry)) {
      const dir = dirname(file) === '.' ? '' : dirname(file);
      const module = entry.split(':')[0] as string;
      return {
        dir,
        app: entry,
        file: `${join(dir, ...module.split('.'))}.py`,
        via: `[tool.fastapi] entrypoint in ${file}`,
      };
    }
  }
  const rank = (f: string) => {
    const name = basename(f);
    const named = ['main.py', 'app.py', 'index.py', 'server.py', 'api.py'].indexOf(name);
    return (
      (named === -1 ? 9 : named) + f.split('/').length * 10 + (/(^|\/)tests?\//.test(f) ? 100 : 0)
    );
  };
  const candidates = files.filter((f) => f.endsWith('.py')).sort((a, b) => rank(a) - rank(b));
  for (const file of candidates) {
    const match = ASGI.exec(readSmall(join(root, file)) ?? '');
    if (!match) continue;
    const dir = importRoot(root, file);
    const inDir = dir ? relative(dir, file).split(sep).join('/') : file;
    return {
      dir,
      app: `${toModule(inDir)}:${match[1]}`,
      file,
      via: `${match[1]} = FastAPI(...) in ${file}`,
    };
  }
  return undefined;
}

function findVenv(root: string, backendDir: string): string | undefined {
  for (const base of [backendDir, ''].filter((d, i, all) => all.indexOf(d) === i)) {
    for (const name of ['.venv', 'venv', 'env', '.env-venv']) {
      const path = base ? `${base}/${name}` : name;
      if (lstatSync(join(root, path, 'pyvenv.cfg'), { throwIfNoEntry: false })?.isFile())
        return path;
    }
  }
  return undefined;
}

/** How the project runs its backend, when it says `fastapi dev|run` somewhere in its own files. */
function fastapiCommand(
  root: string,
  files: string[],
  dir: string,
  appFile: string,
): string | undefined {
  const places = files.filter((f) =>
    /(^|\/)(package\.json|Makefile|Procfile|Dockerfile|README\.md|[^/]*\.sh|compose\.ya?ml|docker-compose\.ya?ml|pyproject\.toml)$/i.test(
      f,
    ),
  );
  // `dev` where the project says it anywhere (a README's local steps), else `run` (a Dockerfile's).
  const said = places.map((file) => readSmall(join(root, file)) ?? '');
  const mode = said.some((t) => /\bfastapi\s+dev\b/.test(t))
    ? 'dev'
    : said.some((t) => /\bfastapi\s+run\b/.test(t))
      ? 'run'
      : undefined;
  if (mode) {
    const path = dir ? relative(dir, appFile).split(sep).join('/') : appFile;
    return `fastapi ${mode} ${path} --port {port}`;
  }
  return undefined;
}

// The backend's own variables that take one URL of the frontend (a plural ORIGINS is a list, in
// whatever syntax its settings parse: filling it with one URL could break it, so it is left).
const FRONTEND_VAR =
  /\b((?:[A-Z][A-Z0-9]*_)*(?:FRONTEND|CLIENT|WEB|APP)_(?:URL|HOST|ORIGIN))\b|\b(CORS_ORIGIN)\b/g;

function frontendUrlVariables(root: string, files: string[], dir: string): string[] {
  const found = new Set<string>();
  const mine = files.filter((f) => f.endsWith('.py') && (dir === '' || f.startsWith(`${dir}/`)));
  for (const file of mine.slice(0, 500)) {
    const text = readSmall(join(root, file)) ?? '';
    if (!/os\.environ|getenv|BaseSettings|Settings\b/.test(text)) continue;
    for (const match of text.matchAll(FRONTEND_VAR)) found.add((match[1] ?? match[2]) as string);
  }
  return [...found].sort();
}

const WEB_SOURCE = /\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/;
// process.env.X, process.env["X"], import.meta.env.X.
const ENV_USE =
  /\b(?:process\.env\.([A-Z_][A-Z0-9_]*)|process\.env\[\s*["'`]([A-Z_][A-Z0-9_]*)["'`]\s*\]|import\.meta\.env\.([A-Z_][A-Z0-9_]*))/g;
const ENV_FILES = /(^|\/)\.env(\.[\w.-]+)?$/;

/** Whether a variable's name says it holds the API's URL: `NEXT_PUBLIC_API_BASE_URL`, `VITE_API_URL`. */
export function looksLikeApiUrl(name: string): boolean {
  return /(API|BACKEND|SERVER)/.test(name) && /(URL|HOST|BASE|ORIGIN|ENDPOINT)/.test(name);
}

/** The variables the frontend reads that look like the API's URL, from its env files and sources. */
export function apiUrlVariables(root: string, files: string[], webDir: string): string[] {
  const found = new Set<string>();
  const mine = files.filter((f) => webDir === '' || f.startsWith(`${webDir}/`));
  for (const file of mine.filter((f) => ENV_FILES.test(f))) {
    for (const line of (readSmall(join(root, file)) ?? '').split(/\r?\n/)) {
      const key = /^\s*(?:export\s+)?([A-Z_][A-Z0-9_]*)\s*=/.exec(line)?.[1];
      if (key && looksLikeApiUrl(key)) found.add(key);
    }
  }
  for (const file of mine.filter((f) => WEB_SOURCE.test(f)).slice(0, 2000)) {
    const text = readSmall(join(root, file)) ?? '';
    if (!text.includes('env')) continue;
    for (const match of text.matchAll(ENV_USE)) {
      const key = (match[1] ?? match[2] ?? match[3]) as string;
      if (looksLikeApiUrl(key)) found.add(key);
    }
  }
  return [...found].sort();
}

function findFrontend(
  root: string,
  files: string[],
): { dir: string; framework: Framework } | undefined {
  const dirs = files
    .filter((f) => basename(f) === 'package.json')
    .map((f) => (dirname(f) === '.' ? '' : dirname(f)));
  for (const dir of dirs) {
    const framework = detectFramework(join(root, dir));
    if (framework) return { dir, framework };
  }
  return undefined;
}

const COMPOSE = /^(compose|docker-compose)\.ya?ml$/;

/** The layout of the checkout at `root`, as a project file and the findings behind it. */
export function detectLayout(root: string): DetectedLayout {
  const files = listFiles(root);
  const findings: Finding[] = [];
  const config: ProjectFile = {};
  const backend: NonNullable<ProjectFile['backend']> = {};
  const app = findApp(root, files);
  if (app) {
    if (app.dir) backend.dir = app.dir;
    backend.app = app.app;
    findings.push({ what: 'backend app', found: `${app.app} (${app.via})` });
    const command = fastapiCommand(root, files, app.dir, app.file);
    if (command) {
      backend.command = command;
      findings.push({
        what: 'backend command',
        found: `${command} (the project runs fastapi ${command.split(' ')[1]})`,
      });
    }
    const envFile = app.dir
      ? `${app.dir}/.env`
      : lstatSync(join(root, 'backend'), { throwIfNoEntry: false })
        ? 'backend/.env'
        : '.env';
    backend.envFile = envFile;
    const cors = frontendUrlVariables(root, files, app.dir);
    if (cors.length > 0) {
      backend.frontendUrlVariables = cors;
      findings.push({ what: "backend's variables for the frontend URL", found: cors.join(', ') });
    }
  } else {
    findings.push({
      what: 'backend app',
      found: 'none found (no `app = FastAPI(...)`); set backend.app',
    });
  }
  const venv = findVenv(root, app?.dir ?? '');
  if (venv) {
    backend.venv = venv;
    findings.push({ what: 'venv', found: venv });
  } else {
    findings.push({ what: 'venv', found: 'none found (create one, e.g. python3 -m venv .venv)' });
  }
  if (Object.keys(backend).length > 0) config.backend = backend;

  const web = findFrontend(root, files);
  let packageManager: PackageManager | undefined;
  if (web) {
    packageManager = detectPackageManager(join(root, web.dir), root);
    const found = apiUrlVariables(root, files, web.dir);
    const urlVariables = found.length > 0 ? found : defaultUrlVariables(web.framework);
    const name = web.framework === 'vite' ? 'Vite' : 'Next.js';
    findings.push({
      what: 'frontend',
      found: `${name} in ${web.dir || '.'}, run with ${packageManager}`,
    });
    findings.push({
      what: 'frontend URL variables',
      found: `${urlVariables.join(', ')}${found.length > 0 ? ' (read by its sources or env files)' : ` (none found; ${name}'s usual name)`}`,
    });
    config.frontend = {
      // Always named: without it the frontend would be looked for in web-dashboard/.
      dir: web.dir || '.',
      envFile: '.env.local',
      urlVariables,
      ...(web.framework === 'vite' && { port: 5173, range: '5173-5183' }),
    };
  } else {
    findings.push({ what: 'frontend', found: 'none found (no package.json with next or vite)' });
  }
  const compose = files.filter((f) => !f.includes('/') && COMPOSE.test(f));
  if (compose.length > 0) {
    config.compose = { files: compose };
    findings.push({ what: 'compose', found: compose.join(', ') });
  }
  return {
    config,
    findings,
    ...(web && { framework: web.framework }),
    ...(packageManager && { packageManager }),
  };
}
