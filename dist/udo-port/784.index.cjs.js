"use strict";
exports.id = 784;
exports.ids = [784];
exports.modules = {

/***/ 2784:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SCHEMA_URL: () => (/* binding */ SCHEMA_URL),
  init: () => (/* binding */ init),
  initOptions: () => (/* binding */ initOptions)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/errors.js
var errors = __webpack_require__(2354);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/project/file.js
var file = __webpack_require__(257);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/python/pyproject.js
var pyproject = __webpack_require__(6088);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/small-file.js
var small_file = __webpack_require__(6257);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/project/web-app.js
var web_app = __webpack_require__(5895);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/project/layout.js
// What `udo-port init` finds in a checkout: where the ASGI app is and how it runs, the venv, the
// frontend's folder, framework and package manager, the variables it reads for the API's URL,
// and the Compose files. Reads files as text (never runs them), within bounds: a few levels
// deep, no links followed, no dependency or build folders, no file over 256 KiB.





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
function listFiles(root, depth = MAX_DEPTH) {
    const files = [];
    let level = [''];
    for (let d = 0; d <= depth && level.length > 0 && files.length < MAX_FILES; d++) {
        const next = [];
        for (const dir of level) {
            let entries;
            try {
                entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, dir), { withFileTypes: true });
            }
            catch {
                continue;
            }
            entries.sort((a, b) => a.name.localeCompare(b.name));
            for (const entry of entries) {
                const rel = dir ? `${dir}/${entry.name}` : entry.name;
                if (entry.isDirectory() && !SKIP.has(entry.name))
                    next.push(rel);
                else if (entry.isFile())
                    files.push(rel);
                if (files.length >= MAX_FILES)
                    break;
            }
        }
        level = next;
    }
    return files;
}
/** A file's text within the bounds (see small-file.ts). */
const readSmall = (path) => (0,small_file/* readSmallText */.F)(path, MAX_BYTES);
// `app = FastAPI(` (or Starlette): the ASGI app's module-level name.
const ASGI = /^([A-Za-z_]\w*)\s*(?::\s*[\w.[\]]+\s*)?=\s*(?:fastapi\.)?(?:FastAPI|Starlette)\s*\(/m;
/**
 * The folder the app's module is imported from: above every package (`__init__.py`) that holds
 * it, as Python's own import path would need: backend.dir.
 */
function importRoot(root, appFile) {
    let dir = (0,external_node_path_.dirname)(appFile);
    while (dir !== '.' && (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(root, dir, '__init__.py'), { throwIfNoEntry: false })) {
        dir = (0,external_node_path_.dirname)(dir);
    }
    return dir === '.' ? '' : dir;
}
const toModule = (file) => file.replace(/\.py$/, '').split('/').join('.');
function findApp(root, files) {
    // fastapi-cli's own setting first: the project said where its app is.
    for (const file of files.filter((f) => (0,external_node_path_.basename)(f) === 'pyproject.toml')) {
        const entry = (0,pyproject/* fastapiEntrypoint */.p)(readSmall((0,external_node_path_.join)(root, file)) ?? '');
        if (entry && /^[\w.]+:[\w.]+$/.test(entry)) {
            const dir = (0,external_node_path_.dirname)(file) === '.' ? '' : (0,external_node_path_.dirname)(file);
            const module = entry.split(':')[0];
            return {
                dir,
                app: entry,
                file: `${(0,external_node_path_.join)(dir, ...module.split('.'))}.py`,
                via: `[tool.fastapi] entrypoint in ${file}`,
            };
        }
    }
    const rank = (f) => {
        const name = (0,external_node_path_.basename)(f);
        const named = ['main.py', 'app.py', 'index.py', 'server.py', 'api.py'].indexOf(name);
        return ((named === -1 ? 9 : named) + f.split('/').length * 10 + (/(^|\/)tests?\//.test(f) ? 100 : 0));
    };
    const candidates = files.filter((f) => f.endsWith('.py')).sort((a, b) => rank(a) - rank(b));
    for (const file of candidates) {
        const match = ASGI.exec(readSmall((0,external_node_path_.join)(root, file)) ?? '');
        if (!match)
            continue;
        const dir = importRoot(root, file);
        const inDir = dir ? (0,external_node_path_.relative)(dir, file).split(external_node_path_.sep).join('/') : file;
        return {
            dir,
            app: `${toModule(inDir)}:${match[1]}`,
            file,
            via: `${match[1]} = FastAPI(...) in ${file}`,
        };
    }
    return undefined;
}
function findVenv(root, backendDir) {
    for (const base of [backendDir, ''].filter((d, i, all) => all.indexOf(d) === i)) {
        for (const name of ['.venv', 'venv', 'env', '.env-venv']) {
            const path = base ? `${base}/${name}` : name;
            if ((0,external_node_fs_.lstatSync)((0,external_node_path_.join)(root, path, 'pyvenv.cfg'), { throwIfNoEntry: false })?.isFile())
                return path;
        }
    }
    return undefined;
}
/** How the project runs its backend, when it says `fastapi dev|run` somewhere in its own files. */
function fastapiCommand(root, files, dir, appFile) {
    const places = files.filter((f) => /(^|\/)(package\.json|Makefile|Procfile|Dockerfile|README\.md|[^/]*\.sh|compose\.ya?ml|docker-compose\.ya?ml|pyproject\.toml)$/i.test(f));
    // `dev` where the project says it anywhere (a README's local steps), else `run` (a Dockerfile's).
    const said = places.map((file) => readSmall((0,external_node_path_.join)(root, file)) ?? '');
    const mode = said.some((t) => /\bfastapi\s+dev\b/.test(t))
        ? 'dev'
        : said.some((t) => /\bfastapi\s+run\b/.test(t))
            ? 'run'
            : undefined;
    if (mode) {
        const path = dir ? (0,external_node_path_.relative)(dir, appFile).split(external_node_path_.sep).join('/') : appFile;
        return `fastapi ${mode} ${path} --port {port}`;
    }
    return undefined;
}
// The backend's own variables that take one URL of the frontend (a plural ORIGINS is a list, in
// whatever syntax its settings parse: filling it with one URL could break it, so it is left).
const FRONTEND_VAR = /\b((?:[A-Z][A-Z0-9]*_)*(?:FRONTEND|CLIENT|WEB|APP)_(?:URL|HOST|ORIGIN))\b|\b(CORS_ORIGIN)\b/g;
function frontendUrlVariables(root, files, dir) {
    const found = new Set();
    const mine = files.filter((f) => f.endsWith('.py') && (dir === '' || f.startsWith(`${dir}/`)));
    for (const file of mine.slice(0, 500)) {
        const text = readSmall((0,external_node_path_.join)(root, file)) ?? '';
        if (!/os\.environ|getenv|BaseSettings|Settings\b/.test(text))
            continue;
        for (const match of text.matchAll(FRONTEND_VAR))
            found.add((match[1] ?? match[2]));
    }
    return [...found].sort();
}
const WEB_SOURCE = /\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/;
// process.env.X, process.env["X"], import.meta.env.X.
const ENV_USE = /\b(?:process\.env\.([A-Z_][A-Z0-9_]*)|process\.env\[\s*["'`]([A-Z_][A-Z0-9_]*)["'`]\s*\]|import\.meta\.env\.([A-Z_][A-Z0-9_]*))/g;
const ENV_FILES = /(^|\/)\.env(\.[\w.-]+)?$/;
/** Whether a variable's name says it holds the API's URL: `NEXT_PUBLIC_API_BASE_URL`, `VITE_API_URL`. */
function looksLikeApiUrl(name) {
    return /(API|BACKEND|SERVER)/.test(name) && /(URL|HOST|BASE|ORIGIN|ENDPOINT)/.test(name);
}
/** The variables the frontend reads that look like the API's URL, from its env files and sources. */
function apiUrlVariables(root, files, webDir) {
    const found = new Set();
    const mine = files.filter((f) => webDir === '' || f.startsWith(`${webDir}/`));
    for (const file of mine.filter((f) => ENV_FILES.test(f))) {
        for (const line of (readSmall((0,external_node_path_.join)(root, file)) ?? '').split(/\r?\n/)) {
            const key = /^\s*(?:export\s+)?([A-Z_][A-Z0-9_]*)\s*=/.exec(line)?.[1];
            if (key && looksLikeApiUrl(key))
                found.add(key);
        }
    }
    for (const file of mine.filter((f) => WEB_SOURCE.test(f)).slice(0, 2000)) {
        const text = readSmall((0,external_node_path_.join)(root, file)) ?? '';
        if (!text.includes('env'))
            continue;
        for (const match of text.matchAll(ENV_USE)) {
            const key = (match[1] ?? match[2] ?? match[3]);
            if (looksLikeApiUrl(key))
                found.add(key);
        }
    }
    return [...found].sort();
}
function findFrontend(root, files) {
    const dirs = files
        .filter((f) => (0,external_node_path_.basename)(f) === 'package.json')
        .map((f) => ((0,external_node_path_.dirname)(f) === '.' ? '' : (0,external_node_path_.dirname)(f)));
    for (const dir of dirs) {
        const framework = (0,web_app/* detectFramework */.yl)((0,external_node_path_.join)(root, dir));
        if (framework)
            return { dir, framework };
    }
    return undefined;
}
const COMPOSE = /^(compose|docker-compose)\.ya?ml$/;
/** The layout of the checkout at `root`, as a project file and the findings behind it. */
function detectLayout(root) {
    const files = listFiles(root);
    const findings = [];
    const config = {};
    const backend = {};
    const app = findApp(root, files);
    if (app) {
        if (app.dir)
            backend.dir = app.dir;
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
            : (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(root, 'backend'), { throwIfNoEntry: false })
                ? 'backend/.env'
                : '.env';
        backend.envFile = envFile;
        const cors = frontendUrlVariables(root, files, app.dir);
        if (cors.length > 0) {
            backend.frontendUrlVariables = cors;
            findings.push({ what: "backend's variables for the frontend URL", found: cors.join(', ') });
        }
    }
    else {
        findings.push({
            what: 'backend app',
            found: 'none found (no `app = FastAPI(...)`); set backend.app',
        });
    }
    const venv = findVenv(root, app?.dir ?? '');
    if (venv) {
        backend.venv = venv;
        findings.push({ what: 'venv', found: venv });
    }
    else {
        findings.push({ what: 'venv', found: 'none found (create one, e.g. python3 -m venv .venv)' });
    }
    if (Object.keys(backend).length > 0)
        config.backend = backend;
    const web = findFrontend(root, files);
    let packageManager;
    if (web) {
        packageManager = (0,web_app/* detectPackageManager */.Lv)((0,external_node_path_.join)(root, web.dir), root);
        const found = apiUrlVariables(root, files, web.dir);
        const urlVariables = found.length > 0 ? found : (0,web_app/* defaultUrlVariables */.wF)(web.framework);
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
    }
    else {
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

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/text.js
var core_text = __webpack_require__(126);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/cli/args.js + 2 modules
var args = __webpack_require__(1196);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/cli/init.js
// `udo-port init`: looks at the checkout, says what it found, and writes udo-port.json so that
// no command needs flags. Never overwrites without --force; written whole or not at all.








/** Where editors find the schema: the published package's own copy. */
const SCHEMA_URL = 'https://unpkg.com/udo-port/udo-port.schema.json';
const initOptions = {
    cwd: { type: 'string' },
    'dry-run': { type: 'boolean' },
    force: { type: 'boolean' },
};
/** The file's bytes, whole, under a private name first; then linked (no --force) or renamed in. */
function writeWhole(path, text, force) {
    const temp = (0,external_node_path_.join)((0,external_node_path_.resolve)(path, '..'), `.${file/* PROJECT_FILE */.Dp}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    const fd = (0,external_node_fs_.openSync)(temp, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0), 0o644);
    try {
        try {
            (0,external_node_fs_.writeSync)(fd, text);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        // link fails when the name exists: a file made meanwhile is never replaced without --force.
        if (force)
            (0,external_node_fs_.renameSync)(temp, path);
        else
            (0,external_node_fs_.linkSync)(temp, path);
    }
    catch (error) {
        if (error.code === 'EEXIST') {
            throw new errors/* UsageError */.eb(`${file/* PROJECT_FILE */.Dp}: already there (--force replaces it)`);
        }
        throw error;
    }
    finally {
        try {
            (0,external_node_fs_.unlinkSync)(temp);
        }
        catch { }
    }
}
async function init(argv, say) {
    const { values } = (0,args/* parseCommandLine */.Du)(argv, initOptions, false);
    const root = (0,external_node_path_.resolve)(values.cwd ?? '.');
    if (!(0,external_node_fs_.statSync)(root, { throwIfNoEntry: false })?.isDirectory()) {
        throw new errors/* UsageError */.eb(`--cwd: "${(0,core_text/* printable */.g)(values.cwd ?? '.')}" is not a folder`);
    }
    const target = (0,external_node_path_.join)(root, file/* PROJECT_FILE */.Dp);
    if (!values.force && !values['dry-run']) {
        if ((0,external_node_fs_.lstatSync)(target, { throwIfNoEntry: false })) {
            throw new errors/* UsageError */.eb(`${file/* PROJECT_FILE */.Dp}: already there (--force replaces it)`);
        }
        if ((0,file/* hasProjectFile */.k8)(root)) {
            throw new errors/* UsageError */.eb('package.json "udo-port": already configures the project (--force writes udo-port.json; then remove the key)');
        }
    }
    const { config, findings } = detectLayout(root);
    // With --dry-run stdout is the file alone (`init --dry-run > udo-port.json`); what was found
    // goes to stderr then.
    const tell = values['dry-run']
        ? (line) => process.stderr.write(`udo-port: ${line}\n`)
        : say.info;
    const width = Math.max(...findings.map((f) => f.what.length));
    for (const { what, found } of findings)
        tell(`${what.padEnd(width)}  ${(0,core_text/* printable */.g)(found)}`);
    const text = `${JSON.stringify({ $schema: SCHEMA_URL, ...config }, null, 2)}\n`;
    if (values['dry-run']) {
        process.stdout.write(text);
        tell(`--dry-run: ${file/* PROJECT_FILE */.Dp} not written`);
        return 0;
    }
    writeWhole(target, text, values.force ?? false);
    say.info(`wrote ${target}: commit it, and every udo-port command here needs no flags`);
    return 0;
}


/***/ })

};
;