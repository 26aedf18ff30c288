"use strict";
exports.id = 221;
exports.ids = [221,733];
exports.modules = {

/***/ 733:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WEB_PURPOSE: () => (/* binding */ WEB_PURPOSE),
  dev: () => (/* binding */ dev),
  devOptions: () => (/* binding */ devOptions)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/errors.js
var errors = __webpack_require__(2354);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/leases/registry.js + 1 modules
var registry = __webpack_require__(7303);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/ports/allocate.js + 2 modules
var allocate = __webpack_require__(8519);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/ports/remembered.js
var ports_remembered = __webpack_require__(9526);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/process/command-line.js
var command_line = __webpack_require__(8661);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/process/owner-pipe.js
var owner_pipe = __webpack_require__(1817);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/process/readiness.js + 1 modules
var readiness = __webpack_require__(2348);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/project/defaults.js
var defaults = __webpack_require__(9909);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/project/web-app.js
var web_app = __webpack_require__(5895);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/github/ci-job.js
var ci_job = __webpack_require__(8991);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/cli/args.js + 2 modules
var cli_args = __webpack_require__(1196);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/cli/backend-setup.js + 1 modules
var backend_setup = __webpack_require__(8865);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/process/console-text.js
var console_text = __webpack_require__(8028);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/process/end.js
var end = __webpack_require__(2514);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/process/identity.js
var identity = __webpack_require__(3793);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/process/spawn.js
var spawn = __webpack_require__(4312);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/cli/dev-process.js








/**
 * Writes each line of `stream` to `out`, labelled; a last line without newline still comes.
 * Split as bytes and decoded line by line (console-text.ts): Windows Python writes CP949 to a
 * pipe on Korean Windows, and no CP949 character holds a 0x0A byte.
 */
function relay(stream, label, out) {
    if (!stream)
        return;
    let pending = Buffer.alloc(0);
    const write = (line) => {
        const end = line.at(-1) === 0x0d ? line.length - 1 : line.length;
        out.write(`${label} ${(0,console_text/* decodeChildOutput */.YU)(line.subarray(0, end))}\n`);
    };
    stream.on('data', (chunk) => {
        pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
        for (let newline = pending.indexOf(0x0a); newline !== -1; newline = pending.indexOf(0x0a)) {
            write(pending.subarray(0, newline));
            pending = pending.subarray(newline + 1);
        }
    });
    stream.once('end', () => {
        if (pending.length > 0)
            write(pending);
        pending = Buffer.alloc(0);
    });
}
const DRAIN_MS = 1000;
const COLOURS = { api: 'cyan', web: 'magenta' };
function spawnLabelled(name, plan, warn) {
    const label = (fd) => `${(0,cli_args/* paint */.nI)(COLOURS[name], name.padEnd(3), fd)} |`;
    const stdio = ['ignore', 'pipe', 'pipe'];
    // POSIX: its own process group, so a terminal's Ctrl+C reaches udo-port alone, which passes it
    // on once to each whole group. Windows: a .cmd shim (npm, pnpm) goes through cmd.exe.
    // The watchdog is armed before the spawn: a kill -9 of udo-port at any moment leaves nothing.
    const watchdog = process.platform !== 'win32' ? (0,end/* armWatchdog */.y1)(warn) : undefined;
    const watched = watchdog
        ? { ...plan, env: { ...plan.env, [end/* WATCH_VARIABLE */.T7]: watchdog.marker } }
        : plan;
    const child = (0,spawn/* spawnCommand */.nj)(watched, { stdio, detached: process.platform !== 'win32' });
    if (child.pid !== undefined)
        watchdog?.watch(child.pid);
    relay(child.stdout, label(1), process.stdout);
    relay(child.stderr, label(2), process.stderr);
    let done = false;
    let closed = false;
    child.once('close', () => {
        closed = true;
    });
    const exit = new Promise((resolve) => {
        child.once('error', (error) => {
            done = true;
            const missing = error.code === 'ENOENT';
            warn(`could not run ${plan.file}${missing ? ': no such command' : `: ${error.message}`}`);
            resolve(127);
        });
        child.once('exit', (code, signal) => {
            done = true;
            windows?.cancel();
            resolve(code ?? 128 + (signal ? (external_node_os_.constants.signals[signal] ?? 1) : 1));
        });
    });
    let windows;
    const leader = child.pid === undefined ? undefined : (0,identity/* childIdentity */.BT)(child.pid);
    const signal = (name) => {
        if (done || child.pid === undefined)
            return;
        if (process.platform === 'win32') {
            // The console gave it the Ctrl+C itself (backend-setup.ts, FORWARDED).
            windows ??= (0,backend_setup/* windowsConsoleStop */.Vd)(child.pid, end/* endProcess */.JZ);
            windows.signal(name);
            return;
        }
        try {
            void group(name);
        }
        catch { }
    };
    const dismiss = async () => {
        await watchdog?.dismiss();
    };
    const group = (name) => (0,end/* signalGroup */.i8)(child.pid, leader, name);
    const stop = async () => {
        if (child.pid !== undefined && process.platform === 'win32') {
            await (0,end/* endProcess */.JZ)(child.pid).catch(() => undefined);
        }
        else if (child.pid !== undefined) {
            // POSIX: the group, not the leader alone (end.ts, endGroup).
            await (0,end/* endGroup */.N4)(child.pid, leader);
        }
        await exit;
        await drained();
        await dismiss();
    };
    // Its output's last lines come after its exit; but a process it left behind (Wine's taskkill
    // cannot end a tree) may hold the pipes open for good, which would keep udo-port alive.
    const drained = async () => {
        for (let waited = 0; !closed && waited < DRAIN_MS; waited += 20)
            await (0,promises_.setTimeout)(20);
        child.stdout?.destroy();
        child.stderr?.destroy();
    };
    return { name, child, exit, ended: () => done, signal, stop, dismiss };
}

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/cli/project-config.js
var project_config = __webpack_require__(9556);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/cli/start.js + 2 modules
var start = __webpack_require__(2944);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/cli/start-checks.js
var start_checks = __webpack_require__(8496);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/cli/dev.js
// `udo-port dev`: the backend as `start` runs it and the frontend's dev server, each on a port
// of its own, in one terminal; one Ctrl+C ends both, and when either ends the other is stopped.


















/** What dev's frontend lease says it is for: `udo-port url web` finds it by this. */
const WEB_PURPOSE = 'udo-port dev (frontend)';
const devOptions = {
    ...backend_setup/* startOptions */.nw,
    'web-port': { type: 'string' },
    'web-range': { type: 'string' },
    'web-cmd': { type: 'string' },
    'web-dir': { type: 'string' },
};
/** The dev server's command: --web-cmd (or frontend.command) with {port}, else `<pm> run dev` with the port. */
function frontendArgv(project, port, webCmd) {
    if (webCmd !== undefined) {
        return (0,command_line/* splitCommandLine */.a)(webCmd, '--web-cmd').map((arg) => arg.replaceAll('{port}', String(port)));
    }
    return (0,web_app/* devServerArgv */.rl)(project.web.packageManager, project.web.framework, port);
}
/** The frontend's port: --web-port, WEB_PORT, 3000, then 3000-3010; never API_PORT or backend/.env. */
async function allocateWeb(values, cwd, ci, project, remembered) {
    const fromFlag = values['web-port'];
    const env = { ...process.env, API_PORT: undefined, BACKEND_PORT: undefined };
    const range = values['web-range'] ??
        `${defaults/* PORT_DEFAULTS */.nN.webRange.from}-${defaults/* PORT_DEFAULTS */.nN.webRange.to}`;
    const [from, to] = range.split('-').map((p) => Number(p.trim()));
    // The port it had last time, else frontend.port, else (with no range of its own) 3000.
    const otherwise = project.web.port?.value ??
        (values['web-range'] === undefined && project.file?.config.frontend?.range === undefined
            ? defaults/* PORT_DEFAULTS */.nN.webPort
            : from);
    const first = remembered !== undefined && remembered !== otherwise && remembered >= from && remembered <= to
        ? { defaultPort: remembered, defaultPortOrigin: 'the port this checkout had last time' }
        : project.web.port
            ? { defaultPort: project.web.port.value, defaultPortOrigin: project.web.port.origin }
            : values['web-range'] === undefined
                ? { defaultPort: defaults/* PORT_DEFAULTS */.nN.webPort }
                : {};
    return (0,allocate/* allocate */.CN)({
        cwd,
        env,
        port: fromFlag ?? process.env.WEB_PORT,
        portFrom: 'flag',
        ...first,
        range,
        // No envFile: the frontend's port is not read from backend/.env.
        nameHolder: true,
        labels: {
            port: fromFlag !== undefined ? '--web-port' : 'WEB_PORT',
            range: '--web-range',
            defaultPort: '--web-port',
        },
        lease: {
            ttlMs: registry/* LONGEST_LEASE_MS */.nV,
            lifetime: 'owner',
            purpose: WEB_PURPOSE,
            ...(ci && { ci }),
        },
    });
}
async function dev(argv, say) {
    const parsed = (0,backend_setup/* optionsAndCommand */.Zd)(argv, devOptions);
    const { values, project } = (0,project_config/* configure */.jK)(parsed.values);
    // The command after --, else backend.command from the project file, else uvicorn.
    const command = parsed.command.length > 0 ? parsed.command : (project.backendCommand ?? []);
    const flags = (0,project_config/* portFlags */.rR)(parsed.values);
    const last = (0,ports_remembered/* rememberedPorts */.h)(project.root);
    const remembered = {
        api: flags.api ? undefined : last.api,
        web: flags.web ? undefined : last.web,
    };
    const request = (0,project_config/* withProjectPorts */.iX)((0,cli_args/* allocateRequest */.th)(values), project, values, remembered.api);
    const cwd = request.cwd;
    const waitMs = (0,cli_args/* parseSeconds */.fL)(values.wait ?? String(defaults/* TIME_DEFAULTS */.H0.waitSeconds), '--wait') * 1000;
    const webDir = project.web.dir;
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(webDir, 'package.json')) && values['web-cmd'] === undefined) {
        const label = project.file?.label;
        const named = parsed.values['web-dir'] !== undefined || !label
            ? '--web-dir'
            : project.file?.config.frontend?.dir !== undefined
                ? `frontend.dir in ${label}`
                : `frontend.dir (not set in ${label})`;
        throw new errors/* UsageError */.eb(`${named}: "${webDir}" has no package.json (the frontend to run; or give --web-cmd)`);
    }
    const venv = await (0,backend_setup/* backendVenv */.q3)(cwd, values.venv, command);
    // Validated before anything is leased: a bad --web-cmd is a usage error.
    frontendArgv(project, defaults/* PORT_DEFAULTS */.nN.webPort, values['web-cmd']);
    const ci = (0,ci_job/* ciJobFromEnv */.Z)(process.env);
    // Refused (a FIFO, UTF-16) before a --replace ends anything.
    const envLocal = (0,backend_setup/* usableEnvLocal */.vw)(values, cwd);
    await (0,start_checks/* takeOverProject */.x)(cwd, values.replace ?? false, ci, say);
    const api = await (0,backend_setup/* allocateBackend */.yV)(request, ci);
    let web;
    try {
        web = await allocateWeb(values, cwd, ci, project, remembered.web);
    }
    catch (error) {
        (0,allocate/* release */._r)(api);
        throw error;
    }
    (0,ports_remembered/* rememberPorts */.Me)(project.root, { api: api.port, web: web.port });
    for (const warning of [...api.warnings, ...web.warnings])
        say.warn(warning);
    const webUrl = `http://localhost:${web.port}`;
    say.info(`backend on ${api.url} (${(0,backend_setup/* portOrigin */.Wy)(api, cwd)})`);
    say.info(`frontend on ${webUrl} (${(0,backend_setup/* portOrigin */.Wy)(web, cwd)})`);
    const apiPlan = (0,backend_setup/* backendPlan */.A1)(values, project.backendDir, api, venv, command);
    // The backend's own variables for the frontend's URL (its CORS list), from the project file.
    for (const key of project.frontendUrlVariables)
        apiPlan.env[key] = webUrl;
    const [file, ...args] = frontendArgv(project, web.port, values['web-cmd']);
    const urls = Object.fromEntries(project.web.urlVariables.map((key) => [key, api.url]));
    const webPlan = {
        file,
        args,
        cwd: webDir,
        env: { ...process.env, PORT: String(web.port), ...urls },
    };
    const plans = { api: apiPlan, web: webPlan };
    const keys = project.web.urlVariables;
    return runBoth(plans, { api, web, webUrl, envLocal, cwd, waitMs, keys }, say);
}
async function runBoth(plans, p, say) {
    const children = [];
    const handlers = backend_setup/* FORWARDED */.xF.map((signal) => {
        const handler = () => {
            for (const child of children)
                child.signal(signal);
        };
        process.on(signal, handler);
        return [signal, handler];
    });
    // Windows: another start's --replace asks through this process's owner pipe.
    const removeStopRequest = (0,owner_pipe/* onStopRequest */.te)(() => {
        for (const child of children)
            child.signal('SIGTERM');
    });
    try {
        children.push(spawnLabelled('api', plans.api, say.warn));
        children.push(spawnLabelled('web', plans.web, say.warn));
        const [apiChild, webChild] = children;
        // Something not ours answering a port ends dev as a child's exit would, with code 1.
        let refuse = () => undefined;
        const refused = new Promise((resolve) => {
            refuse = resolve;
        });
        const first = Promise.race([
            ...children.map((c) => c.exit.then((code) => ({ c: c, code }))),
            refused,
        ]);
        const ended = new AbortController();
        void first.then(() => ended.abort());
        const until = async (port, host, child) => {
            const outcome = await (0,readiness/* waitUntilReady */.bs)({ kind: 'port' }, port, host, {
                timeoutMs: Number.POSITIVE_INFINITY,
                signal: ended.signal,
                intervalMs: 200,
                ...(child.child.pid !== undefined && { owner: child.child.pid }),
            });
            if (outcome.state === 'foreign') {
                say.error(`port ${port} answers, but not ${child.name} (PID ${child.child.pid}): it is ${outcome.answers}; ${child.name === 'api' && p.envLocal ? 'the frontend env file is left as it was; ' : ''}stopping both`);
                refuse({ c: undefined, code: 1 });
            }
            return outcome.state === 'ready';
        };
        const slow = setTimeout(() => say.warn(`not both listening after ${p.waitMs / 1000}s; still waiting`), p.waitMs);
        void Promise.all([
            until(p.api.port, p.api.host, apiChild).then(async (up) => {
                if (up && p.envLocal)
                    await (0,start.pointFrontendAt)(p.envLocal, p.api.url, p.cwd, say, p.keys);
                return up;
            }),
            until(p.web.port, '0.0.0.0', webChild),
        ]).then(([apiUp, webUp]) => {
            clearTimeout(slow);
            if (apiUp && webUp)
                say.info(`ready: api ${p.api.url}  web ${p.webUrl}`);
        });
        const { c, code } = await first;
        clearTimeout(slow);
        const other = c === apiChild ? webChild : apiChild;
        if (c && !other.ended())
            say.info(`${c.name} exited with code ${code}; stopping ${other.name}`);
        await Promise.all(children.map((child) => child.stop()));
        return code;
    }
    catch (error) {
        await Promise.all(children.map((child) => child.stop()));
        throw error;
    }
    finally {
        (0,allocate/* release */._r)(p.api);
        (0,allocate/* release */._r)(p.web);
        for (const [signal, handler] of handlers)
            process.off(signal, handler);
        removeStopRequest();
    }
}


