"use strict";
exports.id = 944;
exports.ids = [944];
exports.modules = {

/***/ 8865:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xF: () => (/* binding */ FORWARDED),
  yV: () => (/* binding */ allocateBackend),
  A1: () => (/* binding */ backendPlan),
  q3: () => (/* binding */ backendVenv),
  Zd: () => (/* binding */ optionsAndCommand),
  Wy: () => (/* binding */ portOrigin),
  nw: () => (/* binding */ startOptions),
  vw: () => (/* binding */ usableEnvLocal),
  Vd: () => (/* binding */ windowsConsoleStop)
});

// UNUSED EXPORTS: WINDOWS_GRACE_MS

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/containers/engines.js
var engines = __webpack_require__(5457);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/env/file.js + 1 modules
var file = __webpack_require__(3808);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/errors.js
var errors = __webpack_require__(2354);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/leases/registry.js + 1 modules
var registry = __webpack_require__(7303);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/leases/running.js
var running = __webpack_require__(214);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/ports/allocate.js + 2 modules
var allocate = __webpack_require__(8519);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/project/defaults.js
var defaults = __webpack_require__(9909);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/process/backend-command.js


/** `{port}` in each argument becomes the port. */
function substitutePort(args, port) {
    return args.map((arg) => arg.replaceAll('{port}', String(port)));
}
/**
 * A command that says nothing of the port gets it the way its server takes it: `fastapi dev|run`
 * and uvicorn (`uvicorn APP`, `python -m uvicorn APP`) read no API_PORT or PORT, so
 * `--host H --port {port}` is added; any other command is left as it is (it has PORT and
 * API_PORT in its environment). Pure.
 */
function withPortArgs(command, host) {
    if (command.some((arg) => arg.includes('{port}')))
        return command;
    const words = command.map((arg) => (0,external_node_path_.basename)(arg)
        .replace(/\.(exe|cmd)$/i, '')
        .toLowerCase());
    const fastapi = words[0] === 'fastapi' && (words[1] === 'dev' || words[1] === 'run');
    const uvicorn = words[0] === 'uvicorn' ||
        (/^python[\d.]*$/.test(words[0] ?? '') && words[1] === '-m' && words[2] === 'uvicorn');
    const given = (flag) => command.some((arg) => arg === flag || arg.startsWith(`${flag}=`));
    if (!fastapi && !uvicorn)
        return command;
    return [...command, ...(given('--host') ? [] : ['--host', host]), '--port', '{port}'];
}
/**
 * What to run: `<venv python> -m uvicorn <app> --host H --port N` (uvicorn never reads API_PORT,
 * and `python -m` survives a moved venv where the `uvicorn` script does not), or the user's
 * command. Either way the venv is active in its environment and API_PORT, API_HOST and PORT are set.
 */
function backendCommand(plan) {
    const base = plan.env ?? process.env;
    const env = {
        ...base,
        API_PORT: String(plan.port),
        API_HOST: plan.host,
        PORT: String(plan.port),
    };
    if (plan.venv.usable) {
        const pathKey = Object.keys(base).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
        env.VIRTUAL_ENV = plan.venv.path;
        env[pathKey] = [(0,external_node_path_.dirname)(plan.venv.interpreter), base[pathKey]].filter(Boolean).join(external_node_path_.delimiter);
    }
    if (plan.command && plan.command.length > 0) {
        const own = withPortArgs(plan.command, plan.host);
        const [file, ...args] = substitutePort(own, plan.port);
        return { file, args, cwd: plan.cwd, env };
    }
    const args = [
        '-m',
        'uvicorn',
        plan.app ?? defaults/* PROJECT_DEFAULTS */.jX.app,
        '--host',
        plan.host,
        '--port',
        String(plan.port),
    ];
    if (plan.reload)
        args.push('--reload');
    return { file: plan.venv.interpreter, args, cwd: plan.cwd, env };
}

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/python/venv.js + 1 modules
var venv = __webpack_require__(6756);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/cli/args.js + 2 modules
var args = __webpack_require__(1196);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/cli/start-checks.js
var start_checks = __webpack_require__(8496);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/cli/backend-setup.js
// What `udo-port start` and `udo-port dev` share about the backend: their options, the command
// after `--`, the venv, the env file, the lease, how the port is told, and the signals passed on.











const startOptions = {
    ...args/* projectOptions */.Mh,
    'no-env-local': { type: 'boolean' },
    reload: { type: 'boolean' },
    replace: { type: 'boolean' },
    wait: { type: 'string' },
};
/** The options before `--`, and the backend's own command after it (none: uvicorn). */
function optionsAndCommand(argv, options) {
    const dash = argv.indexOf('--');
    const own = dash === -1 ? argv : argv.slice(0, dash);
    const command = dash === -1 ? [] : argv.slice(dash + 1);
    const { values, positionals } = (0,args/* parseCommandLine */.Du)(own, options);
    if (positionals.length > 0) {
        throw new errors/* UsageError */.eb(`unexpected argument ${positionals[0]} (a command goes after --)`);
    }
    if (dash !== -1 && command.length === 0)
        throw new errors/* UsageError */.eb('--: no command after it');
    if (values.json) {
        // The terminal is the backend's; what runs is told by `list`.
        throw new errors/* UsageError */.eb('--json: not an option here (udo-port list --json shows the running backends)');
    }
    return { values, command };
}
/**
 * The venv the backend runs in. The default command needs it whole, with uvicorn: checked
 * before anything is leased or written. A command of one's own only gets it on PATH if usable.
 */
const backendVenv = async (cwd, venvArg, command) => command.length === 0
    ? await (0,start_checks/* requireBackendVenv */.R)(cwd, venvArg ?? defaults/* PROJECT_DEFAULTS */.jX.venv)
    : (0,venv/* inspectVenv */.e1)((0,defaults/* venvPath */.TG)(cwd, venvArg ?? defaults/* PROJECT_DEFAULTS */.jX.venv));
/**
 * `port 8002 from the scan of 8001-8010; 8001 is in use by PID 4242 (…)`. A port this project's
 * own Compose stack publishes (`root`: the project) is said to be so, not a stranger's.
 */
function portOrigin(allocation, root) {
    const wanted = allocation.passedOver[0];
    const own = wanted?.containers && root ? (0,engines/* ownComposeContainer */.iM)(wanted.containers, root) : undefined;
    const why = own ? `held by ${(0,engines/* describeOwnCompose */.wH)(own)}` : wanted && (0,allocate/* describeRefusal */.a2)(wanted);
    return `port ${allocation.port} from ${allocation.origin}${wanted ? `; ${wanted.port} is ${why}` : ''}`;
}
/** The backend's command line and environment: uvicorn with --app and --reload, or `command`. */
const backendPlan = (values, cwd, allocation, venv, command) => backendCommand({
    cwd,
    port: allocation.port,
    host: allocation.host,
    venv,
    app: values.app ?? defaults/* PROJECT_DEFAULTS */.jX.app,
    reload: values.reload ?? false,
    command,
});
/**
 * The frontend env file to write, unless --no-env-local; refused now, before anything is leased
 * or started, when it is a FIFO, a device or a folder.
 */
function usableEnvLocal(values, cwd) {
    if (values['no-env-local'])
        return undefined;
    const envLocal = (0,args/* envLocalPath */.sP)(values, cwd);
    const found = (0,file/* envFileContents */.a0)(envLocal);
    if (found.state === 'refused')
        throw new errors/* UsageError */.eb(`--env-local: ${envLocal} ${found.message}`);
    return envLocal;
}
/** The backend's lease: held by this process while the backend runs, stale as soon as it dies. */
const allocateBackend = (request, ci) => (0,allocate/* allocate */.CN)({
    ...request,
    nameHolder: true,
    lease: {
        ttlMs: registry/* LONGEST_LEASE_MS */.nV,
        lifetime: 'owner',
        purpose: running/* START_PURPOSE */.y3,
        ...(ci && { ci }),
    },
});
/**
 * The signals start and dev catch and pass on to the backend's whole process group (POSIX). On
 * Windows a Ctrl+C or Ctrl+Break in the console reaches every process attached to it, the
 * backend's tree included (it shares the console): they are caught so that udo-port is not ended
 * before the backend, which it then waits for (WINDOWS_GRACE_MS, then its tree is ended);
 * SIGTERM, which only Node itself sends there, ends the tree at once.
 */
const FORWARDED = process.platform === 'win32'
    ? ['SIGINT', 'SIGBREAK', 'SIGTERM']
    : ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Windows: how long a backend has to end on its own Ctrl+C before its tree is ended. */
const WINDOWS_GRACE_MS = 10_000;
/**
 * Windows: what a caught signal does to a child in udo-port's console. The console gave it the
 * Ctrl+C itself (a second one ends it at once); SIGTERM ends its tree now. Returns a function that
 * cancels a pending end, for when the child exits first.
 */
function windowsConsoleStop(pid, end) {
    let timer;
    let presses = 0;
    const stopNow = () => {
        clearTimeout(timer);
        void end(pid).catch(() => undefined);
    };
    return {
        signal: (name) => {
            presses += name === 'SIGTERM' ? 2 : 1;
            if (presses > 1)
                stopNow();
            else
                timer = setTimeout(stopNow, WINDOWS_GRACE_MS);
        },
        cancel: () => clearTimeout(timer),
    };
}


/***/ }),

