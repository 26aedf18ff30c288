"use strict";
exports.id = 270;
exports.ids = [270];
exports.modules = {

/***/ 9270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kill: () => (/* binding */ kill)
/* harmony export */ });
/* harmony import */ var node_readline_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6848);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8500);
/* harmony import */ var _core_containers_engine_processes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5582);
/* harmony import */ var _core_containers_engines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5457);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2354);
/* harmony import */ var _core_listeners_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22);
/* harmony import */ var _core_ports_probe_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(820);
/* harmony import */ var _core_ports_settings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6817);
/* harmony import */ var _core_process_end_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2514);
/* harmony import */ var _core_process_identity_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3793);
/* harmony import */ var _core_remedies_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9305);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(126);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1196);













async function confirm(question) {
    const prompt = (0,node_readline_promises__WEBPACK_IMPORTED_MODULE_0__.createInterface)({ input: process.stdin, output: process.stderr });
    try {
        return /^y(es)?$/i.test((await prompt.question(`${question} [y/N] `)).trim());
    }
    finally {
        prompt.close();
    }
}
/** What holds the port: TCP listeners and UDP sockets bound to it (either makes a bind fail). */
async function holdersOf(port) {
    const [tcp, udp] = await Promise.all([(0,_core_listeners_index_js__WEBPACK_IMPORTED_MODULE_5__/* .listenersOn */ .b6)(port), (0,_core_listeners_index_js__WEBPACK_IMPORTED_MODULE_5__/* .udpHoldersOn */ .A)(port)]);
    return { ...tcp, listeners: [...tcp.listeners, ...udp] };
}
/**
 * Why the holders of `port` must not be ended, or undefined: the pseudo and protected processes
 * (an engine's are refused before, with the container's own remedy: refuseEngine).
 */
function refusal(listeners) {
    for (const listener of listeners) {
        const why = listener.pid === undefined ? undefined : (0,_core_process_end_js__WEBPACK_IMPORTED_MODULE_8__/* .protectedReason */ .zN)(listener.pid);
        if (why)
            return `will not end ${why}`;
    }
    return undefined;
}
/**
 * Whether the process shown is still the one to end: the same process (not a reused pid) and
 * still a holder of the port. Asked again after the user's answer, which may come much later.
 */
async function changedSince(id, port) {
    if (!(await (0,_core_process_identity_js__WEBPACK_IMPORTED_MODULE_9__/* .isSameProcess */ .SM)(id)))
        return `PID ${id.pid} is no longer the process shown`;
    const { listeners } = await holdersOf(port);
    if (!listeners.some((l) => l.pid === id.pid))
        return `PID ${id.pid} no longer holds port ${port}`;
    // Checked last as well: the lookup took a moment.
    if (!(await (0,_core_process_identity_js__WEBPACK_IMPORTED_MODULE_9__/* .isSameProcess */ .SM)(id)))
        return `PID ${id.pid} is no longer the process shown`;
    return undefined;
}
/** What holds the port a moment after its holders ended (a supervisor may start another). */
async function heldAgain(port) {
    for (let look = 0; look < 5; look++) {
        const { listeners } = await holdersOf(port);
        if (listeners.length > 0)
            return listeners;
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(100);
    }
    return [];
}
/**
 * `udo-port kill PORT [--yes]`: ends what holds PORT (TCP listeners and bound UDP sockets),
 * after showing it and asking. Each process is ended only while it is provably the one shown
 * (core/process/identity.ts: pid and start) and still holds the port. Exit 0 when the port ends up
 * free (nothing was listening counts), 1 when a holder could not be ended or the port is held
 * again.
 */
