"use strict";
exports.id = 997;
exports.ids = [997];
exports.modules = {

/***/ 1997:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   list: () => (/* binding */ list),
/* harmony export */   listOptions: () => (/* binding */ listOptions),
/* harmony export */   release: () => (/* binding */ release),
/* harmony export */   releaseOptions: () => (/* binding */ releaseOptions)
/* harmony export */ });
/* harmony import */ var _core_leases_folder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6953);
/* harmony import */ var _core_leases_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7303);
/* harmony import */ var _core_leases_running_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(214);
/* harmony import */ var _core_listeners_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22);
/* harmony import */ var _core_ports_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6817);
/* harmony import */ var _github_ci_job_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8991);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1196);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3167);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7616);
// `udo-port list` and `udo-port release`: the leases on this host, and dropping your own.









function recordJson(record) {
    return {
        ...(record.lease ?? { port: record.port, corrupt: true }),
        state: record.staleReason ? 'stale' : 'live',
        ...(record.staleReason && { staleReason: record.staleReason }),
        ...(record.uid !== undefined && { fileOwnerUid: record.uid }),
        file: record.file,
    };
}
/** list's parser. */
const listOptions = { json: _args_js__WEBPACK_IMPORTED_MODULE_6__/* .projectOptions */ .Mh.json };
async function list(args) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommandLine */ .Du)(args, listOptions, false);
    const registry = (0,_core_leases_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .openLeaseRegistry */ .Gt)(process.env, (0,_github_ci_job_js__WEBPACK_IMPORTED_MODULE_5__/* .ciJobFromEnv */ .Z)(process.env));
    if (registry.warning)
        (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .warn */ .R8)(registry.warning);
    const records = await registry.list();
    const backends = (0,_core_leases_running_js__WEBPACK_IMPORTED_MODULE_2__/* .runningBackends */ .Vq)(records);
    // The backend's own pid, from one lookup, only when there are backends to name.
    const holders = backends.length > 0 ? (await (0,_core_listeners_index_js__WEBPACK_IMPORTED_MODULE_3__/* .allListeners */ .BU)({ commandLines: false })).listeners : [];
    const backendPid = (port) => holders.find((l) => l.port === port && l.pid)?.pid;
    if (values.json) {
        const running = backends.map((b) => ({
            port: b.port,
            url: b.url ?? null,
            pid: backendPid(b.port) ?? null,
            startPid: b.startPid,
            cwd: b.cwd ?? null,
            since: b.since,
        }));
        (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(JSON.stringify({ dir: registry.dir, backends: running, leases: records.map(recordJson) }, null, 2));
        return;
    }
    if (backends.length > 0) {
        (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)('backends run by udo-port start:');
        const rows = backends.map((b) => [
            String(b.port),
            b.url ?? '',
            `PID ${backendPid(b.port) ?? '?'}`,
            b.cwd ?? '',
            `since ${b.since}`,
        ]);
        for (const line of (0,_table_js__WEBPACK_IMPORTED_MODULE_8__/* .formatTable */ .k)([['PORT', 'URL', 'PROCESS', 'FOLDER', 'SINCE'], ...rows]))
            (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(line);
    }
    if (records.length === 0) {
        (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(`no leases in ${registry.dir}`);
        return;
    }
    (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(`leases in ${registry.dir}:`);
    const rows = records.map((record) => [
        String(record.port),
        record.staleReason ? `stale (${record.staleReason})` : 'live',
        leaseHolder(record),
    ]);
    const lines = (0,_table_js__WEBPACK_IMPORTED_MODULE_8__/* .formatTable */ .k)(rows, (cell, r, c) => c === 1 ? (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .paint */ .nI)(records[r]?.staleReason ? 'dim' : 'green', cell) : cell);
    for (const line of lines)
        (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(line);
}
/** Who holds a lease file: its owner by uid (a lease's own `user` field is only its word). */
function leaseHolder(record) {
    const owner = record.uid !== undefined && process.getuid ? (0,_core_leases_folder_js__WEBPACK_IMPORTED_MODULE_0__/* .userName */ .nT)(record.uid) : record.lease?.user;
    const what = record.lease ? (0,_core_leases_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .describeLease */ .un)(record.lease) : 'no readable lease';
    return `${owner ?? 'someone'}${record.lease ? `@${record.lease.hostname}` : ''}: ${what}`;
}
/** release's parser. */
const releaseOptions = {
    mine: { type: 'boolean' },
    force: { type: 'boolean' },
};
/**
 * `release [PORT...] [--force]`: drops your own leases (all of them when no PORT is named).
 * Another user's lease stays unless --force (root, tidying a shared host): it is theirs to end.
 */
async function release(args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommandLine */ .Du)(args, releaseOptions);
    const ports = positionals.map((raw) => (0,_core_ports_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePort */ .pz)(raw, 'PORT'));
    const registry = (0,_core_leases_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .openLeaseRegistry */ .Gt)(process.env);
    if (registry.warning)
        (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .warn */ .R8)(registry.warning);
    const records = (await registry.list()).filter((record) => ports.length > 0 ? ports.includes(record.port) : (0,_core_leases_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .ownsLease */ .Yg)(record));
    let status = 0;
    for (const port of ports.filter((port) => !records.some((record) => record.port === port))) {
        (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(`${port}: no lease`);
    }
    for (const record of records) {
        const holder = leaseHolder(record);
        if (!(0,_core_leases_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .ownsLease */ .Yg)(record) && (values.mine || !values.force)) {
            (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(`${record.port}: not yours, left alone (${holder}); --force drops it`);
            status = 1;
            continue;
        }
        // By identity: a stale lease may have been taken over since it was listed, and the new one stays.
        const released = record.lease ? registry.release(record.lease) : registry.releaseRecord(record);
        (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(`${record.port}: ${released ? `released (${holder})` : 'changed hands meanwhile, left alone'}`);
    }
    return status;
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


/***/ })

};
;