/***/ 8496:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ requireBackendVenv),
/* harmony export */   x: () => (/* binding */ takeOverProject)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2354);
/* harmony import */ var _core_leases_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7303);
/* harmony import */ var _core_leases_running_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(214);
/* harmony import */ var _core_listeners_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22);
/* harmony import */ var _core_ports_probe_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(820);
/* harmony import */ var _core_process_identity_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3793);
/* harmony import */ var _core_process_owner_pipe_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1817);
/* harmony import */ var _core_project_defaults_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9909);
/* harmony import */ var _core_project_same_path_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(933);
/* harmony import */ var _core_python_venv_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6756);
/* harmony import */ var _core_remedies_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9305);
// What `udo-port start` makes sure of before it leases anything: a venv with uvicorn, no other
// start running this project's backend, and what a start that ended badly left running.












/**
 * The venv the default command runs (`--venv`, relative to the project): it must run, and hold
 * uvicorn, or the backend dies at its first line. Checked before anything is leased or written.
 */
async function requireBackendVenv(cwd, venvArg) {
    const venv = (0,_core_python_venv_js__WEBPACK_IMPORTED_MODULE_10__/* .inspectVenv */ .e1)((0,_core_project_defaults_js__WEBPACK_IMPORTED_MODULE_8__/* .venvPath */ .TG)(cwd, venvArg));
    const install = (0,_core_remedies_js__WEBPACK_IMPORTED_MODULE_11__/* .installCommand */ .Je)(venvArg, ['uvicorn', 'fastapi']);
    const problem = (0,_core_python_venv_js__WEBPACK_IMPORTED_MODULE_10__/* .venvProblem */ .XA)(venv);
    if (problem) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--venv: ${problem}; make it with: ${(0,_core_remedies_js__WEBPACK_IMPORTED_MODULE_11__/* .createVenvCommand */ .T1)(venvArg)}, then: ${install}`);
    }
    const { uvicorn } = await (0,_core_python_venv_js__WEBPACK_IMPORTED_MODULE_10__/* .packageVersions */ .E8)(venv, ['uvicorn']);
    if (!uvicorn) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--venv: uvicorn is not installed in ${venvArg}; install it with: ${install}`);
    }
    return venv;
}
function describeRun(backend) {
    return `port ${backend.port} (${backend.url ?? `port ${backend.port}`}), run by udo-port start PID ${backend.startPid} since ${backend.since}`;
}
/**
 * Asks the start that runs `backend` to end (it ends its own backend, and its lease goes), and
 * waits up to 10 s for it. Windows: through its owner pipe (owner-pipe.ts), the one proof that
 * the PID is still that start: a signal there would end start at once and leave its backend.
 */
async function endOtherStart(backend) {
    const key = backend.lease.pidStartKey;
    if (process.platform === 'win32' && key?.startsWith('pipe:')) {
        await (0,_core_process_owner_pipe_js__WEBPACK_IMPORTED_MODULE_7__/* .askOwnerPipe */ .tW)(key, 'stop');
        for (let waited = 0; waited < 10_000; waited += 200) {
            if ((await (0,_core_process_owner_pipe_js__WEBPACK_IMPORTED_MODULE_7__/* .askOwnerPipe */ .tW)(key)) === 'pipe:gone')
                return true;
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(200);
        }
        return false;
    }
    const id = {
        pid: backend.startPid,
        ...(key !== undefined ? { startKey: key } : { startedAt: backend.lease.pidStartedAt }),
    };
    // Checked again right before the signal: the lease was read a moment ago.
    if (await (0,_core_process_identity_js__WEBPACK_IMPORTED_MODULE_6__/* .isSameProcess */ .SM)(id)) {
        try {
            process.kill(backend.startPid, 'SIGTERM');
        }
        catch { }
    }
    for (let waited = 0; (await (0,_core_process_identity_js__WEBPACK_IMPORTED_MODULE_6__/* .isSameProcess */ .SM)(id)) && waited < 10_000; waited += 50)
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(50);
    return !(await (0,_core_process_identity_js__WEBPACK_IMPORTED_MODULE_6__/* .isSameProcess */ .SM)(id));
}
/**
 * The start key of the process a lease names, as of now: on Windows its owner pipe's answer
 * (the key itself while that very process lives), elsewhere its start in /proc or ps.
 */
async function currentStartKey(backend) {
    const key = backend.lease.pidStartKey;
    if (process.platform === 'win32' && key?.startsWith('pipe:'))
        return await (0,_core_process_owner_pipe_js__WEBPACK_IMPORTED_MODULE_7__/* .askOwnerPipe */ .tW)(key);
    return (0,_core_process_identity_js__WEBPACK_IMPORTED_MODULE_6__/* .processStartKey */ .nL)(backend.startPid);
}
/**
 * A second start in a project whose backend runs would start a second backend and repoint
 * .env.local, which then points at a dead port once either ends. So it is refused, naming the
 * running one, unless `replace`: then that start is asked to end (it ends its backend) first.
 */
async function takeOverProject(cwd, replace, ci, say) {
    const registry = (0,_core_leases_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .openLeaseRegistry */ .Gt)(process.env, ci);
    const records = await registry.list();
    const callerUid = process.getuid?.();
    let ours;
    for (const backend of (0,_core_leases_running_js__WEBPACK_IMPORTED_MODULE_3__/* .runningBackends */ .Vq)(records).filter((b) => (0,_core_project_same_path_js__WEBPACK_IMPORTED_MODULE_9__/* .samePath */ .Eb)(b.cwd, cwd))) {
        const why = (0,_core_leases_running_js__WEBPACK_IMPORTED_MODULE_3__/* .unvouched */ .WV)(backend, callerUid, {
            uid: (0,_core_process_identity_js__WEBPACK_IMPORTED_MODULE_6__/* .processUid */ .MZ)(backend.startPid),
            startKey: await currentStartKey(backend),
        });
        if (!why) {
            ours = backend;
            break;
        }
        // A lease proves nothing unless it is the caller's own: it is named, never acted on.
        say.warn(`${registry.dir}/${backend.port}.json names this project's backend (${describeRun(backend)}), but ${why}: it is not taken as proof, and nothing is ended; if that backend is yours, end it by hand (${(0,_core_remedies_js__WEBPACK_IMPORTED_MODULE_11__/* .endCommand */ .v6)(backend.startPid)})`);
    }
    if (ours && !replace) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AlreadyRunningError */ .mU(`this project's backend already runs: ${describeRun(ours)}; stop it (Ctrl+C where it runs, or udo-port kill ${ours.port}), or pass --replace`);
    }
    if (ours) {
        say.info(`replacing the backend on ${describeRun(ours)}`);
        if (!(await endOtherStart(ours))) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AlreadyRunningError */ .mU(`udo-port start PID ${ours.startPid} did not end within 10 s; end it with: ${(0,_core_remedies_js__WEBPACK_IMPORTED_MODULE_11__/* .endCommand */ .v6)(ours.startPid)}`);
        }
    }
    for (const orphan of (0,_core_leases_running_js__WEBPACK_IMPORTED_MODULE_3__/* .leftBehind */ .aU)(records, cwd)) {
        if (!(await (0,_core_ports_probe_js__WEBPACK_IMPORTED_MODULE_5__/* .probePort */ .Kd)(orphan.port, '0.0.0.0')))
            continue;
        const holder = (await (0,_core_listeners_index_js__WEBPACK_IMPORTED_MODULE_4__/* .listenersOn */ .b6)(orphan.port)).listeners.find((l) => l.pid !== undefined);
        say.warn(`port ${orphan.port} is still held${holder ? ` by ${(0,_core_listeners_index_js__WEBPACK_IMPORTED_MODULE_4__/* .describeListener */ .gx)(holder)}` : ''}: the backend a udo-port start (PID ${orphan.startPid}) left running when it ended${holder?.pid ? `; end it with: ${(0,_core_remedies_js__WEBPACK_IMPORTED_MODULE_11__/* .endCommand */ .v6)(holder.pid)}` : ''}`);
    }
}


/***/ }),

/***/ 2944:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pointFrontendAt: () => (/* binding */ pointFrontendAt),
  start: () => (/* binding */ start)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/env/file.js + 1 modules
var env_file = __webpack_require__(3808);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/project/defaults.js
var defaults = __webpack_require__(9909);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/env/next-env.js


/** Next.js's env files for a mode, highest priority first (as @next/env's loadEnvConfig). */
function nextEnvFiles(mode = 'development') {
    return [`.env.${mode}.local`, ...(mode === 'test' ? [] : ['.env.local']), `.env.${mode}`, '.env'];
}
/** Finds the last `$NAME`, `${NAME}` or `${NAME:-default}` not escaped by a backslash. */
const LAST_DOLLAR = /(?!(?<=\\))\$/g;
const REFERENCE = /((?!(?<=\\))\${?([\w]+)(?::-([^}\\]*))?}?)/;
/** dotenv-expand 10 as bundled in @next/env: references resolve right to left. */
function interpolate(value, env, parsed, depth = 0) {
    const matches = Array.from(value.matchAll(LAST_DOLLAR));
    const last = matches.at(-1)?.index;
    if (last === undefined)
        return value;
    // A reference cycle (`A=$A`, `A=$B` with `B=$A`) recurses until Next.js's stack overflows,
    // and it then drops the whole file; a cycle fails here far sooner, to the same end.
    if (depth > 100)
        throw new RangeError('reference cycle');
    const match = value.slice(last).match(REFERENCE);
    if (!match)
        return value;
    const [, whole, name, fallback] = match;
    const replacement = env[name] || fallback || parsed[name] || '';
    return interpolate(value.replace(whole, replacement), env, parsed, depth + 1);
}
/**
 * What a Next.js process sees, computed as @next/env's processEnv does without touching
 * `process.env`: files in priority order, each expanded against the environment so far, and a
 * key set in the process environment (even to '') never replaced by a file.
 */