async function kill(argv, shown) {
    // Each line names another user's process, which may have named itself anything.
    const say = {
        info: (line) => shown.info((0,_core_text_js__WEBPACK_IMPORTED_MODULE_10__/* .printable */ .g)(line)),
        warn: (line) => shown.warn((0,_core_text_js__WEBPACK_IMPORTED_MODULE_10__/* .printable */ .g)(line)),
        error: (line) => shown.error((0,_core_text_js__WEBPACK_IMPORTED_MODULE_10__/* .printable */ .g)(line)),
    };
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_11__/* .parseCommandLine */ .Du)(argv, {
        yes: { type: 'boolean', short: 'y' },
    });
    if (positionals.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('kill: name one PORT');
    const port = (0,_core_ports_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePort */ .pz)(positionals[0], 'PORT');
    const { listeners, problem, tool } = await holdersOf(port);
    if (problem)
        say.warn(problem);
    const pids = [...new Set(listeners.map((listener) => listener.pid))];
    if (pids.length === 0 || pids.includes(undefined)) {
        // An empty answer is no proof (Wine's netstat, a locked-down PowerShell, another user's
        // process): a test bind says whether something holds the port after all.
        if (pids.length === 0 && !(await (0,_core_ports_probe_js__WEBPACK_IMPORTED_MODULE_6__/* .probePort */ .Kd)(port, '0.0.0.0'))) {
            // Free to bind, and yet answered: a container's port published by NAT rules alone.
            if (await (0,_core_ports_probe_js__WEBPACK_IMPORTED_MODULE_6__/* .answersThroughNat */ .ei)(port, '0.0.0.0'))
                return refuseEngine(port, undefined, say);
            say.info(`nothing listens on port ${port}`);
            return problem ? 1 : 0;
        }
        // The engines may know it: root's docker-proxy is unnamed to a user's ss.
        const engines = await (0,_core_containers_engines_js__WEBPACK_IMPORTED_MODULE_3__/* .askEngines */ .dq)();
        const containers = (0,_core_containers_engines_js__WEBPACK_IMPORTED_MODULE_3__/* .publishersOf */ .T7)(engines, port);
        if (containers.length > 0) {
            say.warn(`port ${port} is ${(0,_core_containers_engines_js__WEBPACK_IMPORTED_MODULE_3__/* .engineHolding */ .AS)(port, undefined, containers, true).line}; nothing was ended`);
            return 1;
        }
        say.warn(`port ${port} is in use, but ${tool ?? 'the OS tools'} did not name the process, so nothing was ended`);
        const end = process.platform === 'win32' ? 'taskkill /PID <pid> /T /F' : 'kill <pid>';
        const admin = process.platform === 'win32' ? ' in an administrator terminal' : '';
        say.info(`find it with: ${(0,_core_remedies_js__WEBPACK_IMPORTED_MODULE_12__/* .findHolderCommand */ .N_)(port)}${admin}, then end it: ${end}`);
        return 1;
    }
    // Ending an engine's process (dockerd, docker-proxy, conmon) breaks the engine and frees
    // nothing for long: the container is what to stop, with the engine's own command.
    const held = listeners.find((l) => (0,_core_containers_engine_processes_js__WEBPACK_IMPORTED_MODULE_2__/* .engineOf */ .ky)(l));
    if (held) {
        const engine = (0,_core_containers_engine_processes_js__WEBPACK_IMPORTED_MODULE_2__/* .engineOf */ .ky)(held);
        return refuseEngine(port, { ...engine, ...(held.pid !== undefined && { pid: held.pid }) }, say);
    }
    const refused = refusal(listeners);
    if (refused) {
        say.warn(refused);
        return 1;
    }
    let status = 0;
    const ended = [];
    for (const pid of pids) {
        const listener = listeners.find((l) => l.pid === pid) ?? { port, address: '', pid };
        // Its identity as shown: what is ended must be this very process.
        const id = await (0,_core_process_identity_js__WEBPACK_IMPORTED_MODULE_9__/* .identify */ .ls)(pid);
        if (!id) {
            say.info(`PID ${pid} had already exited`);
            continue;
        }
        say.info(`port ${port} is held by ${(0,_core_listeners_index_js__WEBPACK_IMPORTED_MODULE_5__/* .describeListener */ .gx)(listener)}`);
        // Whole, not cut: this is what the user is asked to end.
        if (listener.command)
            say.info(`  command: ${listener.command.replace(/\s+/g, ' ').trim()}`);
        if (!values.yes) {
            if (!process.stdin.isTTY)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('kill: not a terminal, so cannot ask; pass --yes');
            if (!(await confirm(`End PID ${pid}?`))) {
                say.info('left running');
                status = 1;
                continue;
            }
        }
        const changed = await changedSince(id, port);
        if (changed) {
            say.warn(`${changed}; nothing was ended (see what holds it now: udo-port kill ${port})`);
            status = 1;
            continue;
        }
        try {
            const how = await (0,_core_process_end_js__WEBPACK_IMPORTED_MODULE_8__/* .endProcess */ .JZ)(id);
            say.info(how === 'gone' ? `PID ${pid} had already exited` : `PID ${pid} ${how}`);
            ended.push(id);
        }
        catch (error) {
            const code = error.code;
            say.warn(`could not end PID ${pid} (${code ?? error.message.split('\n')[0]}); try as root/admin`);
            status = 1;
        }
    }
    if (ended.length > 0) {
        const again = await heldAgain(port);
        if (again.length > 0) {
            say.warn(`port ${port} is held again, by ${again.map(_core_listeners_index_js__WEBPACK_IMPORTED_MODULE_5__/* .describeListener */ .gx).join(', ')} (a supervisor may have restarted it)`);
            status = 1;
        }
    }
    return status;
}
/** Names the container behind a port an engine holds or NAT routes, ends nothing: exit 1. */
async function refuseEngine(port, engine, say) {
    const answer = await (0,_core_containers_engines_js__WEBPACK_IMPORTED_MODULE_3__/* .askEngines */ .dq)((0,_core_containers_engines_js__WEBPACK_IMPORTED_MODULE_3__/* .clisFor */ .TJ)([engine]));
    const holding = (0,_core_containers_engines_js__WEBPACK_IMPORTED_MODULE_3__/* .engineHolding */ .AS)(port, engine, (0,_core_containers_engines_js__WEBPACK_IMPORTED_MODULE_3__/* .publishersOf */ .T7)(answer, port));
    say.warn(`port ${port} is ${holding.line}; nothing was ended`);
    if (!holding.container)
        for (const note of answer.notes)
            say.info(note);
    if (engine?.by === 'name') {
        say.info(`(told by its name alone: its executable could not be read)`);
    }
    return 1;
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


/***/ })

};
;