/***/ }),

/***/ 8221:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   url: () => (/* binding */ url),
/* harmony export */   urlOptions: () => (/* binding */ urlOptions)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2354);
/* harmony import */ var _core_leases_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7303);
/* harmony import */ var _core_leases_running_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(214);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(126);
/* harmony import */ var _github_ci_job_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8991);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1196);
/* harmony import */ var _dev_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(733);
// `udo-port url [api|web]`: the URL this checkout's backend or frontend runs on now, alone on
// stdout for scripts (`curl "$(npx udo-port url)/health"`), read from the leases that
// `udo-port dev` and `start` hold while they run.








const real = (path) => {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch {
        return path;
    }
};
/** url's parser. */
const urlOptions = { cwd: { type: 'string' } };
async function url(argv, out) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommandLine */ .Du)(argv, urlOptions);
    const [which = 'api', extra] = positionals;
    if (extra !== undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unexpected argument ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(extra)}`);
    if (which !== 'api' && which !== 'web') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`url: "${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(which)}" is not api or web`);
    }
    const { root } = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .projectRoot */ .YQ)(values);
    const registry = (0,_core_leases_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .openLeaseRegistry */ .Gt)(process.env, (0,_github_ci_job_js__WEBPACK_IMPORTED_MODULE_5__/* .ciJobFromEnv */ .Z)(process.env));
    const purpose = which === 'api' ? _core_leases_running_js__WEBPACK_IMPORTED_MODULE_3__/* .START_PURPOSE */ .y3 : _dev_js__WEBPACK_IMPORTED_MODULE_7__.WEB_PURPOSE;
    const here = real(root);
    const lease = (await registry.list())
        .filter((r) => !r.staleReason && r.lease?.purpose === purpose)
        .map((r) => r.lease)
        .find((l) => l?.cwd !== undefined && real(l.cwd) === here);
    if (!lease?.url) {
        process.stderr.write(`udo-port: no ${which === 'api' ? 'backend' : 'frontend'} of ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(root)} runs now (udo-port ${which === 'api' ? 'dev or start' : 'dev'} runs one)\n`);
        return 1;
    }
    out(lease.url);
    return 0;
}


/***/ })

};
;