function resolveNextEnv(files, processEnv) {
    // @next/env expands into process.env itself, so later files see earlier files' values.
    const live = { ...processEnv };
    const fromFiles = {};
    const sources = {};
    for (const file of files) {
        const parsed = (0,env_file/* parseEnv */.vc)(file.contents);
        try {
            for (const key of Object.keys(parsed)) {
                const raw = Object.hasOwn(live, key) ? live[key] : parsed[key];
                parsed[key] = interpolate(raw, live, parsed).replace(/\\\$/g, '$');
            }
        }
        catch {
            continue; // Next.js logs "Failed to load env" and goes on without the file.
        }
        for (const key of Object.keys(parsed))
            live[key] = parsed[key];
        for (const key of Object.keys(parsed)) {
            if (processEnv[key] !== undefined)
                sources[key] = 'process';
            else if (fromFiles[key] === undefined) {
                fromFiles[key] = parsed[key];
                sources[key] = file.path;
            }
        }
    }
    return { env: { ...live, ...fromFiles }, sources };
}
/**
 * Reads the env files Next.js would read in `dir`, in its order; missing files are left out, and
 * those that cannot be read safely are told apart. `instead` puts another file in a name's place
 * (a frontend env file given by path).
 */
function scanNextEnvFiles(dir, mode = 'development', instead = {}) {
    const files = [];
    const unread = [];
    for (const path of nextEnvFiles(mode)) {
        const file = instead[path] ?? (0,external_node_path_.join)(dir, path);
        // Next.js reads a FIFO too, and blocks on it: a check must not, so it reports it instead.
        const found = (0,env_file/* envFileContents */.a0)(file);
        if (found.state === 'read') {
            files.push({ path, file, contents: found.text, mtimeMs: found.stat.mtimeMs });
        }
        else if (found.state === 'refused') {
            unread.push({
                path,
                file,
                problem: found.message,
                ...(found.utf16 && { utf16: found.utf16 }),
            });
        }
    }
    return { files, unread };
}
/** The env files scanNextEnvFiles reads. */
function readNextEnvFiles(dir, mode = 'development', instead = {}) {
    return scanNextEnvFiles(dir, mode, instead).files;
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/env/frontend.js
// What the frontend will really be told: Next.js reads the shell and several env files, and the
// first that sets a key wins, so writing .env.local settles nothing when something outranks it.




/**
 * What outranks `envLocal` for NEXT_PUBLIC_API_URL under `next dev` with a value other than
 * `url`: the process environment, or `.env.development.local`. Undefined when `envLocal` decides.
 */
function urlOverride(envLocal, url, env, root, platform = process.platform, key = defaults/* API_URL_KEY */.rN) {
    const { files } = scanNextEnvFiles((0,external_node_path_.dirname)(envLocal), 'development', { '.env.local': envLocal });
    const seen = resolveNextEnv(files, env);
    const source = seen.sources[key];
    const value = seen.env[key] ?? '';
    if (source === undefined || source === '.env.local' || value === url)
        return undefined;
    if (source === 'process') {
        const remedy = platform === 'win32' ? `Remove-Item Env:${key}` : `unset ${key}`;
        return { where: 'your shell', value, remedy };
    }
    const file = files.find((f) => f.path === source);
    const line = file ? (0,env_file/* envKeyLines */.Yu)(file.contents, key)[0] : undefined;
    const shown = (0,external_node_path_.relative)(root, file?.file ?? source) || source;
    return {
        where: line ? `${shown}:${line}` : shown,
        value,
        remedy: `remove ${key} from ${shown}${line ? ` (line ${line})` : ''}`,
    };
}

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/ports/allocate.js + 2 modules
var allocate = __webpack_require__(8519);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/ports/remembered.js
var ports_remembered = __webpack_require__(9526);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/process/end.js
var end = __webpack_require__(2514);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/process/identity.js
var identity = __webpack_require__(3793);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/process/owner-pipe.js
var owner_pipe = __webpack_require__(1817);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/process/readiness.js + 1 modules
var readiness = __webpack_require__(2348);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/process/spawn.js
var spawn = __webpack_require__(4312);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/github/ci-job.js
var ci_job = __webpack_require__(8991);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/cli/args.js + 2 modules
var args = __webpack_require__(1196);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/cli/backend-setup.js + 1 modules
var backend_setup = __webpack_require__(8865);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/cli/project-config.js
var project_config = __webpack_require__(9556);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/cli/start-checks.js
var start_checks = __webpack_require__(8496);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/cli/start.js

















function signalExitCode(signal) {
    return 128 + (signal ? (external_node_os_.constants.signals[signal] ?? 1) : 1);
}
/**
 * The backend shares udo-port's stdout and stderr. On a pipe, Node makes them non-blocking as
 * soon as anything touches process.stdout/stderr (its own socket teardown does), and Python then
 * drops what it writes while the pipe is full: the end of a traceback, under load. Blocking
 * again, both wait for the reader instead.
 */
function keepStdioBlocking() {
    for (const stream of [process.stdout, process.stderr]) {
        stream._handle?.setBlocking?.(true);
    }
}
/**
 * Writes the URL once the backend listens; a failed write is told, the backend keeps running.
 * Then says so only if it settles it: the shell or `.env.development.local` outrank .env.local.
 */
async function pointFrontendAt(envLocal, url, cwd, say, keys = [defaults/* API_URL_KEY */.rN]) {
    const shown = (0,external_node_path_.relative)(cwd, envLocal) || envLocal;
    for (const key of keys) {
        try {
            await (0,env_file/* writeEnvValue */.eU)(envLocal, key, url, '--env-local');
        }
        catch (error) {
            say.warn(`${error.message}; the frontend is not pointed at the backend`);
            return;
        }
        const override = urlOverride(envLocal, url, process.env, cwd, process.platform, key);
        if (!override) {
            say.info(`${shown}: ${key}=${url}`);
            continue;
        }
        say.warn(`${shown} now says ${key}=${url}, but ${override.where} sets ${override.value}, which wins: the frontend still calls ${override.value}; ${override.remedy}`);
    }
}
/** How the backend ended, in words: `exited with code 3`, `was ended by SIGTERM`. */
function howItEnded(code, signal) {
    return signal ? `was ended by ${signal}` : `exited with code ${code}`;
}
/**
 * `udo-port start`: lease a port, run the backend on it, point the frontend at it once it
 * listens. The lease is kept while the backend runs: it is how `list` and a second start know
 * it runs. Resolves to the backend's exit code.
 */
async function start(argv, say) {
    const parsed = (0,backend_setup/* optionsAndCommand */.Zd)(argv, backend_setup/* startOptions */.nw);
    const { values, project } = (0,project_config/* configure */.jK)(parsed.values);
    const command = parsed.command.length > 0 ? parsed.command : (project.backendCommand ?? []);
    const remembered = (0,project_config/* portFlags */.rR)(parsed.values).api ? {} : (0,ports_remembered/* rememberedPorts */.h)(project.root);
    const request = (0,project_config/* withProjectPorts */.iX)((0,args/* allocateRequest */.th)(values), project, values, remembered.api);
    const cwd = request.cwd;
    const waitMs = (0,args/* parseSeconds */.fL)(values.wait ?? String(defaults/* TIME_DEFAULTS */.H0.waitSeconds), '--wait') * 1000;
    const venv = await (0,backend_setup/* backendVenv */.q3)(cwd, values.venv, command);
    const ci = (0,ci_job/* ciJobFromEnv */.Z)(process.env);
    // Refused (a FIFO, UTF-16) before a --replace ends anything.
    const envLocal = (0,backend_setup/* usableEnvLocal */.vw)(values, cwd);
    await (0,start_checks/* takeOverProject */.x)(cwd, values.replace ?? false, ci, say);
    const allocation = await (0,backend_setup/* allocateBackend */.yV)(request, ci);
    (0,ports_remembered/* rememberPorts */.Me)(project.root, { api: allocation.port });
    for (const warning of allocation.warnings)
        say.warn(warning);
    say.info(`starting the backend on ${allocation.url} (${(0,backend_setup/* portOrigin */.Wy)(allocation, cwd)})`);
    const plan = (0,backend_setup/* backendPlan */.A1)(values, project.backendDir, allocation, venv, command);
    let released = false;
    const dropLease = () => {
        if (!released)
            (0,allocate/* release */._r)(allocation);
        released = true;
    };
    keepStdioBlocking();
    // Handlers first: a Ctrl+C between the spawn and their installation would end udo-port alone,
    // before it could pass it on.
    let child;
    let early;
    let windows;
    let leader;
    const forward = (signal) => {
        if (child === undefined) {
            early ??= signal;
            return;
        }
        if (child.pid === undefined || child.exitCode !== null)
            return;
        if (process.platform === 'win32') {
            windows ??= (0,backend_setup/* windowsConsoleStop */.Vd)(child.pid, end/* endProcess */.JZ);
            windows.signal(signal);
            return;
        }
        try {
            void (0,end/* signalGroup */.i8)(child.pid, leader, signal);
        }
        catch { }
    };
    const handlers = backend_setup/* FORWARDED */.xF.map((signal) => {
        const handler = () => forward(signal);
        try {
            process.on(signal, handler);
        }
        catch { }
        return [signal, handler];
    });
    // Windows: another start's --replace asks through this process's owner pipe.
    const removeStopRequest = (0,owner_pipe/* onStopRequest */.te)(() => forward('SIGTERM'));
    const removeHandlers = () => {
        for (const [signal, handler] of handlers)
            process.off(signal, handler);
        removeStopRequest();
    };
    // Armed before the spawn, so that a kill -9 of this process at any moment leaves no backend.
    // Windows has no process groups to end, and the console delivers Ctrl+C itself (FORWARDED).
    const watchdog = process.platform !== 'win32' ? (0,end/* armWatchdog */.y1)(say.warn) : undefined;
    const watched = watchdog
        ? { ...plan, env: { ...plan.env, [end/* WATCH_VARIABLE */.T7]: watchdog.marker } }
        : plan;
    try {
        // Its own process group (POSIX): a terminal's Ctrl+C reaches only udo-port, which passes it
        // on once to the whole group, reloader children included.
        child = (0,spawn/* spawnCommand */.nj)(watched, { stdio: 'inherit', detached: process.platform !== 'win32' });
    }
    catch (error) {
        removeHandlers();
        dropLease();
        await watchdog?.dismiss();
        throw error;
    }
    if (child.pid !== undefined) {
        watchdog?.watch(child.pid);
        leader = (0,identity/* childIdentity */.BT)(child.pid);
    }
    const exited = new AbortController();
    let listened = false;
    const exit = new Promise((resolveExit) => {
        child.once('error', (error) => {
            const missing = error.code === 'ENOENT';
            say.error(missing
                ? `could not run ${plan.file}: no such command (is it installed, and on PATH?)`
                : `could not run ${plan.file}: ${error.message}`);
            exited.abort();
            resolveExit(127);
        });
        child.once('exit', (code, signal) => {
            exited.abort();
            windows?.cancel();
            // Its own output, above, says why; this line says that it never served.
            if (!listened) {
                say.error(`the backend ${howItEnded(code, signal)} before it listened on port ${allocation.port}; its output, if any, is above`);
            }
            resolveExit(code ?? signalExitCode(signal));
        });
    });
    // A signal that came before the backend existed is passed on now.
    if (early)
        forward(early);
    try {
        const until = (timeoutMs, intervalMs) => (0,readiness/* waitUntilReady */.bs)({ kind: 'port' }, allocation.port, allocation.host, {
            timeoutMs,
            signal: exited.signal,
            ...(intervalMs && { intervalMs }),
            ...(child.pid !== undefined && { owner: child.pid }),
        });
        let outcome = await until(waitMs);
        if (outcome.state === 'timeout' && !exited.signal.aborted) {
            // A slow backend still comes up: keep watching, so .env.local follows it when it does.
            say.warn(`nothing listens on port ${allocation.port} after ${waitMs / 1000}s; still waiting, and ${envLocal ? 'the frontend is pointed at it' : 'it is announced'} once it listens`);
            outcome = await until(Number.POSITIVE_INFINITY, 500);
        }
        if (outcome.state === 'foreign') {
            // Not ours that answers (a container through NAT, a process that bound first): the
            // frontend would reach it, so nothing is written, and the backend is of no use there.
            listened = true;
            say.error(`port ${allocation.port} answers, but not the backend (PID ${child.pid}): it is ${outcome.answers}; ${envLocal ? `${(0,external_node_path_.relative)(cwd, envLocal) || envLocal} is left as it was; ` : ''}stopping the backend`);
            forward('SIGTERM');
            await exit;
            return 1;
        }
        if (outcome.state === 'ready') {
            listened = true;
            say.info(`backend listening on ${allocation.url}`);
            if (envLocal)
                await pointFrontendAt(envLocal, allocation.url, cwd, say, project.web.urlVariables);
        }
        return await exit;
    }
    finally {
        dropLease();
        removeHandlers();
        // Only once the backend has ended: should this function fail while it runs, the watchdog
        // ends it when this process exits.
        if (exited.signal.aborted)
            await watchdog?.dismiss();
    }
}


/***/ }),

