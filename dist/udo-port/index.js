#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 353:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  o: () => (/* binding */ runBundle)
});

// UNUSED EXPORTS: cacheFolder

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = require("node:module");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = require("node:vm");
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/bin/compile-cache.js
// Runs a face's bundle through V8's code cache, so that a second run of udo-port, udo-doctor or
// the action does not compile its bundle again: compiling was a third of their start. Node 22.1
// and later have this built in (module.enableCompileCache), and it is used there; Node 20 has
// not, so there the bundle is compiled here with vm.Script's cachedData, as Node's own cache does.
// The cache is the user's own: a folder only they can write under their cache home. Without one,
// or with NODE_DISABLE_COMPILE_CACHE set (Node's own switch), the bundle just runs.





/** Cache files kept on Node 20, the newest first; each checkout's bundle has one per Node. */
const KEEP = 16;
/** A cache file larger than this is not ours to read (the action's is about 2 MB). */
const MAX_BYTES = 64 * 1024 * 1024;
/** Runs `bundle` (a CommonJS file) as the main program, through the code cache when there is one. */
function runBundle(bundle) {
    const folder = cacheFolder(process.env, process.platform);
    const builtIn = external_node_module_namespaceObject.enableCompileCache;
    if (builtIn) {
        const own = folder && privateFolder((0,external_node_path_.join)(folder, 'node'));
        if (own)
            builtIn(own);
        (0,external_node_module_namespaceObject.createRequire)(bundle)(bundle);
        return;
    }
    // Node 20. The file's identity keys the cache: any write to the bundle changes its ctime, and
    // V8 alone checks only the source's length.
    const stat = (0,external_node_fs_namespaceObject.statSync)(bundle);
    const key = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
    const file = folder && (0,external_node_path_.join)(folder, `${(0,external_node_path_.basename)((0,external_node_path_.dirname)(bundle))}-${fnv(bundle)}-${process.version}.bin`);
    const cachedData = file ? readCache(file, key) : undefined;
    const source = (0,external_node_fs_namespaceObject.readFileSync)(bundle, 'utf8').replace(/^#!.*/, '');
    const script = new external_node_vm_namespaceObject.Script(external_node_module_namespaceObject.wrap(source), {
        filename: bundle,
        ...(cachedData && { cachedData }),
        // A bundle's own import() of a package (none today) goes to Node's loader, as it would.
        ...(external_node_vm_namespaceObject.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER && {
            importModuleDynamically: external_node_vm_namespaceObject.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
        }),
    });
    if (file && (!cachedData || script.cachedDataRejected)) {
        // At exit, so the cache holds the functions this run compiled too, not just the outline.
        process.once('exit', () => writeCache(file, key, script.createCachedData()));
    }
    const loaded = { exports: {} };
    script.runInThisContext()(loaded.exports, (0,external_node_module_namespaceObject.createRequire)(bundle), loaded, bundle, (0,external_node_path_.dirname)(bundle));
}
/**
 * `$XDG_CACHE_HOME/udo-port/compile-cache` (`~/.cache/...`; `%LOCALAPPDATA%\udo-port\...` on
 * Windows), made private when missing; undefined when switched off or not safely ours.
 */
function cacheFolder(env, platform) {
    if (env.NODE_DISABLE_COMPILE_CACHE)
        return undefined;
    let base;
    try {
        base =
            platform === 'win32' ? env.LOCALAPPDATA : env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_namespaceObject.homedir)(), '.cache');
    }
    catch {
        return undefined;
    }
    if (!base || !(0,external_node_path_.isAbsolute)(base))
        return undefined;
    const app = privateFolder((0,external_node_path_.join)(base, 'udo-port'));
    return app && privateFolder((0,external_node_path_.join)(app, 'compile-cache'));
}
/** `path` when it is a real folder (no link) that only this user can write; made when missing. */
function privateFolder(path) {
    try {
        (0,external_node_fs_namespaceObject.mkdirSync)(path, { recursive: true, mode: 0o700 });
        const stat = (0,external_node_fs_namespaceObject.lstatSync)(path);
        if (!stat.isDirectory())
            return undefined;
        if (process.platform === 'win32')
            return path;
        const euid = process.geteuid?.();
        return stat.uid === euid && (stat.mode & 0o022) === 0 ? path : undefined;
    }
    catch {
        return undefined;
    }
}
/** The cached data in `file` if it is this user's regular file, made for this `key`. */
function readCache(file, key) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(file, external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0));
    }
    catch {
        return undefined;
    }
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        const euid = process.geteuid?.();
        if (!stat.isFile() || stat.size > MAX_BYTES)
            return undefined;
        if (euid !== undefined && stat.uid !== euid)
            return undefined;
        const bytes = (0,external_node_fs_namespaceObject.readFileSync)(fd);
        const header = Buffer.from(`${key}\n`);
        return bytes.subarray(0, header.length).equals(header)
            ? bytes.subarray(header.length)
            : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** Writes the cache whole or not at all (a temp file, renamed), then keeps the newest KEEP. */
function writeCache(file, key, data) {
    const temp = `${file}.${process.pid}.tmp`;
    try {
        // wx: a name that exists, link or not, is never opened.
        const fd = (0,external_node_fs_namespaceObject.openSync)(temp, 'wx', 0o600);
        try {
            (0,external_node_fs_namespaceObject.writeSync)(fd, `${key}\n`);
            (0,external_node_fs_namespaceObject.writeSync)(fd, data);
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
        (0,external_node_fs_namespaceObject.renameSync)(temp, file);
        prune((0,external_node_path_.dirname)(file));
    }
    catch {
        try {
            (0,external_node_fs_namespaceObject.unlinkSync)(temp);
        }
        catch { }
    }
}
function prune(folder) {
    const files = (0,external_node_fs_namespaceObject.readdirSync)(folder)
        .filter((name) => name.endsWith('.bin'))
        .map((name) => ({ path: (0,external_node_path_.join)(folder, name), time: (0,external_node_fs_namespaceObject.lstatSync)((0,external_node_path_.join)(folder, name)).mtimeMs }))
        .sort((a, b) => b.time - a.time);
    for (const { path } of files.slice(KEEP))
        (0,external_node_fs_namespaceObject.unlinkSync)(path);
}
/** A short, stable name for a bundle's path (FNV-1a): no need to load node:crypto for it. */
function fnv(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0).toString(16).padStart(8, '0');
}


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
(__nccwpck_require__(353)/* .runBundle */ .o)((__nccwpck_require__(760).join)(__dirname, 'index.cjs'));

module.exports = __webpack_exports__;
/******/ })()
;