/***/ 214:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vq: () => (/* binding */ runningBackends),
/* harmony export */   WV: () => (/* binding */ unvouched),
/* harmony export */   aU: () => (/* binding */ leftBehind),
/* harmony export */   y3: () => (/* binding */ START_PURPOSE)
/* harmony export */ });
/* harmony import */ var _project_same_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(933);
// The backends `udo-port start` runs, as its leases record them: start keeps its lease for as
// long as the backend runs, so the lease folder is also the list of running backends.

/** What start's leases say they are for. */
const START_PURPOSE = 'udo-port start';
const started = (record) => record.lease?.purpose === START_PURPOSE;
const backendOf = ({ lease, uid }) => ({
    port: lease.port,
    startPid: lease.pid,
    cwd: lease.cwd,
    url: lease.url,
    since: lease.createdAt,
    lease,
    ...(uid !== undefined && { fileUid: uid }),
});
/**
 * Why a start lease is no proof that its process may be ended by `callerUid`, or undefined when
 * it is: any user can write a lease naming any pid, so only a file of the caller's own (or
 * root's) counts, and only when the process runs as that file's owner and is the very one
 * that made it (its exact start key, or its start time where no key is kept). Pure: the
 * process's uid and current start are gathered by the caller.
 */
function unvouched(backend, callerUid, process) {
    const { fileUid, lease } = backend;
    if (callerUid !== undefined && fileUid !== undefined && fileUid !== callerUid && fileUid !== 0) {
        return `its lease file belongs to uid ${fileUid}, not to you or root`;
    }
    if (fileUid !== undefined && process.uid !== undefined && process.uid !== fileUid) {
        return `PID ${lease.pid} runs as uid ${process.uid}, not as the lease file's owner (uid ${fileUid})`;
    }
    if (lease.pidStartKey !== undefined && process.startKey !== lease.pidStartKey) {
        return `PID ${lease.pid} is not the process that made the lease`;
    }
    if (lease.pidStartKey === undefined && process.startKey !== undefined) {
        return `the lease does not say when PID ${lease.pid} started, so it cannot be told from another process`;
    }
    return undefined;
}
/** The backends start runs now, from live leases. Pure over the registry's records. */
function runningBackends(records) {
    return records
        .filter(started)
        .filter((r) => !r.staleReason)
        .map(backendOf);
}
/**
 * Backends whose `udo-port start` has ended without ending them (it was killed where no
 * watchdog runs: Windows, or a kill in the first milliseconds): their leases are stale because
 * their owner is gone. Whether the port is still held is for the caller to test.
 */
function leftBehind(records, cwd) {
    return records
        .filter(started)
        .filter((r) => /^owner PID \d+ has exited/.test(r.staleReason ?? ''))
        .filter((r) => cwd === undefined || (0,_project_same_path_js__WEBPACK_IMPORTED_MODULE_0__/* .samePath */ .Eb)(r.lease.cwd, cwd))
        .map(backendOf);
}


/***/ }),

/***/ 9526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Me: () => (/* binding */ rememberPorts),
/* harmony export */   h: () => (/* binding */ rememberedPorts)
/* harmony export */ });
/* unused harmony export stateDir */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
// The ports a checkout had last time, so that it gets them again when they are free: browser
// tabs, cookies and OAuth callbacks keep working day after day. Kept per project root and per
// machine in the user's state folder, never in the repository; written whole (a private temp
// file, then a rename), so a crash never leaves half a file.




/** `$UDO_PORT_STATE_DIR`, else `$XDG_STATE_HOME/udo-port`, else `~/.local/state/udo-port` (`%LOCALAPPDATA%\udo-port` on Windows). */
function stateDir(env = process.env) {
    if (env.UDO_PORT_STATE_DIR)
        return env.UDO_PORT_STATE_DIR;
    if (process.platform === 'win32' && env.LOCALAPPDATA)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.LOCALAPPDATA, 'udo-port');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.XDG_STATE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.local', 'state'), 'udo-port');
}
const storeFile = (env) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(stateDir(env), 'ports.json');
// One home folder may be shared by machines (NFS): a port free on one says nothing of another.
const keyOf = (root) => `${(0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)()}\0${root}`;
const isPort = (v) => Number.isInteger(v) && v >= 1 && v <= 65535;
function readStore(file) {
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(file, { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size > 1024 * 1024)
        return {};
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0));
    }
    catch {
        return {};
    }
    try {
        const size = Math.min((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd).size, 1024 * 1024);
        const buffer = Buffer.alloc(size);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, 0, size, 0);
        const value = JSON.parse(buffer.toString('utf8'));
        return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
    }
    catch {
        return {};
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** What this checkout had last time on this machine; nothing when it never ran or the file is junk. */
function rememberedPorts(root, env = process.env) {
    const found = readStore(storeFile(env))[keyOf(root)];
    if (!found || typeof found !== 'object')
        return {};
    return {
        ...(isPort(found.api) && { api: found.api }),
        ...(isPort(found.web) && { web: found.web }),
    };
}
/** Remembers this checkout's ports; a failure to write costs only tomorrow's preference. */
function rememberPorts(root, ports, env = process.env) {
    const dir = stateDir(env);
    const file = storeFile(env);
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `.ports.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true, mode: 0o700 });
        const store = readStore(file);
        store[keyOf(root)] = { ...store[keyOf(root)], ...ports, at: new Date().toISOString() };
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temp, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0), 0o600);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, `${JSON.stringify(store, null, 2)}\n`);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, file);
    }
    catch {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(temp);
        }
        catch { }
    }
}


/***/ }),

/***/ 2514:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ endProcess),
/* harmony export */   N4: () => (/* binding */ endGroup),
/* harmony export */   T7: () => (/* binding */ WATCH_VARIABLE),
/* harmony export */   i8: () => (/* binding */ signalGroup),
/* harmony export */   y1: () => (/* binding */ armWatchdog),
/* harmony export */   zN: () => (/* binding */ protectedReason)
/* harmony export */ });
/* unused harmony exports GRACE_MS, signalEach, outlast, WATCHDOG */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8500);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7975);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3793);
/* harmony import */ var _proc_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6083);






const run = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * Why a pid must not be ended, or undefined when it may be: the idle and system pseudo-processes
 * of Windows (0, 4), init (1), and this process and its parent (the shell or script that asked).
 */
function protectedReason(pid, self = process) {
    if (pid === 0 || pid === 4)
        return `PID ${pid} is the operating system itself`;
    if (pid === 1)
        return 'PID 1 is the init process';
    if (pid === self.pid)
        return `PID ${pid} is udo-port itself`;
    if (pid === self.ppid)
        return `PID ${pid} is the process that started udo-port`;
    return undefined;
}
/**
 * How long a process is given to end on SIGTERM before SIGKILL: the one grace period of every
 * stopper (kill, start, dev, the watchdog, the action's post step).
 */
const GRACE_MS = 3000;
/** How often a dying process is looked at: its exit should be seen within a few ms. */
const POLL_MS = 5;
/** How often a dying group is asked after (a signal to the group each time). */
const GROUP_POLL_MS = 20;
/**
 * Signals each process that is still the one its identity names, checked right before its own
 * signal: a pid that exited and was given to another process meanwhile is left alone. (Between
 * the check and kill(2) a few microseconds remain; Node has no pidfd to close them.)
 */
async function signalEach(ids, name) {
    for (const id of ids) {
        if (!(await (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .isSameProcess */ .SM)(id)))
            continue;
        try {
            process.kill(id.pid, name);
        }
        catch { }
    }
}
/** Those of `ids` that still run as the same process. */
async function stillAlive(ids) {
    const alive = [];
    for (const id of ids)
        if (await (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .isSameProcess */ .SM)(id))
            alive.push(id);
    return alive;
}
/** taskkill by its full path: a same-named program earlier on PATH is not run. */
function taskkill() {
    const root = process.env.SystemRoot ?? process.env.windir;
    return root ? node_path__WEBPACK_IMPORTED_MODULE_1__.win32.join(root, 'System32', 'taskkill.exe') : 'taskkill';
}
/**
 * Ends a process and every process under it (uvicorn's reloader and its worker, npm and its
 * children): on Windows with `taskkill /T`; elsewhere SIGTERM to the whole tree, then SIGKILL to
 * what is left after `graceMs`. Resolves once all of it is gone (a zombie counts as gone), to
 * how the process itself ended. Given an identity (taken when the process was named), it ends
 * nothing unless the pid is still that process ('gone' then): no signal without a proven
 * identity; each descendant's identity is taken when the tree is walked and checked again
 * before each of its signals.
 */
async function endProcess(target, graceMs = GRACE_MS) {
    const root = typeof target === 'number' ? await (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .identify */ .ls)(target) : target;
    if (!root || !(await (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .isSameProcess */ .SM)(root)))
        return 'gone';
    const { pid } = root;
    if (process.platform === 'win32') {
        const options = { timeout: 10_000, windowsHide: true };
        await run(taskkill(), ['/PID', String(pid), '/T', '/F'], options).catch(() => 
        // Wine's taskkill refuses /T; the process itself still goes.
        run(taskkill(), ['/PID', String(pid), '/F'], options));
        return 'killed';
    }
    const children = [];
    for (const child of await (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .descendants */ .DG)(pid)) {
        const id = await (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .identify */ .ls)(child);
        if (id)
            children.push(id);
    }
    if (!(await (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .isSameProcess */ .SM)(root)))
        return 'gone';
    try {
        process.kill(pid, 'SIGTERM');
    }
    catch (error) {
        if (error.code === 'ESRCH')
            return 'gone';
        throw error;
    }
    await signalEach(children, 'SIGTERM');
    const killed = await outlast([root, ...children], graceMs);
    return killed.includes(root) ? 'killed' : 'ended';
}
/**
 * The second half of a stop, once SIGTERM is sent: waits up to `graceMs` for each of `ids` to
 * end, then SIGKILLs those left and waits (a second at most) for them to go. Resolves to those
 * that had to be killed.
 */
async function outlast(ids, graceMs = GRACE_MS) {
    const deadline = Date.now() + graceMs;
    let alive = ids;
    while (Date.now() < deadline) {
        alive = await stillAlive(alive);
        if (alive.length === 0)
            return [];
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_2__.setTimeout)(POLL_MS);
    }
    const killed = alive;
    await signalEach(alive, 'SIGKILL');
    for (let waited = 0; alive.length > 0 && waited < 1000; waited += POLL_MS) {
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_2__.setTimeout)(POLL_MS);
        alive = await stillAlive(alive);
    }
    return killed;
}
/** Each watched command carries this variable (Linux): by it the watchdog finds what it ends. */
const WATCH_VARIABLE = 'UDO_PORT_WATCHDOG_ID';
/**
 * The watchdog, run as `node -e` (no shell, and none of the bundle to load: ~7 MB of its own).
 * argv: the grace period, the pid it watches, and the marker its command carries. Its stdin
 * says `group PGID KEY` once the command is spawned (KEY, Linux: the group leader's start key;
 * the group is signalled only while its id cannot name another group, see isSameGroup in
 * identity.ts; /proc/PID/stat is read by parseProcStat's own source, carried in), and `done`
 * when it ended the ordinary way. EOF before `done` means that pid died, since it alone holds
 * the pipe's other end (libuv opens pipes close-on-exec, so no child inherits it). It is started
 * before the command: a pid killed while its command is being spawned, before it could name the
 * group, leaves a command the watchdog still finds on Linux, by the marker in its environment
 * (read for this user's processes only, and looked for again until the grace period ends, for
 * a command not yet past its exec). Stderr is written with writeSync, never through
 * process.stderr, which would make the pipe the command shares non-blocking.
 */
const WATCHDOG = `
const [graceMs, owner] = process.argv.slice(1, 3).map(Number);
const needle = '\\0${WATCH_VARIABLE}=' + process.argv[3] + '\\0';
process.title = 'udo-port watchdog of PID ' + owner;
const fs = require('node:fs');
const parseProcStat = ${_proc_js__WEBPACK_IMPORTED_MODULE_5__/* .parseProcStat */ .q};
let group = 0;
let leaderKey = '';
const ours = () => {
  if (!leaderKey) return true;
  let stat;
  try {
    stat = fs.readFileSync('/proc/' + group + '/stat', 'utf8');
  } catch {
    return true;
  }
  const ticks = parseProcStat(stat).startTicks;
  const boot = fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  return boot + ':' + ticks === leaderKey;
};
const signalGroup = (name) => {
  if (!group || !ours()) return false;
  try {
    process.kill(-group, name);
    return true;
  } catch {
    return false;
  }
};
const marked = () => {
  const found = [];
  let entries = [];
  try {
    entries = fs.readdirSync('/proc');
  } catch {}
  for (const entry of entries) {
    if (!/^[0-9]+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (('\\0' + fs.readFileSync('/proc/' + entry + '/environ', 'latin1')).includes(needle)) {
        found.push(Number(entry));
      }
    } catch {}
  }
  return found;
};
const signalMarked = (name) => {
  let any = false;
  for (const pid of marked()) {
    try {
      process.kill(pid, name);
      any = true;
    } catch {}
  }
  return any;
};
let heard = '';
let ended = false;
let said = false;
const say = () => {
  if (said) return;
  said = true;
  try {
    fs.writeSync(2, 'udo-port: PID ' + owner + ' is gone; ending the backend it started' + (group ? ' (process group ' + group + ')' : '') + '\\n');
  } catch {}
};
const endAll = () => {
  if (ended) return;
  ended = true;
  if (signalGroup('SIGTERM') | signalMarked('SIGTERM')) say();
  const deadline = Date.now() + graceMs;
  const poll = setInterval(() => {
    // A command still being spawned: found once it has exec'd, and asked to end like the rest.
    if (signalMarked('SIGTERM')) say();
    if (Date.now() < deadline) return;
    signalGroup('SIGKILL');
    signalMarked('SIGKILL');
    clearInterval(poll);
  }, 50);
};
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  heard += chunk;
  let line;
  while ((line = /^(.*)\\n/.exec(heard))) {
    heard = heard.slice(line[0].length);
    const words = line[1].split(' ');
    if (words[0] === 'done') process.exit(0);
    if (words[0] === 'group') {
      group = Number(words[1]);
      leaderKey = words[2] || '';
    }
  }
});
process.stdin.on('end', endAll);
process.stdin.on('error', endAll);
`;
/**
 * POSIX: a process that ends a command's process group (SIGTERM, SIGKILL after the grace period)
 * if this process dies without dismissing it, as on `kill -9`, which gives this process no
 * chance to pass anything on. Node has no prctl(PR_SET_PDEATHSIG), and that would cover one
 * process, not the group; a pipe's EOF comes on every POSIX system. Started before the command
 * (see WATCHDOG): spawn it with `marker` in WATCH_VARIABLE, then call watch(pid). Its own session
 * (detached): a terminal's Ctrl+C or hangup must not end it before this process.
 */
function armWatchdog(warn) {
    const marker = crypto.randomUUID();
    const watchdog = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(process.execPath, ['-e', WATCHDOG, String(GRACE_MS), String(process.pid), marker], {
        stdio: ['pipe', 'ignore', 'inherit'],
        detached: true,
        // NODE_OPTIONS could preload anything into it.
        env: { ...process.env, NODE_OPTIONS: undefined },
    });
    // Its life must not keep this process's event loop alive: that is what it waits for.
    watchdog.unref();
    const gone = new Promise((resolve) => {
        watchdog.once('exit', () => resolve());
        watchdog.once('error', (error) => {
            warn(`could not start the watchdog (${error.message}); a kill -9 of udo-port would leave the backend running`);
            resolve();
        });
    });
    // A watchdog that died already: writing to it must not take this process down.
    watchdog.stdin?.on('error', () => { });
    return {
        marker,
        watch: (pgid) => {
            watchdog.stdin?.write(`group ${pgid} ${(0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .processStartKey */ .nL)(pgid) ?? ''}\n`);
        },
        dismiss: async () => {
            if (watchdog.exitCode !== null || watchdog.signalCode !== null)
                return;
            watchdog.ref();
            watchdog.stdin?.end('done\n');
            // Bounded: a stopped watchdog must not keep this process from exiting.
            const bound = new AbortController();
            await Promise.race([
                gone,
                (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_2__.setTimeout)(GRACE_MS, undefined, { signal: bound.signal }).catch(() => { }),
            ]);
            bound.abort();
        },
    };
}
/**
 * POSIX: sends `name` (0 only asks) to the process group `pgid` that the process `leader` led,
 * unless that id may now name another group (isSameGroup). True when the group was there.
 */
async function signalGroup(pgid, leader, name) {
    if (leader && !(await (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .isSameGroup */ .QI)(pgid, leader)))
        return false;
    try {
        process.kill(-pgid, name);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * POSIX: ends the process group `pgid` that `leader` led (the group outlives its leader while
 * anything it forked lives: next's server, uvicorn's worker): SIGTERM, SIGKILL after the grace
 * period, then waits until none of it is left. False when the group was already gone.
 */
async function endGroup(pgid, leader, graceMs = GRACE_MS) {
    if (!(await signalGroup(pgid, leader, 'SIGTERM')))
        return false;
    const deadline = Date.now() + graceMs;
    while ((await signalGroup(pgid, leader, 0)) && Date.now() < deadline)
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_2__.setTimeout)(GROUP_POLL_MS);
    await signalGroup(pgid, leader, 'SIGKILL');
    while (await signalGroup(pgid, leader, 0))
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_2__.setTimeout)(GROUP_POLL_MS);
    return true;
}


/***/ }),

/***/ 2348:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bs: () => (/* binding */ waitUntilReady)
});

// UNUSED EXPORTS: describeAnswer, waitUntilAnswering

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/containers/engine-processes.js
var engine_processes = __webpack_require__(5582);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/containers/engines.js
var containers_engines = __webpack_require__(5457);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/listeners/index.js + 2 modules
var core_listeners = __webpack_require__(22);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/ports/probe.js + 1 modules
var probe = __webpack_require__(820);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/listeners/linux.js
var linux = __webpack_require__(9445);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/process/proc.js
var process_proc = __webpack_require__(6083);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/process/answerer.js
// Who answers a connection to a port: the backend's own process tree, another process, or NAT
// rules that send it elsewhere (a container's published port). "Something accepts connections"
// is not "our backend is up": a container published by DNAT answers on a port a bind test calls
// free, and a process that bound first answers while ours fails. Linux tells them apart from
// /proc: the connection's server end must be a socket of this network namespace, and the port's
// listening socket must be one the tree holds. Elsewhere the OS gives no such view: the caller
// says it cannot tell and takes an answer as the backend's, as before.





/** The rows of /proc/net/tcp or tcp6. Pure. */
function parseTcpRows(text) {
    const rows = [];
    for (const line of text.split('\n')) {
        const t = line.trim().split(/\s+/);
        if (!/^\d+:$/.test(t[0] ?? ''))
            continue;
        const local = /:([0-9A-Fa-f]{4})$/.exec(t[1] ?? '');
        const remote = /:([0-9A-Fa-f]{4})$/.exec(t[2] ?? '');
        if (!local || !remote || !/^\d+$/.test(t[9] ?? ''))
            continue;
        rows.push({
            localPort: Number.parseInt(local[1], 16),
            remotePort: Number.parseInt(remote[1], 16),
            state: (t[3] ?? '').toUpperCase(),
            inode: Number(t[9]),
        });
    }
    return rows;
}
/** `pid` and every process below it, from each process's parent in /proc/<pid>/stat. */
function processTree(pid, proc = '/proc') {
    const children = new Map();
    for (const entry of (0,external_node_fs_.readdirSync)(proc)) {
        if (!/^\d+$/.test(entry))
            continue;
        const parent = (0,process_proc/* procStat */.j)(entry, proc)?.ppid;
        if (parent === undefined)
            continue;
        const list = children.get(parent) ?? [];
        list.push(Number(entry));
        children.set(parent, list);
    }
    const tree = new Set([pid]);
    for (const member of tree)
        for (const child of children.get(member) ?? [])
            tree.add(child);
    return tree;
}
/** The socket inodes the processes hold open. */
function socketInodes(pids, proc = '/proc') {
    const inodes = new Set();
    for (const pid of pids)
        for (const inode of (0,linux/* processSocketInodes */.ZT)(pid, proc))
            inodes.add(inode);
    return inodes;
}
/** The tree's sockets against the port's rows, with the connection's client port. Pure. */
function judgeAnswer(rows, port, clientPort, treeInodes) {
    const serverEnd = rows.some((r) => r.localPort === port && r.remotePort === clientPort && r.state !== '0A');
    if (!serverEnd)
        return 'nat';
    const listening = rows.filter((r) => r.localPort === port && r.state === '0A');
    // SO_REUSEPORT lets others listen beside ours, and take some connections: all must be ours.
    if (listening.length > 0 && listening.every((r) => treeInodes.has(r.inode)))
        return 'tree';
    return 'other';
}
function readRows(proc) {
    const texts = ['tcp', 'tcp6'].map((name) => {
        try {
            return (0,external_node_fs_.readFileSync)(`${proc}/net/${name}`, 'utf8');
        }
        catch {
            return undefined;
        }
    });
    if (texts.every((t) => t === undefined))
        return undefined;
    return texts.flatMap((t) => (t ? parseTcpRows(t) : []));
}
/**
 * Connects to host:port and says who answered, holding the connection open while /proc is
 * read (its server end is in the tables only while it lasts). One connect and a few /proc
 * reads: a poll can afford it.
 */
function whoAnswers(port, host, pid, { proc = '/proc', timeoutMs = 1000 } = {}) {
    return new Promise((resolve) => {
        const socket = (0,external_node_net_.connect)({ port, host: (0,probe/* reachableHost */.Ak)(host) });
        socket.setTimeout(timeoutMs);
        socket.once('connect', () => {
            try {
                const clientPort = socket.localPort;
                const rows = process.platform === 'linux' ? readRows(proc) : undefined;
                if (pid === undefined || clientPort === undefined || !rows)
                    return resolve('unknown');
                resolve(judgeAnswer(rows, port, clientPort, socketInodes(processTree(pid, proc), proc)));
            }
            catch {
                resolve('unknown');
            }
            finally {
                socket.destroy();
            }
        });
        socket.once('timeout', () => {
            socket.destroy();
            resolve('nobody');
        });
        socket.once('error', () => resolve('nobody'));
    });
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/process/readiness.js







/**
 * The status of one GET, or undefined when nothing answered in time. Not fetch: it resolves
 * `localhost` and follows redirects, where this asks the bound address itself, and a 3xx is an
 * answer.
 */
function get(port, host, path, timeoutMs) {
    return new Promise((resolve) => {
        const req = (0,external_node_http_.request)({ host, port, path, method: 'GET', timeout: timeoutMs }, (res) => {
            res.resume();
            resolve(res.statusCode);
        });
        req.once('timeout', () => req.destroy());
        req.once('error', () => resolve(undefined));
        req.end();
    });
}
/**
 * Resolves true once `GET path` on the port answers with a status below 500, false on timeout
 * or abort. Polls: a starting server gives no other sign that it is ready.
 */
async function waitUntilAnswering(port, host, path, { timeoutMs, signal, intervalMs = 100 }) {
    const deadline = Date.now() + timeoutMs;
    const target = reachableHost(host);
    while (!signal?.aborted && Date.now() < deadline) {
        const left = deadline - Date.now();
        const status = await get(port, target, path, Math.max(1, Math.min(2000, left)));
        if (status !== undefined && status < 500)
            return true;
        await sleep(intervalMs);
    }
    return false;
}
/**
 * What answers on `port` instead of the backend, in one line: the container NAT routes it to,
 * or the process that holds it (an engine's named as its container). `tree`: the backend's.
 */
async function describeAnswer(port, answer, owner) {
    if (answer === 'nat') {
        const engines = await (0,containers_engines/* askEngines */.dq)();
        return `answered through NAT rules, by no process here: ${(0,containers_engines/* engineHolding */.AS)(port, undefined, (0,containers_engines/* publishersOf */.T7)(engines, port)).line}`;
    }
    const tree = processTree(owner);
    const { listeners } = await (0,core_listeners/* listenersOn */.b6)(port);
    const holder = listeners.find((l) => l.pid === undefined || !tree.has(l.pid));
    if (!holder)
        return 'answered by a process outside the backend’s tree';
    const engine = (0,engine_processes/* engineOf */.ky)(holder);
    if (engine) {
        const engines = await (0,containers_engines/* askEngines */.dq)((0,containers_engines/* clisFor */.TJ)([engine]));
        const pid = holder.pid !== undefined ? { pid: holder.pid } : {};
        return (0,containers_engines/* engineHolding */.AS)(port, { ...engine, ...pid }, (0,containers_engines/* publishersOf */.T7)(engines, port)).line;
    }
    return `held by ${(0,core_listeners/* describeListener */.gx)(holder)}`;
}
/**
 * Waits until the backend on `port` is ready as `readiness` says: its own tree answers (see
 * answerer.ts), and for `http`, the path too. Something else answering at two polls in a row
 * ends the wait: a backend that binds beside a NAT rule is never reached, one whose port was
 * taken first fails. Once is not enough: another allocator's test bind listens for the moment
 * it lasts, and a connection it met looks like a stranger's (or, once it closed, like NAT).
 */
async function waitUntilReady(readiness, port, host, { timeoutMs, signal, intervalMs = 100, owner }) {
    const deadline = Date.now() + timeoutMs;
    let strangers = 0;
    while (!signal?.aborted && Date.now() < deadline) {
        const answer = await whoAnswers(port, host, owner);
        const stranger = (answer === 'nat' || answer === 'other') && owner !== undefined;
        strangers = stranger ? strangers + 1 : 0;
        if (stranger && strangers >= 2) {
            return { state: 'foreign', answers: await describeAnswer(port, answer, owner) };
        }
        if (answer === 'tree' || answer === 'unknown') {
            if (readiness.kind === 'port')
                return { state: 'ready' };
            const left = deadline - Date.now();
            const status = await get(port, (0,probe/* reachableHost */.Ak)(host), readiness.path, Math.max(1, Math.min(2000, left)));
            if (status !== undefined && status < 500)
                return { state: 'ready' };
        }
        await (0,promises_.setTimeout)(intervalMs);
    }
    return { state: 'timeout' };
}


/***/ }),

/***/ 4312:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nj: () => (/* binding */ spawnCommand)
/* harmony export */ });
/* unused harmony exports WINDOWS_MAX_PATH, quoteForArgv, escapeForCmd, cmdShimLine, windowsEnv, findWindowsProgram, isCmdShim, spawnPlan */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
// Starting a command the same way on every face (start, dev, the action's `run`): on POSIX a plain
// spawn; on Windows the program is found on PATH with PATHEXT first, so that only a .cmd/.bat shim
// goes through cmd.exe (with every argument escaped for cmd.exe and then for the program), and an
// .exe gets its arguments as they are, quoted by libuv for CommandLineToArgvW. Nothing is expanded
// on the way: `%USERNAME%`, `!x!`, `^`, `&` reach the program as written.



/**
 * Windows' limit for a program's path and a working folder given to CreateProcess (MAX_PATH,
 * 260 with the terminating NUL): past it Node reports ENOENT or EBADF, which name no cause.
 */
const WINDOWS_MAX_PATH = 259;
/**
 * cmd.exe's metacharacters, escaped with `^` outside quotes (the set cross-spawn escapes,
 * from https://www.robvanderwoude.com/escapechars.php): `"` is among them so that cmd.exe never
 * enters a quoted stretch, where `^` would stop escaping.
 */
const CMD_META = /[()\][%!^"`<>&|;, *?]/g;
/**
 * One argument as the C runtime's parser (CommandLineToArgvW) reads it back: always in double
 * quotes; backslashes doubled before a quote and before the closing quote, a quote escaped.
 * The algorithm of https://qntm.org/cmd, which cross-spawn's lib/util/escape.js also follows.
 */
function quoteForArgv(arg) {
    let out = '"';
    let slashes = 0;
    for (const char of arg) {
        if (char === '\\') {
            slashes++;
            continue;
        }
        if (char === '"')
            out += `${'\\'.repeat(slashes * 2)}\\"`;
        else
            out += `${'\\'.repeat(slashes)}${char}`;
        slashes = 0;
    }
    return `${out}${'\\'.repeat(slashes * 2)}"`;
}
/** Escapes cmd.exe's metacharacters with `^`, `times` over (one per cmd.exe parse to survive). */
function escapeForCmd(text, times = 1) {
    let out = text;
    for (let i = 0; i < times; i++)
        out = out.replace(CMD_META, '^$&');
    return out;
}
/**
 * The command line handed to `cmd.exe /d /s /c "..."` to run a .cmd/.bat file with `args`, each
 * arriving as written. As cross-spawn does (lib/util/escape.js, after https://qntm.org/cmd):
 * each argument quoted for the C runtime, then every cmd.exe metacharacter `^`-escaped, and
 * escaped twice, because a shim hands its `%*` to cmd.exe's parser once more (npm's, pnpm's,
 * node_modules\.bin's: cross-spawn doubles only for the last; any shim that forwards needs it).
 * The program itself is quoted, not escaped: Windows paths hold no `"`. Pure.
 */
function cmdShimLine(file, args) {
    return [`"${file}"`, ...args.map((arg) => escapeForCmd(quoteForArgv(arg), 2))].join(' ');
}
/** A variable of `env` by name, as Windows finds it: names are case-insensitive there. */
function windowsEnv(env, name) {
    const key = Object.keys(env).find((k) => k.toUpperCase() === name.toUpperCase());
    return key === undefined ? undefined : env[key];
}
const isFile = (path) => {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).isFile();
    }
    catch {
        return false;
    }
};
/**
 * Where Windows would find `file`: as given when it names a folder, else in the working folder
 * and then each folder of PATH, trying each PATHEXT extension when it has none of them.
 * Undefined when it is nowhere. `exists` is the edge (a test passes its own).
 */
function findWindowsProgram(file, cwd, env, exists = isFile) {
    const extensions = (windowsEnv(env, 'PATHEXT') ?? '.COM;.EXE;.BAT;.CMD')
        .split(';')
        .filter(Boolean);
    const known = extensions.some((ext) => ext.toLowerCase() === node_path__WEBPACK_IMPORTED_MODULE_2__.win32.extname(file).toLowerCase());
    const candidates = (base) => [
        ...(known ? [] : extensions.map((ext) => `${base}${ext.toLowerCase()}`)),
        ...(known || node_path__WEBPACK_IMPORTED_MODULE_2__.win32.extname(base) !== '' ? [base] : []),
    ];
    const hasFolder = /[\\/]/.test(file);
    const dirs = hasFolder
        ? [node_path__WEBPACK_IMPORTED_MODULE_2__.win32.isAbsolute(file) ? '' : cwd]
        : [cwd, ...(windowsEnv(env, 'PATH') ?? '').split(';').filter(Boolean)];
    for (const dir of dirs) {
        for (const candidate of candidates(dir ? node_path__WEBPACK_IMPORTED_MODULE_2__.win32.join(dir, file) : file)) {
            if (exists(candidate))
                return candidate;
        }
    }
    return undefined;
}
/** Whether Windows runs this file through cmd.exe. */
const isCmdShim = (path) => /\.(cmd|bat)$/i.test(path);
function spawnPlan(command, platform = process.platform, find = (file) => findWindowsProgram(file, command.cwd, command.env)) {
    if (platform !== 'win32')
        return { file: command.file, args: command.args, verbatim: false };
    const found = find(command.file);
    // Not found: spawned as given, Node reports ENOENT, which every face words as exit 127.
    const program = found ?? command.file;
    const tooLong = [
        ['the program', program],
        ['the working folder', command.cwd],
    ].find(([, path]) => path.length > WINDOWS_MAX_PATH);
    if (tooLong) {
        const [what, path] = tooLong;
        return {
            file: program,
            args: command.args,
            verbatim: false,
            refusal: `${what}'s path is ${path.length} characters, past Windows' limit of ${WINDOWS_MAX_PATH} (MAX_PATH) for starting a program: move the project to a shorter folder`,
        };
    }
    if (found && isCmdShim(found)) {
        const comspec = windowsEnv(command.env, 'ComSpec') ?? 'cmd.exe';
        return {
            file: comspec,
            args: ['/d', '/s', '/c', `"${cmdShimLine(found, command.args)}"`],
            verbatim: true,
        };
    }
    return { file: program, args: command.args, verbatim: false };
}
/**
 * Starts `command` as `spawnPlan` says. A command that cannot be started at all gives a child
 * whose `error` event says why (ENOENT: no such command), as a failed spawn does.
 */
function spawnCommand(command, options) {
    const plan = spawnPlan(command);
    if (plan.refusal) {
        const child = new node_child_process__WEBPACK_IMPORTED_MODULE_0__.ChildProcess();
        const error = Object.assign(new Error(plan.refusal), { code: 'ENAMETOOLONG' });
        process.nextTick(() => child.emit('error', error));
        return child;
    }
    return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(plan.file, plan.args, {
        ...options,
        cwd: command.cwd,
        env: command.env,
        windowsVerbatimArguments: plan.verbatim,
    });
}


/***/ }),

/***/ 6756:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e1: () => (/* binding */ inspectVenv),
  E8: () => (/* binding */ packageVersions),
  XA: () => (/* binding */ venvProblem)
});

// UNUSED EXPORTS: foreignLayout, missingBase

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/env/read.js
var read = __webpack_require__(2877);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/python/site-packages.js


/** Whether `path` is a folder (symlinks followed); false when nothing is there. */
const isDir = (path) => (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
const list = (dir) => {
    try {
        return (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return [];
    }
};
/** The venv's own site-packages folders, both layouts. */
function venvSitePackages(venv) {
    const found = [(0,external_node_path_.join)(venv.path, 'Lib', 'site-packages')].filter(isDir);
    for (const lib of ['lib', 'lib64']) {
        for (const entry of list((0,external_node_path_.join)(venv.path, lib))) {
            const site = (0,external_node_path_.join)(venv.path, lib, entry, 'site-packages');
            if (entry.startsWith('python') && isDir(site))
                found.push(site);
        }
    }
    return found;
}
/**
 * Where the base Python keeps its packages, guessed from pyvenv.cfg's `home` and version the
 * way CPython lays them out: `Lib\site-packages` on Windows; `lib/pythonX.Y/site-packages` and
 * Debian's `dist-packages` folders elsewhere. Only existing folders are returned; a miss means
 * "ask Python", not "not installed".
 */
function baseSitePackages(venv, platform = process.platform) {
    const home = venv.config?.home;
    if (!home)
        return [];
    if (platform === 'win32')
        return [(0,external_node_path_.join)(home, 'Lib', 'site-packages')].filter(isDir);
    const short = /^(\d+\.\d+)/.exec(venv.config?.version ?? '')?.[1];
    if (!short)
        return [];
    const prefix = (0,external_node_path_.dirname)(home);
    return [
        (0,external_node_path_.join)(prefix, 'lib', `python${short}`, 'site-packages'),
        (0,external_node_path_.join)(prefix, 'lib64', `python${short}`, 'site-packages'),
        (0,external_node_path_.join)(prefix, 'local', 'lib', `python${short}`, 'dist-packages'),
        (0,external_node_path_.join)(prefix, 'lib', 'python3', 'dist-packages'),
        (0,external_node_path_.join)(prefix, 'lib', `python${short}`, 'dist-packages'),
    ].filter(isDir);
}
/** `uvicorn-0.30.1.dist-info`, `uvicorn-0.17.6.egg-info`, `foo-1.0-py3.11.egg-info`. */
const metadataDir = (name) => new RegExp(`^${name.replace(/[-_.]/g, '[-_.]')}-([^-]+?)(?:-py\\d+(?:\\.\\d+)*)?\\.(?:dist|egg)-info$`, 'i');
/**
 * Versions of installed distributions found in `sites`, first folder first (Python's own
 * search order). Undefined for a name found in none of them.
 */
function findDistributions(sites, names) {
    const entries = sites.map(list);
    const versions = {};
    for (const name of names) {
        const pattern = metadataDir(name);
        let version;
        for (const folder of entries) {
            version = folder.map((entry) => pattern.exec(entry)?.[1]).find(Boolean);
            if (version)
                break;
        }
        versions[name] = version;
    }
    return versions;
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/python/venv.js






const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** pyvenv.cfg holds a few lines; Python itself would hang on a FIFO there. */
const CONFIG_LIMIT = 64 * 1024;
/** pyvenv.cfg read as every project file is (projectFileBytes): no FIFO, device or huge file. */
function readConfig(configFile) {
    const found = (0,read/* projectFileBytes */.Ds)(configFile, {
        maxBytes: CONFIG_LIMIT,
        tooBig: 'is over 64 KiB, too big for a pyvenv.cfg',
    });
    if (found.state === 'missing')
        return {};
    if (found.state === 'refused')
        return { problem: found.message };
    // Python's venv writes it as UTF-8.
    return { config: parsePyvenvCfg(found.bytes.toString('utf8')) };
}
function parsePyvenvCfg(text) {
    const values = {};
    const lines = {};
    text.split(/\r?\n/).forEach((line, index) => {
        const match = /^\s*([\w.-]+)\s*=\s*(.*?)\s*$/.exec(line);
        if (!match)
            return;
        const key = match[1].toLowerCase();
        values[key] = match[2];
        lines[key] = index + 1;
    });
    return {
        ...(values.home && { home: values.home }),
        ...(values.executable && { executable: values.executable }),
        ...((values.version ?? values.version_info) && {
            version: values.version ?? values.version_info,
        }),
        systemSitePackages: values['include-system-site-packages']?.toLowerCase() === 'true',
        lines,
    };
}
function inspectVenv(path, platform = process.platform) {
    const windows = platform === 'win32';
    const interpreter = windows ? (0,external_node_path_.join)(path, 'Scripts', 'python.exe') : (0,external_node_path_.join)(path, 'bin', 'python');
    const hasBin = isDir((0,external_node_path_.join)(path, 'bin'));
    const hasScripts = isDir((0,external_node_path_.join)(path, 'Scripts'));
    const link = (0,external_node_fs_.lstatSync)(interpreter, { throwIfNoEntry: false });
    const usable = (0,external_node_fs_.existsSync)(interpreter);
    const configFile = (0,external_node_path_.join)(path, 'pyvenv.cfg');
    const { config, problem } = readConfig(configFile);
    return {
        path,
        exists: isDir(path),
        interpreter,
        usable,
        dangling: link !== undefined && !usable,
        layout: hasBin && hasScripts ? 'both' : hasBin ? 'posix' : hasScripts ? 'windows' : 'none',
        configFile,
        ...(config && { config }),
        ...(problem && { configProblem: problem }),
    };
}
/** The base interpreter pyvenv.cfg names, when it no longer exists; undefined when all is well. */
function missingBase(venv, platform = process.platform) {
    const config = venv.config;
    if (!config)
        return undefined;
    if (config.executable && !(0,external_node_fs_.existsSync)(config.executable))
        return config.executable;
    if (config.home) {
        const names = platform === 'win32' ? ['python.exe'] : ['python3', 'python'];
        if (!names.some((name) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(config.home, name))))
            return config.home;
    }
    return undefined;
}
/** The layout a venv has when another OS made it, or undefined when this OS can use it. */
function foreignLayout(venv, platform = process.platform) {
    const native = platform === 'win32' ? 'windows' : 'posix';
    return (venv.layout === 'windows' || venv.layout === 'posix') && venv.layout !== native
        ? venv.layout
        : undefined;
}
/**
 * Why the venv cannot run the backend, in one line, or undefined when it can. The order is the
 * order a person fixes them in: missing, made on another OS, pyvenv.cfg unreadable (a FIFO, a
 * device), base Python gone.
 */
function venvProblem(venv, platform = process.platform) {
    if (!venv.exists)
        return `no virtualenv at ${venv.path}`;
    const foreign = foreignLayout(venv, platform);
    if (foreign) {
        const other = foreign === 'windows'
            ? 'Windows (it has only Scripts\\)'
            : 'Linux or macOS (it has only bin/)';
        return `the virtualenv at ${venv.path} was made on ${other}`;
    }
    // Python reads it first thing, and would block on a FIFO there.
    if (venv.configProblem)
        return `the virtualenv's ${venv.configFile} ${venv.configProblem}`;
    const base = missingBase(venv, platform);
    if (venv.dangling || base) {
        return `the virtualenv at ${venv.path} points at a Python that is gone (${base ?? venv.interpreter})`;
    }
    if (!venv.usable)
        return `the virtualenv at ${venv.path} has no interpreter at ${venv.interpreter}`;
    return undefined;
}
/**
 * Installed versions of Python packages, found in the venv's site-packages (and the base
 * Python's, for a venv that sees them) without starting Python; Python is asked only for what
 * those folders do not answer. Undefined for a package that is not installed, or when the
 * interpreter cannot tell.
 */
async function packageVersions(venv, names, platform = process.platform) {
    const sites = [
        ...venvSitePackages(venv),
        ...(venv.config?.systemSitePackages ? baseSitePackages(venv, platform) : []),
    ];
    const versions = findDistributions(sites, names);
    const missing = names.filter((name) => !versions[name]);
    if (missing.length > 0 && venv.config?.systemSitePackages && venv.usable) {
        const script = 'import sys\nfrom importlib.metadata import version\nfor n in sys.argv[1:]:\n' +
            '    try: print(n, version(n))\n    except Exception: print(n, "")';
        try {
            const { stdout } = await run(venv.interpreter, ['-I', '-c', script, ...missing], {
                timeout: 5000,
                windowsHide: true,
            });
            for (const line of stdout.split(/\r?\n/)) {
                const [name, version] = line.trim().split(' ');
                if (name && version)
                    versions[name] = version;
            }
        }
        catch { }
    }
    return versions;
}


/***/ })

};
;