/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

"use strict";
module.exports = require("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 4573:
/***/ ((module) => {

"use strict";
module.exports = require("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

"use strict";
module.exports = require("node:child_process");

/***/ }),

/***/ 3024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 7030:
/***/ ((module) => {

"use strict";
module.exports = require("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

"use strict";
module.exports = require("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

"use strict";
module.exports = require("process");

/***/ }),

/***/ 7016:
/***/ ((module) => {

"use strict";
module.exports = require("url");

/***/ }),

/***/ 8230:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var j=(e,n)=>()=>{try{return n||e((n={exports:{}}).exports,n),n.exports}catch(t){throw n=0,t}};var R=j((Z,N)=>{function T(e){return typeof e=="string"?!["false","0","no","off",""].includes(e.toLowerCase()):!!e}function U(e=process.env){let n={};for(let t of["ENCODING","PATH","QUIET","DEBUG","OVERRIDE","FAST"]){let r=e[`DOTENV_${t}`]!=null?e[`DOTENV_${t}`]:e[`DOTENV_CONFIG_${t}`];r!=null&&(n[t.toLowerCase()]=t==="ENCODING"||t==="PATH"?r:T(r))}return n}N.exports={parseBoolean:T,optionsFromEnv:U}});var P=j((ee,b)=>{var F=__nccwpck_require__(9896),_=__nccwpck_require__(6928),B=__nccwpck_require__(857),{URL:L,fileURLToPath:Q}=__nccwpck_require__(7016),{parseBoolean:$,optionsFromEnv:I}=R(),G=/(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/mg,y=new Uint8Array(256);for(let e=48;e<=57;e++)y[e]=1;for(let e=65;e<=90;e++)y[e]=1;for(let e=97;e<=122;e++)y[e]=1;y[45]=1;y[46]=1;y[95]=1;function H(e){let n={},t=e.toString();t=t.replace(/\r\n?/mg,`
`);let r;for(;(r=G.exec(t))!=null;){let o=r[1],i=r[2]||"";i=i.trim();let c=i[0];i=i.replace(/^(['"`])([\s\S]*)\1$/mg,"$2"),c==='"'&&(i=i.replace(/\\n/g,`
`),i=i.replace(/\\r/g,"\r")),n[o]=i}return n}function g(e){return e<=32?e===32||e>=9&&e<=13:e>=160&&(e===160||e===5760||e>=8192&&e<=8202||e===8232||e===8233||e===8239||e===8287||e===12288||e===65279)}function O(e){return e===10||e===8232||e===8233}function V(e){let n={},t=typeof e=="string"?e:e.toString();t.indexOf("\r")!==-1&&(t=t.replace(/\r\n?/g,`
`));let r=t.length,o=0;for(;o<r;){let i=t.charCodeAt(o);for(;o<r&&g(i);)o++,i=t.charCodeAt(o);if(o>=r)break;if(i===35){for(;o<r&&!O(t.charCodeAt(o));)o++;continue}let c=-1;if(i===101&&o+6<r&&t.charCodeAt(o+1)===120&&t.charCodeAt(o+2)===112&&t.charCodeAt(o+3)===111&&t.charCodeAt(o+4)===114&&t.charCodeAt(o+5)===116){let u=t.charCodeAt(o+6);if(g(u)){let s=o+7;for(;s<r&&g(t.charCodeAt(s));)s++;y[t.charCodeAt(s)]&&(c=o+6,o=s)}else i=t.charCodeAt(o)}let E=o,p=0;for(;o<r&&(p=t.charCodeAt(o),y[p]);)o++;if(o===E){for(;o<r&&!O(t.charCodeAt(o));)o++;continue}let k=t.slice(E,o),D=o;if(o>=r&&(p=0),g(p))do o++,p=o<r?t.charCodeAt(o):0;while(g(p));if(p===61)o++;else if(p===58&&o===D&&o+1<r&&g(t.charCodeAt(o+1)))o+=2;else{for(o=c===-1?D:c;o<r&&!O(t.charCodeAt(o));)o++;continue}let d=o,l=o;for(;l<r&&g(t.charCodeAt(l));)l++;let C=t.charCodeAt(l),a,q=!1;if(C===39||C===34||C===96){let u=t[l],s=t.indexOf(u,l+1),f=-1,h=-1;for(;s!==-1;){let x=t.charCodeAt(s-1)===92,w=s+1;for(;w<r&&!O(t.charCodeAt(w))&&g(t.charCodeAt(w));)w++;if((w===r||O(t.charCodeAt(w))||t.charCodeAt(w)===35)&&(f=s,h=w),!x)break;s=t.indexOf(u,s+1)}if(f!==-1){if(a=t.slice(l+1,f),o=h,t.charCodeAt(o)===35)for(;o<r&&!O(t.charCodeAt(o));)o++;q=!0}}if(!q){let u=t.indexOf(`
`,d);u===-1&&(u=r);let s;if(r<4096)s=t.indexOf("#",d),(s===-1||s>u)&&(s=u);else for(s=d;s<u&&t.charCodeAt(s)!==35;)s++;let f=d,h=s;for(;f<h&&g(t.charCodeAt(f));)f++;for(;h>f&&g(t.charCodeAt(h-1));)h--;let x=t.charCodeAt(f);if(a=t.slice(f,h),a.includes("\u2028")||a.includes("\u2029")?a=a.replace(/^(['"`])([\s\S]*)\1$/mg,"$2"):h-f>=2&&(x===39||x===34||x===96)&&t.charCodeAt(h-1)===x&&(a=t.slice(f+1,h-1)),o=s,s<u)for(;o<r&&!O(t.charCodeAt(o));)o++}C===34&&(q||l<o)&&a.indexOf("\\")!==-1&&(a=a.replace(/\\n/g,`
`).replace(/\\r/g,"\r")),n[k]=a}return n}function J(e,n){return n&&$(n.fast)?V(e):H(e)}function v(e){console.log(`\u2506 ${e}`)}function W(e){console.error(`\u25C7 ${e}`)}function S(e){return e[0]==="~"?_.join(B.homedir(),e.slice(1)):e}function K(e={}){let n={...e};for(let t of Object.keys(n))n[t]===void 0&&delete n[t];return{...I(),...n}}function M(e){e=K(e);let n=_.resolve(process.cwd(),".env"),t="utf8",r=process.env;e&&e.processEnv!=null&&(r=e.processEnv);let o=$(e&&e.debug);e&&e.encoding?t=e.encoding:o&&v("no encoding is specified (UTF-8 is used by default)");let i=[n];if(e&&e.path)if(!Array.isArray(e.path))i=[S(e.path)];else{i=[];for(let d of e.path)i.push(S(d))}let c,E={},p={fast:e.fast};for(let d of i)try{let l=A.parse(F.readFileSync(d,{encoding:t}),p);A.populate(E,l,e)}catch(l){o&&v(`failed to load ${d} ${l.message}`),c=l}let k=A.populate(r,E,e),D=$(Object.prototype.hasOwnProperty.call(e,"quiet")?e.quiet:I(r).quiet);if(o||!D){let d=Object.keys(k).length,l=[];for(let C of i)try{let a=_.relative(process.cwd(),C instanceof L?Q(C):C);l.push(a)}catch(a){o&&v(`failed to load ${C} ${a.message}`),c=a}W(`injected env (${d}) from ${l.join(",")}`)}return c?{parsed:E,error:c}:{parsed:E}}function Y(e){return A.configDotenv(e)}function z(e,n,t={}){let r=$(t&&t.debug),o=$(t&&t.override),i={};if(e===null||typeof e!="object"||n===null||typeof n!="object"){let c=new Error("OBJECT_REQUIRED: Please check the processEnv argument being passed to populate");throw c.code="OBJECT_REQUIRED",c}for(let c of Object.keys(n))Object.prototype.hasOwnProperty.call(e,c)?(o===!0&&(e[c]=n[c],i[c]=n[c]),r&&v(o===!0?`"${c}" is already defined and WAS overwritten`:`"${c}" is already defined and was NOT overwritten`)):(e[c]=n[c],i[c]=n[c]);return i}var A={configDotenv:M,config:Y,parse:J,populate:z};b.exports.configDotenv=A.configDotenv;b.exports.config=A.config;b.exports.parse=A.parse;b.exports.populate=A.populate;b.exports=A});var m=P();module.exports=m;module.exports.config=m.config;module.exports.configDotenv=m.configDotenv;module.exports.parse=m.parse;module.exports.populate=m.populate;


/***/ }),

/***/ 6011:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/errors.js
var errors = __nccwpck_require__(2354);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/project/defaults.js
var defaults = __nccwpck_require__(9909);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/text.js
var core_text = __nccwpck_require__(126);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/ports/settings.js




function parsePort(raw, label) {
    const text = String(raw).trim();
    const port = Number(text);
    if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
        throw new errors/* UsageError */.eb(`${label}: "${(0,core_text/* printable */.g)(String(raw))}" is not a port (expected a whole number from 1 to 65535)`);
    }
    return port;
}
function parseRange(raw, label) {
    const match = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(raw);
    if (!match) {
        throw new errors/* UsageError */.eb(`${label}: "${(0,core_text/* printable */.g)(raw)}" is not a port range (expected FROM-TO, e.g. ${defaults/* PORT_DEFAULTS */.nN.range.from}-${defaults/* PORT_DEFAULTS */.nN.range.to})`);
    }
    const from = Number(match[1]);
    const to = Number(match[2]);
    if (from < 1 || to > 65535) {
        throw new errors/* UsageError */.eb(`${label}: "${raw}" is outside 1-65535`);
    }
    if (from > to) {
        throw new errors/* UsageError */.eb(`${label}: "${raw}" ends before it starts (expected FROM-TO with FROM <= TO)`);
    }
    return { from, to };
}
function parseHost(raw, label) {
    const host = raw.trim();
    // A hostname or an IP literal; brackets are for URLs, not for binding.
    // No control character either (a NUL): Node 24's bind refuses it with a message naming no option.
    if (host === '' || /[\s/[\]\p{Cc}]/u.test(host) || (host.includes(':') && (0,external_node_net_.isIP)(host) !== 6)) {
        throw new errors/* UsageError */.eb(`${label}: "${(0,core_text/* printable */.g)(raw)}" is not a host name or IP address`);
    }
    return host;
}
const HOSTNAME_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
/**
 * The host of the API URL: a host name of RFC 1123 labels, an IPv4 address, or an IPv6 address
 * with or without brackets (returned without). Nothing else: the URL lands in .env.local, where
 * Next.js expands `$`, and in URLs, where a zone id or a stray character has no place.
 */
function parseUrlHost(raw, label) {
    const text = raw.trim();
    const bracketed = /^\[(.*)\]$/.exec(text)?.[1];
    const host = bracketed ?? text;
    const labels = host.split('.');
    // A name whose last label is a number is an IPv4 address to every URL parser (WHATWG reads
    // `0`, `65536`, `0x50` and `1.5` as addresses): it must then be one, dotted-quad and in range.
    const numeric = /^(\d+|0x[\da-f]*)$/i.test(labels.at(-1) ?? '');
    const hostname = host.length <= 253 && !numeric && labels.every((part) => HOSTNAME_LABEL.test(part));
    const ok = !host.includes('%') &&
        (bracketed === undefined ? (0,external_node_net_.isIP)(host) !== 0 || hostname : (0,external_node_net_.isIP)(host) === 6);
    if (!ok) {
        throw new errors/* UsageError */.eb(`${label}: "${(0,core_text/* printable */.g)(raw)}" is not a host name or IP address (expected e.g. localhost, 127.0.0.1 or [::1])`);
    }
    return host;
}
function parseFallback(raw, label) {
    const value = raw.trim();
    if (value !== 'none' && value !== 'any') {
        throw new errors/* UsageError */.eb(`${label}: "${(0,core_text/* printable */.g)(raw)}" is not a fallback (expected none or any)`);
    }
    return value;
}
const present = (value) => value !== undefined && String(value).trim() !== '';
/**
 * Settings, highest first: flag or input, process environment, `backend/.env`, default.
 * Pure: every face and the doctor resolve through here, so they always agree.
 */
function resolveSettings(input, sources) {
    const label = (name, fallback) => input.labels?.[name] ?? fallback;
    const { env, dotenv, dotenvLabel } = sources;
    let requested;
    if (present(input.port)) {
        const origin = label('port', 'port');
        requested = {
            port: parsePort(input.port, origin),
            source: input.portFrom ?? 'flag',
            origin,
            pinned: input.strict !== false,
        };
    }
    else {
        const envKey = defaults/* PORT_KEYS */.v_.find((key) => present(env[key]));
        const dotenvKey = defaults/* PORT_KEYS */.v_.find((key) => present(dotenv[key]));
        if (envKey) {
            requested = {
                port: parsePort(env[envKey], envKey),
                source: 'env',
                origin: envKey,
                pinned: input.strict !== false,
            };
        }
        else if (dotenvKey) {
            const origin = `${dotenvKey} in ${dotenvLabel}`;
            requested = {
                port: parsePort(dotenv[dotenvKey], origin),
                source: 'dotenv',
                origin,
                pinned: input.strict === true,
            };
        }
    }
    const hostChoices = [
        [input.host, label('host', 'host')],
        [env.API_HOST, 'API_HOST'],
        [dotenv.API_HOST, `API_HOST in ${dotenvLabel}`],
        [input.projectHost?.value, input.projectHost?.origin ?? ''],
    ];
    const [hostRaw, hostOrigin] = hostChoices.find(([value]) => present(value)) ?? [
        defaults/* PORT_DEFAULTS */.nN.host,
        'default',
    ];
    const range = present(input.range)
        ? parseRange(input.range, label('range', 'range'))
        : defaults/* PORT_DEFAULTS */.nN.range;
    return {
        ...(requested && { requested }),
        // A range of one's own starts the scan where it starts, not at 8001.
        defaultPort: present(input.defaultPort)
            ? parsePort(input.defaultPort, label('defaultPort', 'defaultPort'))
            : present(input.range)
                ? range.from
                : defaults/* PORT_DEFAULTS */.nN.port,
        range,
        host: parseHost(hostRaw, hostOrigin),
        hostOrigin,
        urlHost: present(input.urlHost)
            ? parseUrlHost(input.urlHost, label('urlHost', 'urlHost'))
            : defaults/* PORT_DEFAULTS */.nN.urlHost,
        fallback: present(input.fallback)
            ? parseFallback(input.fallback, label('fallback', 'fallback'))
            : 'none',
        ...(present(input.defaultPort) &&
            input.defaultPortOrigin && { defaultOrigin: input.defaultPortOrigin }),
    };
}
/** The port order (docs/ARCHITECTURE.md, Allocation): the requested port, the default, then the range, each once. */
function* candidatePorts(settings) {
    const { requested, defaultPort, range } = settings;
    if (requested?.pinned) {
        yield { port: requested.port, source: requested.source, pinned: true };
        return;
    }
    if (requested)
        yield { port: requested.port, source: requested.source, pinned: false };
    if (defaultPort !== requested?.port)
        yield { port: defaultPort, source: 'default', pinned: false };
    // Lazily: an allocation usually ends at the first candidate, and ranges can be long.
    for (let port = range.from; port <= range.to; port++) {
        if (port !== defaultPort && port !== requested?.port)
            yield { port, source: 'scan', pinned: false };
    }
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/remedies.js
// The exact commands remedies print for the user to paste, per OS: one command a line, never
// joined with && (Windows PowerShell 5.1 has none). Windows forms run in cmd.exe and PowerShell
// alike (no quoted program first on a line: PowerShell reads that as a string, not a command);
// POSIX forms are for sh-compatible shells.
/** An argument as a shell reads it back: quoted only when it must be. */
function quote(arg, platform = process.platform) {
    if (/^[\w@%+=:,./\\-]+$/.test(arg))
        return arg;
    return platform === 'win32' ? `"${arg.replace(/"/g, '""')}"` : `'${arg.replace(/'/g, "'\\''")}'`;
}
/** Ends a process and, on Windows, its children. */
function endCommand(pid, platform = process.platform) {
    return platform === 'win32' ? `taskkill /PID ${pid} /T /F` : `kill ${pid}`;
}
/** Finds what listens on a port when the plain tools could not name it: with privileges. */
function findHolderCommand(port, platform = process.platform) {
    if (platform === 'win32')
        return `netstat -ano | findstr :${port}`;
    if (platform === 'linux')
        return `sudo ss -ltnp 'sport = :${port}'`;
    return `sudo lsof -nP -iTCP:${port} -sTCP:LISTEN`;
}
/** Makes a venv at `venv` (as the user wrote it), with extra `venv` flags such as `--clear`. */
function createVenvCommand(venv, platform = process.platform, flags = []) {
    const python = platform === 'win32' ? 'py' : 'python3';
    return [python, '-m', 'venv', ...flags, quote(venv, platform)].join(' ');
}
/** Installs packages (or `-r file`) with the venv's own interpreter: no activated shell needed. */
function installCommand(venv, packages, platform = process.platform) {
    const python = platform === 'win32' ? `${venv}\\Scripts\\python.exe` : `${venv}/bin/python`;
    if (platform === 'win32' && quote(python, platform) !== python) {
        // A path that needs quotes cannot start a line both shells run: pip (22.3+) is told the venv.
        return [
            'py',
            '-m',
            'pip',
            '--python',
            quote(venv, platform),
            'install',
            ...packages.map((p) => quote(p, platform)),
        ].join(' ');
    }
    return [
        quote(python, platform),
        '-m',
        'pip',
        'install',
        ...packages.map((p) => quote(p, platform)),
    ].join(' ');
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks.js


const AREAS = ['venv', 'env', 'port', 'web', 'compose', 'git', 'leases'];
function defineCheck(spec) {
    return { ...spec, run: async (ctx) => spec.diagnose(await spec.gather(ctx)) };
}
function result(check, outcome) {
    return {
        ...outcome,
        id: check.id,
        area: check.area,
        title: check.title,
        details: outcome.details ?? [],
        remedy: outcome.remedy ?? [],
        fixable: (outcome.fixable ?? false) && check.fix !== undefined,
        locations: outcome.locations ?? [],
    };
}
/** A finding: a warning or an error. */
const isFinding = (r) => r.status === 'warn' || r.status === 'error';
/**
 * The checks `--only` and `--skip` leave, in registry order. IDS are comma-separated check ids or
 * areas; an unknown one is bad usage naming the option and the value.
 */
function selectChecks(checks, only, skip) {
    const parse = (raw, option) => {
        const ids = raw
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean);
        if (ids.length === 0)
            throw new errors/* UsageError */.eb(`${option}: "${(0,core_text/* printable */.g)(raw)}" names no check`);
        for (const id of ids) {
            if (!checks.some((check) => check.id === id || check.area === id)) {
                throw new errors/* UsageError */.eb(`${option}: "${(0,core_text/* printable */.g)(id)}" is not a check id or area (see udo-doctor --list-checks)`);
            }
        }
        return new Set(ids);
    };
    const matches = (check, ids) => ids.has(check.id) || ids.has(check.area);
    const wanted = only === undefined ? undefined : parse(only, '--only');
    const unwanted = skip === undefined ? undefined : parse(skip, '--skip');
    return checks.filter((check) => (!wanted || matches(check, wanted)) && !(unwanted && matches(check, unwanted)));
}
function summarize(results) {
    const count = (status) => results.filter((r) => r.status === status).length;
    return {
        errors: count('error'),
        warnings: count('warn'),
        passed: count('pass'),
        skipped: count('skip'),
    };
}
/** 0: no errors (and with --strict no warnings); 1 otherwise. */
function exitCode(summary, strict) {
    return summary.errors > 0 || (strict && summary.warnings > 0) ? 1 : 0;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = require("node:util");
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/process/console-text.js
// Text that children and system tools write, decoded in the code page it was written in. On
// Windows that is not always UTF-8: Python writes to a pipe in the ANSI code page, tasklist and
// netstat in the OEM one (both 949 on Korean Windows). Bytes that are valid UTF-8 are taken as
// UTF-8 (Node children, and Hangul in CP949 is never valid UTF-8); others in the code page.


/** The WHATWG encoding that decodes a Windows code page (Node's full ICU has them all). */
function codePageEncoding(codePage) {
    const named = {
        65001: 'utf-8',
        949: 'euc-kr', // the WHATWG euc-kr decoder is Windows' CP949 (Unified Hangul Code)
        932: 'shift_jis',
        936: 'gbk',
        950: 'big5',
        866: 'ibm866',
        874: 'windows-874',
        20866: 'koi8-r',
        28591: 'iso-8859-1',
    };
    if (named[codePage])
        return named[codePage];
    if (codePage >= 1250 && codePage <= 1258)
        return `windows-${codePage}`;
    return undefined;
}
/** The code pages in `reg query ...\Nls\CodePage` output: `ACP REG_SZ 949`. Pure. */
function parseCodePages(text) {
    const value = (name) => {
        const found = new RegExp(`^\\s*${name}\\s+REG_SZ\\s+(\\d+)\\s*$`, 'mi').exec(text)?.[1];
        return found ? Number(found) : undefined;
    };
    const ansi = value('ACP');
    const oem = value('OEMCP');
    return { ...(ansi && { ansi }), ...(oem && { oem }) };
}
let found;
/**
 * Windows' ANSI and OEM code pages, read once from the registry with reg.exe (~30 ms, and only
 * when some output is not UTF-8; no chcp, which reports the console's and needs cmd.exe). Elsewhere
 * and when reg cannot tell: none.
 */
function windowsCodePages() {
    if (found)
        return found;
    found = {};
    if (process.platform !== 'win32')
        return found;
    const root = process.env.SystemRoot ?? process.env.windir;
    try {
        const text = (0,external_node_child_process_.execFileSync)(root ? external_node_path_.win32.join(root, 'System32', 'reg.exe') : 'reg.exe', ['query', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage'], { encoding: 'latin1', timeout: 5000, windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'] });
        found = parseCodePages(text);
    }
    catch { }
    return found;
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Bytes as text: UTF-8 when they are valid UTF-8, else in `codePage` (a Windows code page), else
 * UTF-8 with replacement characters. `codePage` may be a lookup, made only when needed.
 */
function decodeConsole(bytes, codePage) {
    try {
        return utf8.decode(bytes);
    }
    catch { }
    const page = typeof codePage === 'function' ? codePage() : codePage;
    const encoding = page === undefined ? undefined : codePageEncoding(page);
    if (encoding) {
        try {
            return new TextDecoder(encoding).decode(bytes);
        }
        catch { }
    }
    return Buffer.from(bytes).toString('utf8');
}
/** What a child program wrote (Python: the ANSI code page). */
const decodeChildOutput = (bytes) => decodeConsole(bytes, () => windowsCodePages().ansi);
/** What a system tool wrote to a pipe (tasklist, netstat, netsh: the OEM code page). */
const decodeToolOutput = (bytes) => decodeConsole(bytes, () => windowsCodePages().oem ?? windowsCodePages().ansi);

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/listeners/run.js



const execFileAsync = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_.execFile);
const TOOL_TIMEOUT_MS = 2_000;
/** How to get a missing tool, where a user may lack it (Windows and macOS ship theirs). */
const INSTALL = {
    ss: 'it comes with iproute2: sudo apt-get install iproute2, or sudo dnf install iproute',
    netstat: 'it comes with net-tools: sudo apt-get install net-tools',
    lsof: 'sudo apt-get install lsof, or sudo dnf install lsof',
};
/**
 * Runs a tool without a shell, with a timeout. Never throws: a failure says what went wrong in
 * words fit for a warning. Each entry of `files` is tried in turn while the tool is missing,
 * because /usr/sbin is not on every user's PATH.
 */
async function run_runTool(files, args, timeoutMs = TOOL_TIMEOUT_MS) {
    const name = files[0] ?? '?';
    for (const file of files) {
        try {
            const { stdout } = await execFileAsync(file, args, {
                timeout: timeoutMs,
                windowsHide: true,
                maxBuffer: 32 * 1024 * 1024,
                // Korean Windows' tools write CP949 to a pipe (console-text.ts).
                encoding: 'buffer',
                // ss and lsof print no words, but net-tools netstat localizes its state words.
                env: process.platform === 'win32' ? process.env : { ...process.env, LC_ALL: 'C' },
            });
            return { ok: true, stdout: decodeToolOutput(stdout) };
        }
        catch (e) {
            const err = e;
            if (err.code === 'ENOENT')
                continue;
            const stdout = err.stdout ? decodeToolOutput(err.stdout) : '';
            const stderr = err.stderr ? decodeToolOutput(err.stderr) : '';
            const failure = { ok: false, stdout, stderr, problem: '' };
            if (err.killed || (err.signal && typeof err.code !== 'number')) {
                failure.problem = `\`${name}\` timed out after ${timeoutMs / 1000} s`;
            }
            else if (typeof err.code === 'number') {
                failure.exitCode = err.code;
                const why = stderr.trim().split(/\r?\n/)[0];
                failure.problem = `\`${name}\` failed (exit code ${err.code}${why ? `: ${why}` : ''})`;
            }
            else {
                failure.problem = `\`${name}\` could not be run (${err.code ?? err.message})`;
            }
            return failure;
        }
    }
    const install = INSTALL[name];
    return {
        ok: false,
        stdout: '',
        stderr: '',
        problem: `\`${name}\` was not found${install ? ` (${install})` : ''}`,
    };
}
/** A tool's run, read by `parse` when it succeeded. */
const parsedBy = (parse) => (run) => run.ok ? parse(run.stdout) : { problem: run.problem };
/**
 * The listeners on `port` (all when undefined) from the first source that answers, tried in
 * order, with its name; when none does, every source's problem in one line.
 */
async function firstAnswer(sources, port) {
    const problems = [];
    for (const { tool, read } of sources) {
        const found = await read();
        if (!Array.isArray(found)) {
            problems.push(found.problem);
            continue;
        }
        return { tool, listeners: port === undefined ? found : found.filter((l) => l.port === port) };
    }
    return { problem: `could not look at TCP listeners: ${problems.join('; ')}` };
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/containers/engine-processes.js
// The container engines' own processes: a port one of them holds is a container's (published,
// forwarded or proxied), so it is never ended and never named as a `kill`. Ending dockerd ends
// the daemon and orphans its containers; ending conmon breaks the container and leaves Podman
// believing it runs, its NAT rules in place. Each engine's remedy is its own stop command.

/** The CLIs that can name a family's containers, in the order they are worth asking. */
const CLIS_OF = {
    docker: ['docker'],
    podman: ['podman'],
    // containerd, rootless networking helpers: under Docker or Podman alike.
    containerd: ['docker', 'podman'],
    desktop: ['docker'],
    wsl: ['docker'],
    lima: ['docker', 'podman'],
};
/** Program names, without `.exe`, and whose engine they are. Prefixes end with `*`. */
const ENGINE_PROGRAMS = [
    ['dockerd', 'docker'],
    ['docker-proxy', 'docker'],
    ['rootlesskit', 'docker'],
    ['containerd', 'containerd'],
    ['containerd-shim*', 'containerd'],
    ['conmon', 'podman'],
    ['rootlessport', 'podman'],
    ['rootlessport-child', 'podman'],
    ['slirp4netns', 'containerd'],
    ['pasta', 'podman'],
    ['passt', 'podman'],
    ['gvproxy', 'podman'],
    ['com.docker.backend', 'desktop'],
    ['com.docker.vpnkit', 'desktop'],
    ['com.docker.proxy', 'desktop'],
    ['vpnkit', 'desktop'],
    ['vpnkit-bridge', 'desktop'],
    ['wslrelay', 'wsl'],
    ['limactl', 'lima'],
];
/** The engine a program name belongs to; a name only containing one does not count. Pure. */
function engineProgram(path) {
    if (!path)
        return undefined;
    const base = (path
        .replace(/ \(deleted\)$/, '')
        .split(/[\\/]/)
        .pop() ?? path)
        .replace(/\.exe$/i, '')
        .toLowerCase();
    for (const [name, family] of ENGINE_PROGRAMS) {
        const hit = name.endsWith('*') ? base.startsWith(name.slice(0, -1)) : base === name;
        if (hit)
            return [base, family];
    }
    return undefined;
}
/**
 * The engine process holding a listener, if it is one. Where its executable is known (Linux:
 * `exe`, read by the listener lookup) only that counts: a process names itself anything, so a
 * user's `docker-proxy` is an ordinary process, and an engine's executable must be root-owned
 * and writable by root alone. Elsewhere the name the OS tools give, or the command's first word,
 * is all there is, and `by` says so. Pure.
 */
function engineOf(listener) {
    if (!listener)
        return undefined;
    if (listener.exe) {
        const program = engineProgram(listener.exe.path);
        if (!program || !listener.exe.systemOwned)
            return undefined;
        return { process: program[0], family: program[1], by: 'executable' };
    }
    for (const word of [listener.name, listener.command?.split(/\s+/)[0]]) {
        const program = engineProgram(word);
        if (program)
            return { process: program[0], family: program[1], by: 'name' };
    }
    return undefined;
}
/**
 * A process's executable as /proc shows it (Linux), and whether it is a file only root may
 * have made: root-owned, written by no group or other. Undefined where it cannot be read.
 */
function readExecutable(pid, proc = '/proc') {
    try {
        const path = (0,external_node_fs_.readlinkSync)(`${proc}/${pid}/exe`);
        // stat through /proc follows to the very inode that runs, even a deleted one: no path race.
        const stat = (0,external_node_fs_.statSync)(`${proc}/${pid}/exe`);
        return { path, systemOwned: stat.uid === 0 && (stat.mode & 0o022) === 0 };
    }
    catch {
        return undefined;
    }
}
/** The engine's name as users know it, for messages. Pure. */
function engineName(family) {
    switch (family) {
        case 'docker':
            return 'Docker';
        case 'podman':
            return 'Podman';
        case 'containerd':
            return 'a container engine';
        case 'desktop':
            return 'Docker Desktop';
        case 'wsl':
            return 'WSL';
        case 'lima':
            return 'Lima (Colima, Rancher Desktop)';
    }
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/containers/engines.js
// A port a container publishes is held by its engine (docker-proxy, dockerd, conmon, ...) or by
// NAT rules alone, never by the program in the container: so the engine itself is asked which
// container it is (`docker`/`podman` `ps` and `inspect`, a short timeout each; DOCKER_HOST and
// CONTAINER_HOST reach them through the environment), and every face names that container and
// its engine's stop command instead of a kill. The engines are asked only about a port in
// question (a refused port, an engine's process holding it, or a port that answers through NAT
// while it binds), never on the way to a free port: see docs/ARCHITECTURE.md.







/** How long one engine command may take: a stopped daemon must not stall a refusal. */
const ENGINE_TIMEOUT_MS = 3_000;
const record = (value) => value && typeof value === 'object' && !Array.isArray(value) ? value : {};
const engines_text = (value) => typeof value === 'string' && value !== '' ? (0,core_text/* printable */.g)(value) : undefined;
/** `{"8000/tcp": [{"HostIp": "", "HostPort": "8001"}]}`, Docker's and Podman's shape. Pure. */
function publishedPorts(bindings) {
    const ports = [];
    for (const [key, list] of Object.entries(record(bindings))) {
        const [target, protocol = 'tcp'] = key.split('/');
        if (!Array.isArray(list))
            continue;
        for (const binding of list) {
            const hostPort = Number(record(binding).HostPort);
            if (!Number.isInteger(hostPort) || hostPort < 1)
                continue;
            ports.push({
                hostIp: String(record(binding).HostIp ?? ''),
                hostPort,
                containerPort: Number(target),
                protocol,
            });
        }
    }
    return ports;
}
/** The containers in `docker inspect`/`podman inspect` output (a JSON array). Pure. */
function parseInspect(json, cli) {
    let parsed;
    try {
        parsed = JSON.parse(json);
    }
    catch {
        return [];
    }
    if (!Array.isArray(parsed))
        return [];
    return parsed.map((entry) => {
        const item = record(entry);
        const config = record(item.Config);
        const labels = record(config.Labels);
        const network = publishedPorts(record(item.NetworkSettings).Ports);
        const ports = network.length > 0 ? network : publishedPorts(record(item.HostConfig).PortBindings);
        const id = String(item.Id ?? '');
        const project = engines_text(labels['com.docker.compose.project']);
        const service = engines_text(labels['com.docker.compose.service']);
        const workingDir = engines_text(labels['com.docker.compose.project.working_dir']);
        const version = engines_text(labels['com.docker.compose.version']);
        const image = engines_text(item.ImageName) ?? engines_text(config.Image);
        return {
            cli,
            id,
            name: (engines_text(item.Name) ?? id.slice(0, 12)).replace(/^\//, ''),
            ...(image && { image }),
            ports,
            ...(project && {
                compose: {
                    project,
                    ...(service && { service }),
                    ...(workingDir && { workingDir }),
                    v1: version?.startsWith('1.') ?? false,
                },
            }),
        };
    });
}
/** One engine's running containers, or the line that says why it could not tell. */
/**
 * Whether a user may have rootless Podman containers at all: its storage exists. The first
 * podman command a user runs starts a pause process that outlives it (it holds the user
 * namespace), which a question about a port must not leave behind.
 */
function mayHaveRootlessPodman() {
    const data = process.env.XDG_DATA_HOME || (0,external_node_path_.join)((0,external_node_os_namespaceObject.homedir)(), '.local', 'share');
    return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(data, 'containers', 'storage'));
}
async function askOne(cli, timeoutMs) {
    const rootless = process.platform === 'linux' && process.getuid?.() !== 0;
    if (cli === 'podman' && rootless && !mayHaveRootlessPodman())
        return { containers: [], notes: [] };
    const ids = await run_runTool([cli], ['ps', '--quiet', '--no-trunc'], timeoutMs);
    if (!ids.ok)
        return { containers: [], notes: [ids.problem] };
    const list = ids.stdout.split(/\s+/).filter((id) => /^[0-9a-f]{12,64}$/.test(id));
    if (list.length === 0)
        return { containers: [], notes: [] };
    const inspected = await run_runTool([cli], ['inspect', ...list], timeoutMs);
    // A container gone between the two calls fails the whole inspect, with the rest on stdout.
    const containers = parseInspect(inspected.stdout, cli);
    if (!inspected.ok && containers.length === 0)
        return { containers, notes: [inspected.problem] };
    return { containers, notes: [] };
}
/**
 * Asks each CLI (in parallel) for its running containers. A missing CLI or a stopped daemon
 * is a note, never a failure: the caller still has what the OS said.
 */
async function askEngines(clis = ['docker', 'podman'], timeoutMs = ENGINE_TIMEOUT_MS) {
    const answers = await Promise.all([...new Set(clis)].map((cli) => askOne(cli, timeoutMs)));
    return {
        containers: answers.flatMap((answer) => answer.containers),
        notes: answers.flatMap((answer) => answer.notes),
    };
}
/** The CLIs worth asking about these engine processes (both when none is known). */
function clisFor(engines) {
    const known = engines.filter((engine) => engine !== undefined);
    if (known.length === 0)
        return ['docker', 'podman'];
    return [...new Set(known.flatMap((engine) => CLIS_OF[engine.family]))];
}
/** The containers that publish TCP `port` on the host. Pure. */
function publishersOf(answer, port) {
    return answer.containers.filter((c) => c.ports.some((p) => p.hostPort === port && p.protocol === 'tcp'));
}
/** The command that stops it: its Compose service when Compose made it, else the container. */
function stopCommand(c) {
    const { compose } = c;
    if (compose?.service) {
        const tool = compose.v1 && c.cli === 'docker' ? 'docker-compose' : `${c.cli} compose`;
        return `${tool} -p ${quote(compose.project, 'linux')} stop ${quote(compose.service, 'linux')}`;
    }
    return `${c.cli} stop ${quote(c.name, 'linux')}`;
}
/** `Docker container web-1 (image api:dev; Compose project shop, service api)`. Pure. */
function describeContainer(c) {
    const about = [
        ...(c.image ? [`image ${c.image}`] : []),
        ...(c.compose
            ? [
                `Compose project ${c.compose.project}${c.compose.service ? `, service ${c.compose.service}` : ''}`,
            ]
            : []),
    ];
    const engine = c.cli === 'docker' ? 'Docker' : 'Podman';
    return `${engine} container ${c.name}${about.length > 0 ? ` (${about.join('; ')})` : ''}`;
}
/** How to find the container that publishes `port`, where the engine could not be asked. */
function findContainerCommands(port, clis) {
    return clis.map((cli) => cli === 'docker'
        ? `docker ps --filter publish=${port}`
        : // Podman 4 has no `publish` filter.
            `podman ps --format '{{.Names}} {{.Ports}}'`);
}
/**
 * The words for a port an engine holds (`engine`: its process there), one an unnamed process
 * holds that the engines say a container publishes (`unnamed`), or one NAT routes, with the
 * container the engines named, if any. Pure.
 */
function engineHolding(port, engine, containers, 
/** A process listens, but the OS tools did not name it (another user's, to a non-root user). */
unnamed = false) {
    const via = engine
        ? `held by ${engine.process}${engine.pid !== undefined ? ` (PID ${engine.pid})` : ''}, ${engineName(engine.family)}'s own process`
        : unnamed
            ? 'held by a process the OS tools did not name (its engine’s)'
            : 'routed by NAT rules: no process listens on it';
    const [container] = containers;
    if (container) {
        const others = containers.slice(1).map((c) => c.name);
        return {
            line: `published by ${describeContainer(container)}${others.length > 0 ? ` (also ${others.join(', ')})` : ''}, ${via}; stop it with: ${stopCommand(container)}`,
            remedy: containers.map(stopCommand),
            container,
        };
    }
    if (engine?.family === 'wsl') {
        const find = `wsl -- ss -ltnp 'sport = :${port}'`;
        return {
            line: `forwarded to a program in WSL, ${via}; find it with: ${find}, and stop it there (or stop the Docker Desktop container: docker ps --filter publish=${port})`,
            remedy: [find],
        };
    }
    const clis = clisFor([engine]);
    const find = findContainerCommands(port, clis);
    const stop = clis.map((cli) => `${cli} stop <name>`);
    return {
        line: `published by a container, ${via}; find it with: ${find.join(' or ')}, then ${stop.join(' or ')} (or stop it with Compose in the project that owns it)${engine ? '' : `; the rule: sudo iptables -t nat -S | grep ${port}`}`,
        remedy: [...find, ...stop.slice(0, 1)],
    };
}
/** A folder as the OS resolves it, to compare with a Compose label's; as it is if it cannot. */
function real(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}
/**
 * The one of `containers` that Compose runs for the project in `root` (its working-folder label
 * is that folder): the project's own stack, not a stranger on its port.
 */
function ownComposeContainer(containers, root) {
    const folder = real(root);
    return containers.find((c) => c.compose?.workingDir !== undefined && real(c.compose.workingDir) === folder);
}
/** `this project's own Compose stack (container web-1, service web)`. Pure. */
function describeOwnCompose(c) {
    return `this project's own Compose stack (container ${c.name}${c.compose?.service ? `, service ${c.compose.service}` : ''})`;
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/process/owner-pipe.js
// Windows: how a lease's owner proves it is still that process. Windows has no start time Node
// can read without PowerShell (~300 ms a call, and a stub under Wine), so the owner holds a named
// pipe for its whole life, under a random name its leases record (`pidStartKey: "pipe:<token>"`),
// and answers each connection with that name. A process that has ended holds no pipe, whatever
// its reused PID now runs: its leases are stale, and nothing signals that PID on their account.
// The same pipe takes `stop`, so that `start --replace` has the owner end its own backend (it
// alone knows that process) instead of signalling a number. Pipes get Windows' default security:
// only the same user, administrators and SYSTEM may connect; anyone else's check cannot tell,
// which counts as alive.

/** `\\.\pipe\udo-port-<32 hex digits>`. */
const ownerPipeName = (token) => `\\\\.\\pipe\\udo-port-${token}`;
let own;
const stopHandlers = new Set();
/** This process's `pipe:<token>` once its pipe listens; undefined before, elsewhere, or when it failed. */
const ownerPipeKey = () => own?.listening ? `pipe:${own.token}` : undefined;
/**
 * Makes this process's pipe, once, before its first lease is written (a lease whose pipe does
 * not answer yet would look stale). Unref'd: it never keeps the process alive. Windows only.
 */
async function holdOwnerPipe() {
    if (process.platform !== 'win32' || own)
        return;
    const token = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('hex');
    const pipe = { token, listening: false };
    own = pipe;
    const server = (0,external_node_net_.createServer)((socket) => {
        socket.on('error', () => { });
        let heard = '';
        socket.on('data', (chunk) => {
            heard += chunk;
            if (heard === `stop ${token}\n`)
                for (const handler of stopHandlers)
                    handler();
            if (heard.length > 100)
                socket.destroy();
        });
        socket.write(`udo-port ${token}\n`);
        // The answer is all a check needs; a stop request comes within a second.
        setTimeout(() => socket.end(), 1000).unref();
    });
    await new Promise((done) => {
        server.once('listening', () => {
            pipe.listening = true;
            done();
        });
        // Leases then fall back to the PID and its start time, as before.
        server.once('error', () => done());
        server.listen(ownerPipeName(token));
    });
    server.unref();
}
/** Runs `handler` when another udo-port asks this owner to stop; returns its removal. */
function onStopRequest(handler) {
    stopHandlers.add(handler);
    return () => stopHandlers.delete(handler);
}
const tokenOf = (key) => /^pipe:([0-9a-f]{32})$/.exec(key)?.[1];
/**
 * What the owner's pipe says of a `pipe:<token>` key: the key itself while its owner answers
 * (or when it cannot be told: a busy owner, another user's pipe, is not taken for a dead one),
 * `pipe:gone` when no such pipe exists, `pipe:other` when something else answers. Only ENOENT
 * proves the owner gone. `request` is written once the owner has answered.
 */
function askOwnerPipe(key, request, timeoutMs = 2000) {
    const token = tokenOf(key);
    if (!token || process.platform !== 'win32')
        return Promise.resolve('pipe:other');
    return new Promise((done) => {
        let heard = '';
        const socket = (0,external_node_net_.connect)(ownerPipeName(token));
        const finish = (answer) => {
            socket.destroy();
            done(answer);
        };
        socket.setTimeout(timeoutMs, () => finish(key));
        socket.on('data', (chunk) => {
            heard += chunk;
            if (heard === `udo-port ${token}\n`) {
                if (request)
                    socket.end(`${request} ${token}\n`, () => finish(key));
                else
                    finish(key);
            }
            else if (heard.length >= `udo-port ${token}\n`.length)
                finish('pipe:other');
        });
        socket.once('end', () => finish(heard === `udo-port ${token}\n` ? key : 'pipe:other'));
        socket.once('error', (error) => finish(error.code === 'ENOENT' ? 'pipe:gone' : key));
    });
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/process/proc.js
// Linux's /proc/<pid>/stat, read and parsed in one place (the watchdog, a script of its own,
// carries parseProcStat's source: end.ts).

/** Parse one /proc/<pid>/stat line. Pure. */
function parseProcStat(stat) {
    // The fields follow the command name, which is in parentheses and may itself hold spaces and
    // parentheses: so they are counted from the last `)`.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', ppid: Number(fields[1]), startTicks: fields[19] };
}
/** /proc/<pid>/stat, parsed; undefined when it cannot be read. */
function procStat(pid, proc = '/proc') {
    try {
        return parseProcStat((0,external_node_fs_.readFileSync)(`${proc}/${pid}/stat`, 'utf8'));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/process/identity.js





const run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_.execFile);
/**
 * Whether a process with this pid runs (EPERM: it does, but belongs to someone else). A zombie
 * does not: it has exited and only waits for its parent to collect its status (Linux tells).
 * But its main thread turns zombie before its other threads have gone, and they still hold its
 * sockets: it is over only once it is the last task left.
 */
function isRunning(pid) {
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        return error.code === 'EPERM';
    }
    return linuxStat(pid)?.state !== 'Z' || otherTasks(pid);
}
/** Linux: whether threads other than the main one are left (they are gone once it is reaped). */
function otherTasks(pid) {
    try {
        return (0,external_node_fs_.readdirSync)(`/proc/${pid}/task`).length > 1;
    }
    catch {
        return false;
    }
}
/** The state letter and parent of a process, from /proc/<pid>/stat; undefined elsewhere. */
function linuxStat(pid) {
    return process.platform === 'linux' ? procStat(pid) : undefined;
}
/** Every descendant of a process, children first found first (POSIX; [] on Windows). */
async function descendants(pid) {
    const parents = new Map();
    if (process.platform === 'linux') {
        for (const entry of readdirSync('/proc')) {
            if (!/^\d+$/.test(entry))
                continue;
            const ppid = linuxStat(Number(entry))?.ppid;
            if (ppid !== undefined)
                parents.set(Number(entry), ppid);
        }
    }
    else if (process.platform !== 'win32') {
        try {
            const { stdout } = await run('ps', ['-A', '-o', 'pid=,ppid='], { timeout: 2000 });
            for (const line of stdout.split('\n')) {
                const [child, parent] = line.trim().split(/\s+/).map(Number);
                if (child && parent !== undefined)
                    parents.set(child, parent);
            }
        }
        catch { }
    }
    const found = [];
    for (let i = -1; i < found.length; i++) {
        const parent = i < 0 ? pid : found[i];
        for (const [child, ppid] of parents)
            if (ppid === parent && !found.includes(child))
                found.push(child);
    }
    return found;
}
let bootTimeMs;
let bootId;
/** Field 22 of /proc/<pid>/stat: clock ticks from boot to the process's start. */
function linuxStartTicks(pid) {
    return procStat(pid)?.startTicks;
}
/**
 * Linux: the boot and the tick a process started at, exact and immune to clock steps (a wall-clock
 * start time moves when NTP or a resume steps the clock). Undefined elsewhere.
 */
function processStartKey(pid) {
    if (process.platform !== 'linux')
        return undefined;
    const ticks = linuxStartTicks(pid);
    try {
        bootId ??= (0,external_node_fs_.readFileSync)('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    }
    catch {
        return undefined;
    }
    return ticks ? `${bootId}:${ticks}` : undefined;
}
/** Linux: start time from /proc in ms since the epoch, exact to the clock tick. */
function linuxStartTime(pid) {
    try {
        const ticks = Number(linuxStartTicks(pid));
        bootTimeMs ??= Number(/^btime (\d+)$/m.exec((0,external_node_fs_.readFileSync)('/proc/stat', 'utf8'))?.[1]) * 1000;
        // USER_HZ is 100 on every Linux architecture Node runs on.
        return Number.isFinite(ticks) && bootTimeMs ? bootTimeMs + ticks * 10 : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * When a process started, in ms since the epoch, so that a reused pid is not mistaken for a
 * lease's owner. Undefined when it cannot be told; callers then trust the pid alone.
 */
async function processStartTime(pid) {
    if (process.platform === 'linux')
        return linuxStartTime(pid);
    if (process.platform === 'win32')
        return undefined; // Only PowerShell can tell, at ~300 ms a call.
    try {
        const { stdout } = await run('ps', ['-o', 'lstart=', '-p', String(pid)], {
            timeout: 2000,
            env: { ...process.env, LC_ALL: 'C', TZ: 'UTC' },
        });
        const time = Date.parse(`${stdout.trim()} UTC`);
        return Number.isNaN(time) ? undefined : time;
    }
    catch {
        return undefined;
    }
}
let ownStart;
let ownKey;
/**
 * This process's start key, computed once: Linux's boot and start tick, or on Windows the
 * `pipe:<token>` of the pipe owner-pipe.ts holds (none before it, or when it failed).
 */
function ownStartKey() {
    if (process.platform === 'win32')
        return ownerPipeKey();
    if (ownKey === undefined)
        ownKey = processStartKey(process.pid) ?? null;
    return ownKey ?? undefined;
}
/**
 * The start key of the process `pid` now, to compare with the key a lease recorded: its pipe's
 * answer for a Windows `pipe:` key, Linux's boot and start tick otherwise.
 */
async function currentStartKey(pid, recorded) {
    if (recorded.startsWith('pipe:'))
        return askOwnerPipe(recorded);
    return processStartKey(pid);
}
/** This process's start time, measured the way processStartTime measures others. */
function ownStartTime() {
    ownStart ??=
        (process.platform === 'linux' ? linuxStartTime(process.pid) : undefined) ??
            Math.round(Date.now() - process.uptime() * 1000);
    return ownStart;
}
/** ps and the uptime estimate disagree by up to a second; /proc readings agree exactly. */
const START_TIME_TOLERANCE_MS = process.platform === 'linux' ? 20 : 2000;
/** The identity of a child just spawned, at once (Linux: its start key; elsewhere its pid). */
function childIdentity(pid) {
    const startKey = processStartKey(pid);
    return startKey ? { pid, startKey } : { pid };
}
/** The identity of the process that has `pid` now; undefined when none runs. */
async function identify(pid) {
    if (!Number.isInteger(pid) || pid <= 0 || !isRunning(pid))
        return undefined;
    const startKey = processStartKey(pid);
    if (startKey)
        return { pid, startKey };
    const startedAt = await processStartTime(pid);
    return startedAt === undefined ? { pid } : { pid, startedAt };
}
/**
 * Whether `id` still names the very process it was taken from: the pid runs and started when
 * it did. Where no start can be read (Windows without it), the pid alone is all there is, and
 * callers that must prove more say so (see docs/ARCHITECTURE.md, threat model).
 */
async function isSameProcess(id) {
    if (!isRunning(id.pid))
        return false;
    if (id.startKey !== undefined)
        return processStartKey(id.pid) === id.startKey;
    if (id.startedAt !== undefined) {
        const now = await processStartTime(id.pid);
        return now !== undefined && Math.abs(now - id.startedAt) <= START_TIME_TOLERANCE_MS;
    }
    return true;
}
/** Whether the process's start can be told at all here (Linux /proc, macOS ps). */
const provable = (id) => id.startKey !== undefined || id.startedAt !== undefined;
/** Linux: the uid a process runs as (the owner of /proc/<pid>); undefined elsewhere or when gone. */
function processUid(pid) {
    if (process.platform !== 'linux')
        return undefined;
    try {
        return statSync(`/proc/${pid}`).uid;
    }
    catch {
        return undefined;
    }
}
/**
 * POSIX: whether signalling the process group `pgid` reaches the group a process with identity
 * `leader` led. The group id is its leader's pid: while any member lives the kernel gives that
 * number to no new process, but once the group is empty a new process may get it and lead a
 * group of its own. So: the leader is still that process, or no process has its pid (only the
 * old group's survivors can carry the id then).
 */
async function isSameGroup(pgid, leader) {
    if (!isRunning(pgid))
        return true;
    return isSameProcess({ ...leader, pid: pgid });
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/leases/record.js
// What a lease says and when it stops holding: pure functions over the record, no file I/O.
// docs/ARCHITECTURE.md ("Leases") describes the file format and the staleness rules.


/**
 * No lease holds its port longer than this, counted from when its file came to be, whatever
 * expiry it claims: a lease planted with an expiry in 9999 or a forever-live owner (pid 1)
 * buys a day at most. Every face rejects a longer TTL.
 */
const LONGEST_LEASE_MS = 24 * 3600_000;
/** A lease file is a few hundred bytes; anything larger is not one of ours. */
const MAX_LEASE_BYTES = 4096;
const sameJob = (a, b) => a.runId === b.runId && a.runAttempt === b.runAttempt && a.job === b.job;
/** Whether two CI jobs are one: the same job of the same run attempt, on the same runner. */
const sameCiJob = (a, b) => a.runner === b.runner && sameJob(a, b);
/** Who holds a lease, for every face's messages: `PID 5 (udo-port find) in /p, until <time>`. */
function describeLease(lease) {
    const purpose = lease.purpose ? ` (${lease.purpose})` : '';
    const cwd = lease.cwd ? ` in ${lease.cwd}` : '';
    const runner = lease.ci ? `, runner ${lease.ci.runner}` : '';
    return `PID ${lease.pid}${purpose}${cwd}${runner}, until ${lease.expiresAt}`;
}
/** Why a lease no longer holds, or undefined while it does. Pure. */
function staleReason(lease, facts) {
    if (Date.parse(lease.expiresAt) <= facts.now)
        return `expired at ${lease.expiresAt}`;
    if (facts.bornAt + LONGEST_LEASE_MS <= facts.now) {
        return `held since ${new Date(facts.bornAt).toISOString()}, longer than any lease may (${LONGEST_LEASE_MS / 3600_000} h)`;
    }
    const here = lease.hostname === facts.hostname;
    if (here && lease.lifetime === 'owner') {
        if (!facts.ownerRunning)
            return `owner PID ${lease.pid} has exited`;
        const exact = lease.pidStartKey !== undefined && facts.ownerStartKey !== undefined;
        if (exact
            ? lease.pidStartKey !== facts.ownerStartKey
            : facts.ownerStartedAt !== undefined &&
                Math.abs(facts.ownerStartedAt - lease.pidStartedAt) > START_TIME_TOLERANCE_MS) {
            return `owner PID ${lease.pid} has exited (the pid now belongs to another process)`;
        }
    }
    if (lease.ci) {
        const { currentJob } = facts;
        if (currentJob && currentJob.runner === lease.ci.runner && !sameJob(currentJob, lease.ci)) {
            return `runner ${lease.ci.runner} has moved on from job ${lease.ci.job} of run ${lease.ci.runId}`;
        }
        if (here && facts.jobMarkerExists === false)
            return `CI job ${lease.ci.job} has ended`;
    }
    return undefined;
}
const optionalText = (value) => value === undefined || typeof value === 'string';
function isCiJob(value) {
    const job = value;
    return (typeof job === 'object' &&
        job !== null &&
        ['runner', 'runId', 'runAttempt', 'job'].every((key) => typeof job[key] === 'string') &&
        optionalText(job.marker));
}
function isLease(value, port) {
    const lease = value;
    return (typeof lease === 'object' &&
        lease !== null &&
        lease.port === port &&
        typeof lease.id === 'string' &&
        Number.isInteger(lease.pid) &&
        lease.pid > 0 &&
        typeof lease.pidStartedAt === 'number' &&
        optionalText(lease.pidStartKey) &&
        typeof lease.hostname === 'string' &&
        typeof lease.user === 'string' &&
        typeof lease.expiresAt === 'string' &&
        !Number.isNaN(Date.parse(lease.expiresAt)) &&
        typeof lease.createdAt === 'string' &&
        (lease.lifetime === 'owner' || lease.lifetime === 'ttl') &&
        optionalText(lease.purpose) &&
        optionalText(lease.cwd) &&
        optionalText(lease.url) &&
        (lease.ci === undefined || isCiJob(lease.ci)));
}
/**
 * The lease in a file's text, or undefined when it is not a well-formed lease for `port`. Any
 * user of the host can write a lease file, so every text field is made printable here, once:
 * no face can then pass a planted newline or escape on to a terminal or a runner's log.
 */
function parseLease(text, port) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!isLease(value, port))
        return undefined;
    const { purpose, cwd, url, ci } = value;
    return {
        ...value,
        id: (0,core_text/* printable */.g)(value.id),
        hostname: (0,core_text/* printable */.g)(value.hostname),
        user: (0,core_text/* printable */.g)(value.user),
        expiresAt: (0,core_text/* printable */.g)(value.expiresAt),
        createdAt: (0,core_text/* printable */.g)(value.createdAt),
        ...(value.pidStartKey !== undefined && { pidStartKey: (0,core_text/* printable */.g)(value.pidStartKey) }),
        ...(purpose !== undefined && { purpose: (0,core_text/* printable */.g)(purpose) }),
        ...(cwd !== undefined && { cwd: (0,core_text/* printable */.g)(cwd) }),
        ...(url !== undefined && { url: (0,core_text/* printable */.g)(url) }),
        ...(ci && {
            ci: {
                runner: (0,core_text/* printable */.g)(ci.runner),
                runId: (0,core_text/* printable */.g)(ci.runId),
                runAttempt: (0,core_text/* printable */.g)(ci.runAttempt),
                job: (0,core_text/* printable */.g)(ci.job),
                ...(ci.marker !== undefined && { marker: ci.marker }),
            },
        }),
    };
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/leases/files.js
// The lease files themselves: how they are made whole before anyone sees them, read without
// following links or blocking, judged stale, and locked for a takeover. leases.ts runs the
// protocol over them.






// Never follow a link planted in a shared folder, never block on a planted FIFO.
const NOFOLLOW = external_node_fs_.constants.O_NOFOLLOW ?? 0;
const CREATE = external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_WRONLY | NOFOLLOW;
const READ = external_node_fs_.constants.O_RDONLY | NOFOLLOW | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/** A takeover lock older than this was left by a crashed process. */
const TAKEOVER_LOCK_MS = 5_000;
/** When a file came to be: its birth time where the file system keeps one, else its change time; neither can be set by its owner. */
const bornAt = (stat) => (stat.birthtimeMs > 0 ? stat.birthtimeMs : stat.ctimeMs);
const kindOf = (stat) => stat.isSymbolicLink() ? 'a symbolic link' : stat.isDirectory() ? 'a folder' : 'a special file';
/**
 * Whether two looks at a lease file saw the same lease: the same lease id, or for a file that is
 * no lease the same inode and mtime (a freed inode is soon reused, so the inode alone is not enough).
 */
function sameLeaseFile(a, b) {
    if (a.lease || b.lease)
        return a.lease?.id === b.lease?.id;
    return a.ino !== undefined && a.ino === b.ino && a.mtimeMs === b.mtimeMs;
}
async function staleness(lease, stat, currentJob) {
    const ownerRunning = isRunning(lease.pid);
    const checkOwner = ownerRunning && lease.lifetime === 'owner';
    const ownerStartKey = checkOwner && lease.pidStartKey
        ? await currentStartKey(lease.pid, lease.pidStartKey)
        : undefined;
    return staleReason(lease, {
        now: Date.now(),
        bornAt: bornAt(stat),
        hostname: thisHost(),
        ownerRunning,
        ownerStartKey,
        ownerStartedAt: checkOwner && ownerStartKey === undefined ? await processStartTime(lease.pid) : undefined,
        currentJob,
        jobMarkerExists: lease.ci?.marker ? (0,external_node_fs_.existsSync)(lease.ci.marker) : undefined,
    });
}
/**
 * A lease file's text, or why it is not one: only a regular file, opened without following a
 * link or blocking, that is still the file lstat saw, up to a lease's size.
 */
function readLeaseFile(file, seen) {
    if (!seen.isFile())
        return { odd: `${kindOf(seen)}, not a lease file` };
    if (seen.size > MAX_LEASE_BYTES)
        return { odd: `larger than any lease file (${seen.size} bytes)` };
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, READ);
    }
    catch (error) {
        return { odd: `cannot be read (${error.code})` };
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (stat.ino !== seen.ino || !stat.isFile())
            return { odd: 'changed while being read' };
        const buffer = Buffer.alloc(MAX_LEASE_BYTES);
        return buffer.toString('utf8', 0, (0,external_node_fs_.readSync)(fd, buffer, 0, MAX_LEASE_BYTES, 0));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The user name leases record, for messages and `release --mine` where there are no uids. */
function files_currentUser() {
    if (userName === undefined) {
        try {
            userName = (0,external_node_os_namespaceObject.userInfo)().username;
        }
        catch {
            userName =
                process.env.USER ?? process.env.USERNAME ?? String(process.getuid?.() ?? 'unknown');
        }
    }
    return userName;
}
let userName;
let hostName;
const thisHost = () => {
    hostName ??= (0,external_node_os_namespaceObject.hostname)();
    return hostName;
};
/**
 * Takes the takeover lock at `path` (made O_EXCL): false when another process holds it. A lock
 * older than TAKEOVER_LOCK_MS was left by a crashed process and is taken over.
 */
function takeoverLock(path) {
    for (let attempt = 0; attempt < 2; attempt++) {
        try {
            (0,external_node_fs_.closeSync)((0,external_node_fs_.openSync)(path, CREATE, 0o644));
            return true;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                return false;
            try {
                // By birth, not mtime: a lock planted with an mtime in 2100 is as old as it really is.
                if (Date.now() - bornAt((0,external_node_fs_.lstatSync)(path)) < TAKEOVER_LOCK_MS)
                    return false;
                (0,external_node_fs_.unlinkSync)(path);
            }
            catch { }
        }
    }
    return false;
}
/** A new lease of this process on `port`, on `terms`. */
function draftLease(port, terms) {
    const now = Date.now();
    return {
        port,
        // The global Web Crypto loads when first used: the doctor, which writes no lease, is spared it.
        id: crypto.randomUUID(),
        pid: process.pid,
        pidStartedAt: ownStartTime(),
        ...(ownStartKey() && { pidStartKey: ownStartKey() }),
        hostname: thisHost(),
        user: files_currentUser(),
        createdAt: new Date(now).toISOString(),
        expiresAt: new Date(now + terms.ttlMs).toISOString(),
        lifetime: terms.lifetime,
        ...(terms.purpose && { purpose: terms.purpose }),
        ...(terms.cwd && { cwd: terms.cwd }),
        ...(terms.urlHost && { url: (0,defaults/* urlFor */.dk)(terms.urlHost, port) }),
        ...(terms.ci && { ci: terms.ci }),
    };
}
/**
 * Atomic create of the port's file `file` in `dir`: the lease is written whole to a private name,
 * then linked into place, which fails if the port's file exists. No reader ever sees a
 * half-written lease, and no writer ever replaces another's. Returns the file's identity when
 * this call made it, undefined when the port's file exists; throws when the folder cannot be
 * written.
 */
function writeLeaseFile(dir, file, lease) {
    const draft = (0,external_node_path_.join)(dir, `.${lease.port}.${lease.id}.tmp`);
    let made;
    try {
        const fd = (0,external_node_fs_.openSync)(draft, CREATE, 0o644);
        try {
            // Every user must be able to read it, whatever this process's umask.
            if (process.platform !== 'win32')
                (0,external_node_fs_.fchmodSync)(fd, 0o644);
            (0,external_node_fs_.writeSync)(fd, `${JSON.stringify(lease)}\n`);
            const { ino, mtimeMs } = (0,external_node_fs_.fstatSync)(fd);
            made = { ino, mtimeMs };
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch (error) {
        try {
            (0,external_node_fs_.unlinkSync)(draft);
        }
        catch { }
        throw error;
    }
    try {
        (0,external_node_fs_.linkSync)(draft, file);
        return made;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return undefined;
        throw error;
    }
    finally {
        (0,external_node_fs_.unlinkSync)(draft);
    }
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/leases/folder.js
// Which folder holds the leases, and whether it can be trusted. Every other local user is
// untrusted (docs/ARCHITECTURE.md, "Threat model"): a folder they own, or one they could swap a
// path component of, is never used, and modes are only ever changed through an open descriptor.




const POSIX = process.platform !== 'win32';
const STICKY = 0o1000;
/** Like /tmp itself: every user may add a file, only its owner may remove it. */
const SHARED_MODE = 0o1777;
const OPEN_FOLDER = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_DIRECTORY ?? 0) | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
/** The host-wide default: one level, so no second folder inside it can be swapped. */
function sharedLeaseDir(env = process.env) {
    if (POSIX)
        return '/tmp/udo-port';
    return (0,external_node_path_.join)(env.ProgramData ?? env.ALLUSERSPROFILE ?? 'C:\\ProgramData', 'udo-port', 'leases');
}
/** The user's own folder, out of other users' reach and out of /tmp, where a name can be taken. */
function ownLeaseDir(env = process.env) {
    if (!POSIX) {
        return (0,external_node_path_.join)(env.LOCALAPPDATA ?? (0,external_node_path_.join)((0,external_node_os_namespaceObject.homedir)(), 'AppData', 'Local'), 'udo-port', 'leases');
    }
    if (env.XDG_RUNTIME_DIR)
        return (0,external_node_path_.join)(env.XDG_RUNTIME_DIR, 'udo-port');
    return (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_namespaceObject.homedir)(), '.cache'), 'udo-port', 'leases');
}
function folder_kindOf(stat) {
    if (stat.isDirectory())
        return 'folder';
    if (stat.isSymbolicLink())
        return 'symbolic link';
    if (stat.isFile())
        return 'regular file';
    return 'special file';
}
/**
 * Why a path component cannot be trusted, or undefined. Trusted: a real folder owned by root or
 * by the running user that nobody else may write to, or only with the sticky bit (as /tmp).
 * Pure, over lstat's facts.
 */
function distrust(facts, me) {
    if (facts.kind !== 'folder')
        return `it is a ${facts.kind}`;
    if (me === undefined)
        return undefined; // Windows: ACLs, not owners and modes, decide.
    if (facts.uid !== 0 && facts.uid !== me)
        return `it belongs to ${folder_userName(facts.uid)}`;
    if (facts.mode & 0o022 && !(facts.mode & STICKY)) {
        return 'others may write to it and it has no sticky bit, so they could swap what is in it';
    }
    return undefined;
}
/** `uid 1001 (mallory)`: the name from /etc/passwd when it has one. Only read for messages. */
function folder_userName(uid) {
    try {
        const line = (0,external_node_fs_.readFileSync)('/etc/passwd', 'utf8')
            .split('\n')
            .find((entry) => entry.split(':')[2] === String(uid));
        const name = line?.split(':')[0];
        return name && /^[\w.-]+$/.test(name) ? `uid ${uid} (${name})` : `uid ${uid}`;
    }
    catch {
        return `uid ${uid}`;
    }
}
const facts = (stat) => ({
    uid: stat.uid,
    mode: stat.mode,
    kind: folder_kindOf(stat),
});
/** Why some folder above `dir` (a real path) would let another user swap it, or undefined. */
function distrustAncestors(dir, me) {
    const { root } = (0,external_node_path_.parse)(dir);
    let path = root;
    for (const part of (0,external_node_path_.dirname)(dir).slice(root.length).split(external_node_path_.sep).filter(Boolean)) {
        path = (0,external_node_path_.join)(path, part);
        const why = distrust(facts((0,external_node_fs_.lstatSync)(path)), me);
        if (why)
            return `${path}: ${why}`;
    }
    return undefined;
}
/** Makes each missing folder of `dir` in turn: mkdir's own recursion spins on /proc paths. */
function makeFolders(dir) {
    const missing = [];
    for (let path = dir; !(0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false }); path = (0,external_node_path_.dirname)(path)) {
        missing.unshift(path);
        if ((0,external_node_path_.dirname)(path) === path)
            break;
    }
    // The last one gets its mode through its descriptor, once it is known to be ours.
    for (const path of missing)
        (0,external_node_fs_.mkdirSync)(path, { mode: path === dir ? 0o700 : 0o755 });
    return missing.includes(dir);
}
/**
 * Opens `dir` without following a link, checks it and every folder above it, and gives it
 * `mode` through the descriptor when asked to and it is ours (mkdir's mode passes through the
 * umask, and a chmod by path could be sent elsewhere by a swapped component).
 */
function trustFolder(dir, setMode, mode) {
    const me = process.getuid?.();
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(dir, OPEN_FOLDER);
    }
    catch (error) {
        const stat = (0,external_node_fs_.lstatSync)(dir, { throwIfNoEntry: false });
        if (stat && !stat.isDirectory()) {
            return `it is a ${folder_kindOf(stat)}${POSIX ? ` owned by ${folder_userName(stat.uid)}` : ''}`;
        }
        return `it cannot be opened (${error.code})`;
    }
    try {
        let stat = (0,external_node_fs_.fstatSync)(fd);
        if (setMode && POSIX && stat.uid === me && (stat.mode & 0o7777) !== mode) {
            (0,external_node_fs_.fchmodSync)(fd, mode);
            stat = (0,external_node_fs_.fstatSync)(fd);
        }
        return (distrust(facts(POSIX ? stat : (0,external_node_fs_.lstatSync)(dir)), me) ??
            distrustAncestors(dir, me) ??
            (POSIX ? birthless(stat) : undefined));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Why a folder others may write to cannot be shared on this file system, or undefined: a lease's
 * age is counted from its file's birth time, which its owner cannot renew. Where the file system
 * keeps none (ramfs, NFS, older kernels), the change time is all there is, and a planted lease's
 * owner renews that at will (a chmod, a touch), holding a port past the 24-hour cap. Such a
 * folder is not shared at all; a folder of one's own needs no cap against others.
 */
function birthless(stat) {
    if (!(stat.mode & 0o022) || stat.birthtimeMs > 0)
        return undefined;
    return 'its file system keeps no birth time, so a lease another user plants there could be renewed past the 24-hour cap';
}
function writable(dir) {
    try {
        (0,external_node_fs_.accessSync)(dir, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
        return undefined;
    }
    catch (error) {
        return `it is not writable for you (${error.code})`;
    }
}
/**
 * Makes (when missing) and checks a folder. Its parent's real path is used from here on: a
 * link above it, even a trusted one, is resolved once rather than at every lease.
 */
function prepare(dir, mode, keepMode) {
    let made = false;
    try {
        made = makeFolders(dir);
    }
    catch (error) {
        const code = error.code;
        if (code !== 'EEXIST')
            return { why: `it cannot be created (${code ?? error})` };
    }
    let real;
    try {
        real = (0,external_node_path_.join)((0,external_node_fs_.realpathSync)((0,external_node_path_.dirname)(dir)), (0,external_node_path_.basename)(dir));
    }
    catch (error) {
        return { why: `its parent cannot be resolved (${error.code})` };
    }
    const why = trustFolder(real, made || keepMode === 'always', mode) ?? writable(real);
    return why ? { why } : { dir: real };
}
/**
 * The lease folder: `UDO_PORT_LEASE_DIR` (bad input when it cannot be trusted), else the
 * host-wide folder, else, loudly, the user's own, which other users' runs do not see.
 */
function chooseLeaseFolder(env = process.env) {
    const explicit = env.UDO_PORT_LEASE_DIR?.trim();
    if (explicit) {
        const chosen = prepare(explicit, SHARED_MODE, 'when-made');
        if ('why' in chosen) {
            throw new errors/* UsageError */.eb(`UDO_PORT_LEASE_DIR: "${explicit}" cannot be used: ${chosen.why}`);
        }
        return chosen;
    }
    const shared = sharedLeaseDir(env);
    // Ours and not shared (a 0755 left by an older version): opened up to every user again.
    const chosen = prepare(shared, SHARED_MODE, 'always');
    if (!('why' in chosen))
        return chosen;
    const own = prepare(ownLeaseDir(env), 0o700, 'when-made');
    if ('why' in own) {
        throw new errors/* UsageError */.eb(`the shared lease folder ${shared} cannot be used (${chosen.why}), nor your own ${ownLeaseDir(env)} (${own.why}); set UDO_PORT_LEASE_DIR to a folder of yours`);
    }
    const fix = POSIX
        ? `; on a multi-user host, have root make it: sudo install -d -m 1777 -o root ${shared}`
        : '';
    return {
        dir: own.dir,
        warning: `the shared lease folder ${shared} is not used: ${chosen.why}. Leases go to ${own.dir}, which other users' runs do not see, so they may be given the same ports${fix}`,
    };
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/leases/registry.js
// The lease registry's file protocol: one file per leased port in a trusted folder, made whole
// before any reader can see it, read without following links or blocking, and removed only
// when it is still the very file judged. docs/ARCHITECTURE.md ("Leases") has the whole story.









/** `<port>.json` exactly as a lease is named: no leading zero, at most five digits (checked ≤ 65535). */
const LEASE_FILE = /^([1-9]\d{0,4})\.json$/;
/** Whether the running user owns a lease file: by the file's owner, which no writer can forge. */
function ownsLease(record) {
    const me = process.getuid?.();
    if (me !== undefined && record.uid !== undefined)
        return record.uid === me;
    return record.lease?.user === currentUser();
}
/**
 * Files this process created, by inode and mtime: releasing one of them needs no read back,
 * which is a third of what a lease costs an allocation.
 */
const madeHere = new WeakMap();
/** The host-wide lease registry: one file per leased port. */
class LeaseRegistry {
    dir;
    currentJob;
    /** Set when the shared folder could not be used and a per-user one stands in. */
    warning;
    constructor(dir, warning, 
    /** The CI job this process runs in, so leases of the runner's earlier jobs count as stale. */
    currentJob) {
        this.dir = dir;
        this.currentJob = currentJob;
        this.warning = warning;
    }
    file(port) {
        return (0,external_node_path_.join)(this.dir, `${port}.json`);
    }
    /** The lease file for a port as it stands now, or undefined when there is none. */
    async inspect(port) {
        return this.recordOf(this.file(port), port);
    }
    /**
     * A file as found: its owner, identity and lease, without judging it. Anything but a lease in
     * its place (a link, a FIFO, junk) is stale at once: this protocol never shows a half-made lease.
     */
    identify(file, port) {
        let stat;
        try {
            stat = (0,external_node_fs_.lstatSync)(file, { throwIfNoEntry: false });
        }
        catch (error) {
            const why = `cannot be looked at (${error.code})`;
            return { record: { port, file, staleReason: why } };
        }
        if (!stat)
            return {};
        const found = { port, file, uid: stat.uid, ino: stat.ino, mtimeMs: stat.mtimeMs };
        const text = readLeaseFile(file, stat);
        if (typeof text !== 'string')
            return { record: { ...found, staleReason: text.odd } };
        const lease = parseLease(text, port);
        if (!lease)
            return { record: { ...found, staleReason: 'not a valid lease file' } };
        return { record: { ...found, lease }, stat };
    }
    async recordOf(file, port) {
        const { record, stat } = this.identify(file, port);
        if (!record?.lease || !stat)
            return record;
        const stale = await staleness(record.lease, stat, this.currentJob);
        return stale ? { ...record, staleReason: stale } : record;
    }
    /**
     * Takes the lease on a port, or tells what holds it. A stale lease is taken over under a
     * short-lived lock, so two processes that both judged it stale cannot both win.
     */
    async claim(port, terms) {
        // Windows: the pipe that proves this process owns the lease exists before the lease does.
        if (terms.lifetime === 'owner')
            await holdOwnerPipe();
        const lease = draftLease(port, terms);
        const taken = { taken: lease };
        const heldBy = (record) => ({
            held: record ?? { port, file: this.file(port) },
        });
        if (this.create(lease))
            return taken;
        const held = await this.inspect(port);
        if (!held)
            return this.create(lease) ? taken : heldBy(undefined);
        if (!held.staleReason)
            return heldBy(held);
        const lock = `${this.file(port)}.takeover`;
        if (!takeoverLock(lock))
            return heldBy(held);
        try {
            const again = await this.inspect(port);
            if (again && (!again.staleReason || !sameLeaseFile(again, held)))
                return heldBy(again);
            const stillHeld = (aside) => {
                const found = aside.record();
                return found !== undefined && sameLeaseFile(found, held);
            };
            if (again && !this.removeIf(port, stillHeld)) {
                return heldBy((await this.inspect(port)) ?? held);
            }
            return this.create(lease) ? taken : heldBy(undefined);
        }
        finally {
            try {
                (0,external_node_fs_.unlinkSync)(lock);
            }
            catch { }
        }
    }
    /**
     * Removes a port's file if `stillIt` says it is the one meant. The file is moved aside first,
     * then judged, and put back when it is another (its owner may have released it and someone
     * leased the port afresh meanwhile): judging, then removing by path, could remove the new one.
     */
    removeIf(port, stillIt) {
        const file = this.file(port);
        const aside = (0,external_node_path_.join)(this.dir, `.${port}.${crypto.randomUUID()}.aside`);
        try {
            (0,external_node_fs_.renameSync)(file, aside);
        }
        catch (error) {
            const code = error.code;
            // Gone already: nothing of ours is left. Not ours to move (a sticky folder): it stays.
            return code === 'ENOENT';
        }
        const stat = (0,external_node_fs_.lstatSync)(aside, { throwIfNoEntry: false });
        // Read only when the judge asks: a lease made here is known by its inode alone.
        const gone = stat !== undefined && stillIt({ stat, record: () => this.identify(aside, port).record });
        if (!gone) {
            // Put back over whatever was made in the moment the name stood empty: that newcomer
            // checks its lease is still there before it hands the port out (holds()), and moves on.
            try {
                (0,external_node_fs_.renameSync)(aside, file);
                return false;
            }
            catch { }
        }
        try {
            if (stat?.isDirectory())
                (0,external_node_fs_.rmdirSync)(aside);
            else
                (0,external_node_fs_.unlinkSync)(aside);
        }
        catch { }
        return gone;
    }
    /**
     * Whether a lease made here is still the port's file: a removal that judged another file
     * puts that file back over a lease made in the instant the name stood empty.
     */
    holds(lease) {
        const made = madeHere.get(lease);
        if (!made)
            return true;
        const now = (0,external_node_fs_.lstatSync)(this.file(lease.port), { throwIfNoEntry: false });
        return now?.ino === made.ino && now.mtimeMs === made.mtimeMs;
    }
    /** Drops a lease if it is still the one given; true when it was removed. */
    release(lease) {
        const made = madeHere.get(lease);
        return this.removeIf(lease.port, (aside) => made
            ? aside.stat.ino === made.ino && aside.stat.mtimeMs === made.mtimeMs
            : aside.record()?.lease?.id === lease.id);
    }
    /** Drops the file a record describes, if it is still that file; true when it was removed. */
    releaseRecord(record) {
        return this.removeIf(record.port, (aside) => {
            const found = aside.record();
            return found !== undefined && sameLeaseFile(found, record);
        });
    }
    /** The ports that have a file in the folder, live, stale or odd, in order; one readdir. */
    leasedPorts() {
        // Bounded work whatever else the folder holds: names only (no stat of junk), each port once.
        const ports = new Set();
        for (const name of (0,external_node_fs_.readdirSync)(this.dir)) {
            const port = Number(LEASE_FILE.exec(name)?.[1]);
            if (port <= 65535)
                ports.add(port);
        }
        return [...ports].sort((a, b) => a - b);
    }
    /** Every lease file in the folder, live and stale, by port; odd entries never stop it. */
    async list() {
        const ports = this.leasedPorts();
        const records = await Promise.all(ports.map((port) => this.inspect(port)));
        return records.filter((record) => record !== undefined);
    }
    /** Atomic create (see writeLeaseFile): true when this call made the port's file. */
    create(lease) {
        try {
            const made = writeLeaseFile(this.dir, this.file(lease.port), lease);
            if (made)
                madeHere.set(lease, made);
            return made !== undefined;
        }
        catch (error) {
            throw this.unusable(error);
        }
    }
    unusable(error) {
        return new errors/* UsageError */.eb(`lease folder ${this.dir} cannot be written (${error.code ?? error}); set UDO_PORT_LEASE_DIR to a writable folder`);
    }
}
const opened = new Map();
/**
 * The registry at `UDO_PORT_LEASE_DIR`, else the host-wide folder, else (with a warning) a
 * per-user folder; see lease-folder.ts for what is trusted.
 */
function openLeaseRegistry(env = process.env, currentJob) {
    const key = `${env.UDO_PORT_LEASE_DIR ?? ''}\0${currentJob ? JSON.stringify(currentJob) : ''}`;
    let registry = opened.get(key);
    if (!registry) {
        const { dir, warning } = chooseLeaseFolder(env);
        registry = new LeaseRegistry(dir, warning, currentJob);
        opened.set(key, registry);
    }
    return registry;
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/project/same-path.js
// One folder, one identity: paths compared as the OS compares them. Windows (NTFS) and macOS
// (APFS, HFS+) are case-insensitive by default, so `c:\Users\x` (as VS Code gives it) and
// `C:\Users\X` are one project; Linux compares bytes. A case-sensitive folder on Windows or macOS
// (possible, rare) would be taken for its case-insensitive twin: a refusal to start twice, never
// a file written in the wrong place.

/** The form under which two spellings of one path are equal on `platform`. Pure. */
function pathKey(path, platform = process.platform) {
    if (platform === 'win32') {
        const normal = external_node_path_.win32.normalize(path).replace(/(?<=.)[\\]+$/, '');
        return normal.toUpperCase();
    }
    const normal = external_node_path_.posix.normalize(path).replace(/(?<=.)\/+$/, '');
    return platform === 'darwin' ? normal.normalize('NFC').toLowerCase() : normal;
}
/** Whether `a` and `b` name one folder or file on `platform` (either may be undefined). Pure. */
function samePath(a, b, platform = process.platform) {
    return a !== undefined && b !== undefined && pathKey(a, platform) === pathKey(b, platform);
}
/** Windows: the drive letter upper-cased (`c:\x` as `C:\x`), as Explorer and cmd.exe spell it. */
const driveUpper = (path, platform = process.platform) => platform === 'win32' ? path.replace(/^[a-z]:/, (drive) => drive.toUpperCase()) : path;

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/leases/running.js
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
        .filter((r) => cwd === undefined || samePath(r.lease.cwd, cwd))
        .map(backendOf);
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/listeners/parse-common.js
// Hand-written on purpose: the port-to-PID helpers on npm misparse several real outputs.
// The helpers every OS family's parser shares; each family's parsers live in parse-<os>.ts.

// Windows: PID 0 is the idle process (TIME_WAIT rows), PID 4 is System (http.sys, SMB).
const SKIPPED_WINDOWS_PIDS = new Set([0, 4]);
function lines(text) {
    return text.split(/\r?\n/);
}
function toPort(s) {
    if (s === undefined || !/^\d{1,5}$/.test(s))
        return undefined;
    const n = Number(s);
    return n >= 1 && n <= 65535 ? n : undefined;
}
function toPid(s) {
    if (s === undefined || !/^\d{1,10}$/.test(s))
        return undefined;
    const n = Number(s);
    return n > 0 ? n : undefined;
}
/**
 * Splits `host:port`, `[v6]:port`, `:::port` or macOS's `host.port` at the last separator;
 * the host loses its brackets but keeps a zone (`fe80::1%eth0`).
 */
function splitHostPort(s, sep = ':') {
    const i = s.lastIndexOf(sep);
    let host = i < 0 ? '' : s.slice(0, i);
    const port = i < 0 ? s : s.slice(i + 1);
    const close = host.indexOf(']');
    if (host.startsWith('[') && close > 0)
        host = host.slice(1, close) + host.slice(close + 1);
    return { host, port };
}
// Every parser builds its listeners here: a process names itself, so its name is made printable.
function listener(port, address, pid, name) {
    const l = { port, address };
    if (pid !== undefined)
        l.pid = pid;
    if (name)
        l.name = (0,core_text/* printable */.g)(name);
    return l;
}
/** One entry per pid+address+port; a later duplicate only fills in what the first lacked. */
function dedupeListeners(list) {
    const byKey = new Map();
    for (const l of list) {
        const key = `${l.pid ?? ''}|${l.address}|${l.port}`;
        const seen = byKey.get(key);
        if (!seen)
            byKey.set(key, { ...l });
        else {
            seen.name ??= l.name;
            seen.command ??= l.command;
        }
    }
    return [...byKey.values()];
}
/** By port, then pid; a listener with a pid comes first, so `[0]` names a holder if any can. */
function parse_common_sortListeners(list) {
    return [...list].sort((a, b) => {
        const pidOrder = a.pid === undefined || b.pid === undefined
            ? Number(a.pid === undefined) - Number(b.pid === undefined)
            : a.pid - b.pid;
        return a.port - b.port || pidOrder || a.address.localeCompare(b.address);
    });
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/listeners/parse-darwin.js
// macOS's listener tables (and lsof anywhere): lsof, BSD netstat, ps. Pure.


// ---------------------------------------------------------------- macOS (and lsof anywhere)
// COMMAND PID USER FD TYPE DEVICE SIZE/OFF NODE NAME. COMMAND may hold spaces, so the row is
// anchored on the IPv4/IPv6 TYPE column two columns after PID.
const LSOF_ROW = /^(.+?)\s+(\d+)\s+\S+\s+\S+\s+IPv[46]\s+\S+\s+\S+\s+TCP\s+(\S+)\s+\((\w+)\)\s*$/;
function unescapeLsof(s) {
    // lsof prints a space in a command name as `\x20`.
    return s.replace(/\\x([0-9a-fA-F]{2})/g, (_, h) => String.fromCharCode(Number.parseInt(h, 16)));
}
/** Parses `lsof -nP -iTCP -sTCP:LISTEN` (macOS or Linux): TCP rows in state LISTEN. */
function parseLsof(text) {
    const out = [];
    for (const line of lines(text)) {
        const m = LSOF_ROW.exec(line.trim());
        if (m?.[4] !== 'LISTEN' || (m[3] ?? '').includes('->'))
            continue;
        const { host, port: portText } = splitHostPort(m[3] ?? '');
        const port = toPort(portText);
        if (port === undefined || !host)
            continue;
        out.push(listener(port, host, toPid(m[2]), unescapeLsof(m[1] ?? '').trim()));
    }
    return dedupeListeners(out);
}
// After Proto Recv-Q Send-Q Local Foreign (state) come, in older macOS, `rhiwat shiwat pid
// epid state`; newer macOS prints `rxbytes txbytes rhiwat shiwat process:pid state`, and the
// process name may hold spaces and colons, so the pid is read right before the 5-hex state.
const MAC_ROW = /^(tcp(?:4|6|46)?)\s+\d+\s+\d+\s+(\S+)\s+(\S+)\s+\S+\s+(.*)$/;
const MAC_NEW_PID = /^\d+\s+\d+\s+\d+\s+\d+\s+(.*):(\d+)\s+[0-9a-fA-F]{5}\s/;
const MAC_OLD_PID = /^\d+\s+\d+\s+(\d+)\s+\d+\s+[0-9a-fA-F]{5}\s/;
/** Parses macOS `netstat -anv -p tcp`: listeners (peer `*.*`) with the pid column. */
function parseNetstatMac(text) {
    const out = [];
    for (const line of lines(text)) {
        const m = MAC_ROW.exec(line.trim());
        if (m?.[3] !== '*.*')
            continue;
        const { host, port: portText } = splitHostPort(m[2] ?? '', '.');
        const port = toPort(portText);
        if (port === undefined || !host)
            continue;
        const rest = `${m[4] ?? ''} `;
        const modern = MAC_NEW_PID.exec(rest);
        const pid = toPid(modern ? modern[2] : MAC_OLD_PID.exec(rest)?.[1]);
        out.push(listener(port, host, pid, modern?.[1]?.trim()));
    }
    return dedupeListeners(out);
}
/** Parses `ps -o pid=,command=`: pid to command line. */
function parsePsCommands(text) {
    const out = new Map();
    for (const line of lines(text)) {
        const m = /^\s*(\d+)\s+(.*\S)\s*$/.exec(line);
        const pid = toPid(m?.[1]);
        if (pid !== undefined && m?.[2])
            out.set(pid, (0,core_text/* printable */.g)(m[2]));
    }
    return out;
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/listeners/parse-linux.js

// ---------------------------------------------------------------- Linux
// `ss -ltnp[H]`: [Netid] [State] Recv-Q Send-Q Local Peer [Process]. The header never has two
// numbers in a row, so it falls out without being recognised by its text.
const SS_ROW = /^((?:\S+\s+){0,2}?)(\d+)\s+(\d+)\s+(\S+)\s+(\S+)([\s\S]*)$/;
// Names are comm values: up to 15 bytes of anything, printed raw (quotes and newlines too), so an
// owner is read up to the `",pid=N,fd=N)` ss itself prints; one socket can have several owners.
const SS_USER = /\("([\s\S]*?)",pid=(\d+),fd=\d+\)/g;
// A row whose owner list ss has closed.
const SS_CLOSED = /,fd=\d+\)\)\s*$/;
/**
 * The rows of ss output. A process name holding a newline splits its row: a row with an owner
 * list still open, or a line that is no row at all, continues the row before.
 */
function ssRows(text) {
    const rows = [];
    for (const line of lines(text)) {
        const last = rows.at(-1);
        const open = last?.includes('users:(') && !SS_CLOSED.test(last);
        if (last !== undefined && (open || !SS_ROW.test(line.trim()))) {
            rows[rows.length - 1] = `${last}\n${line}`;
        }
        else
            rows.push(line);
    }
    return rows;
}
/** Parses `ss -ltnp` / `ss -ltnpH` output: TCP LISTEN rows, one listener per owning pid. */
function parse_linux_parseSs(text) {
    const out = [];
    for (const row of ssRows(text)) {
        const m = SS_ROW.exec(row.trim());
        if (!m)
            continue;
        const words = (m[1] ?? '').split(/\s+/).filter(Boolean);
        if (words.some((w) => w !== 'LISTEN' && w !== 'tcp'))
            continue;
        const { host, port: portText } = splitHostPort(m[4] ?? '');
        const port = toPort(portText);
        if (port === undefined || !host)
            continue;
        const owners = [...(m[6] ?? '').matchAll(SS_USER)];
        if (owners.length === 0)
            out.push(listener(port, host));
        for (const o of owners)
            out.push(listener(port, host, toPid(o[2]), o[1]));
    }
    return dedupeListeners(out);
}
function hexBytes(hex, littleEndian) {
    const bytes = [];
    // The kernel prints each 32-bit word in host byte order.
    for (let w = 0; w < hex.length; w += 8) {
        const word = [];
        for (let b = 0; b < 8; b += 2)
            word.push(Number.parseInt(hex.slice(w + b, w + b + 2), 16));
        bytes.push(...(littleEndian ? word.reverse() : word));
    }
    return bytes;
}
/** Formats 16 bytes as RFC 5952 text (`::`, `::1`, `::ffff:127.0.0.1`), as `ss` prints them. */
function formatIPv6(bytes) {
    const groups = [];
    for (let i = 0; i < 16; i += 2)
        groups.push(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
    if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
        return `::ffff:${bytes.slice(12, 16).join('.')}`;
    }
    let bestStart = -1;
    let bestLen = 1;
    for (let i = 0; i < 8;) {
        if (groups[i] !== 0) {
            i++;
            continue;
        }
        let j = i;
        while (j < 8 && groups[j] === 0)
            j++;
        if (j - i > bestLen) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (bestStart < 0)
        return hex.join(':');
    const head = hex.slice(0, bestStart).join(':');
    const tail = hex.slice(bestStart + bestLen).join(':');
    return `${head}::${tail}`;
}
const PROC_ADDR = /^([0-9A-Fa-f]{8}|[0-9A-Fa-f]{32}):([0-9A-Fa-f]{4})$/;
const TCP_LISTEN = '0A';
/** Parses /proc/net/tcp or /proc/net/tcp6: the sockets in state LISTEN, with their inodes. */
function parseProcNetTcp(text, littleEndian = true) {
    const out = [];
    for (const line of lines(text)) {
        const t = line.trim().split(/\s+/);
        if (!/^\d+:$/.test(t[0] ?? '') || t[3] !== TCP_LISTEN)
            continue;
        const m = PROC_ADDR.exec(t[1] ?? '');
        const inode = Number(t[9]);
        if (!m || !/^\d+$/.test(t[9] ?? ''))
            continue;
        const hex = m[1] ?? '';
        const port = Number.parseInt(m[2] ?? '', 16);
        if (port === 0)
            continue;
        const bytes = hexBytes(hex, littleEndian);
        const address = hex.length === 8 ? bytes.join('.') : formatIPv6(bytes);
        out.push({ port, address, inode });
    }
    return out;
}
// net-tools localizes its state words, so a listener is told by its `*` peer port instead.
const NETSTAT_LINUX_ROW = /^(tcp6?)\s+\d+\s+\d+\s+(\S+)\s+(\S+)\s+\S+\s*(.*)$/;
/** Parses Linux `netstat -tlnp` (net-tools): TCP listeners with `PID/Program name`. */
function parseNetstatLinux(text) {
    const out = [];
    for (const line of lines(text)) {
        const m = NETSTAT_LINUX_ROW.exec(line.trim());
        if (!m || splitHostPort(m[3] ?? '').port !== '*')
            continue;
        const { host, port: portText } = splitHostPort(m[2] ?? '');
        const port = toPort(portText);
        if (port === undefined || !host)
            continue;
        const owner = /^(\d+)\/(.*)$/.exec((m[4] ?? '').trim());
        out.push(listener(port, host, toPid(owner?.[1]), owner?.[2]?.trim()));
    }
    return dedupeListeners(out);
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/listeners/parse-windows.js
// Windows's listener tables: netstat -ano, PowerShell CSV, tasklist, excluded port ranges. Pure.


// ---------------------------------------------------------------- Windows
/**
 * Parses Windows `netstat -ano`. State words are localized (LISTENING, ABHÖREN, ...), so a
 * listener is a TCP row whose foreign port is 0; the port is matched in the local-address
 * column only, the PID comes from the last column, and PIDs 0 and 4 are skipped.
 */
function parseNetstatWindows(text) {
    const out = [];
    for (const line of lines(text)) {
        const t = line.trim().split(/\s+/);
        if (t[0]?.toUpperCase() !== 'TCP' || t.length < 4)
            continue;
        if (splitHostPort(t[2] ?? '').port !== '0')
            continue;
        const { host, port: portText } = splitHostPort(t[1] ?? '');
        const port = toPort(portText);
        const pidText = t.at(-1);
        if (port === undefined || !host || !/^\d+$/.test(pidText ?? ''))
            continue;
        const pid = Number(pidText);
        if (SKIPPED_WINDOWS_PIDS.has(pid))
            continue;
        out.push(listener(port, host, pid));
    }
    return dedupeListeners(out);
}
/** Splits one CSV line: quoted fields may hold commas, and `""` is a quote. */
function parseCsvLine(line) {
    const fields = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted) {
            if (c === '"' && line[i + 1] === '"') {
                field += '"';
                i++;
            }
            else if (c === '"')
                quoted = false;
            else
                field += c;
        }
        else if (c === '"')
            quoted = true;
        else if (c === ',') {
            fields.push(field);
            field = '';
        }
        else
            field += c;
    }
    fields.push(field);
    return fields;
}
/**
 * Parses `Get-NetTCPConnection -State Listen | Select-Object LocalAddress,LocalPort,
 * OwningProcess | ConvertTo-Csv`: columns address, port, pid in that order.
 */
function parseGetNetTcpConnectionCsv(text) {
    const out = [];
    for (const line of lines(text)) {
        if (!line.trim() || line.startsWith('#'))
            continue;
        const [address, portText, pidText] = parseCsvLine(line.trim());
        const port = toPort(portText);
        if (port === undefined || !address || !/^\d+$/.test(pidText ?? ''))
            continue;
        const pid = Number(pidText);
        if (SKIPPED_WINDOWS_PIDS.has(pid))
            continue;
        out.push(listener(port, address, pid));
    }
    return dedupeListeners(out);
}
/** Splits CSV text into records at line breaks outside quotes (a quoted field may span lines). */
function csvRecords(text) {
    const records = [];
    let quoted = false;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"')
            quoted = !quoted;
        else if (!quoted && (c === '\n' || c === '\r')) {
            records.push(text.slice(start, i));
            if (c === '\r' && text[i + 1] === '\n')
                i++;
            start = i + 1;
        }
    }
    records.push(text.slice(start));
    return records;
}
/**
 * Parses `Get-CimInstance Win32_Process | Select-Object ProcessId,CommandLine | ConvertTo-Csv
 * -NoTypeInformation`: pid to command line. A quoted command line may span lines; an empty one
 * (a process whose command line this user may not read) is left out, as are the header and a BOM.
 */
function parseWin32ProcessCsv(text) {
    const out = new Map();
    for (const record of csvRecords(text.replace(/^\uFEFF/, ''))) {
        const [pidText, command] = parseCsvLine(record.trim());
        const pid = toPid(pidText);
        if (pid !== undefined && command?.trim())
            out.set(pid, (0,core_text/* printable */.g)(command.trim()));
    }
    return out;
}
/** Parses `tasklist /FO CSV [/NH]`: pid to image name (first two columns). */
function parseTasklistCsv(text) {
    const out = new Map();
    for (const line of lines(text)) {
        const [name, pidText] = parseCsvLine(line.trim());
        const pid = toPid(pidText);
        if (pid !== undefined && name)
            out.set(pid, (0,core_text/* printable */.g)(name));
    }
    return out;
}
/** Parses `netsh interface ipv4 show excludedportrange protocol=tcp`. */
function parseExcludedPortRanges(text) {
    const out = [];
    for (const line of lines(text)) {
        const m = /^\s*(\d+)\s+(\d+)\s*(\*)?\s*$/.exec(line);
        const from = toPort(m?.[1]);
        const to = toPort(m?.[2]);
        if (from === undefined || to === undefined || from > to)
            continue;
        out.push({ from, to, administered: m?.[3] === '*' });
    }
    return out;
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/listeners/parse.js
// The listener-table parsers, one module per OS family, and the helpers they share.





;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/listeners/darwin.js


const TOOLS = {
    lsof: ['lsof', '/usr/sbin/lsof', '/usr/bin/lsof'],
    netstat: process.platform === 'darwin' ? ['netstat', '/usr/sbin/netstat'] : null,
    ps: ['ps', '/bin/ps'],
};
// lsof exits 1 when it found nothing to list; that is an answer, not a failure.
function lsofAnswered(r) {
    return r.ok || (r.exitCode === 1 && !r.stderr.trim());
}
async function withCommands(list, ps) {
    const pids = [...new Set(list.flatMap((l) => (l.pid === undefined ? [] : [l.pid])))];
    if (pids.length === 0)
        return list;
    const r = await run_runTool(ps, ['-o', 'pid=,command=', '-p', pids.join(',')]);
    // ps exits 1 when one of the pids is already gone but still prints the others.
    const commands = parsePsCommands(r.stdout);
    return list.map((l) => {
        const command = l.pid === undefined ? undefined : commands.get(l.pid);
        return command === undefined ? l : { ...l, command };
    });
}
/**
 * macOS (and any other Unix with lsof): `lsof -nP -iTCP[:PORT] -sTCP:LISTEN`, then one
 * `ps -o pid=,command=` for the command lines (unless `wantCommandLines` is false); macOS
 * `netstat -anv -p tcp` when lsof fails.
 */
async function darwinListeners(port, tools = {}, wantCommandLines = true) {
    const t = { ...TOOLS, ...tools };
    const lsofArgs = ['-nP', port === undefined ? '-iTCP' : `-iTCP:${port}`, '-sTCP:LISTEN'];
    const netstat = t.netstat;
    const found = await firstAnswer([
        {
            tool: 'lsof',
            read: async () => {
                const lsof = await run_runTool(t.lsof, lsofArgs);
                // Not answered, it failed: parsedBy gives its problem.
                return lsofAnswered(lsof) ? parseLsof(lsof.stdout) : parsedBy(parseLsof)(lsof);
            },
        },
        ...(netstat
            ? [
                {
                    tool: 'netstat',
                    read: async () => parsedBy(parseNetstatMac)(await run_runTool(netstat, ['-anv', '-p', 'tcp'])),
                },
            ]
            : []),
    ], port);
    if ('problem' in found)
        return { listeners: [], problem: found.problem };
    const { listeners, tool } = found;
    return { listeners: wantCommandLines ? await withCommands(listeners, t.ps) : listeners, tool };
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/listeners/describe.js


const MAX_LENGTH = 80;
const base = (path) => (0,external_node_path_.basename)(path.replaceAll('\\', '/'));
/**
 * A process's name as a user knows it. The kernel's name (`/proc/<pid>/comm`, what `ss` prints)
 * is its main thread's, which a program may rename: Node 24 calls its main thread `MainThread`.
 * It is kept while it names what the process runs: the first word of its command line, or the
 * second for a script run through its `#!` interpreter (`uvicorn` is `python3 .venv/bin/uvicorn`);
 * the kernel keeps 15 bytes of it. Otherwise the program's own name is the true one. Pure.
 */
function processName(kernelName, argv) {
    const program = argv[0] ? base(argv[0]) : '';
    if (!program)
        return kernelName;
    if (!kernelName)
        return program;
    const runs = argv.slice(0, 2).map(base);
    return runs.some((name) => name.startsWith(kernelName) || kernelName.startsWith(name))
        ? kernelName
        : program;
}
/**
 * Text cut to `room` characters in the middle: a command line's end (the app, the port) tells
 * more than the middle of its interpreter's path. Pure.
 */
function shortened(text, room) {
    if (text.length <= room)
        return text;
    const tail = Math.ceil((room - 1) * 0.6);
    return `${text.slice(0, room - 1 - tail)}…${text.slice(text.length - tail)}`;
}
/** `PID 1234 (python3: python3 -m http.server 8001)`, cut to 80 characters; no pid, no name. */
function describeListener(l) {
    if (l.pid === undefined)
        return 'an unknown process';
    // Made printable here too, for listeners built elsewhere: a process names itself anything.
    const name = l.name && (0,core_text/* printable */.g)(l.name).trim();
    // A command line may hold newlines and tabs; one line reads better in a message.
    const command = l.command && (0,core_text/* printable */.g)(l.command.replace(/\s+/g, ' ')).trim();
    const detail = name && command && command !== name ? `${name}: ${command}` : name || command;
    const head = `PID ${l.pid}`;
    if (!detail)
        return head;
    return `${head} (${shortened(detail, MAX_LENGTH - head.length - 3)})`;
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/listeners/linux.js







const linux_TOOLS = {
    ss: ['ss', '/usr/sbin/ss', '/sbin/ss'],
    netstat: ['netstat', '/usr/sbin/netstat', '/sbin/netstat', '/bin/netstat'],
    proc: '/proc',
};
const splitArgv = (raw) => {
    const argv = raw.split('\0');
    while (argv.at(-1) === '')
        argv.pop();
    return argv.length > 0 ? argv : undefined;
};
/**
 * A process's arguments, raw; undefined once it is gone or not ours to read. Read at once: a
 * /proc file is a few µs, and node:fs/promises alone costs a run a millisecond to load.
 */
function readArgv(pid, proc) {
    try {
        return splitArgv((0,external_node_fs_.readFileSync)(`${proc}/${pid}/cmdline`, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Reads a process's command line; undefined once it is gone or not ours to read. */
async function readCmdline(pid, proc = '/proc') {
    const command = readArgv(pid, proc)?.join(' ').trim();
    return command ? (0,core_text/* printable */.g)(command) : undefined;
}
/**
 * Each holder's true name (see processName), its executable (which tells an engine's process,
 * see engine-processes.ts) and, when asked, its command line: a few reads each.
 */
async function withDetails(list, proc, wantCommandLines) {
    return Promise.all(list.map(async (l) => {
        if (l.pid === undefined)
            return l;
        const exe = readExecutable(l.pid, proc);
        const withExe = exe ? { ...l, exe } : l;
        const argv = readArgv(l.pid, proc);
        if (!argv)
            return withExe;
        const name = processName(l.name, argv);
        const command = argv.join(' ').trim();
        return {
            ...withExe,
            ...(name && { name: (0,core_text/* printable */.g)(name) }),
            ...(wantCommandLines &&
                l.command === undefined &&
                command && { command: (0,core_text/* printable */.g)(command) }),
        };
    }));
}
/**
 * Linux: one `ss -ltnpH` spawn (filtered to `sport = :PORT` for one port) plus a cmdline read
 * per pid (unless `wantCommandLines` is false); /proc/net/tcp{,6} with an fd scan when `ss` is missing
 * or fails, then net-tools.
 */
async function linuxListeners(port, tools = {}, wantCommandLines = true) {
    const t = { ...linux_TOOLS, ...tools };
    const args = port === undefined ? ['-ltnpH'] : ['-ltnpH', `sport = :${port}`];
    const found = await firstAnswer([
        {
            tool: 'ss',
            read: async () => parsedBy((out) => dedupeListeners(trueOwners(parse_linux_parseSs(out), t.proc)))(await run_runTool(t.ss, args)),
        },
        {
            tool: `${t.proc}/net/tcp`,
            read: async () => {
                const proc = procListeners(port, t.proc);
                return proc.problem ? { problem: proc.problem } : proc.listeners;
            },
        },
        {
            tool: 'netstat',
            read: async () => parsedBy(parseNetstatLinux)(await run_runTool(t.netstat, ['-tlnp'])),
        },
    ], port);
    if ('problem' in found)
        return { listeners: [], problem: found.problem };
    return {
        listeners: await withDetails(found.listeners, t.proc, wantCommandLines),
        tool: found.tool,
    };
}
/** The LISTEN sockets in /proc/net/tcp{,6} (on `port` if given); undefined when neither reads. */
function procSockets(port, proc) {
    const littleEndian = (0,external_node_os_namespaceObject.endianness)() === 'LE';
    const v4 = readProcNet(`${proc}/net/tcp`);
    const v6 = readProcNet(`${proc}/net/tcp6`);
    if (v4 === undefined && v6 === undefined)
        return undefined;
    return [
        ...parseProcNetTcp(v4 ?? '', littleEndian),
        ...parseProcNetTcp(v6 ?? '', littleEndian),
    ].filter((s) => port === undefined || s.port === port);
}
/**
 * The inodes of the sockets listening on `port`, from /proc/net/tcp{,6}: no spawn, and any user
 * may read them. A socket keeps its inode for its whole life, so a holder's socket is the same
 * at two looks, while test binds are new sockets each time. Undefined when neither file reads.
 */
function linux_listeningSocketInodes(port, proc = '/proc') {
    const sockets = procSockets(port, proc);
    return sockets && new Set(sockets.map((s) => s.inode));
}
function readProcNet(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** A process's name, made printable: it sets its own, newlines and all (the kernel adds one). */
function readComm(proc, pid) {
    try {
        return (0,core_text/* printable */.g)((0,external_node_fs_.readFileSync)(`${proc}/${pid}/comm`, 'utf8').replace(/\n$/, ''));
    }
    catch {
        return undefined;
    }
}
/**
 * ss prints names raw, so a name can imitate the `",pid=N,fd=N)` after it and pass another
 * process off as the holder. An owner whose name is not that pid's name loses its pid: better an
 * unnamed holder than the wrong process ended by `udo-port kill`.
 */
function trueOwners(list, proc) {
    return list.map((l) => {
        if (l.pid === undefined)
            return l;
        const name = readComm(proc, l.pid);
        return name === undefined || name === (l.name ?? '') ? l : { port: l.port, address: l.address };
    });
}
/**
 * The fallback without `ss`: LISTEN sockets from /proc/net/tcp{,6}, owners found by scanning
 * /proc/<pid>/fd for `socket:[inode]`. Unprivileged, other users' sockets come without a pid.
 * Synchronous on purpose: thousands of tiny readlinks run far faster without a promise each.
 */
function procListeners(port, proc = '/proc') {
    const sockets = procSockets(port, proc);
    if (!sockets)
        return { listeners: [], problem: `${proc}/net/tcp could not be read` };
    if (sockets.length === 0)
        return { listeners: [] };
    const byInode = new Map(sockets.map((s) => [s.inode, s]));
    // One socket can have several owners (a server and its forked workers).
    const owners = new Map();
    let pids = [];
    try {
        pids = (0,external_node_fs_.readdirSync)(proc).filter((d) => /^\d+$/.test(d));
    }
    catch {
        // Without a readable /proc the sockets are still listed, only without owners.
    }
    for (const pid of pids) {
        for (const inode of processSocketInodes(pid, proc)) {
            if (!byInode.has(inode))
                continue;
            const list = owners.get(inode) ?? [];
            if (!list.includes(Number(pid)))
                list.push(Number(pid));
            owners.set(inode, list);
        }
    }
    const listeners = [];
    for (const s of sockets) {
        const pidsOfSocket = owners.get(s.inode);
        if (!pidsOfSocket) {
            listeners.push({ port: s.port, address: s.address });
            continue;
        }
        for (const pid of pidsOfSocket) {
            const l = { port: s.port, address: s.address, pid };
            const name = processName(readComm(proc, pid), readArgv(pid, proc) ?? []);
            if (name)
                l.name = (0,core_text/* printable */.g)(name);
            listeners.push(l);
        }
    }
    return { listeners: dedupeListeners(listeners) };
}
/** The socket inodes one process holds open (`socket:[N]` fds); none when they cannot be read. */
function processSocketInodes(pid, proc = '/proc') {
    let fds;
    try {
        fds = (0,external_node_fs_.readdirSync)(`${proc}/${pid}/fd`);
    }
    catch {
        return [];
    }
    const inodes = [];
    for (const fd of fds) {
        try {
            const m = /^socket:\[(\d+)\]$/.exec((0,external_node_fs_.readlinkSync)(`${proc}/${pid}/fd/${fd}`));
            if (m)
                inodes.push(Number(m[1]));
        }
        catch {
            // closed meanwhile
        }
    }
    return inodes;
}
/**
 * Linux: the processes holding UDP port `port` (bound sockets: UDP has no listen state), by
 * `ss -uanpH`, with their details. `kill` ends these too: a bound UDP socket makes a server's
 * bind on that port fail just the same. Undefined when ss cannot answer.
 */
async function linux_linuxUdpHolders(port, tools = {}) {
    const t = { ...linux_TOOLS, ...tools };
    const result = await runTool(t.ss, ['-uanpH', `sport = :${port}`]);
    if (!result.ok)
        return undefined;
    // A UDP row's state (UNCONN, ESTAB) stands where a TCP listener's LISTEN does.
    const rows = result.stdout.replace(/^(UNCONN|ESTAB)(?=\s)/gm, 'LISTEN');
    const found = parseSs(rows).filter((listener) => listener.port === port);
    return withDetails(found, t.proc, true);
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/listeners/windows.js



// From System32 by full path, so that a same-named program earlier on PATH is not run.
function system32(...path) {
    const root = process.env.SystemRoot ?? process.env.windir;
    const exe = path.at(-1) ?? '';
    return root ? [external_node_path_.win32.join(root, 'System32', ...path), exe] : [exe];
}
function tools() {
    return {
        netstat: system32('netstat.exe'),
        powershell: system32('WindowsPowerShell', 'v1.0', 'powershell.exe'),
        tasklist: system32('tasklist.exe'),
        netsh: system32('netsh.exe'),
    };
}
// PowerShell alone takes about a second to start.
const POWERSHELL_TIMEOUT_MS = 5_000;
const GET_NET_TCP_CONNECTION = 'Get-NetTCPConnection -State Listen | Select-Object LocalAddress,LocalPort,OwningProcess' +
    ' | ConvertTo-Csv -NoTypeInformation';
const POWERSHELL_ARGS = ['-NoProfile', '-NonInteractive', '-Command'];
/**
 * The CIM query for the command lines of `pids`, as CSV. The console's code page would mangle
 * non-ASCII paths, so the output is UTF-8 where a console lets it be set; single quotes need no
 * escaping on the way through the command line.
 */
function commandLineQuery(pids) {
    const filter = pids.map((pid) => `ProcessId=${pid}`).join(' OR ');
    return ('try { [Console]::OutputEncoding = [Text.Encoding]::UTF8 } catch {}; ' +
        `Get-CimInstance Win32_Process -Filter '${filter}'` +
        ' | Select-Object ProcessId,CommandLine | ConvertTo-Csv -NoTypeInformation');
}
const pidsOf = (list) => [
    ...new Set(list.flatMap((l) => (l.pid === undefined ? [] : [l.pid]))),
];
async function names(pids, tasklist) {
    // One pid: a filtered tasklist is quicker than listing every process.
    const filter = pids.length === 1 ? ['/FI', `PID eq ${pids[0]}`] : [];
    const r = await run_runTool(tasklist, ['/FO', 'CSV', '/NH', ...filter]);
    if (!r.ok)
        return { names: new Map(), problem: `process names unknown: ${r.problem}` };
    return { names: parseTasklistCsv(r.stdout) };
}
/** Command lines of `pids`, by one CIM query; empty when PowerShell fails (they stay unknown). */
async function commandLines(pids, powershell) {
    const r = await run_runTool(powershell, [...POWERSHELL_ARGS, commandLineQuery(pids)], POWERSHELL_TIMEOUT_MS);
    return r.ok ? parseWin32ProcessCsv(r.stdout) : new Map();
}
async function windows_withDetails(list, t, wantCommandLines) {
    const pids = pidsOf(list);
    if (pids.length === 0)
        return { listeners: list };
    const [named, lines] = await Promise.all([
        names(pids, t.tasklist),
        wantCommandLines ? commandLines(pids, t.powershell) : new Map(),
    ]);
    const listeners = list.map((l) => {
        if (l.pid === undefined)
            return l;
        const name = named.names.get(l.pid);
        const command = lines.get(l.pid);
        return {
            ...l,
            ...(name !== undefined && { name }),
            ...(command !== undefined && { command }),
        };
    });
    return named.problem ? { listeners, problem: named.problem } : { listeners };
}
/**
 * Windows: `netstat -ano` (Get-NetTCPConnection through PowerShell when netstat fails), then
 * `tasklist` for the names and, unless `wantCommandLines` is false, one CIM query through PowerShell
 * for the command lines of the pids found (about a second; they stay unknown when it fails).
 */
async function windowsListeners(port, overrides = {}, wantCommandLines = true) {
    const t = { ...tools(), ...overrides };
    const found = await firstAnswer([
        {
            tool: 'netstat',
            read: async () => parsedBy(parseNetstatWindows)(await run_runTool(t.netstat, ['-ano'])),
        },
        {
            tool: 'Get-NetTCPConnection',
            read: async () => parsedBy(parseGetNetTcpConnectionCsv)(await run_runTool(t.powershell, [...POWERSHELL_ARGS, GET_NET_TCP_CONNECTION], POWERSHELL_TIMEOUT_MS)),
        },
    ], port);
    if ('problem' in found)
        return { listeners: [], problem: found.problem };
    return { ...(await windows_withDetails(found.listeners, t, wantCommandLines)), tool: found.tool };
}
/**
 * Hyper-V/WSL excluded ranges from netsh, `administered` when an administrator added them
 * (netsh's `*`); [] when netsh fails.
 */
async function windowsExcludedPortRanges(netsh = tools().netsh) {
    const r = await run_runTool(netsh, [
        'interface',
        'ipv4',
        'show',
        'excludedportrange',
        'protocol=tcp',
    ]);
    return r.ok ? parseExcludedPortRanges(r.stdout) : [];
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/listeners/index.js










function lookup(port, options) {
    const wantCommandLines = options.commandLines ?? true;
    if (process.platform === 'linux')
        return linuxListeners(port, {}, wantCommandLines);
    if (process.platform === 'win32')
        return windowsListeners(port, {}, wantCommandLines);
    // macOS ships lsof; elsewhere it is the common tool, and its absence is reported.
    return darwinListeners(port, {}, wantCommandLines);
}
/** The processes listening on one TCP port (LISTEN state only), with pid/name/command when known. */
async function listenersOn(port, options = {}) {
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
        throw new RangeError(`not a TCP port: ${port}`);
    }
    const result = await lookup(port, options);
    return { ...result, listeners: sortListeners(result.listeners) };
}
/**
 * The processes with a UDP socket bound to `port` (Linux; [] elsewhere, where the tools are not
 * asked yet), for `kill`, which would otherwise say nothing listens.
 */
async function udpHoldersOn(port) {
    if (process.platform !== 'linux')
        return [];
    return sortListeners((await linuxUdpHolders(port)) ?? []);
}
/**
 * The listening sockets on `port`, each known by an identity it keeps for its life (Linux: its
 * inode); undefined where the OS gives none that cheaply (macOS, Windows) or it cannot be read.
 */
function listeningSockets(port) {
    return process.platform === 'linux' ? listeningSocketInodes(port) : undefined;
}
/** Every TCP listener on the host. */
async function allListeners(options = {}) {
    const result = await lookup(undefined, options);
    return { ...result, listeners: parse_common_sortListeners(result.listeners) };
}
/**
 * Windows's excluded port ranges (Hyper-V, WSL, and administered ones, which restarting winnat
 * does not free); [] elsewhere or on failure.
 */
async function excludedPortRanges() {
    return process.platform === 'win32' ? windowsExcludedPortRanges() : [];
}

;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = require("node:timers/promises");
;// CONCATENATED MODULE: ./node_modules/get-port/index.js



class Locked extends Error {
	constructor(port) {
		super(`${port} is locked`);
	}
}

const lockedPorts = {
	old: new Set(),
	young: new Set(),
};

// On this interval, the old locked ports are discarded,
// the young locked ports are moved to old locked ports,
// and a new young set for locked ports are created.
const releaseOldLockedPortsIntervalMs = 1000 * 15;

// Keep `reserve` deliberately process-wide by port number.
// It is meant to avoid in-process races, not to model every possible
// IPv4/IPv6 or host-specific bind combination.
const reservedPorts = new Set();

const minPort = 1024;
const maxPort = 65_535;

// Lazily create timeout on first use
let timeout;

const getLocalHosts = () => {
	const interfaces = external_node_os_namespaceObject.networkInterfaces();

	// Add undefined value for createServer function to use default host,
	// and default IPv4 host in case createServer defaults to IPv6.
	const results = new Set([undefined, '0.0.0.0']);

	for (const _interface of Object.values(interfaces)) {
		for (const config of _interface) {
			results.add(config.address);
		}
	}

	return results;
};

const checkAvailablePort = options =>
	new Promise((resolve, reject) => {
		const server = external_node_net_.createServer();
		server.unref();
		server.on('error', reject);

		server.listen(options, () => {
			const {port} = server.address();
			server.close(() => {
				resolve(port);
			});
		});
	});

const getAvailablePort = async (options, hosts) => {
	if (options.host || options.port === 0) {
		return checkAvailablePort(options);
	}

	for (const host of hosts) {
		try {
			await checkAvailablePort({port: options.port, host}); // eslint-disable-line no-await-in-loop
		} catch (error) {
			if (!['EADDRNOTAVAIL', 'EINVAL'].includes(error.code)) {
				throw error;
			}
		}
	}

	return options.port;
};

const isLockedPort = port => lockedPorts.old.has(port) || lockedPorts.young.has(port) || reservedPorts.has(port);

const portCheckSequence = function * (ports) {
	if (ports) {
		yield * ports;
	}

	yield 0; // Fall back to 0 if anything else failed
};

async function getPorts(options) {
	let ports;
	let exclude = new Set();

	if (options) {
		if (options.port) {
			ports = typeof options.port === 'number' ? [options.port] : options.port;
		}

		if (options.exclude) {
			const excludeIterable = options.exclude;

			if (typeof excludeIterable[Symbol.iterator] !== 'function') {
				throw new TypeError('The `exclude` option must be an iterable.');
			}

			for (const element of excludeIterable) {
				if (typeof element !== 'number') {
					throw new TypeError('Each item in the `exclude` option must be a number corresponding to the port you want excluded.');
				}

				if (!Number.isSafeInteger(element)) {
					throw new TypeError(`Number ${element} in the exclude option is not a safe integer and can't be used`);
				}
			}

			exclude = new Set(excludeIterable);
		}
	}

	const {reserve, ...netOptions} = options ?? {};

	if (timeout === undefined) {
		timeout = setTimeout(() => {
			timeout = undefined;

			lockedPorts.old = lockedPorts.young;
			lockedPorts.young = new Set();
		}, releaseOldLockedPortsIntervalMs);

		// Does not exist in some environments (Electron, Jest jsdom env, browser, etc).
		if (timeout.unref) {
			timeout.unref();
		}
	}

	const hosts = getLocalHosts();

	for (const port of portCheckSequence(ports)) {
		try {
			if (exclude.has(port)) {
				continue;
			}

			let availablePort = await getAvailablePort({...netOptions, port}, hosts); // eslint-disable-line no-await-in-loop
			while (isLockedPort(availablePort)) {
				if (port !== 0) {
					throw new Locked(port);
				}

				availablePort = await getAvailablePort({...netOptions, port}, hosts); // eslint-disable-line no-await-in-loop
			}

			if (reserve) {
				reservedPorts.add(availablePort);
			} else {
				lockedPorts.young.add(availablePort);
			}

			return availablePort;
		} catch (error) {
			if (!['EADDRINUSE', 'EACCES'].includes(error.code) && !(error instanceof Locked)) {
				throw error;
			}
		}
	}

	throw new Error('No available ports found');
}

function portNumbers(from, to) {
	if (!Number.isInteger(from) || !Number.isInteger(to)) {
		throw new TypeError('`from` and `to` must be integer numbers');
	}

	if (from < minPort || from > maxPort) {
		throw new RangeError(`'from' must be between ${minPort} and ${maxPort}`);
	}

	if (to < minPort || to > maxPort) {
		throw new RangeError(`'to' must be between ${minPort} and ${maxPort}`);
	}

	if (from > to) {
		throw new RangeError('`to` must be greater than or equal to `from`');
	}

	const generator = function * (from, to) {
		for (let port = from; port <= to; port++) {
			yield port;
		}
	};

	return generator(from, to);
}

function get_port_clearLockedPorts() {
	lockedPorts.old.clear();
	lockedPorts.young.clear();
	reservedPorts.clear();
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/ports/probe.js





// get-port's default host set already covers these; other bind hosts are checked on their own.
const COVERED_HOSTS = new Set(['0.0.0.0', '::']);
/** Bind and lookup errors that say the host itself is unusable here, whatever the port. */
const UNUSABLE_HOST = {
    EADDRNOTAVAIL: 'is not an address of this machine',
    EINVAL: 'is not an address a server can listen on',
    EAFNOSUPPORT: 'is of an address family this machine does not support',
    ENOTFOUND: 'does not resolve to an address',
    EAI_AGAIN: 'could not be resolved',
};
/** Runs a test bind on `host`, turning "this host cannot be bound at all" into bad input. */
async function onHost(host, hostLabel, bind) {
    try {
        return await bind();
    }
    catch (error) {
        const code = error.code;
        const why = code === undefined ? undefined : UNUSABLE_HOST[code];
        if (why) {
            throw new errors/* UsageError */.eb(`${hostLabel}: "${(0,core_text/* printable */.g)(host)}" ${why} (${code})`);
        }
        throw error;
    }
}
/** Learns the error a bind gets, which get-port does not report. Only run after a refusal. */
function bindError(port, host) {
    return new Promise((resolve) => {
        const server = (0,external_node_net_.createServer)();
        server.unref();
        server.once('error', (error) => resolve(error.code));
        server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(undefined)));
    });
}
/**
 * Test-binds a port on the bind host and on every host that would conflict with it (get-port's
 * host set: `::`, `0.0.0.0` and each interface address). Undefined when the port is free.
 * Throws UsageError naming `hostLabel` (`--host`, `API_HOST`) when the host cannot be bound here.
 */
async function probePort(port, host, hostLabel = 'host') {
    // One after the other: two test binds of one port at once would refuse each other. The lease
    // registry is the lock across processes; get-port's in-process lock would only hide a port
    // this process has just probed or released.
    const results = [await getPorts({ port })];
    get_port_clearLockedPorts();
    if (!COVERED_HOSTS.has(host)) {
        results.push(await onHost(host, hostLabel, () => getPorts({ port, host })));
        get_port_clearLockedPorts();
    }
    // get-port answers a busy port with a random other one.
    if (results.every((result) => result === port))
        return undefined;
    return bindRefusal(port, host);
}
/**
 * The first of `ports` that binds on get-port's host set, tried in order in one get-port call;
 * undefined when none does (get-port then offers a random port, which is not one of them).
 */
async function firstBindable(ports) {
    if (ports.length === 0)
        return undefined;
    // Each refused bind builds an Error, and capturing its stack is a third of what a busy port
    // costs (17 µs against 11 µs per port, measured by bench/run.mjs); get-port reads only the
    // code. So errors have no stack while the scan runs: in this process, for those milliseconds.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        const port = await getPort({ port: ports });
        return ports.includes(port) ? port : undefined;
    }
    finally {
        Error.stackTraceLimit = stackTraceLimit;
        clearLockedPorts();
    }
}
/** Why `port` cannot be bound on `host`, learnt with one bind: for a refusal that is printed. */
async function bindRefusal(port, host) {
    return (await bindError(port, host)) === 'EACCES' ? 'permission' : 'in-use';
}
/** A port the OS offers on `host`, for the fallback; UsageError as for probePort. */
async function offeredPort(host, hostLabel = 'host') {
    const port = await onHost(host, hostLabel, () => getPort({ host }));
    clearLockedPorts();
    return port;
}
/** Where to knock to reach a server bound to `host`: a wildcard is reached on loopback. Pure. */
function reachableHost(host) {
    if (host === '0.0.0.0' || host === '')
        return '127.0.0.1';
    if (host === '::')
        return '::1';
    return host.replace(/^\[(.*)\]$/, '$1');
}
/** Whether a connection to host:port is accepted, within `timeoutMs`. */
function knock(port, host, timeoutMs = 1000) {
    return new Promise((resolve) => {
        const socket = (0,external_node_net_.connect)({ port, host: reachableHost(host) });
        socket.setTimeout(timeoutMs);
        socket.once('connect', () => {
            socket.destroy();
            resolve(true);
        });
        socket.once('timeout', () => {
            socket.destroy();
            resolve(false);
        });
        socket.once('error', () => resolve(false));
    });
}
/**
 * Linux: whether a port that has just bound is answered all the same, through NAT rules (a
 * container's port published by DNAT alone: `--userland-proxy=false` once dockerd is gone, a
 * killed conmon, any DNAT rule). A bind test cannot see such a port, a connection can: nothing
 * may listen on the bind host then, so an accepted connection was routed elsewhere. One
 * loopback connect, refused at once when nothing answers (tens of microseconds); Windows
 * retries a refused loopback connect for seconds, and publishes ports with listeners anyway.
 */
async function answersThroughNat(port, host) {
    if (process.platform !== 'linux')
        return false;
    return knock(port, host, 300);
}
/**
 * A test bind, repeated while it is refused: another process's own test bind (udo-port, a second
 * doctor) holds a port for a moment, and only a holder that stays is worth reporting.
 */
async function probeSettled(port, host, hostLabel) {
    let refused = await probePort(port, host, hostLabel);
    for (let tries = 1; refused && tries < 3; tries++) {
        await (0,promises_namespaceObject.setTimeout)(25 * tries);
        refused = await probePort(port, host, hostLabel);
    }
    return refused;
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/process/parent.js
// A process's parent's command line: how the doctor tells `next dev`'s server from `next start`.


/**
 * The command line of a process's parent (Linux, macOS): `next dev` runs its server as a child
 * titled `next-server`, just as `next start` titles itself. Undefined when it cannot be read.
 */
async function parentCommand(pid, platform) {
    if (platform === 'linux') {
        const ppid = procStat(pid)?.ppid;
        return ppid !== undefined && Number.isInteger(ppid) && ppid >= 1
            ? readCmdline(ppid)
            : undefined;
    }
    if (platform === 'win32')
        return undefined;
    const parent = await run_runTool(['ps', '/bin/ps'], ['-o', 'ppid=', '-p', String(pid)]);
    const ppid = parent.ok ? Number(parent.stdout.trim()) : Number.NaN;
    if (!Number.isInteger(ppid) || ppid < 1)
        return undefined;
    const command = await run_runTool(['ps', '/bin/ps'], ['-o', 'command=', '-p', String(ppid)]);
    return command.ok ? command.stdout.trim() || undefined : undefined;
}

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/env/read.js
var read = __nccwpck_require__(2877);
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






const venv_run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_.execFile);
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
            const { stdout } = await venv_run(venv.interpreter, ['-I', '-c', script, ...missing], {
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/github/ci-job.js


/**
 * The GitHub Actions job this process runs in, from the runner's variables; undefined outside CI.
 * Free of @actions/core: the CLIs use it too, and their bundles must not load that package.
 */
function ciJobFromEnv(env) {
    if (env.GITHUB_ACTIONS !== 'true' || !env.RUNNER_NAME)
        return undefined;
    return {
        runner: env.RUNNER_NAME,
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
        job: env.GITHUB_JOB ?? '',
        // The runner empties RUNNER_TEMP when a job ends, so this file's absence means "job over".
        ...(env.RUNNER_TEMP && { marker: (0,external_node_path_.join)(env.RUNNER_TEMP, 'udo-port-job') }),
    };
}
/** Creates the job's marker file, so its leases hold while the job runs. */
function markJob(job) {
    if (!job?.marker)
        return;
    try {
        closeSync(openSync(job.marker, 'a'));
    }
    catch { }
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/addresses.js
// Listening addresses compared as the OS compares binds: shared by the port checks and the
// context's view of the backend.

/** An address as the OS tools print it, made comparable: `*` is both wildcards, no zone id. */
function plain(address) {
    const bare = address.replace(/%.*$/, '');
    if (bare === '*')
        return '::';
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
    return mapped ? mapped[1] : bare;
}
/**
 * Whether a listener on `address` stops a bind of `host` to the same port (Linux, macOS and
 * Windows alike: a wildcard collides with every address of its family, and `::` is dual-stack
 * by default). A host name is assumed to collide.
 */
function conflicts(host, address) {
    const a = plain(address);
    const h = plain(host);
    if (!(0,external_node_net_.isIP)(h) || !(0,external_node_net_.isIP)(a) || h === a)
        return true;
    if (h === '::' || a === '::')
        return true;
    if ((0,external_node_net_.isIP)(h) !== (0,external_node_net_.isIP)(a))
        return false;
    return h === '0.0.0.0' || a === '0.0.0.0';
}
const isLoopback6 = (address) => plain(address) === '::1';

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/env/destination.js
var destination = __nccwpck_require__(2961);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/env/encoding.js
var encoding = __nccwpck_require__(4168);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/env/text.js
var env_text = __nccwpck_require__(1818);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/env/write.js
// Writing env files: atomically, never through a link to another's file, keeping owner and mode.









/** git never lists a path named `.git`: the temp folder's ignore file is written under it. */
const STAGED = '.git';
const fsyncOf = (0,external_node_util_namespaceObject.promisify)(external_node_fs_.fsync);
/**
 * Replaces `name` in `folder` with `text`, atomically. The copy is written in a private temp
 * folder (mkdtemp, 0700) beside it, whose `.gitignore` holds `*`: whenever the process dies, git
 * shows nothing new and no copy of the secrets sits under a name git would add. The ignore file is
 * written as `.git` and renamed, so it never exists empty, and fsynced, so a power cut cannot
 * empty it either. The copy, created O_EXCL, gets the old file's owner and mode through its
 * descriptor (fchown, then fchmod: chown clears set-id bits), is fsynced and renamed over the
 * file; the temp folder goes on every way out. Everything but the fsyncs is synchronous: a thread-pool
 * round trip costs more than the call. Measured (median of 1500 writes each, ext4): 680 µs for the
 * old temp-file-beside writer, 740 µs for this one without the ignore file's fsync, 1000 µs with
 * it; on tmpfs 190 µs against the old 380. A write happens once per run: the fsync stays.
 */
async function replaceIn(folder, name, bytes, old, place = external_node_fs_.renameSync) {
    sweepAbandoned(folder.path);
    // Named for this process, so that a later writer knows it from the folder of a live one.
    const tempDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(folder.path, `.udo-port-${process.pid}-`));
    // The copy must not be the ignore file itself (the doctor rewrites .gitignore files).
    const copyName = name === '.gitignore' || name === STAGED ? `${name}.new` : name;
    let inner;
    let left = [];
    try {
        inner = (0,destination/* holdFolder */.Ub)(tempDir, (0,external_node_fs_.lstatSync)(tempDir));
        // Only we can enter it: nobody can swap or read what is inside (POSIX; Windows has ACLs).
        const euid = process.geteuid?.();
        if (euid !== undefined && (inner.stat.uid !== euid || (inner.stat.mode & 0o077) !== 0)) {
            throw Object.assign(new Error('temp folder'), {
                reason: 'its temp folder is not private to udo-port',
            });
        }
        const staged = (0,external_node_path_.join)(inner.path, STAGED);
        const ignore = (0,external_node_path_.join)(inner.path, '.gitignore');
        const copy = (0,external_node_path_.join)(inner.path, copyName);
        // Removed in this order, the copy first: it is never there without the ignore file.
        left = [staged];
        const ignoreFd = (0,external_node_fs_.openSync)(staged, read/* CREATE_NEW */.Ul);
        try {
            (0,external_node_fs_.writeFileSync)(ignoreFd, '*\n');
            // After a power cut the copy could otherwise outlive an empty ignore file.
            await fsyncOf(ignoreFd);
        }
        finally {
            (0,external_node_fs_.closeSync)(ignoreFd);
        }
        (0,external_node_fs_.renameSync)(staged, ignore);
        left = [ignore];
        const fd = (0,external_node_fs_.openSync)(copy, read/* CREATE_NEW */.Ul, old ? 0o600 : 0o666);
        left = [copy, ignore];
        try {
            (0,external_node_fs_.writeFileSync)(fd, bytes);
            if (old) {
                const now = (0,external_node_fs_.fstatSync)(fd);
                if (now.uid !== old.uid || now.gid !== old.gid) {
                    try {
                        (0,external_node_fs_.fchownSync)(fd, old.uid, old.gid);
                    }
                    catch (err) {
                        // Not root, and the file's group is not one of ours: the copy cannot keep it.
                        throw Object.assign(new Error('fchown'), {
                            code: (0,read/* codeOf */.$N)(err),
                            reason: `its owner uid ${old.uid} and group gid ${old.gid} cannot be kept`,
                        });
                    }
                }
                (0,external_node_fs_.fchmodSync)(fd, old.mode & 0o7777);
            }
            await fsyncOf(fd);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        place(copy, (0,external_node_path_.join)(folder.path, name));
        left = [copy, ignore];
    }
    finally {
        for (const file of left) {
            try {
                (0,external_node_fs_.unlinkSync)(file);
            }
            catch { }
        }
        const held = inner?.stat;
        inner?.close();
        try {
            (0,external_node_fs_.rmdirSync)(tempDir);
        }
        catch {
            if (held)
                removeMoved(folder.path, held);
        }
    }
}
/**
 * In a folder others may write (a group's checkout), a teammate can rename our temp folder while
 * we write: it is found again by its inode and removed, empty, under the name it has now. A
 * teammate who keeps renaming it can move it between our readdir and our rmdir, so we look again
 * until it is gone; the tries are bounded, since someone who renames for ever can always win, and
 * what is left then is an empty folder only we can enter. rmdir follows no link, and a folder
 * swapped in meanwhile is someone else's empty one at worst.
 */
function removeMoved(parent, held) {
    let unseen = 0;
    for (let tries = 0; tries < MOVED_TRIES && unseen < 3; tries++) {
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(parent);
        }
        catch {
            return;
        }
        // Moved out of the folder altogether (or missed by a readdir mid-rename): a few looks, no more.
        unseen++;
        for (const name of names) {
            const path = (0,external_node_path_.join)(parent, name);
            try {
                const now = (0,external_node_fs_.lstatSync)(path);
                if (!now.isDirectory() || now.ino !== held.ino || now.dev !== held.dev)
                    continue;
                unseen = 0;
                (0,external_node_fs_.rmdirSync)(path);
                return;
            }
            catch {
                // Renamed again between the readdir and here: look again.
            }
        }
    }
}
/** Readdir rounds removeMoved spends chasing a folder that is renamed again and again. */
const MOVED_TRIES = 200;
const ABANDONED = /^\.udo-port-(\d+)-[A-Za-z0-9]{6}$/;
/**
 * Removes the temp folders of writers that were killed mid-write (SIGKILL runs no finally):
 * only ours (our uid, private, a real folder), and only once the process named in the name is
 * gone. A reused pid keeps one alive a little longer, which costs nothing: its ignore file keeps
 * git quiet meanwhile.
 */
function sweepAbandoned(folder) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(folder).filter((name) => ABANDONED.test(name));
    }
    catch {
        return;
    }
    const euid = process.geteuid?.();
    for (const name of names) {
        const pid = Number(ABANDONED.exec(name)?.[1]);
        if (pid === process.pid || isRunning(pid))
            continue;
        const path = (0,external_node_path_.join)(folder, name);
        try {
            const stat = (0,external_node_fs_.lstatSync)(path);
            if (!stat.isDirectory() || (stat.mode & 0o077) !== 0)
                continue;
            if (euid !== undefined && stat.uid !== euid)
                continue;
            // Not followed: rm removes a link inside as a link.
            (0,external_node_fs_.rmSync)(path, { recursive: true, force: true });
        }
        catch { }
    }
}
/** The error for a path that cannot be resolved to a place to write. */
function unreachable(path, label, err) {
    const folder = err?.folder;
    if ((0,read/* codeOf */.$N)(err) === 'ENOENT' && typeof folder === 'string') {
        return new errors/* MissingFolderError */.tn(`${(0,read/* where */._M)(path, label)} cannot be created: ${folder}/ does not exist (folders are never created)`, folder);
    }
    return (0,read/* fsError */.yi)('reached', path, label, err);
}
/**
 * Rewrites the file at `path` to `edit(old text)` (old is undefined when there is none),
 * atomically. The old text is its bytes decoded keeping every one (env-encoding.ts): the bytes the
 * edit leaves alone are written back exactly, in whatever ASCII-compatible encoding they were; a
 * UTF-16 file is refused, as every reader refuses it. Only a regular file is written: a FIFO, device, socket or folder is refused at once,
 * and so is a symlink that linkRefusal rejects; an allowed one is written through (the link stays,
 * its target gets the text). The file keeps its owner, group and mode exactly; a new one gets
 * 0o666 less the umask. Folders are never created. Every refusal is a UsageError naming the file.
 */
function rewriteFile(path, edit, label) {
    return rewrite(path, edit, label, false);
}
async function rewrite(path, edit, label, fromUtf16) {
    const shown = (0,read/* where */._M)(path, label);
    let folder;
    let dest;
    try {
        dest = (0,destination/* destinationOf */.My)(path);
        folder = (0,destination/* holdFolder */.Ub)(dest.dir, dest.dirStat);
    }
    catch (err) {
        throw unreachable(path, label, err);
    }
    try {
        const found = (0,read/* envFileContents */.a0)((0,external_node_path_.join)(folder.path, dest.name), false);
        let old;
        if (found.state === 'refused') {
            const utf16 = fromUtf16 ? found.utf16 : undefined;
            if (!utf16)
                throw new errors/* UsageError */.eb(`${shown} ${found.message}`);
            if (utf16.text === undefined) {
                throw new errors/* UsageError */.eb(`${shown} is ${(0,encoding/* describeUtf16 */.w6)(utf16)} but not whole (an odd byte, a lone surrogate): it cannot be saved as UTF-8 with the same text; save it as UTF-8 in an editor`);
            }
            old = { text: utf16.text, stat: utf16.stat };
        }
        else if (fromUtf16) {
            return 'unchanged'; // gone, or no longer UTF-16
        }
        else if (found.state === 'read') {
            old = found;
        }
        const euid = process.geteuid?.();
        if (euid !== undefined) {
            const refusal = (0,destination/* linkRefusal */.Xi)({
                euid,
                links: dest.links,
                target: (0,external_node_path_.join)(dest.dir, dest.name),
                dirUid: folder.stat.uid,
                fileUid: old?.stat.uid,
            });
            if (refusal)
                throw new errors/* UsageError */.eb(`${shown} ${refusal}`);
            // Only root can give a file another owner: anyone else would take the file over.
            if (old && euid !== 0 && old.stat.uid !== euid) {
                throw new errors/* UsageError */.eb(`${shown} belongs to uid ${old.stat.uid}: replacing it would make it yours; run as its owner`);
            }
        }
        let text;
        try {
            text = edit(old?.text);
        }
        catch (err) {
            if (err instanceof errors/* UsageError */.eb)
                throw new errors/* UsageError */.eb(`${shown}: ${err.message}`);
            throw err;
        }
        if (text === old?.text && !fromUtf16)
            return 'unchanged';
        try {
            // The old file's bytes come back as they were: only what the edit changed is new.
            await replaceIn(folder, dest.name, (0,encoding/* encodeKeepingBytes */.V6)(text), old?.stat);
        }
        catch (err) {
            throw (0,read/* fsError */.yi)('written', path, label, err);
        }
        return old ? 'updated' : 'created';
    }
    finally {
        folder.close();
    }
}
/** Replaces the file at `path` with `text`, as rewriteFile does. */
async function writeFileAtomic(path, text, label) {
    await rewriteFile(path, () => text, label);
}
/**
 * Sets `key` to `value` in the .env file at `path` (see setEnvValue), atomically, as rewriteFile
 * does: in any ASCII-compatible encoding only the value's bytes change. Creates the file when its
 * folder exists; never creates folders. A UTF-16 file is refused (envFileContents).
 */
function writeEnvValue(path, key, value, label) {
    return rewriteFile(path, (old) => {
        // Its other bytes stay in their encoding (CP949, Latin-1): a UTF-8 value would mix two.
        if (old !== undefined && (0,encoding/* hasKeptBytes */.SH)(old) && /[^ -~\t\r\n]/.test(value)) {
            throw new errors/* UsageError */.eb(`it is not UTF-8, and the value for ${key} is not ASCII: writing it would mix two encodings in one file`);
        }
        return (0,env_text/* setEnvValue */.bE)(old ?? '', key, value);
    }, label);
}
/**
 * Saves a UTF-16 env file as UTF-8 (no BOM) with the same text, atomically, keeping its owner
 * and mode, as rewriteFile writes: what udo-doctor --fix does, since Next.js and dotenv read only
 * UTF-8. 'unchanged' when the file is not UTF-16 (or gone) by now.
 */
async function saveAsUtf8(path, label) {
    const done = await rewrite(path, (text) => text ?? '', label, true);
    return done === 'unchanged' ? 'unchanged' : 'updated';
}
/**
 * Makes `to` a copy of `from` (read carefully, its bytes as they are), only when nothing is
 * there: false when something took the name first. Written as rewriteFile writes (a temp file
 * made O_EXCL|O_NOFOLLOW in a private folder of random name), then hard-linked to its name, which
 * never follows a link nor replaces what is there; where hard links are not to be had (FAT), made
 * in place with O_EXCL|O_NOFOLLOW. The folder is reached as the writer reaches it, so a link
 * another user planted on the way is followed only as linkRefusal allows.
 */
async function copyNewFile(from, to, labels = {}) {
    const source = (0,read/* projectFileBytes */.Ds)(from);
    if (source.state === 'missing')
        throw new errors/* UsageError */.eb(`${(0,read/* where */._M)(from, labels.from)} is missing`);
    if (source.state === 'refused') {
        throw new errors/* UsageError */.eb(`${(0,read/* where */._M)(from, labels.from)} ${source.message}`);
    }
    const shown = (0,read/* where */._M)(to, labels.to);
    let folder;
    let dest;
    try {
        dest = (0,destination/* destinationOf */.My)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(to)));
        folder = (0,destination/* holdFolder */.Ub)((0,external_node_path_.join)(dest.dir, dest.name), (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(dest.dir, dest.name)));
    }
    catch (err) {
        throw unreachable(to, labels.to, err);
    }
    try {
        const euid = process.geteuid?.();
        if (euid !== undefined) {
            const refusal = (0,destination/* linkRefusal */.Xi)({
                euid,
                links: dest.links,
                target: (0,external_node_path_.join)(dest.dir, dest.name, (0,external_node_path_.basename)(to)),
                dirUid: folder.stat.uid,
                fileUid: undefined,
            });
            if (refusal)
                throw new errors/* UsageError */.eb(`${shown} ${refusal}`);
        }
        const name = (0,external_node_path_.basename)(to);
        if ((0,external_node_fs_.lstatSync)((0,external_node_path_.join)(folder.path, name), { throwIfNoEntry: false }))
            return false;
        let made = true;
        try {
            await replaceIn(folder, name, source.bytes, undefined, (copy, target) => {
                try {
                    (0,external_node_fs_.linkSync)(copy, target);
                }
                catch (err) {
                    const code = (0,read/* codeOf */.$N)(err);
                    if (code === 'EEXIST') {
                        made = false;
                        return;
                    }
                    if (code !== 'EPERM' &&
                        code !== 'ENOTSUP' &&
                        code !== 'EOPNOTSUPP' &&
                        code !== 'ENOSYS') {
                        throw err;
                    }
                    // No hard links here: the exclusive create alone keeps what is there.
                    let fd;
                    try {
                        fd = (0,external_node_fs_.openSync)(target, read/* CREATE_NEW */.Ul, 0o666);
                    }
                    catch (again) {
                        if ((0,read/* codeOf */.$N)(again) !== 'EEXIST')
                            throw again;
                        made = false;
                        return;
                    }
                    try {
                        (0,external_node_fs_.writeFileSync)(fd, source.bytes);
                    }
                    finally {
                        (0,external_node_fs_.closeSync)(fd);
                    }
                }
            });
        }
        catch (err) {
            throw (0,read/* fsError */.yi)('written', to, labels.to, err);
        }
        return made;
    }
    finally {
        folder.close();
    }
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/env/file.js
// Env files: the facade over the pure text functions (env-text.ts), the bytes kept as text
// (env-encoding.ts), the safe reading (env-read.ts) and the atomic writing (env-write.ts); what
// the rest of udo-port imports.






;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/facts/env.js
// Facts about backend/.env and the settings resolved from it.



/** An env file's text, or why it cannot be read: a FIFO there is a finding, not a hang. */
function readText(file) {
    const found = (0,read/* envFileContents */.a0)(file);
    if (found.state === 'missing')
        return { file, exists: false };
    if (found.state === 'refused') {
        return found.utf16
            ? { file, exists: true, utf16: found.utf16 }
            : { file, exists: true, problem: found.problem };
    }
    return { file, exists: true, text: found.text };
}
/** backend/.env read and parsed as udo-port find reads it, so both see the same values. */
function readBackendEnv(file) {
    const found = readText(file);
    return found.text === undefined ? found : { ...found, values: (0,env_text/* parseEnv */.vc)(found.text) };
}
/** The line of the last assignment of `key` (the one dotenv keeps). */
function lastLine(text, key) {
    return (0,env_text/* envKeyLines */.Yu)(text, key).at(-1);
}
/** The variables a setting is read from, in the order the core reads them. */
const VARIABLES = [
    ...defaults/* PORT_KEYS */.v_.map((key) => [key, 'env']),
    ...defaults/* PORT_KEYS */.v_.map((key) => [key, 'dotenv']),
    ['API_HOST', 'env'],
    ['API_HOST', 'dotenv'],
];
/**
 * The settings as `udo-port find` resolves them, or the variable that spoils them: found by
 * adding the variables one at a time, in the core's order, until the core refuses one.
 */
function settingsFacts({ input, env, backend, envFileName, }) {
    const dotenv = backend.values ?? {};
    const resolve = (sources) => resolveSettings(input, { ...sources, dotenvLabel: envFileName });
    try {
        return { settings: resolve({ env, dotenv }) };
    }
    catch (error) {
        const message = error.message;
        const seen = { env: {}, dotenv: {} };
        for (const [key, place] of VARIABLES) {
            const value = (place === 'env' ? env : dotenv)[key];
            if (value === undefined)
                continue;
            seen[place][key] = value;
            try {
                resolve(seen);
            }
            catch {
                const line = place === 'dotenv' && backend.text !== undefined
                    ? lastLine(backend.text, key)
                    : undefined;
                return {
                    problem: {
                        kind: key === 'API_HOST' ? 'bad-host' : 'bad-port',
                        key,
                        source: place === 'env' ? key : `${key} in ${envFileName}`,
                        value,
                        ...(line !== undefined && { line }),
                        message,
                    },
                };
            }
        }
        return { problem: { kind: 'other', message } };
    }
}
/** The port the backend is configured for: the one asked for, else the default. */
const configuredPort = (settings) => settings.requested?.port ?? settings.defaultPort;

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/facts/backend.js
// Facts about the backend: which listeners run this project's app, and the port the frontend
// must use. The inverse of core/process/backend-command.ts, which starts it.




/** A path with its symlinks resolved, to compare a process's folder with; as is on failure. */
function realOrSelf(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}
/** A command line's words: split at blanks outside double quotes, the quotes dropped. */
function commandWords(command) {
    return [...command.matchAll(/(?:"[^"]*"?|[^\s"]+)+/g)].map((m) => m[0].replace(/"/g, ''));
}
/** `uvicorn` run with this app: `python -m uvicorn backend.main:app`, `uvicorn.exe backend.main:app`. */
function runsApp(command, app) {
    if (!command)
        return false;
    const words = commandWords(command);
    const uvicorn = words.some((word) => /(^|[\\/])uvicorn(\.exe)?$/i.test(word));
    return uvicorn && words.includes(app);
}
/** Whether `path` lies in `root` (or is it), by the platform's path rules; case-blind off Linux. */
function within(path, root, platform) {
    const paths = platform === 'win32' ? external_node_path_.win32 : external_node_path_.posix;
    const fold = (s) => (platform === 'linux' ? s : s.toLowerCase());
    const rel = paths.relative(fold(root), fold(path));
    return rel === '' || (!rel.startsWith('..') && !paths.isAbsolute(rel));
}
/**
 * Our backend: uvicorn serving this project's app, started in this project (its cwd on Linux;
 * elsewhere, when its command line names absolute paths, one of them inside the project).
 * Never ours when the command line is unknown: callers tell that case apart (see port.backend).
 */
function isOurBackend(listener, facts) {
    if (!runsApp(listener.command, facts.app))
        return false;
    if (facts.platform === 'linux')
        return facts.cwd !== undefined && facts.cwd === facts.root;
    const absolute = facts.platform === 'win32' ? external_node_path_.win32.isAbsolute : external_node_path_.posix.isAbsolute;
    const paths = commandWords(listener.command ?? '').filter((word) => absolute(word));
    return paths.length === 0 || paths.some((path) => within(path, facts.root, facts.platform));
}
/** Our backend's listeners, other checkouts', and the port the frontend must use. */
function backendFacts(sources) {
    const { listeners, settings, app, platform } = sources;
    const root = realOrSelf(sources.root);
    const leased = sources.leasedPorts ?? [];
    const ours = listeners.filter((l) => l.pid !== undefined &&
        (leased.includes(l.port) ||
            isOurBackend(l, { app, root, cwd: sources.cwdOf(l.pid), platform })));
    const others = listeners.filter((l) => l.pid !== undefined && !ours.includes(l) && runsApp(l.command, app));
    const running = ours[0];
    if (running) {
        return {
            ours,
            others,
            port: running.port,
            why: `our backend, PID ${running.pid}, listens on it${leased.includes(running.port) ? ' (its udo-port lease says so)' : ''}`,
        };
    }
    if (!settings)
        return { ours, others, why: 'the port setting is invalid (see env.port)' };
    const { requested, host } = settings;
    const port = configuredPort(settings);
    const why = requested
        ? `from ${requested.origin}`
        : settings.defaultOrigin
            ? `from ${settings.defaultOrigin}`
            : 'the default port';
    // udo-port start passes over a port it may move from: ours will not be on it.
    const taken = others.find((l) => l.port === port && conflicts(host, l.address));
    if (taken && !requested?.pinned) {
        return {
            ours,
            others,
            why: `port ${port} (${why}) is held by another checkout's backend (PID ${taken.pid}), so ${sources.startsElsewhere}`,
        };
    }
    return { ours, others, port, why };
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/facts/git.js
// Facts about git: which of some paths it tracks, and which an ignore rule covers.



const GIT_TIMEOUT_MS = 5_000;
/** git's answer, or why there is none; `answers` are exit codes that are answers, not failures. */
async function git(root, args, answers = [0]) {
    const run = await run_runTool(['git'], ['-C', root, '-c', 'core.quotepath=off', ...args], GIT_TIMEOUT_MS);
    if (run.ok || (run.exitCode !== undefined && answers.includes(run.exitCode))) {
        return { stdout: run.stdout };
    }
    if (run.exitCode === undefined)
        return { stdout: '', problem: run.problem };
    const first = run.stderr.split('\n').find(Boolean) ?? run.problem;
    return {
        stdout: '',
        problem: /not a git repository/i.test(first) ? 'not inside a git work tree' : first,
    };
}
/**
 * Whether git could find a repository from `root`: a `.git` (folder or file) there or above, as
 * git itself searches, or GIT_DIR naming one. Without it git can only say "not a git repository",
 * and two spawns of git cost a third of a doctor run.
 */
function mayBeInRepository(root, env) {
    if (env.GIT_DIR)
        return true;
    for (let dir = root;; dir = (0,external_node_path_.dirname)(dir)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')))
            return true;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return false;
    }
}
/** What git says about `paths` (relative to `root`). */
async function gitFacts(root, paths) {
    if (!mayBeInRepository(root, process.env)) {
        return { problem: 'not inside a git work tree', tracked: new Set(), ignored: new Map() };
    }
    const [tracked, ignored] = await Promise.all([
        git(root, ['ls-files', '-z', '--cached', '--', ...paths]),
        // check-ignore exits 1 when nothing is ignored: an answer, not a failure.
        git(root, ['check-ignore', '--no-index', '-v', '-n', '--', ...paths], [0, 1]),
    ]);
    const failed = [tracked, ignored].find((run) => run.problem);
    if (failed?.problem)
        return { problem: failed.problem, tracked: new Set(), ignored: new Map() };
    // `SOURCE:LINE:PATTERN<TAB>PATH`, or `::<TAB>PATH` when no rule matches (-z needs --stdin).
    const rules = new Map();
    for (const row of ignored.stdout.split('\n')) {
        const tab = row.lastIndexOf('\t');
        const rule = row.slice(0, tab);
        if (tab !== -1 && rule !== '::')
            rules.set(row.slice(tab + 1), rule);
    }
    return { tracked: new Set(tracked.stdout.split('\0').filter(Boolean)), ignored: rules };
}

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
        const parsed = (0,env_text/* parseEnv */.vc)(file.contents);
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
        const found = (0,read/* envFileContents */.a0)(file);
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/facts/web.js
// Facts about the frontend's env files, in Next.js's own order.



/** The frontend folder holding `envLocal`, and what `next dev` would read there. */
function webFacts(envLocal, env) {
    const dir = (0,external_node_path_.dirname)(envLocal);
    const exists = (0,external_node_fs_.statSync)(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
    // A frontend env file given by path takes .env.local's place in Next.js's order.
    const instead = { '.env.local': envLocal };
    const { files, unread: refused } = exists
        ? scanNextEnvFiles(dir, 'development', instead)
        : { files: [], unread: [] };
    const production = exists ? scanNextEnvFiles(dir, 'production', instead).files : [];
    const utf16 = refused.filter((f) => f.utf16 !== undefined);
    const unread = refused.filter((f) => f.utf16 === undefined);
    return { dir, exists, files, unread, utf16, next: resolveNextEnv(files, env), production };
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/context.js
// The facts checks share, each gathered once per run by the modules in facts/.















/** A path relative to `from` when it lies inside it, else as it is. */
function shownPath(path, from) {
    const rel = (0,external_node_path_.relative)(from, path);
    if (rel === '')
        return '.';
    return rel.startsWith(`..${external_node_path_.sep}`) || rel === '..' || (0,external_node_path_.isAbsolute)(rel) ? path : rel;
}
class Context {
    config;
    processes;
    files = new Map();
    constructor(config, processes = new Map()) {
        this.config = config;
        this.processes = processes;
    }
    /** A context that reads the files again but keeps what it learned about processes. */
    fresh() {
        return new Context(this.config, this.processes);
    }
    once(memo, key, make) {
        let found = memo.get(key);
        if (!found) {
            found = Promise.resolve().then(make);
            memo.set(key, found);
        }
        return found;
    }
    /** A path as the user would type it from their shell; pure, so checks pass it in their facts. */
    show = (path) => shownPath(path, this.config.shellDir);
    /** A path relative to the project root, `/`-separated (for .gitignore and messages). */
    inProject(path) {
        const rel = (0,external_node_path_.relative)(this.config.root, path);
        return rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel)
            ? undefined
            : rel.split(external_node_path_.sep).join('/');
    }
    backendEnv() {
        return this.once(this.files, 'backendEnv', () => readBackendEnv(this.config.envFile));
    }
    example() {
        return this.once(this.files, 'example', () => readText(`${this.config.envFile}.example`));
    }
    settings() {
        return this.once(this.files, 'settings', async () => {
            const { settingsInput, env, envFileName } = this.config;
            return settingsFacts({
                input: settingsInput,
                env,
                backend: await this.backendEnv(),
                envFileName,
            });
        });
    }
    listeners() {
        return this.once(this.processes, 'listeners', () => allListeners());
    }
    /**
     * One settled test bind of a port on a host per run, shared: port.backend and port.range both
     * ask about the backend's port, and two binds of it at once refuse each other (the loser then
     * waited 25 ms to ask again, on every run). Not kept across the re-run after --fix.
     */
    probe(port, host, hostLabel) {
        return this.once(this.files, `probe:${port}:${host}`, () => probeSettled(port, host, hostLabel));
    }
    /**
     * What Docker and Podman say runs: asked only by a check whose port an engine holds or NAT
     * routes (the CLIs take a tenth of a second or more each), once per run.
     */
    containers() {
        return this.once(this.processes, 'containers', () => askEngines());
    }
    excluded() {
        return this.once(this.processes, 'excluded', () => this.config.platform === 'win32' ? excludedPortRanges() : []);
    }
    /** A process's working folder, Linux only; undefined when it cannot be read. */
    cwdOf(pid) {
        if (this.config.platform !== 'linux')
            return undefined;
        try {
            return (0,external_node_fs_.readlinkSync)(`/proc/${pid}/cwd`);
        }
        catch {
            return undefined;
        }
    }
    startTime(pid) {
        return this.once(this.processes, `start:${pid}`, () => processStartTime(pid));
    }
    backend() {
        return this.once(this.files, 'backend', async () => {
            const [{ listeners }, { settings }, { records }] = await Promise.all([
                this.listeners(),
                this.settings(),
                this.leases(),
            ]);
            const { app, root, platform, startCommand, envLocal } = this.config;
            const here = realOrSelf(root);
            const leasedPorts = runningBackends(records)
                .filter((b) => b.cwd !== undefined && realOrSelf(b.cwd) === here)
                .map((b) => b.port);
            return backendFacts({
                leasedPorts,
                listeners,
                settings,
                app,
                // uvicorn runs in backend.dir: that is the folder our backend's process has.
                root: this.config.backendDir ?? root,
                platform,
                cwdOf: (pid) => this.cwdOf(pid),
                startsElsewhere: `${startCommand} will take the next free port and write it to ${this.show(envLocal)}`,
            });
        });
    }
    /** The command line of a process's parent (see facts/next-servers.ts). */
    parentCommand(pid) {
        return this.once(this.processes, `parent:${pid}`, () => parentCommand(pid, this.config.platform));
    }
    leases() {
        return this.once(this.processes, 'leases', async () => {
            try {
                // With the CI job, as udo-port list has it: in CI, which leases are stale depends on it.
                const registry = openLeaseRegistry(this.config.env, ciJobFromEnv(this.config.env));
                return {
                    dir: registry.dir,
                    records: await registry.list(),
                    ...(registry.warning && { problem: registry.warning }),
                };
            }
            catch (error) {
                return { records: [], problem: error.message };
            }
        });
    }
    venv() {
        return this.once(this.processes, 'venv', () => inspectVenv(this.config.venv, this.config.platform));
    }
    /** Installed versions, from site-packages folders first: Python is asked only when they miss. */
    packages(names) {
        return this.once(this.processes, `packages:${names.join(',')}`, async () => packageVersions(await this.venv(), names, this.config.platform));
    }
    web() {
        return this.once(this.files, 'web', () => webFacts(this.config.envLocal, this.config.env));
    }
    git(paths) {
        return this.once(this.files, `git:${paths.join('\0')}`, () => gitFacts(this.config.root, paths));
    }
}

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/compose/interpolate.js
var compose_interpolate = __nccwpck_require__(801);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/compose/model.js
// The project as Compose resolves it: services with their ports, command and environment, and
// where each is written (for the findings and fixes). Which service is the backend, which the
// frontend, and the port the backend's command listens on. Pure.

/** The services Compose would start: no profile, or one of the active ones. */
const activeServices = (p) => p.services.filter((s) => s.profiles.length === 0 ||
    p.profiles.includes('*') ||
    s.profiles.some((name) => p.profiles.includes(name)));
/** Compose's answer lists services by name, a file in its own order: the choice must not depend on it. */
const byName = (services) => [...services].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
/**
 * The backend service: the one named backend or api whose command runs uvicorn, else the first
 * (by name) whose command runs uvicorn; else whose build context is a
 * folder named backend; else the service named `backend` or `api`.
 */
function backendService(all) {
    const services = byName(all);
    return (services.find((s) => /\buvicorn\b/.test(s.command ?? '') && /^(backend|api)$/.test(s.name)) ??
        services.find((s) => /\buvicorn\b/.test(s.command ?? '')) ??
        services.find((s) => /(^|[\\/])backend\/?$/.test(s.build ?? '')) ??
        services.find((s) => s.name === 'backend' || s.name === 'api'));
}
/** The frontend service: it sets NEXT_PUBLIC_API_URL, or is built from web-dashboard. */
function frontendService(all) {
    const services = byName(all);
    return (services.find((s) => typeof s.environment.get(defaults/* API_URL_KEY */.rN) === 'string') ??
        services.find((s) => /(^|[\\/])web-dashboard\/?$/.test(s.build ?? '')));
}
/** The port the backend's command listens on in its container: `--port N`, `--bind H:N`, uvicorn's 8000. */
function listenPort(command) {
    if (!command)
        return undefined;
    const flag = /--port[= ](\d+)/.exec(command) ?? /--bind[= ]\S*:(\d+)/.exec(command);
    if (flag)
        return Number(flag[1]);
    return /\buvicorn\b/.test(command) ? 8000 : undefined;
}
/**
 * The backend's entries: TCP, published (to a host port or range), to the port its command listens on;
 * when that port is unknown, every published TCP entry. Empty when none fits.
 */
function backendEntries(service) {
    const tcp = service.ports.filter((p) => p.protocol === 'tcp' && p.published !== undefined);
    const listens = listenPort(service.command);
    return listens === undefined ? tcp : tcp.filter((p) => p.target === listens);
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/api-url.js
// NEXT_PUBLIC_API_URL: what it holds, where the winning value comes from, and the URL --fix
// writes; shared by the web checks and port.ipv6-shadow.



/** A URL fit to print: credentials, if any, masked. */
function shownUrl(value) {
    return value.replace(/^([a-z][\w+.-]*:\/\/)[^@/?#]*@/i, '$1***@');
}
/** The URL with only its port replaced, every other byte kept; undefined when it has no http(s) authority. */
function withPort(value, port) {
    const match = /^(https?:\/\/(?:[^@/?#]*@)?(?:\[[^\]]*\]|[^:/?#[\]]+))(?::\d*)?/i.exec(value);
    return match ? `${match[1]}:${port}${value.slice(match[0].length)}` : undefined;
}
/** What NEXT_PUBLIC_API_URL holds. Pure. */
function parseApiUrl(value) {
    if (value === undefined || value.trim() === '')
        return { state: 'unset' };
    try {
        const url = new URL(value.trim());
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            return { state: 'invalid', value };
        return { state: 'valid', value, url, port: urlPort(url) };
    }
    catch {
        return { state: 'invalid', value };
    }
}
/** Where the effective NEXT_PUBLIC_API_URL comes from, in Next.js's order. */
function winner(web, env, key = defaults/* API_URL_KEY */.rN) {
    const value = web.next.env[key];
    if (env[key] !== undefined)
        return { value: value ?? '', source: 'process' };
    const source = web.next.sources[key];
    const found = web.files.find((f) => f.path === source);
    if (!found)
        return {};
    const line = lastLine(found.contents, key);
    return { value: value ?? '', source, file: found.file, ...(line !== undefined && { line }) };
}
/** Files that outrank the frontend env file: a value there wins over one written to it. */
function outranksLocal(source) {
    if (source === 'process')
        return true;
    const order = nextEnvFiles('development');
    return source !== undefined && order.indexOf(source) < order.indexOf('.env.local');
}
/** The URL --fix writes: the current one with the right port, else one made from the settings. */
function targetUrl(current, port, urlHost) {
    if (!urlHost.flag && current.state === 'valid') {
        const kept = withPort(current.value.trim(), port);
        if (kept)
            return kept;
    }
    return (0,defaults/* urlFor */.dk)(urlHost.flag ?? urlHost.setting, port);
}
/** Where the winning value is set, in words. Pure. */
function winnerPlace(show, win) {
    if (win.source === 'process')
        return 'from the shell';
    return win.file ? `${show(win.file)}${win.line ? `:${win.line}` : ''}` : 'nowhere';
}
/** The port a URL reaches: its own, or its scheme's default. */
function urlPort(url) {
    if (url.port)
        return Number(url.port);
    return url.protocol === 'https:' ? 443 : 80;
}

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/compose/files.js
var files = __nccwpck_require__(3597);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/compose/secrets.js
var compose_secrets = __nccwpck_require__(3039);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/facts/compose.js
// The project's Compose services, resolved once per run for the compose checks: by Compose itself
// when one is installed, else by the built-in reader (core/compose/).





const memo = new WeakMap();
/**
 * How long Compose may take: `UDO_PORT_COMPOSE_TIMEOUT` in seconds, else undefined for core's
 * default.
 */
function composeTimeoutMs(env) {
    const raw = env.UDO_PORT_COMPOSE_TIMEOUT;
    if (raw === undefined || raw === '')
        return undefined;
    const seconds = Number(raw);
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
        throw new Error(`UDO_PORT_COMPOSE_TIMEOUT: "${(0,core_text/* printable */.g)(raw.slice(0, 40))}" is not a number of seconds (0-600)`);
    }
    return seconds * 1000;
}
/**
 * Compose runs in the user's shell environment from the project root, and reads `${VAR}` from the
 * shell over its .env. Started by the first compose check that asks, while the other checks do
 * their own I/O; memoized per context, so --fix's fresh context asks again.
 */
function composeFacts(ctx) {
    let known = memo.get(ctx);
    if (!known) {
        const { root, env: shell, composeFiles: listed } = ctx.config;
        // compose.files in the project file are Compose's -f files, as COMPOSE_FILE gives them;
        // the shell's COMPOSE_FILE still wins, as a flag over the file does elsewhere.
        const env = listed?.length && shell.COMPOSE_FILE === undefined
            ? {
                ...shell,
                COMPOSE_FILE: listed.join(external_node_path_.delimiter),
                COMPOSE_PATH_SEPARATOR: external_node_path_.delimiter,
            }
            : shell;
        known = Promise.resolve().then(async () => {
            const timeoutMs = composeTimeoutMs(env);
            if (!(0,files/* composeFiles */.ml)(root, env))
                return {};
            // Loaded only for a project with a compose file: the reader brings yaml, half the
            // doctor's bundle, which every other run would load for nothing.
            const { COMPOSE_TOOLS, resolveCompose } = await __nccwpck_require__.e(/* import() */ 938).then(__nccwpck_require__.bind(__nccwpck_require__, 5938));
            const project = await resolveCompose(root, env, COMPOSE_TOOLS, timeoutMs);
            return project ? { project } : {};
        });
        memo.set(ctx, known);
    }
    return known;
}
/** `compose.yaml:12`, relative to the user's folder. */
const at = (show, place, fallback) => place ? `${show(place.file)}:${place.line}` : show(fallback);
/** A place for an annotation. */
const located = (place, fallback) => place ? { file: place.file, line: place.line } : { file: fallback };
const composeCheckFacts = async (ctx) => ({
    compose: await composeFacts(ctx),
    show: ctx.show,
});
/** An outcome with every secret the project brings in masked, wherever a check put it. Pure. */
function withoutSecrets(outcome, secrets) {
    if (secrets.length === 0)
        return outcome;
    const clean = (text) => (0,compose_secrets/* redact */.E$)(text, secrets);
    const data = outcome.data && JSON.parse(clean(JSON.stringify(outcome.data)));
    return {
        ...outcome,
        message: clean(outcome.message),
        ...(outcome.details && { details: outcome.details.map(clean) }),
        ...(outcome.remedy && { remedy: outcome.remedy.map(clean) }),
        ...(outcome.locations && {
            locations: outcome.locations.map((l) => l.message ? { ...l, message: clean(l.message) } : l),
        }),
        ...(data && { data }),
    };
}
/**
 * A compose check's diagnosis of the services Compose would start; the skip outcome when there is
 * no project, Compose refuses it (compose.file says why), or the built-in reader could not resolve
 * part of it (no verdict it cannot back). Pure; the outcome is cleaned of secrets.
 */
const ofReadable = (diagnose) => (facts) => {
    const { project } = facts.compose;
    if (!project)
        return { status: 'skip', message: 'no compose file in the project' };
    if (project.refused) {
        return { status: 'skip', message: 'Compose refuses the project (see compose.file)' };
    }
    if (project.unresolved.length > 0) {
        return {
            status: 'skip',
            message: `the built-in reader could not resolve ${project.unresolved.join(', ')} (see compose.file)`,
        };
    }
    return withoutSecrets(diagnose(project, activeServices(project), facts), project.secrets);
};

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/compose-backend-port.js
// The backend service's published port against udo-port's port and its command's own.








/**
 * Pure: the .env change that moves the backend's published port to `want` and keeps the
 * frontend's URL on it; undefined when the entry is a literal, the shell sets the variable, or the
 * URL would be left behind (a literal URL: the remedy says what to change by hand).
 */
function envPlan(project, services, entry, want, shell) {
    const variable = entry.publishedAt && (0,compose_interpolate/* soleVariable */.cx)(entry.publishedAt.raw);
    if (!variable || shell[variable] !== undefined)
        return undefined;
    const values = [[variable, String(want)]];
    const frontend = frontendService(services);
    const url = frontend?.environment.get(defaults/* API_URL_KEY */.rN);
    const urlAt = frontend?.environmentAt.get(defaults/* API_URL_KEY */.rN);
    if (typeof url === 'string' && urlAt) {
        // The URL as Compose would resolve it once the variable is set.
        const after = (0,compose_interpolate/* interpolate */.GW)(urlAt.raw, project.varsWith({ [variable]: String(want) })).value;
        let port;
        try {
            port = urlPort(new URL(after));
        }
        catch { }
        if (port !== want) {
            const urlVariable = (0,compose_interpolate/* soleVariable */.cx)(urlAt.raw);
            const moved = withPort(url, want);
            if (!urlVariable || shell[urlVariable] !== undefined || !moved)
                return undefined;
            values.push([urlVariable, moved]);
        }
    }
    return { file: project.envFile, values };
}
function plan(project, services, facts) {
    const backend = backendService(services);
    const settings = facts.settings.settings;
    if (!backend || !settings)
        return { backend, settings };
    const want = configuredPort(settings);
    const entries = backendEntries(backend);
    const entry = entries.find((p) => p.published === want && p.publishedEnd === undefined) ??
        entries.find((p) => p.publishedEnd === undefined) ??
        entries[0];
    const env = entry && entry.published !== want
        ? envPlan(project, services, entry, want, facts.shell)
        : undefined;
    return { backend, settings, want, entries, entry, env };
}
/** Pure: the backend's entry (TCP, to the port its command listens on) against udo-port's port. */
function diagnose(project, services, facts) {
    const { show } = facts;
    const file = project.files[0];
    const { backend, settings, want, entry, env } = plan(project, services, facts);
    if (!backend) {
        return { status: 'skip', message: 'no service runs uvicorn or is built from backend/' };
    }
    if (!settings || want === undefined) {
        return { status: 'skip', message: 'no valid port setting (see env.port)' };
    }
    const from = facts.settings.settings?.requested?.origin ?? 'the default';
    const inside = listenPort(backend.command);
    const where = at(show, backend.at, file);
    if (!entry) {
        const others = backend.ports.filter((p) => p.published !== undefined);
        const listens = inside === undefined ? '' : ` to port ${inside}, where its command listens`;
        return {
            status: others.length > 0 ? 'error' : 'warn',
            message: others.length > 0
                ? `${where}: service ${backend.name} publishes no TCP port${listens} (it publishes ${others.map((p) => `${p.published}->${p.target}/${p.protocol}`).join(', ')})`
                : `${where}: service ${backend.name} publishes no port, so the browser cannot reach it`,
            ...(backend.commandAt && {
                details: [`command (${at(show, backend.commandAt, file)}): ${backend.commandAt.raw}`],
            }),
            remedy: [`add under ${backend.name}: ports: ["${want}:${inside ?? want}"]`],
            locations: [located(backend.at, file)],
            data: { service: backend.name, listens: inside ?? null, want },
        };
    }
    const place = entry.publishedAt ?? entry.at;
    if (entry.publishedEnd !== undefined) {
        // Docker takes any free port of the range: no URL can name it in advance.
        return {
            status: 'warn',
            message: `${at(show, place, file)}: service ${backend.name} publishes a range, ${entry.published}-${entry.publishedEnd}, to ${entry.target}: Docker picks one of them, so ${defaults/* API_URL_KEY */.rN} cannot name it`,
            remedy: [`change ${at(show, entry.at, file)} to: - "${want}:${entry.target}"`],
            locations: [located(place, file)],
            data: { service: backend.name, published: [entry.published, entry.publishedEnd], want },
        };
    }
    if (entry.published !== want) {
        const variable = entry.publishedAt && (0,compose_interpolate/* soleVariable */.cx)(entry.publishedAt.raw);
        const byHand = variable
            ? facts.shell[variable] !== undefined
                ? [
                    `the shell sets ${variable}=${entry.published}: run with ${variable}=${want}, or unset it`,
                ]
                : (env?.values ?? [[variable, String(want)]]).map(([k, v]) => `set ${k}=${v} in ${show(project.envFile)}`)
            : [
                `change ${at(show, entry.at, file)} to: - "${entry.hostIp ? `${entry.hostIp.includes(':') ? `[${entry.hostIp}]` : entry.hostIp}:` : ''}${want}:${entry.target}"`,
            ];
        return {
            status: 'warn',
            message: `${at(show, place, file)}: service ${backend.name} publishes port ${entry.published}, but udo-port gives the backend ${want} (from ${from})`,
            details: [
                `one port for both keeps ${defaults/* API_URL_KEY */.rN} right whichever way the backend runs`,
                ...(variable && !env && facts.shell[variable] === undefined
                    ? [
                        `${defaults/* API_URL_KEY */.rN} of the frontend service would not follow ${variable}: change it too (see compose.web-api-url)`,
                    ]
                    : []),
            ],
            remedy: env ? [`${facts.doctorCommand} --fix`, ...byHand] : byHand,
            fixable: env !== undefined,
            locations: [located(place, file)],
            data: { service: backend.name, published: entry.published, want, variable: variable ?? null },
        };
    }
    return {
        status: 'pass',
        message: `service ${backend.name} publishes ${want} to ${entry.target} (${at(show, place, file)})`,
        data: { service: backend.name, published: want, target: entry.target },
    };
}
async function gather(ctx) {
    return {
        ...(await composeCheckFacts(ctx)),
        settings: await ctx.settings(),
        shell: ctx.config.env,
        doctorCommand: ctx.config.doctorCommand,
    };
}
const composeBackendPort = defineCheck({
    id: 'compose.backend-port',
    area: 'compose',
    title: "the backend service publishes udo-port's port, to the port it listens on",
    gather,
    diagnose: ofReadable(diagnose),
    async fix(ctx) {
        const facts = await gather(ctx);
        const { project } = facts.compose;
        if (!project || project.refused || project.unresolved.length > 0)
            return undefined;
        const { env } = plan(project, activeServices(project), facts);
        if (!env)
            return undefined;
        // Ports and URLs only: never a secret.
        const lines = env.values.map(([k, v]) => `${k}=${v}`);
        const change = `set ${lines.join(' and ')} in ${ctx.show(env.file)}`;
        return {
            id: 'compose.backend-port',
            change,
            touches: ['compose'],
            file: env.file,
            manual: lines.map((line) => `put this line in ${ctx.show(env.file)}: ${line}`),
            async apply() {
                // One atomic write for both: the port and the frontend's URL never disagree on disk.
                const done = await rewriteFile(env.file, (old) => env.values.reduce((text, [k, v]) => (0,env_text/* setEnvValue */.bE)(text, k, v), old ?? ''));
                return done === 'unchanged'
                    ? `${ctx.show(env.file)} already has ${lines.join(', ')}`
                    : `${done} ${ctx.show(env.file)}: ${lines.join(', ')}`;
            },
        };
    },
});

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/compose-file.js



const compose_file_INSTALL = 'install Docker Compose (docker compose v2) so that the doctor asks Compose itself';
/** Pure: whether Compose reads the project, who resolved it, and which services it finds. */
function compose_file_diagnose({ compose, show }) {
    const { project } = compose;
    if (!project)
        return { status: 'skip', message: 'no compose file in the project' };
    const files = project.files.map(show).join(' + ');
    const resolver = { resolver: project.resolver, files: project.files };
    const instead = project.resolver === 'built-in'
        ? 'read by the built-in reader'
        : `${project.resolver} answered`;
    const notes = project.notes.map((n) => `${n}: ${instead} instead`);
    const { refused } = project;
    if (refused) {
        // `${VAR?err}` or a bad file stops `docker compose up` before anything runs.
        const variable = refused.at && /\$\{(\w+):?\?/.exec(refused.at.raw);
        const outcome = {
            status: 'error',
            message: `${refused.at ? `${at(show, refused.at, '')}: ` : ''}${project.resolver === 'built-in' ? '' : `${project.resolver} refuses it: `}${refused.message}`,
            details: notes,
            remedy: variable && refused.at
                ? [
                    `set ${variable[1]} in the shell or in ${show(project.envFile)}, or give it a default: ${refused.at.raw.replace(/:?\?[^}]*\}/, ':-VALUE}')}`,
                ]
                : [
                    `correct ${refused.at ? at(show, refused.at, '') : files} until \`docker compose config\` reads it`,
                ],
            locations: [
                refused.at
                    ? { ...located(refused.at, ''), message: refused.message }
                    : { file: project.files[0] },
            ],
            data: resolver,
        };
        return withoutSecrets(outcome, project.secrets);
    }
    if (project.unresolved.length > 0) {
        return withoutSecrets({
            status: 'warn',
            message: `${files}: the built-in reader could not resolve ${project.unresolved.join(', ')}, so the compose checks give no verdict`,
            details: notes,
            remedy: [compose_file_INSTALL],
            data: { ...resolver, unresolved: project.unresolved },
        }, project.secrets);
    }
    const services = activeServices(project);
    const backend = backendService(services);
    const frontend = frontendService(services);
    return withoutSecrets({
        status: 'pass',
        message: `${files} (read by ${project.resolver}): backend ${backend?.name ?? 'none'}, frontend ${frontend?.name ?? 'none'}`,
        details: [
            ...notes,
            ...(project.profiles.length > 0 ? [`profiles: ${project.profiles.join(', ')}`] : []),
        ],
        data: {
            ...resolver,
            profiles: project.profiles,
            backend: backend?.name ?? null,
            frontend: frontend?.name ?? null,
        },
    }, project.secrets);
}
const composeFile = defineCheck({
    id: 'compose.file',
    area: 'compose',
    title: 'Compose reads the project',
    async gather(ctx) {
        return { ...(await composeCheckFacts(ctx)), root: ctx.config.root };
    },
    diagnose: compose_file_diagnose,
});

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/compose/ports.js
var ports = __nccwpck_require__(8006);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/compose-port-clash.js
// Two services publishing one host port: `docker compose up` fails on the second.




/** `8001`, `127.0.0.1:8001`, `[::1]:8001/udp`: the host side as an entry writes it. */
const shown = (p) => `${p.hostIp ? `${p.hostIp.includes(':') ? `[${p.hostIp}]` : p.hostIp}:` : ''}${p.published}`;
const proto = (p) => (p.protocol === 'tcp' ? '' : `/${p.protocol}`);
/**
 * Pure: the first host port two services of the active profiles publish on one protocol and
 * overlapping addresses (`127.0.0.1:P` and `[::1]:P` do not; `P` and anything on P do), with a
 * free one to move to: the variable to set when the entry is written with one.
 */
function compose_port_clash_diagnose(project, services, { show }) {
    const seen = [];
    const used = new Set(services.flatMap((s) => s.ports.map((p) => p.published)));
    const file = project.files[0];
    for (const service of services) {
        for (const port of service.ports) {
            if (!(0,ports/* hostPorts */.Xd)(port))
                continue;
            const first = seen.find((s) => s.service !== service.name && (0,ports/* bindingsClash */.kB)(s.port, port));
            seen.push({ service: service.name, port });
            if (!first)
                continue;
            let free = port.published + 1;
            while (used.has(free))
                free++;
            const place = port.at ?? service.at;
            const variable = port.publishedAt && (0,compose_interpolate/* soleVariable */.cx)(port.publishedAt.raw);
            return {
                status: 'error',
                message: `${at(show, place, file)}: service ${service.name} publishes port ${shown(port)}${proto(port)}, which service ${first.service} publishes at ${at(show, first.port.at, file)}`,
                remedy: [
                    variable
                        ? `set ${variable}=${free} in ${show(project.envFile)}`
                        : `change ${at(show, place, file)} to: - "${shown({ ...port, published: free })}:${port.target}${proto(port)}"`,
                ],
                locations: [located(place, file), located(first.port.at, file)],
                data: {
                    port: port.published,
                    protocol: port.protocol,
                    services: [first.service, service.name],
                },
            };
        }
    }
    return { status: 'pass', message: `${seen.length} published ports, none taken twice` };
}
const composePortClash = defineCheck({
    id: 'compose.port-clash',
    area: 'compose',
    title: 'no two services publish one host port',
    gather: composeCheckFacts,
    diagnose: ofReadable(compose_port_clash_diagnose),
});

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/compose-web-api-url.js
// The frontend service's NEXT_PUBLIC_API_URL against the backend's published port.






/** Pure: whether the frontend service's URL names a port the backend publishes to its listener. */
function compose_web_api_url_diagnose(project, services, { show }) {
    const backend = backendService(services);
    const frontend = frontendService(services);
    const url = frontend?.environment.get(defaults/* API_URL_KEY */.rN);
    const ports = backend
        ? backendEntries(backend)
            .filter((p) => p.publishedEnd === undefined)
            .map((p) => p.published)
        : [];
    const port = ports[0];
    if (!frontend || typeof url !== 'string' || port === undefined) {
        return {
            status: 'skip',
            message: `no frontend service with ${defaults/* API_URL_KEY */.rN}, or no published backend`,
        };
    }
    const file = project.files[0];
    const place = frontend.environmentAt.get(defaults/* API_URL_KEY */.rN);
    let named;
    try {
        named = urlPort(new URL(url));
    }
    catch { }
    // The browser calls it, from the host: the published port is what it must name.
    if (named === undefined || !ports.includes(named)) {
        const fixed = withPort(url, port) ?? `http://localhost:${port}`;
        const variable = place && (0,compose_interpolate/* soleVariable */.cx)(place.raw);
        const where = at(show, place, file);
        return {
            status: 'error',
            message: `${where}: service ${frontend.name} sets ${defaults/* API_URL_KEY */.rN}=${shownUrl(url)}, but ${backend?.name} is published on port ${port}`,
            remedy: [
                variable
                    ? `set ${variable}=${shownUrl(fixed)} in ${show(project.envFile)}`
                    : place?.raw === ''
                        ? `change ${where} to: ${defaults/* API_URL_KEY */.rN}=${shownUrl(fixed)}`
                        : `change ${where} to: ${defaults/* API_URL_KEY */.rN}: ${shownUrl(fixed)}`,
            ],
            locations: [located(place, file)],
            data: { service: frontend.name, url: shownUrl(url), published: port },
        };
    }
    return {
        status: 'pass',
        message: `service ${frontend.name} calls ${shownUrl(url)} (${at(show, place, file)})`,
        data: { service: frontend.name, url: shownUrl(url) },
    };
}
const composeWebApiUrl = defineCheck({
    id: 'compose.web-api-url',
    area: 'compose',
    title: `the frontend service's ${defaults/* API_URL_KEY */.rN} reaches the published backend`,
    gather: composeCheckFacts,
    diagnose: ofReadable(compose_web_api_url_diagnose),
});

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/env-remedies.js
// The doctor's own remedy commands, per OS; the shared ones (quote, endCommand, venv) are in
// src/core/remedies.ts.



/** Copies without overwriting: `cp -n` on POSIX; `copy` answers "Overwrite?" before it does. */
function copyCommand(from, to, platform) {
    return platform === 'win32'
        ? `copy ${quote(from, platform)} ${quote(to, platform)}`
        : `cp -n ${quote(from, platform)} ${quote(to, platform)}`;
}
/** Drops a variable from the current shell (PowerShell, the default Windows terminal). */
function unsetCommand(name, platform) {
    return platform === 'win32' ? `Remove-Item Env:${name}` : `unset ${name}`;
}
/** Whether this process may write `path` (a folder: create files in it). */
function env_remedies_writable(path) {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.W_OK);
        return true;
    }
    catch {
        return !(0,external_node_fs_.statSync)(path, { throwIfNoEntry: false });
    }
}
/**
 * The command that gives the user the right to write `file` (and the folder its replacement is
 * made in), when `why` says a write was refused for want of it; [] otherwise (a read-only file
 * system, a full disk: no command of ours mends those). POSIX only: Windows's ACLs are the
 * owner's or an administrator's to change.
 */
function writeAccessCommands(file, why, platform, show) {
    if (platform === 'win32')
        return [];
    const owner = /belongs to uid \d+/.test(why);
    if (!owner && !/permission denied|operation not permitted|EACCES|EPERM/i.test(why))
        return [];
    const blocked = owner ? [file] : [(0,external_node_path_.dirname)(file), file].filter((path) => !env_remedies_writable(path));
    const paths = blocked.length > 0 ? blocked : [(0,external_node_path_.dirname)(file), file];
    return [`sudo chown "$(id -un)" ${paths.map((path) => quote(show(path), platform)).join(' ')}`];
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/env-backend.js



/** Keys of the template that the file lacks or leaves empty. Pure. */
function templateGaps(template, values) {
    const keys = Object.keys(template);
    return {
        missing: keys.filter((key) => !Object.hasOwn(values, key)),
        empty: keys.filter((key) => Object.hasOwn(values, key) && values[key]?.trim() === ''),
    };
}
/** The first line that assigns `key`, as dotenv reads the file. */
function keyLine(text, key) {
    return text === undefined ? undefined : (0,env_text/* envKeyLines */.Yu)(text, key)[0];
}
/** Pure: whether backend/.env is there with every key of its template. */
function env_backend_diagnose({ env, example, platform, show }) {
    const name = show(env.file);
    const exampleName = show(example.file);
    if (env.problem) {
        return {
            status: 'error',
            message: `${name} cannot be read (${env.problem})`,
            locations: [{ file: env.file }],
        };
    }
    if (env.utf16)
        return { status: 'skip', message: `${name} is UTF-16 (see env.syntax)` };
    if (!env.exists) {
        if (!example.exists) {
            return { status: 'skip', message: `no ${name} and no ${exampleName} to make it from` };
        }
        if (example.text === undefined) {
            const why = example.utf16
                ? 'is UTF-16 (see env.syntax)'
                : `cannot be read (${example.problem})`;
            return {
                status: 'warn',
                message: `${name} is missing, and its template ${exampleName} ${why}`,
                details: ['the backend runs on its defaults'],
                locations: [{ file: example.file }],
            };
        }
        return {
            status: 'warn',
            message: `${name} is missing; the backend runs on its defaults`,
            details: [`make it from the template ${exampleName}, then fill in its values`],
            remedy: [copyCommand(exampleName, name, platform)],
            fixable: true,
            locations: [{ file: example.file }],
        };
    }
    if (example.text === undefined) {
        const why = example.utf16
            ? `${exampleName} is UTF-16: see env.syntax`
            : `no ${exampleName} to compare with`;
        return { status: 'pass', message: `${name} is present (${why})` };
    }
    const { missing, empty } = templateGaps((0,env_text/* parseEnv */.vc)(example.text), env.values ?? {});
    if (missing.length === 0 && empty.length === 0) {
        return { status: 'pass', message: `${name} has every key of ${exampleName}` };
    }
    const locations = [
        ...missing.map((key) => {
            const line = keyLine(example.text, key);
            return {
                file: example.file,
                ...(line !== undefined && { line }),
                message: `${key} of ${exampleName} is missing in ${name}`,
            };
        }),
        ...empty.map((key) => {
            const line = keyLine(env.text, key);
            return {
                file: env.file,
                ...(line !== undefined && { line }),
                message: `${key} is empty in ${name}`,
            };
        }),
    ];
    const parts = [
        ...(missing.length > 0 ? [`lacks ${missing.join(', ')}`] : []),
        ...(empty.length > 0 ? [`leaves ${empty.join(', ')} empty`] : []),
    ];
    return {
        status: 'warn',
        message: `${name} ${parts.join(' and ')} (keys of ${exampleName})`,
        details: [
            `edit ${name}: give ${[...missing, ...empty].join(', ')} a value (see ${exampleName})`,
        ],
        locations,
        data: { missing, empty },
    };
}
const envBackend = defineCheck({
    id: 'env.backend',
    area: 'env',
    title: 'backend/.env exists and has every key of backend/.env.example',
    async gather(ctx) {
        const [env, example] = await Promise.all([ctx.backendEnv(), ctx.example()]);
        return { env, example, platform: ctx.config.platform, show: ctx.show };
    },
    diagnose: env_backend_diagnose,
    async fix(ctx) {
        const [env, example] = await Promise.all([ctx.backendEnv(), ctx.example()]);
        if (env.exists || example.text === undefined)
            return undefined;
        const name = ctx.show(env.file);
        return {
            id: 'env.backend',
            change: `copy ${ctx.show(example.file)} to ${name}`,
            touches: ['env.backend', 'env.port', 'env.syntax', 'port', 'web.api-url'],
            file: env.file,
            manual: [copyCommand(ctx.show(example.file), name, ctx.config.platform)],
            async apply() {
                // Never copyFile to a guessable temp name: a link planted there would be followed.
                return (await copyNewFile(example.file, env.file))
                    ? `copied ${ctx.show(example.file)} to ${name}`
                    : `${name} appeared meanwhile; left as it is`;
            },
        };
    },
});

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/env-port.js




function describeSettings(settings) {
    const { requested, defaultPort, host, hostOrigin } = settings;
    const port = requested
        ? `port ${requested.port} from ${requested.origin}`
        : `port ${defaultPort} (${settings.defaultOrigin ? `from ${settings.defaultOrigin}` : 'the default'})`;
    return `${port}; host ${host} ${hostOrigin === 'default' ? '(the default)' : `from ${hostOrigin}`}`;
}
/** Values a higher source hides: they explain "I changed backend/.env and nothing happened". Pure. */
function shadowedPorts(env, dotenv, settings, dotenvName) {
    const notes = [];
    const { requested } = settings;
    for (const key of defaults/* PORT_KEYS */.v_) {
        const inFile = dotenv[key]?.trim();
        if (!inFile || !requested || requested.source === 'dotenv')
            continue;
        if (String(requested.port) !== inFile) {
            notes.push(`${requested.origin} (${requested.port}) wins over ${key}=${inFile} in ${dotenvName}`);
        }
    }
    const [first, second] = defaults/* PORT_KEYS */.v_;
    const a = env[first]?.trim() || dotenv[first]?.trim();
    const b = env[second]?.trim() || dotenv[second]?.trim();
    if (a && b && a !== b)
        notes.push(`${first} (${a}) and ${second} (${b}) differ; ${first} wins`);
    return notes;
}
/** A variable the core refused: its line in backend/.env to edit, or the shell's to unset. */
function badSetting(facts, problem) {
    const { platform, show } = facts;
    const file = facts.env.file;
    if (problem.kind === 'other') {
        return {
            status: 'error',
            message: problem.message,
            remedy: [unsetCommand(defaults/* PORT_KEYS */.v_[0], platform)],
            locations: [],
        };
    }
    const { key, line, message } = problem;
    return {
        status: 'error',
        message,
        remedy: line !== undefined
            ? [`edit ${show(file)} line ${line}: set ${key} to a valid value`]
            : [unsetCommand(key, platform)],
        locations: line !== undefined ? [{ file, line }] : [],
        data: { key },
    };
}
/** Pure: the settings in words, what they hide, and a port only root may bind. */
function env_port_diagnose(facts) {
    if (facts.env.utf16) {
        // udo-port refuses to read it (as dotenv cannot): no port can be said to come from it.
        return {
            status: 'skip',
            message: `${facts.show(facts.env.file)} is UTF-16, which udo-port refuses to read (see env.syntax)`,
        };
    }
    if (facts.settings.problem)
        return badSetting(facts, facts.settings.problem);
    const { settings } = facts.settings;
    const port = configuredPort(settings);
    const details = shadowedPorts(facts.shell, facts.env.values ?? {}, settings, facts.envFileName);
    const data = {
        port,
        source: settings.requested?.source ?? 'default',
        origin: settings.requested?.origin ?? 'default',
        host: settings.host,
        hostOrigin: settings.hostOrigin,
        urlHost: settings.urlHost,
        range: `${settings.range.from}-${settings.range.to}`,
    };
    if (port < 1024 && facts.platform !== 'win32' && !facts.root) {
        return {
            status: 'warn',
            message: `${describeSettings(settings)}: ports below 1024 need root here`,
            details,
            data,
        };
    }
    return { status: 'pass', message: describeSettings(settings), details, data };
}
const envPort = defineCheck({
    id: 'env.port',
    area: 'env',
    title: 'the port and host settings are valid, and where they come from',
    async gather(ctx) {
        const [settings, env] = await Promise.all([ctx.settings(), ctx.backendEnv()]);
        const { env: shell, envFileName, platform } = ctx.config;
        const root = typeof process.getuid === 'function' && process.getuid() === 0;
        return { settings, env, shell, envFileName, platform, show: ctx.show, root };
    },
    diagnose: env_port_diagnose,
});

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/env-syntax.js



const ASSIGNMENT_LIKE = /^\s*(?:export\s+)?[\w.-]+\s*=/;
/** What dotenv would silently read otherwise than meant, line by line. Pure; never quotes values. */
function lintEnv(text) {
    const { norm, assignments } = (0,env_text/* scanEnv */.Lq)(text);
    const lines = norm.split('\n');
    const findings = [];
    const covered = new Set();
    const seen = new Map();
    for (const { key, sep, raw, line: first, endLine: last } of assignments) {
        for (let n = first; n <= last; n++)
            covered.add(n);
        const before = seen.get(key);
        if (before !== undefined) {
            findings.push({
                line: first,
                kind: 'duplicate',
                message: `${key} is set again (first on line ${before}); dotenv keeps this one`,
            });
        }
        else
            seen.set(key, first);
        if (sep.trimStart().startsWith(':')) {
            findings.push({
                line: first,
                kind: 'colon',
                message: `${key} uses ':' instead of '=' (only dotenv reads that)`,
            });
        }
        else if (/\s/.test(sep) || /^[ \t]/.test(raw)) {
            findings.push({
                line: first,
                kind: 'spaces',
                message: `spaces around '=' in ${key} (shells and Docker do not read them)`,
            });
        }
        // Bytes that are not UTF-8 (CP949, Latin-1) in a value: Next.js and dotenv decode the file as
        // UTF-8, so the app gets U+FFFD for them. In a comment they harm nothing, and are not told.
        if ((0,encoding/* hasKeptBytes */.SH)(raw)) {
            findings.push({
                line: first,
                kind: 'not-utf8',
                message: `the value of ${key} is not UTF-8 (CP949, Latin-1?): Next.js and dotenv read its non-ASCII bytes as U+FFFD; save the file as UTF-8`,
            });
        }
        // A quote left open runs on to the next line that has the same quote: the lines between
        // become part of this value, and the keys on them are lost.
        if (last > first && lines.slice(first, last).some((line) => ASSIGNMENT_LIKE.test(line))) {
            findings.push({
                line: first,
                kind: 'swallowed',
                message: `the value of ${key} runs on to line ${last}: a quote left open takes in the keys on lines ${first + 1}-${last}`,
            });
        }
    }
    lines.forEach((line, index) => {
        const trimmed = line.trim();
        if (covered.has(index + 1) || trimmed === '' || trimmed.startsWith('#'))
            return;
        findings.push({
            line: index + 1,
            kind: 'not-assignment',
            message: 'not a KEY=value line; dotenv ignores it',
        });
    });
    return findings.sort((a, b) => a.line - b.line);
}
/** The env files in UTF-16, each once. */
const utf16Files = (files) => files.filter((t, i) => t.utf16 && files.findIndex((u) => u.file === t.file) === i);
/**
 * Pure: a UTF-16 file, said once (Next.js and dotenv find nothing in it; --fix saves it as UTF-8);
 * then every line of the env files that dotenv reads otherwise than meant.
 */
function env_syntax_diagnose({ files, show, doctorCommand }) {
    const read = files.filter((t, i) => t.text !== undefined && files.findIndex((u) => u.file === t.file) === i);
    const wide = utf16Files(files);
    if (wide.length > 0) {
        const lines = wide.map((t) => `${show(t.file)} is ${(0,encoding/* describeUtf16 */.w6)(t.utf16)}: Next.js and dotenv read env files only as UTF-8, so they find nothing in it`);
        const whole = wide.every((t) => t.utf16?.text !== undefined);
        const others = read.flatMap((t) => lintEnv(t.text)).length;
        return {
            status: 'error',
            message: lines.length === 1
                ? lines[0]
                : `${lines.length} env files are UTF-16, not UTF-8`,
            details: [
                ...(lines.length === 1 ? [] : lines),
                whole
                    ? '--fix saves it as UTF-8 with the same text (mode and owner kept)'
                    : 'save it as UTF-8 in an editor (it is not whole UTF-16 text, so --fix cannot)',
                ...(others > 0 ? [`and ${others} more findings once it is UTF-8 (run again)`] : []),
            ],
            remedy: whole ? [`${doctorCommand} --fix`] : ['save the file as UTF-8'],
            fixable: whole,
            locations: wide.map((t) => ({ file: t.file, message: 'not UTF-8 but UTF-16' })),
            data: { utf16: wide.map((t) => ({ file: t.file, encoding: t.utf16?.encoding })) },
        };
    }
    if (read.length === 0)
        return { status: 'skip', message: 'no env files' };
    const locations = read.flatMap((t) => lintEnv(t.text).map((finding) => ({
        file: t.file,
        line: finding.line,
        message: finding.message,
    })));
    const names = read.map((t) => show(t.file));
    if (locations.length === 0) {
        return { status: 'pass', message: `${names.join(', ')}: no problems` };
    }
    const [only] = locations;
    return {
        status: 'warn',
        message: locations.length === 1 && only
            ? `${show(only.file)}:${only.line}: ${only.message}`
            : `${locations.length} lines dotenv reads otherwise than meant`,
        details: locations.length === 1 ? [] : locations.map((l) => `${show(l.file)}:${l.line}: ${l.message}`),
        remedy: ['edit the lines named above'],
        locations,
    };
}
async function env_syntax_gather(ctx) {
    const [env, example, web] = await Promise.all([ctx.backendEnv(), ctx.example(), ctx.web()]);
    const files = [
        env,
        example,
        ...web.files.map((f) => ({ file: f.file, exists: true, text: f.contents })),
        ...web.utf16.map((f) => ({ file: f.file, exists: true, utf16: f.utf16 })),
    ];
    return { files, doctorCommand: ctx.config.doctorCommand, show: ctx.show };
}
const envSyntax = defineCheck({
    id: 'env.syntax',
    area: 'env',
    title: 'the env files are UTF-8, plain KEY=value lines, each key once',
    gather: env_syntax_gather,
    diagnose: env_syntax_diagnose,
    async fix(ctx) {
        const wide = utf16Files((await env_syntax_gather(ctx)).files).filter((t) => t.utf16?.text !== undefined);
        const [first] = wide;
        if (!first)
            return undefined;
        const names = wide.map((t) => ctx.show(t.file));
        return {
            id: 'env.syntax',
            change: `save ${names.join(', ')} as UTF-8`,
            touches: ['env', 'port', 'web'],
            file: first.file,
            manual: names.map((name) => `save ${name} as UTF-8 (UTF-8 without BOM) in an editor`),
            async apply() {
                const saved = [];
                for (const t of wide) {
                    if ((await saveAsUtf8(t.file)) === 'updated')
                        saved.push(ctx.show(t.file));
                }
                return saved.length > 0
                    ? `saved ${saved.join(', ')} as UTF-8 (it was UTF-16)`
                    : `${names.join(', ')}: no longer UTF-16; left as ${names.length > 1 ? 'they are' : 'it is'}`;
            },
        };
    },
});

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/git-env-files.js




/** The env files that hold secrets, relative to the project root (`/`-separated). */
function secretFiles(ctx) {
    return [ctx.config.envFile, ctx.config.envLocal].flatMap((file) => {
        const path = ctx.inProject(file);
        return path ? [{ path, file }] : [];
    });
}
/** A .gitignore line that matches exactly this path under the file's folder. */
function ignoreEntry(path) {
    return path.includes('/') ? path : `/${path}`;
}
/** `text` with `entries` appended, one a line, in the file's own line ending. Pure. */
function appendLines(text, entries) {
    if (entries.length === 0)
        return text;
    const eol = /\r\n/.test(text) ? '\r\n' : '\n';
    const gap = text === '' || /[\r\n]$/.test(text) ? '' : eol;
    return `${text}${gap}${entries.map((entry) => `${entry}${eol}`).join('')}`;
}
/** Which secret files git tracks, and which no ignore rule covers. Pure. */
function judgeGit(paths, facts) {
    return {
        tracked: paths.filter((p) => facts.tracked.has(p)),
        unignored: paths.filter((p) => !facts.ignored.has(p)),
    };
}
/** Pure: which secret files git tracks, or would commit. */
function git_env_files_diagnose({ files, git: facts, root, doctorCommand, show }) {
    if (!facts)
        return { status: 'skip', message: 'the env files lie outside the project' };
    if (facts.problem)
        return { status: 'skip', message: facts.problem };
    const { tracked, unignored } = judgeGit(files.map((f) => f.path), facts);
    const gitignore = (0,external_node_path_.join)(root, '.gitignore');
    const fileOf = (path) => files.find((f) => f.path === path)?.file;
    const locations = [
        ...tracked.map((path) => ({ file: fileOf(path), message: `${path} is tracked by git` })),
        ...unignored.map((path) => ({ file: gitignore, message: `${path} is not git-ignored` })),
    ];
    const rootArg = show(root);
    const git = rootArg === '.' ? 'git' : `git -C ${rootArg}`;
    if (tracked.length > 0) {
        return {
            status: 'error',
            message: `${tracked.join(' and ')} ${tracked.length > 1 ? 'are' : 'is'} tracked by git${unignored.length > 0 ? `; ${unignored.join(' and ')} ${unignored.length > 1 ? 'are' : 'is'} not git-ignored either` : ''}`,
            details: [
                'git keeps them in its history: change any secret they held once they are out',
                ...(unignored.length > 0
                    ? [`--fix adds ${unignored.map(ignoreEntry).join(', ')} to ${show(gitignore)}`]
                    : []),
            ],
            remedy: [
                `${git} rm --cached ${tracked.join(' ')}`,
                ...(unignored.length > 0 ? [`${doctorCommand} --fix`] : []),
            ],
            fixable: unignored.length > 0,
            locations,
            data: { tracked, unignored },
        };
    }
    if (unignored.length > 0) {
        return {
            status: 'warn',
            message: `${unignored.join(' and ')} ${unignored.length > 1 ? 'are' : 'is'} not git-ignored: a git add . would commit ${unignored.length > 1 ? 'them' : 'it'}`,
            details: [`--fix adds ${unignored.map(ignoreEntry).join(', ')} to ${show(gitignore)}`],
            remedy: [`${doctorCommand} --fix`],
            fixable: true,
            locations,
            data: { tracked, unignored },
        };
    }
    return {
        status: 'pass',
        message: `${files.map((f) => f.path).join(' and ')} are git-ignored and not tracked`,
        details: files.map((f) => `${f.path}: ${facts.ignored.get(f.path)}`),
    };
}
const gitEnvFiles = defineCheck({
    id: 'git.env-files',
    area: 'git',
    title: `${defaults/* PROJECT_DEFAULTS */.jX.backendEnv} and ${defaults/* PROJECT_DEFAULTS */.jX.envLocal} are git-ignored and not tracked`,
    async gather(ctx) {
        const files = secretFiles(ctx);
        const { root, doctorCommand } = ctx.config;
        const git = files.length > 0 ? await ctx.git(files.map((f) => f.path)) : undefined;
        return { files, ...(git && { git }), root, doctorCommand, show: ctx.show };
    },
    diagnose: git_env_files_diagnose,
    async fix(ctx) {
        const files = secretFiles(ctx);
        const facts = await ctx.git(files.map((f) => f.path));
        if (facts.problem)
            return undefined;
        const { unignored } = judgeGit(files.map((f) => f.path), facts);
        if (unignored.length === 0)
            return undefined;
        const gitignore = (0,external_node_path_.join)(ctx.config.root, '.gitignore');
        const entries = unignored.map(ignoreEntry);
        return {
            id: 'git.env-files',
            change: `add ${entries.join(', ')} to ${ctx.show(gitignore)}`,
            touches: ['git.env-files'],
            file: gitignore,
            manual: [`add to ${ctx.show(gitignore)}, one a line: ${entries.join(', ')}`],
            async apply() {
                // The env files' reader and writer: no FIFO is read, owner and mode are kept, and a
                // symlinked .gitignore is written through only as the symlink rule allows.
                const done = await rewriteFile(gitignore, (old) => appendLines(old ?? '', entries));
                return `${done === 'created' ? 'created' : 'updated'} ${ctx.show(gitignore)}: added ${entries.join(', ')}`;
            },
        };
    },
});

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/holders.js
// Who holds a port, in words shared by the port checks: a listener's details and a lease's owner.

/** The working folders of listeners' processes, by PID, where they can be read. */
function folders(ctx, listeners) {
    const found = new Map();
    for (const { pid } of listeners) {
        const cwd = pid === undefined ? undefined : ctx.cwdOf(pid);
        if (pid !== undefined && cwd !== undefined)
            found.set(pid, cwd);
    }
    return found;
}
/** One line per holder detail: PID, name, command, folder (from `folders`). Pure. */
function holderDetails(holder, cwds) {
    const cwd = holder.pid === undefined ? undefined : cwds.get(holder.pid);
    return [
        ...(holder.name ? [`process: ${holder.name} (PID ${holder.pid})`] : []),
        ...(holder.command ? [`command: ${holder.command.replace(/\s+/g, ' ').trim()}`] : []),
        ...(cwd ? [`folder: ${cwd}`] : []),
        `listening on: ${holder.address}`,
    ];
}
/** A holder for --json. */
const holderData = (l) => ({
    pid: l.pid ?? null,
    name: l.name ?? null,
    command: l.command ?? null,
    address: l.address,
});
/** Who holds a lease, for messages: `PID 5 (udo-port find) in /p, until 2025-...`. */
function leaseOwner(record) {
    return record.lease ? describeLease(record.lease) : 'an unreadable lease file';
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/leases.js


/** Pure: the leases, live and stale; stale ones are information, never a finding. */
function leases_diagnose({ dir, records, problem }) {
    if (!dir)
        return { status: 'warn', message: `the lease folder cannot be read: ${problem}` };
    const stale = records.filter((r) => r.staleReason);
    const live = records.filter((r) => !r.staleReason);
    const liveLines = live.map((r) => `${r.port} live: ${leaseOwner(r)}`);
    const data = {
        dir,
        live: live.map((r) => r.port),
        stale: stale.map((r) => ({ port: r.port, reason: r.staleReason })),
    };
    const counted = `${live.length} live lease${live.length === 1 ? '' : 's'}`;
    // Stale leases block nothing: the allocator takes each over when its port is next wanted.
    // They are information, never a finding, so --strict passes with them.
    const staleLines = stale.length > 0
        ? [
            ...stale.map((r) => `${r.port} stale: ${r.staleReason}`),
            `udo-port takes a stale lease over when its port is next wanted; to tidy up anyway: npx udo-port release ${stale.map((r) => r.port).join(' ')}`,
        ]
        : [];
    return {
        status: problem ? 'warn' : 'pass',
        message: stale.length > 0
            ? `${counted} and ${stale.length} stale (${stale.map((r) => r.port).join(', ')}, taken over when wanted) in ${dir}`
            : `${counted}, none stale, in ${dir}`,
        details: [...(problem ? [problem] : []), ...liveLines, ...staleLines],
        data,
    };
}
const leasesCheck = defineCheck({
    id: 'leases',
    area: 'leases',
    title: 'the leases on this host, live and stale',
    scope: 'host',
    gather: (ctx) => ctx.leases(),
    diagnose: leases_diagnose,
});

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/port-backend.js












/** Pure: who holds the configured port, from the listeners, our backend and the leases. */
function port_backend_diagnose(facts) {
    const { settings, lookup, backend, leases } = facts;
    const port = configuredPort(settings);
    const elsewhere = backend.ours.find((l) => l.port !== port);
    const base = { port, ...(elsewhere && { elsewhere }) };
    // A `udo-port start` that ended without ending its backend (killed where no watchdog
    // runs) leaves its lease stale and the backend holding the port: name it as such.
    const orphan = leftBehind(leases).find((b) => b.port === port);
    const ours = backend.ours.find((l) => l.port === port);
    if (ours)
        return { ...base, state: 'ours', holder: ours, ...(orphan && { orphan }) };
    const onPort = lookup.listeners.filter((l) => l.port === port);
    const holders = onPort.filter((l) => conflicts(settings.host, l.address));
    const holder = holders.find((l) => l.pid !== undefined) ?? holders[0];
    if (holder?.pid !== undefined && holder.command === undefined) {
        return { ...base, state: 'unverified', holder: { ...holder, pid: holder.pid } };
    }
    if (holder && backend.others.includes(holder)) {
        return {
            ...base,
            state: 'other-checkout',
            holder,
            pinned: settings.requested?.pinned ?? false,
        };
    }
    const engine = engineOf(holder);
    // Unnamed (another user's process, as a non-root user sees docker-proxy): the engines may know.
    const published = facts.engines ? publishersOf(facts.engines, port) : [];
    const unnamed = holder !== undefined && holder.pid === undefined && published.length > 0;
    if (engine || unnamed || (holders.length === 0 && facts.nat)) {
        return { ...base, ...containerFinding(facts, port, holder, engine) };
    }
    if (holder)
        return { ...base, state: 'foreign', holder, ...(orphan && { orphan }) };
    const lease = leases.find((r) => r.port === port && !r.staleReason);
    // No listener to name: a test bind tells held from free (and sees what the tools missed,
    // such as another user's process on macOS). Not under a live lease: its owner may be
    // test-binding the port this very moment, and two test binds refuse each other.
    const probe = (onPort.length === 0 || lookup.problem !== undefined) && !lease;
    if (probe && facts.refused)
        return { ...base, state: 'refused', refused: facts.refused };
    return { ...base, state: 'free', ...(lease && { lease }), beside: onPort, probe };
}
/**
 * The containers publishing the port, and the one of this project's own Compose project (its
 * working-folder label is the project root) if there is one: then Compose runs the stack, and
 * the backend's port is where it should be.
 */
function containerFinding(facts, port, holder, engine) {
    const containers = facts.engines ? publishersOf(facts.engines, port) : [];
    const own = ownComposeContainer(containers, facts.root);
    return {
        state: 'container',
        ...(holder && { holder }),
        ...(engine && { engine }),
        containers,
        ...(own && { own }),
        notes: facts.engines?.notes ?? [],
    };
}
const LEAVE_IT = 'or leave it running: npx udo-port start runs the backend on the next free port and points the frontend at it';
/** The finding in words, with the command that mends it. Pure. */
function outcome(facts, finding) {
    const { settings, lookup, cwds, platform, app, root, startCommand } = facts;
    const { port, elsewhere } = finding;
    const from = settings.requested ? `from ${settings.requested.origin}` : 'the default';
    const instead = elsewhere ? [`our backend runs on port ${elsewhere.port} instead`] : [];
    const unnamed = `port ${port} (${from}) is in use, but ${lookup.tool ?? 'the OS tools'} did not name the process`;
    const orphanNote = (orphan) => orphan
        ? [
            `it was left running by udo-port start PID ${orphan.startPid}${orphan.cwd ? ` in ${orphan.cwd}` : ''}, which has ended without ending it`,
        ]
        : [];
    switch (finding.state) {
        case 'ours': {
            const { holder, orphan } = finding;
            return orphan && holder.pid !== undefined
                ? {
                    status: 'warn',
                    message: `our backend is running on port ${port}, but nothing will stop it: ${describeListener(holder)}`,
                    details: orphanNote(orphan),
                    remedy: [endCommand(holder.pid, platform)],
                    data: { port, state: 'ours', orphan: true, holder: holderData(holder) },
                }
                : {
                    status: 'pass',
                    message: `our backend is running on port ${port}: ${describeListener(holder)}`,
                    data: { port, state: 'ours', holder: holderData(holder) },
                };
        }
        case 'unverified': {
            // Without its command line it cannot be told from our own backend: no claim either way.
            const { holder } = finding;
            return {
                status: 'warn',
                message: `port ${port} (${from}) is held by ${describeListener(holder)}, whose command line could not be read: it may be your backend`,
                details: [
                    ...holderDetails(holder, cwds),
                    `if it is not your backend (uvicorn ${app} in ${root}), end it: ${endCommand(holder.pid, platform)}`,
                    ...instead,
                    LEAVE_IT,
                ],
                data: { port, state: 'unverified', holder: holderData(holder) },
            };
        }
        case 'other-checkout': {
            // A worktree of the same project, which the user wants running. udo-port start passes
            // over a port it may move from, so that is only a note; ending it is never the remedy.
            const { holder } = finding;
            const cwd = cwds.get(holder.pid);
            const theirs = `another checkout's backend, PID ${holder.pid}${cwd ? ` in ${cwd}` : ''}`;
            const data = { port, state: 'other-checkout', holder: holderData(holder) };
            const details = [
                ...holderDetails(holder, cwds),
                `it runs ${app} from another folder: another checkout of this project, left running`,
            ];
            if (elsewhere || !finding.pinned) {
                return {
                    status: 'pass',
                    message: elsewhere
                        ? `port ${port} (${from}) is held by ${theirs}; ours runs on port ${elsewhere.port} (PID ${elsewhere.pid})`
                        : `port ${port} (${from}) is held by ${theirs}; ours is not running: ${startCommand} will take the next free port`,
                    details,
                    data,
                };
            }
            // Pinned (--port, API_PORT in the shell): udo-port start fails rather than move on.
            return {
                status: 'error',
                message: `port ${port} (${from}) is pinned, and ${theirs} holds it: udo-port start will fail`,
                details: [
                    ...details,
                    "--no-strict lets udo-port start take the next free port instead; or stop that checkout's backend (Ctrl+C in its terminal) when you are done with it",
                ],
                remedy: [`${startCommand} --no-strict`],
                data,
            };
        }
        case 'container': {
            const { holder, engine, containers, own, notes } = finding;
            const data = {
                port,
                state: own ? 'compose' : 'container',
                holder: holder ? holderData(holder) : null,
                engine: engine ? { process: engine.process, family: engine.family, by: engine.by } : null,
                containers: containers.map((c) => ({
                    engine: c.cli,
                    name: c.name,
                    image: c.image ?? null,
                    project: c.compose?.project ?? null,
                    service: c.compose?.service ?? null,
                })),
            };
            if (own) {
                return {
                    status: 'pass',
                    message: `the backend runs in Compose (container ${own.name}${own.compose?.service ? `, service ${own.compose.service}` : ''}) on port ${port}`,
                    details: [describeContainer(own)],
                    data,
                };
            }
            const holding = engineHolding(port, engine && { ...engine, ...(holder?.pid !== undefined && { pid: holder.pid }) }, containers);
            return {
                status: elsewhere ? 'warn' : 'error',
                message: `port ${port} (${from}) is ${holding.line}`,
                details: [
                    ...(holder ? holderDetails(holder, cwds) : []),
                    ...(engine?.by === 'name'
                        ? [`${engine.process} is told by its name alone: its executable could not be read`]
                        : engine && holder?.exe
                            ? [`${engine.process} is told by its executable, ${holder.exe.path}, owned by root`]
                            : []),
                    'a container publishes it: stop the container; ending the engine’s process breaks the engine and frees nothing for long',
                    ...(containers.length === 0 ? notes : []),
                    ...instead,
                    LEAVE_IT,
                ],
                remedy: holding.remedy,
                data,
            };
        }
        case 'foreign': {
            const { holder, orphan } = finding;
            return {
                status: elsewhere ? 'warn' : 'error',
                message: holder.pid !== undefined
                    ? `port ${port} (${from}) is held by ${describeListener(holder)}`
                    : unnamed,
                details: [
                    ...holderDetails(holder, cwds),
                    ...orphanNote(orphan),
                    runsApp(holder.command, app)
                        ? `it runs ${app} from another folder: another checkout of this project`
                        : `it is not this project's backend (uvicorn ${app} in ${root})`,
                    ...instead,
                    LEAVE_IT,
                ],
                remedy: [
                    holder.pid !== undefined
                        ? endCommand(holder.pid, platform)
                        : findHolderCommand(port, platform),
                ],
                data: { port, state: 'foreign', holder: holderData(holder) },
            };
        }
        case 'refused': {
            const { refused } = finding;
            return {
                status: 'error',
                message: refused === 'permission'
                    ? `binding port ${port} on ${settings.host} is refused (EACCES)`
                    : unnamed,
                details: [
                    ...(lookup.problem ? [lookup.problem] : []),
                    ...(refused === 'permission'
                        ? [
                            platform === 'win32'
                                ? 'Windows reserves it (see port.windows-excluded)'
                                : 'ports below 1024 need root',
                        ]
                        : []),
                ],
                remedy: refused === 'in-use' ? [findHolderCommand(port, platform)] : [],
                data: { port, state: refused },
            };
        }
        case 'free': {
            const { lease } = finding;
            const leaseNote = lease && !samePath(lease.lease?.cwd, root, platform)
                ? [
                    `port ${port} is leased by ${leaseOwner(lease)}: that process may start a server on it`,
                ]
                : [];
            if (lookup.problem) {
                return {
                    status: 'warn',
                    message: `port ${port} (${from}) is free by a test bind, but the listeners could not be looked at`,
                    details: [lookup.problem, ...leaseNote],
                    data: { port, state: 'free' },
                };
            }
            return {
                status: leaseNote.length > 0 ? 'warn' : 'pass',
                message: elsewhere
                    ? `port ${port} (${from}) is free; our backend runs on port ${elsewhere.port} (PID ${elsewhere.pid})`
                    : `port ${port} (${from}) is free; the backend is not running`,
                details: [
                    ...leaseNote,
                    ...finding.beside.map((l) => `${describeListener(l)} listens on ${l.address}, which ${settings.host} does not collide with (see port.ipv6-shadow)`),
                ],
                data: { port, state: 'free' },
            };
        }
    }
}
const portBackend = defineCheck({
    id: 'port.backend',
    area: 'port',
    title: "who holds the backend's port",
    /** Undefined without a valid port. Two steps: a test bind only when the diagnosis asks. */
    async gather(ctx) {
        const [{ settings }, lookup, backend, { records }] = await Promise.all([
            ctx.settings(),
            ctx.listeners(),
            ctx.backend(),
            ctx.leases(),
        ]);
        if (!settings)
            return undefined;
        const port = configuredPort(settings);
        const { platform, app, root, startCommand } = ctx.config;
        const cwds = folders(ctx, lookup.listeners.filter((l) => l.port === port));
        const facts = {
            settings,
            lookup,
            backend,
            leases: records,
            cwds,
            platform,
            app,
            root,
            startCommand,
        };
        let finding = port_backend_diagnose(facts);
        if (finding.state === 'free' && finding.probe) {
            facts.refused = await ctx.probe(finding.port, settings.host, settings.hostOrigin);
            // Bound, and yet answered: NAT rules route it (a container's published port).
            if (!facts.refused && finding.beside.length === 0) {
                facts.nat = await answersThroughNat(finding.port, settings.host);
            }
            finding = port_backend_diagnose(facts);
        }
        const unnamed = finding.state === 'foreign' && finding.holder.pid === undefined;
        if (finding.state === 'container' || unnamed) {
            facts.engines = await ctx.containers();
            if (unnamed)
                finding = port_backend_diagnose(facts);
        }
        return facts;
    },
    diagnose: (facts) => facts
        ? outcome(facts, port_backend_diagnose(facts))
        : { status: 'skip', message: 'no valid port (see env.port)' },
});

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/port-ipv6-shadow.js









/** Pure: whether another server on ::1 answers the frontend's localhost. */
function port_ipv6_shadow_diagnose(facts) {
    const { lookup, backend, cwds, platform, show } = facts;
    let url;
    try {
        url = facts.apiUrl ? new URL(facts.apiUrl) : undefined;
    }
    catch { }
    const host = url ? url.hostname : facts.urlHost;
    // The backend's port: the one the frontend must reach (web.api-url checks the URL has it).
    const port = backend.port ?? (url ? urlPort(url) : undefined);
    if (!host || port === undefined)
        return { status: 'skip', message: 'no URL or port to check' };
    if (host !== 'localhost') {
        return { status: 'skip', message: `the API URL names ${host}, not localhost` };
    }
    if (lookup.problem) {
        return {
            status: 'warn',
            message: `cannot tell who listens on ::1:${port}`,
            details: [lookup.problem],
        };
    }
    const ourPids = new Set(backend.ours.map((l) => l.pid));
    const shadow = lookup.listeners.find((l) => l.port === port && isLoopback6(l.address) && !ourPids.has(l.pid));
    if (!shadow) {
        return { status: 'pass', message: `nothing else listens on [::1]:${port}` };
    }
    const v4 = lookup.listeners.find((l) => l.port === port && !isLoopback6(l.address));
    const engine = engineOf(shadow);
    const ipv4 = `or point the frontend at IPv4: set ${defaults/* API_URL_KEY */.rN}=http://127.0.0.1:${port} in ${show(facts.envLocal)}`;
    if (!engine && shadow.pid !== undefined && shadow.command === undefined) {
        return {
            status: 'warn',
            message: `localhost:${port} reaches ${describeListener(shadow)} on ::1, whose command line could not be read: it may be your backend`,
            details: [
                ...holderDetails(shadow, cwds),
                'Node 17+ and browsers try ::1 first for localhost',
                `if it is not your backend, end it: ${endCommand(shadow.pid, platform)}`,
                ipv4,
            ],
            data: { port, holder: holderData(shadow) },
        };
    }
    return {
        status: 'error',
        message: `localhost:${port} reaches ${describeListener(shadow)} on ::1, not ${v4 ? `${describeListener(v4)} on ${v4.address}` : 'the backend'}`,
        details: [
            ...holderDetails(shadow, cwds),
            'Node 17+ and browsers try ::1 first for localhost',
            ipv4,
        ],
        remedy: engine
            ? // An engine's process: its container is what to stop, never the process.
                engineHolding(port, engine, []).remedy
            : shadow.pid === undefined
                ? [findHolderCommand(port, platform)]
                : [endCommand(shadow.pid, platform)],
        data: { port, holder: holderData(shadow) },
    };
}
const portIpv6Shadow = defineCheck({
    id: 'port.ipv6-shadow',
    area: 'port',
    title: 'no other server answers localhost on ::1',
    async gather(ctx) {
        const [web, { settings }, lookup, backend] = await Promise.all([
            ctx.web(),
            ctx.settings(),
            ctx.listeners(),
            ctx.backend(),
        ]);
        return {
            apiUrl: web.next.env[defaults/* API_URL_KEY */.rN],
            urlHost: settings?.urlHost,
            lookup,
            backend,
            cwds: folders(ctx, lookup.listeners.filter((l) => isLoopback6(l.address))),
            platform: ctx.config.platform,
            envLocal: ctx.config.envLocal,
            show: ctx.show,
        };
    },
    diagnose: port_ipv6_shadow_diagnose,
});

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/port-range.js






/** How many ports of the range are test-bound at once. */
const PROBES_AT_ONCE = 8;
/** Each port of the range and what holds it. Pure; stale leases count as free (they are taken over). */
function classifyRange(range, listeners, leases, excluded, ourPorts) {
    const entries = [];
    for (let port = range.from; port <= range.to; port++) {
        const reserved = excluded.find((r) => port >= r.from && port <= r.to);
        const listener = listeners.find((l) => l.port === port && l.pid !== undefined) ??
            listeners.find((l) => l.port === port);
        const lease = leases.find((r) => r.port === port && !r.staleReason);
        if (reserved)
            entries.push({ port, state: 'excluded', by: `Windows (${reserved.from}-${reserved.to})` });
        else if (ourPorts.has(port))
            entries.push({ port, state: 'ours' });
        else if (listener)
            entries.push({ port, state: 'held', by: describeListener(listener) });
        else if (lease)
            entries.push({ port, state: 'leased', by: leaseOwner(lease) });
        else
            entries.push({ port, state: 'free' });
    }
    return entries;
}
const MAX_LISTED = 20;
const classify = (facts, range) => classifyRange(range, facts.lookup.listeners, facts.leases, facts.excluded, facts.ourPorts);
/** Pure: the range's ports counted by what holds them, the held ones named. */
function port_range_diagnose(facts) {
    const { settings } = facts.settings;
    if (!settings)
        return { status: 'skip', message: 'no valid range (see env.port)' };
    const { range } = settings;
    const { lookup, platform } = facts;
    // A tool that answers with nothing (Wine's netstat, a locked-down PowerShell) is no proof:
    // a port is free only when a test bind agrees.
    const entries = classify(facts, range).map((entry) => {
        const refused = entry.state === 'free' ? facts.refused.get(entry.port) : undefined;
        if (entry.state === 'free' && facts.nat?.has(entry.port)) {
            return {
                port: entry.port,
                state: 'held',
                by: 'NAT rules: a container publishes it, and no process listens (see port.backend)',
            };
        }
        const listener = lookup.listeners.find((l) => l.port === entry.port);
        const engine = entry.state === 'held' ? engineOf(listener) : undefined;
        if (engine && listener) {
            return {
                ...entry,
                by: `${describeListener(listener)}, ${engineName(engine.family)}'s: a container publishes it`,
            };
        }
        return refused === 'in-use'
            ? {
                port: entry.port,
                state: 'held',
                by: `a process ${lookup.tool ?? 'the OS tools'} did not name (${findHolderCommand(entry.port, platform)} shows it)`,
            }
            : refused === 'permission'
                ? { port: entry.port, state: 'excluded', by: 'the OS (binding is refused: EACCES)' }
                : entry;
    });
    const count = (state) => entries.filter((e) => e.state === state).length;
    const free = count('free');
    const span = `${range.from}-${range.to}`;
    const parts = [
        `${free} of ${entries.length} free`,
        ...['ours', 'leased', 'held', 'excluded']
            .filter((state) => count(state) > 0)
            .map((state) => `${count(state)} ${state === 'ours' ? 'our backend' : state}`),
    ];
    const taken = entries.filter((e) => e.state !== 'free');
    const details = [
        ...(lookup.problem ? [`${lookup.problem}; counted leases only`] : []),
        ...taken
            .slice(0, MAX_LISTED)
            .map((e) => `${e.port} ${e.state === 'ours' ? 'our backend' : e.state}${e.by ? ` by ${e.by}` : ''}`),
        ...(taken.length > MAX_LISTED ? [`and ${taken.length - MAX_LISTED} more`] : []),
    ];
    const data = {
        range: span,
        free,
        ports: entries.map((e) => ({ port: e.port, state: e.state, ...(e.by && { by: e.by }) })),
    };
    if (free === 0 && count('ours') === 0) {
        return {
            status: 'warn',
            message: `no free port in ${span} (${parts.slice(1).join(', ')}): udo-port find will fail`,
            details: [...details, 'end what holds them, or widen the range with --range'],
            data,
        };
    }
    return {
        status: lookup.problem ? 'warn' : 'pass',
        message: `${span}: ${parts.join(', ')}`,
        details,
        data,
    };
}
const portRange = defineCheck({
    id: 'port.range',
    area: 'port',
    title: 'how many ports of the range are free, leased or held',
    scope: 'host',
    async gather(ctx) {
        const [settings, lookup, leases, excluded, backend] = await Promise.all([
            ctx.settings(),
            ctx.listeners(),
            ctx.leases(),
            ctx.excluded(),
            ctx.backend(),
        ]);
        const facts = {
            settings,
            lookup,
            leases: leases.records,
            excluded,
            ourPorts: new Set(backend.ours.map((l) => l.port)),
            refused: new Map(),
            platform: ctx.config.platform,
        };
        // Then a test bind of each port the lookups leave free. Binds of one port collide, binds of
        // different ports do not: a few ports at a time (each is several binds, one per host);
        // bounded, so a wide range holds few sockets. The context shares one probe of a port with
        // port.backend.
        const valid = settings.settings;
        if (!valid)
            return facts;
        const nat = new Set();
        const free = classify(facts, valid.range)
            .filter((entry) => entry.state === 'free')
            .map((entry) => entry.port);
        const probeNext = async () => {
            for (let port = free.shift(); port !== undefined; port = free.shift()) {
                const refused = await ctx.probe(port, valid.host, valid.hostOrigin);
                if (refused)
                    facts.refused.set(port, refused);
                else if (await answersThroughNat(port, valid.host))
                    nat.add(port);
            }
        };
        await Promise.all(Array.from({ length: PROBES_AT_ONCE }, probeNext));
        return { ...facts, nat };
    },
    diagnose: port_range_diagnose,
});

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/port-windows-excluded.js


/** Pure: whether the port, or ports of the range, lie in a range Windows keeps for itself. */
function port_windows_excluded_diagnose({ platform, settings: facts, ranges }) {
    if (platform !== 'win32') {
        return { status: 'skip', message: 'only Windows reserves port ranges' };
    }
    if (!facts.settings)
        return { status: 'skip', message: 'no valid port (see env.port)' };
    const port = configuredPort(facts.settings);
    const { range } = facts.settings;
    const hit = ranges.find((r) => port >= r.from && port <= r.to);
    const overlaps = ranges
        .filter((r) => r.from <= range.to && r.to >= range.from)
        .map((r) => `${r.from}-${r.to}`);
    if (hit) {
        const above = `npx udo-port start --range ${hit.to + 1}-${Math.min(hit.to + 10, 65535)}`;
        const span = `${hit.from}-${hit.to}`;
        if (hit.administered) {
            // netsh marks it `*`: an administrator added it, and restarting winnat leaves it be.
            return {
                status: 'error',
                message: `port ${port} lies in Windows's excluded range ${span}, which an administrator added (netsh marks it *): binding it fails`,
                details: [
                    'restarting winnat does not free an administered range; only an administrator can remove it',
                    `remove it in an administrator terminal, if nothing else relies on it: netsh int ipv4 delete excludedportrange protocol=tcp startport=${hit.from} numberofports=${hit.to - hit.from + 1}`,
                ],
                remedy: [above],
                data: { port, excluded: span, administered: true },
            };
        }
        return {
            status: 'error',
            message: `port ${port} lies in Windows's excluded range ${span} (Hyper-V, WSL or Docker): no process holds it, yet binding it fails`,
            details: [
                'run the commands in an administrator terminal, one after the other; they free the ranges until they are taken again',
                `or run the backend above the range: ${above}`,
            ],
            remedy: ['net stop winnat', 'net start winnat'],
            data: { port, excluded: span, administered: false },
        };
    }
    return {
        status: 'pass',
        message: `port ${port} lies outside Windows's excluded ranges`,
        details: overlaps.length > 0
            ? [`excluded within ${range.from}-${range.to}: ${overlaps.join(', ')}`]
            : [],
        data: { port, excluded: ranges.map((r) => `${r.from}-${r.to}`) },
    };
}
const portWindowsExcluded = defineCheck({
    id: 'port.windows-excluded',
    area: 'port',
    title: 'the port lies outside Windows’s excluded port ranges',
    scope: 'host',
    async gather(ctx) {
        const [settings, ranges] = await Promise.all([ctx.settings(), ctx.excluded()]);
        return { platform: ctx.config.platform, settings, ranges };
    },
    diagnose: port_windows_excluded_diagnose,
});

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/venv-remedies.js
// The venv checks' shared wording: the interpreter's name and the commands that mend a venv.



/** What the backend needs in its venv. */
const BACKEND_PACKAGES = ['uvicorn', 'fastapi'];
const interpreterName = (platform) => platform === 'win32' ? 'Scripts\\python.exe' : 'bin/python';
async function venvFacts(ctx) {
    const venv = await ctx.venv();
    const { platform, root } = ctx.config;
    const requirements = ['backend/requirements.txt', 'requirements.txt']
        .map((path) => (0,external_node_path_.join)(root, path))
        .find((path) => (0,external_node_fs_.existsSync)(path));
    return { venv, platform, show: ctx.show, ...(requirements && { requirements }) };
}
/** The commands that make the venv anew and install the backend's packages into it. Pure. */
function venvCommands(facts, packages = BACKEND_PACKAGES) {
    const { venv, platform, show, requirements } = facts;
    const shown = show(venv.path);
    const flags = venv.config?.systemSitePackages
        ? ['--clear', '--system-site-packages']
        : ['--clear'];
    const wanted = requirements ? ['-r', show(requirements)] : packages;
    return {
        create: createVenvCommand(shown, platform),
        recreate: createVenvCommand(shown, platform, flags),
        install: installCommand(shown, wanted, platform),
    };
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/venv-base.js





/** Where a dangling interpreter link points. */
function linkTarget(path) {
    try {
        return (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), (0,external_node_fs_.readlinkSync)(path));
    }
    catch {
        return path;
    }
}
function configLocations(venv, keys) {
    const line = keys.map((key) => venv.config?.lines[key]).find((n) => n !== undefined);
    return [{ file: venv.configFile, ...(line !== undefined && { line }) }];
}
/** Pure: whether the base Python the venv was made from is still there. */
function venv_base_diagnose(facts) {
    const { venv, platform, show, gone } = facts;
    const name = show(venv.path);
    if (!venv.exists)
        return { status: 'skip', message: 'no virtualenv (see venv.present)' };
    if (foreignLayout(venv, platform)) {
        return { status: 'skip', message: 'made on another OS (see venv.platform)' };
    }
    if (!venv.config)
        return { status: 'skip', message: 'no pyvenv.cfg (see venv.present)' };
    const { home, executable, version } = venv.config;
    const named = [
        ...(home ? [`pyvenv.cfg: home = ${home}`] : []),
        ...(executable ? [`pyvenv.cfg: executable = ${executable}`] : []),
    ];
    if (gone || venv.dangling) {
        const cmd = venvCommands(facts);
        return {
            status: 'error',
            message: `${name} points at a Python that is gone: ${gone ?? facts.linkTarget}`,
            details: [
                ...named,
                ...(venv.dangling
                    ? [`${show(venv.interpreter)} links to ${facts.linkTarget}, which is gone`]
                    : []),
                'the Python it was made from was uninstalled, upgraded or moved; make it anew',
            ],
            remedy: [cmd.recreate, cmd.install],
            locations: configLocations(venv, gone === home ? ['home'] : ['executable', 'home']),
            data: { home, executable, version },
        };
    }
    if (!home && !executable) {
        return {
            status: 'warn',
            message: `${show(venv.configFile)} names no base Python (no home)`,
            locations: [{ file: venv.configFile }],
        };
    }
    return {
        status: 'pass',
        message: `base Python ${executable ?? home}${version ? ` (${version})` : ''}`,
        details: named,
        data: { home, executable, version },
    };
}
const venvBase = defineCheck({
    id: 'venv.base',
    area: 'venv',
    title: 'the base Python named by pyvenv.cfg still exists',
    async gather(ctx) {
        const facts = await venvFacts(ctx);
        const gone = facts.venv.exists ? missingBase(facts.venv, facts.platform) : undefined;
        return { ...facts, ...(gone && { gone }), linkTarget: linkTarget(facts.venv.interpreter) };
    },
    diagnose: venv_base_diagnose,
});

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/venv-platform.js



/** Pure: whether this OS can use the venv's layout (bin/ or Scripts\). */
function venv_platform_diagnose(facts) {
    const { venv, platform, show } = facts;
    const name = show(venv.path);
    if (!venv.exists)
        return { status: 'skip', message: `no virtualenv (see venv.present)` };
    const foreign = foreignLayout(venv, platform);
    if (foreign) {
        const cmd = venvCommands(facts);
        return {
            status: 'error',
            message: foreign === 'windows'
                ? `${name} was made on Windows: it has only Scripts\\, and this OS needs bin/`
                : `${name} was made on Linux or macOS: it has only bin/, and Windows needs Scripts\\`,
            details: ['a virtualenv cannot move between operating systems; make it anew here'],
            remedy: [cmd.recreate, cmd.install],
            data: { layout: venv.layout },
        };
    }
    if (venv.layout === 'none') {
        return { status: 'skip', message: `${name} has neither bin/ nor Scripts\\` };
    }
    return {
        status: 'pass',
        message: `${name} has the ${platform === 'win32' ? 'Windows (Scripts\\)' : 'POSIX (bin/)'} layout`,
        data: { layout: venv.layout },
    };
}
const venvPlatform = defineCheck({
    id: 'venv.platform',
    area: 'venv',
    title: 'the virtualenv was made on this OS',
    gather: venvFacts,
    diagnose: venv_platform_diagnose,
});

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/venv-present.js



/** Pure: whether the venv is there, whole, and made for this OS. */
function venv_present_diagnose(facts) {
    const { venv, platform, show } = facts;
    const name = show(venv.path);
    const cmd = venvCommands(facts);
    if (!venv.exists) {
        return {
            status: 'error',
            message: `no virtualenv at ${name}`,
            details: ['the backend runs as `python -m uvicorn` from this virtualenv'],
            remedy: [cmd.create, cmd.install],
        };
    }
    if (foreignLayout(venv, platform)) {
        return { status: 'skip', message: `${name} was made on another OS (see venv.platform)` };
    }
    if (venv.configProblem) {
        return {
            status: 'error',
            message: `${show(venv.configFile)} ${venv.configProblem}`,
            details: ['Python reads pyvenv.cfg when it starts: it must be a small regular file'],
            remedy: [cmd.recreate, cmd.install],
        };
    }
    if (!venv.config) {
        return {
            status: 'error',
            message: `${name} has no pyvenv.cfg: Python does not treat it as a virtualenv`,
            remedy: [cmd.recreate, cmd.install],
        };
    }
    if (!venv.usable && !venv.dangling) {
        return {
            status: 'error',
            message: `${name} has no ${interpreterName(platform)}`,
            remedy: [cmd.recreate, cmd.install],
        };
    }
    return {
        status: 'pass',
        message: `${name} has ${interpreterName(platform)} and pyvenv.cfg`,
        data: { path: venv.path, interpreter: venv.interpreter },
    };
}
const venvPresent = defineCheck({
    id: 'venv.present',
    area: 'venv',
    title: 'the virtualenv exists with its interpreter and pyvenv.cfg',
    gather: venvFacts,
    diagnose: venv_present_diagnose,
});

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/venv-uvicorn.js



/** Pure: whether the backend's packages are installed. */
function venv_uvicorn_diagnose(facts) {
    const { venv, show, versions } = facts;
    if (!versions) {
        return { status: 'skip', message: 'the virtualenv cannot run (see the checks above)' };
    }
    const missing = BACKEND_PACKAGES.filter((name) => !versions[name]);
    const found = BACKEND_PACKAGES.filter((name) => versions[name]).map((name) => `${name} ${versions[name]}`);
    if (missing.length > 0) {
        return {
            status: 'error',
            message: `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not installed in ${show(venv.path)}`,
            details: found.length > 0 ? [`installed: ${found.join(', ')}`] : [],
            remedy: [venvCommands(facts, missing).install],
            data: { versions },
        };
    }
    return { status: 'pass', message: found.join(', '), data: { versions } };
}
const venvUvicorn = defineCheck({
    id: 'venv.uvicorn',
    area: 'venv',
    title: 'uvicorn and fastapi are installed in the virtualenv',
    async gather(ctx) {
        const facts = await venvFacts(ctx);
        // Python is asked only of a venv that can run.
        if (venvProblem(facts.venv, facts.platform))
            return facts;
        return { ...facts, versions: await ctx.packages(BACKEND_PACKAGES) };
    },
    diagnose: venv_uvicorn_diagnose,
});

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/web-api-url.js







async function web_api_url_gather(ctx) {
    const [web, backend, settings] = await Promise.all([ctx.web(), ctx.backend(), ctx.settings()]);
    const { env: shell, settingsInput, envLocal, doctorCommand, platform } = ctx.config;
    const urlHostFlag = settingsInput.urlHost;
    const keys = ctx.config.urlVariables ?? [defaults/* API_URL_KEY */.rN];
    return {
        key: keys[0] ?? defaults/* API_URL_KEY */.rN,
        keys,
        keysFrom: ctx.config.urlVariablesFrom,
        web,
        backend,
        settings,
        shell,
        urlHostFlag,
        envLocal,
        doctorCommand,
        platform,
        show: ctx.show,
    };
}
/** The winning value, the URL --fix would write, and whether it may. Pure. */
function web_api_url_plan(facts) {
    const { web, backend } = facts;
    const win = winner(web, facts.shell, facts.key);
    const current = parseApiUrl(win.value);
    const target = backend.port === undefined
        ? undefined
        : targetUrl(current, backend.port, {
            flag: facts.urlHostFlag,
            setting: facts.settings.settings?.urlHost ?? 'localhost',
        });
    // With a file left unread, which value wins is unknown, and .env.local may be the FIFO itself.
    const fixable = web.exists && web.unread.length === 0 && web.utf16.length === 0 && !outranksLocal(win.source);
    return { web, backend, win, current, target, fixable };
}
/** Pure: whether the winning URL is valid and on the backend's port. */
function diagnoseKey(facts) {
    const API_URL_KEY = facts.key;
    const { web, backend, win, current, target, fixable } = web_api_url_plan(facts);
    const { show, platform } = facts;
    if (!web.exists) {
        return {
            status: 'warn',
            message: `no ${show(web.dir)} folder: the frontend's URL cannot be checked`,
            details: ["--env-local names the frontend's env file when it lives elsewhere"],
        };
    }
    // A FIFO or device among the env files: read, it would hang the check (and next dev).
    const [unread, ...more] = web.unread;
    if (unread) {
        const others = more.length > 0 ? ` (and ${more.length} more file${more.length > 1 ? 's' : ''})` : '';
        return {
            status: 'error',
            message: `${show(unread.file)} ${unread.problem}${others}: ${API_URL_KEY} cannot be checked`,
            details: [
                ...more.map((f) => `${show(f.file)} ${f.problem}`),
                'udo-port reads and writes only regular env files, never a FIFO, device or socket',
            ],
            locations: web.unread.map((f) => ({
                file: f.file,
                message: `${show(f.file)} ${f.problem}`,
            })),
        };
    }
    // A UTF-16 file: Next.js finds nothing in it; env.syntax says so once, and --fix saves it as
    // UTF-8, after which this check can tell.
    const [wide] = web.utf16;
    if (wide) {
        return {
            status: 'skip',
            message: `${show(wide.file)} is UTF-16 (see env.syntax): ${API_URL_KEY} is checked once it is UTF-8`,
        };
    }
    const local = show(facts.envLocal);
    const locations = win.file
        ? [{ file: win.file, ...(win.line !== undefined && { line: win.line }) }]
        : [{ file: facts.envLocal }];
    const remedy = () => {
        if (fixable)
            return [`${facts.doctorCommand} --fix`];
        if (win.source === 'process')
            return [unsetCommand(API_URL_KEY, platform)];
        return [
            `edit ${winnerPlace(show, win)}: set ${API_URL_KEY}=${target ? shownUrl(target) : '<the backend URL>'}`,
        ];
    };
    const manual = target && fixable ? [`--fix sets ${API_URL_KEY}=${shownUrl(target)} in ${local}`] : [];
    if (current.state === 'unset') {
        return {
            status: 'error',
            message: `${API_URL_KEY} is not set in the shell or in any env file of ${show(web.dir)}`,
            details: [`Next.js looks in: the shell, ${nextEnvFiles().join(', ')}`, ...manual],
            remedy: remedy(),
            fixable: fixable && target !== undefined,
            locations,
        };
    }
    const shown = shownUrl(current.value);
    if (current.state === 'invalid') {
        return {
            status: 'error',
            message: `${API_URL_KEY}=${shown} (${winnerPlace(show, win)}) is not an http(s) URL`,
            details: manual,
            remedy: remedy(),
            fixable: fixable && target !== undefined,
            locations,
        };
    }
    const data = {
        value: shown,
        source: win.source,
        port: current.port,
        backendPort: backend.port,
    };
    if (backend.port === undefined) {
        return {
            status: 'skip',
            message: `${API_URL_KEY}=${shown} (${winnerPlace(show, win)}); the backend's port is not known yet: ${backend.why}`,
            data,
        };
    }
    if (current.port !== backend.port) {
        return {
            status: 'error',
            message: `${API_URL_KEY}=${shown} (${winnerPlace(show, win)}) points at port ${current.port}, but the backend's port is ${backend.port} (${backend.why})`,
            details: [
                ...manual,
                ...(fixable
                    ? []
                    : [`a value ${winnerPlace(show, win)} wins over ${local} (see web.api-url-source)`]),
            ],
            remedy: remedy(),
            fixable,
            locations,
            data,
        };
    }
    return {
        status: 'pass',
        message: `${API_URL_KEY}=${shown} (${winnerPlace(show, win)}) is on the backend's port ${backend.port} (${backend.why})`,
        data,
    };
}
/**
 * Pure: each variable the frontend reads, judged alone; the worst outcome stands for all, and
 * names where the variables are configured.
 */
function web_api_url_diagnose(facts) {
    const rank = { error: 0, warn: 1, skip: 2, pass: 3 };
    const outcomes = facts.keys.map((key) => diagnoseKey({ ...facts, key }));
    const worst = [...outcomes].sort((a, b) => (rank[a.status] ?? 9) - (rank[b.status] ?? 9))[0];
    if (!worst)
        return { status: 'skip', message: 'no variable for the backend URL is configured' };
    const from = facts.keysFrom ? ` (${facts.keysFrom})` : '';
    if (outcomes.length === 1) {
        return from && worst.status !== 'pass'
            ? {
                ...worst,
                details: [...(worst.details ?? []), `the variable is named by ${facts.keysFrom}`],
            }
            : worst;
    }
    if (worst.status === 'pass') {
        return { ...worst, message: outcomes.map((o) => o.message).join('; ') + from };
    }
    return {
        ...worst,
        details: [
            ...(worst.details ?? []),
            ...outcomes.filter((o) => o !== worst).map((o) => `${o.status}: ${o.message}`),
            ...(from ? [`the variables are named by ${facts.keysFrom}`] : []),
        ],
    };
}
const webApiUrl = defineCheck({
    id: 'web.api-url',
    area: 'web',
    title: `${defaults/* API_URL_KEY */.rN} is set, valid, and on the backend's port`,
    gather: web_api_url_gather,
    diagnose: web_api_url_diagnose,
    async fix(ctx) {
        const facts = await web_api_url_gather(ctx);
        const todo = facts.keys
            .map((key) => ({ key, ...web_api_url_plan({ ...facts, key }) }))
            .filter(({ target, fixable, current }) => {
            if (!fixable || target === undefined)
                return false;
            return !(current.state === 'valid' && current.value.trim() === target);
        });
        const [first] = todo;
        if (!first)
            return undefined;
        const file = ctx.config.envLocal;
        // The line as --fix would leave it, where it would put it: the user's edit by hand.
        const text = first.web.files.find((f) => f.file === file)?.contents;
        const lines = todo.map(({ key, target }) => `${key}=${shownUrl(target)}`);
        return {
            id: 'web.api-url',
            change: `set ${lines.join(', ')} in ${ctx.show(file)}`,
            touches: ['web', 'port.ipv6-shadow', 'env.syntax'],
            file,
            manual: todo.map(({ key, target }) => {
                const at = text === undefined ? undefined : lastLine(text, key);
                const line = `${key}=${shownUrl(target)}`;
                return at === undefined
                    ? `add this line to ${ctx.show(file)}: ${line}`
                    : `edit ${ctx.show(file)}, line ${at}, to read: ${line}`;
            }),
            async apply() {
                const said = [];
                for (const { key, target } of todo) {
                    const done = await writeEnvValue(file, key, target, '--env-local');
                    const written = (0,read/* envFileContents */.a0)(file);
                    const line = written.state === 'read' ? lastLine(written.text, key) : undefined;
                    said.push(done === 'unchanged'
                        ? `${ctx.show(file)} already has ${key}=${shownUrl(target)}`
                        : `${done === 'created' ? 'created' : 'updated'} ${ctx.show(file)}${line ? `:${line}` : ''}: ${key}=${shownUrl(target)}`);
                }
                return said.join('; ');
            },
        };
    },
});

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/web-api-url-source.js






/** Pure: where the winning value comes from, and whether editing .env.local would change it. */
function web_api_url_source_diagnose(facts) {
    const { web, show } = facts;
    const API_URL_KEY = facts.key ?? defaults/* API_URL_KEY */.rN;
    if (!web.exists)
        return { status: 'skip', message: `no ${show(web.dir)} folder` };
    const win = winner(web, facts.shell, API_URL_KEY);
    const local = show(facts.envLocal);
    // The best value among the files, as Next.js would take it without the shell.
    const inFiles = web.files
        .map((f) => ({ f, value: (0,env_text/* parseEnv */.vc)(f.contents)[API_URL_KEY] }))
        .find((x) => x.value !== undefined);
    if (win.source === undefined) {
        return { status: 'skip', message: `${API_URL_KEY} is not set anywhere (see web.api-url)` };
    }
    if (win.source === 'process') {
        const shell = shownUrl(win.value ?? '');
        if (inFiles && inFiles.value === win.value) {
            return {
                status: 'pass',
                message: `the shell's ${API_URL_KEY}=${shell} wins, and equals ${show(inFiles.f.file)}'s`,
                data: { source: 'process' },
            };
        }
        return {
            status: 'warn',
            message: inFiles
                ? `the shell's ${API_URL_KEY}=${shell} wins over ${show(inFiles.f.file)}'s ${shownUrl(inFiles.value)}: editing ${local} will not help`
                : `${API_URL_KEY}=${shell} comes from the shell: editing ${local} will not help`,
            details: [
                'Next.js never replaces a variable the shell has set; unset it, then restart next dev from that shell',
            ],
            remedy: [unsetCommand(API_URL_KEY, facts.platform)],
            data: { source: 'process' },
        };
    }
    const file = win.file;
    const at = { file, ...(win.line !== undefined && { line: win.line }) };
    if (outranksLocal(win.source)) {
        return {
            status: 'warn',
            message: `${API_URL_KEY} comes from ${winnerPlace(show, win)}, which wins over ${local}: editing ${local} will not help`,
            details: [`Next.js reads, first wins: the shell, ${nextEnvFiles().join(', ')}`],
            remedy: [
                `edit ${winnerPlace(show, win)}: remove the ${API_URL_KEY} line, or set the URL there`,
            ],
            locations: [at],
            data: { source: win.source },
        };
    }
    return {
        status: 'pass',
        message: `${API_URL_KEY} comes from ${winnerPlace(show, win)}`,
        data: { source: win.source },
    };
}
const webApiUrlSource = defineCheck({
    id: 'web.api-url-source',
    area: 'web',
    title: `the winning ${defaults/* API_URL_KEY */.rN} is the one in .env.local`,
    async gather(ctx) {
        const { env: shell, envLocal, platform, urlVariables } = ctx.config;
        const key = urlVariables?.[0] ?? defaults/* API_URL_KEY */.rN;
        return { web: await ctx.web(), shell, envLocal, platform, show: ctx.show, key };
    },
    diagnose: web_api_url_source_diagnose,
});

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/small-file.js
// A project's small text file, read the way a file someone else may have planted must be: only a
// regular file, not through a final link, opened without blocking (a FIFO put in its place
// between the check and the open cannot hang the reader), and only up to a size bound.

/** The file's text, or undefined when it is missing, not a regular file, or over `maxBytes`. */
function readSmallText(path, maxBytes = 256 * 1024) {
    const seen = (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false });
    if (!seen?.isFile() || seen.size > maxBytes)
        return undefined;
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0) | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
    }
    catch {
        return undefined;
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile() || stat.size > maxBytes || stat.ino !== seen.ino)
            return undefined;
        const buffer = Buffer.alloc(stat.size);
        const read = stat.size === 0 ? 0 : (0,external_node_fs_.readSync)(fd, buffer, 0, stat.size, 0);
        return buffer.subarray(0, read).toString('utf8');
    }
    catch {
        return undefined;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/web-dev-proxy.js
// A dev server told to forward API calls to a fixed local port (a Next.js rewrite, a Vite proxy):
// when the backend moves, that address does not. The config files are read as text, never run:
// running a project's config would run its code, and only a written-down address can be found.



const CONFIGS = ['next.config', 'vite.config'].flatMap((base) => ['js', 'mjs', 'cjs', 'ts', 'mts', 'cts'].map((ext) => `${base}.${ext}`));
// A loopback address with a port, as a rewrite's destination or a proxy's target writes it.
const LOCAL = /\b(?:https?|wss?):\/\/(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1?\])(?::(\d{1,5}))\b/g;
/** Every fixed local address with a port in the configs' text, skipping comment lines. Pure. */
function fixedAddresses(configs) {
    const found = [];
    for (const { file, text } of configs) {
        text.split(/\r?\n/).forEach((line, i) => {
            const trimmed = line.trim();
            if (trimmed.startsWith('//') || trimmed.startsWith('*') || trimmed.startsWith('/*'))
                return;
            for (const match of line.matchAll(LOCAL)) {
                found.push({ file, line: i + 1, port: Number(match[2]), address: match[0] });
            }
        });
    }
    return found;
}
function web_dev_proxy_readConfig(path) {
    const text = readSmallText(path, 512 * 1024);
    return text === undefined ? undefined : { file: path, text };
}
async function web_dev_proxy_gather(ctx) {
    const dir = ctx.config.webDir ?? ctx.config.root;
    const dirs = [...new Set([dir, ctx.config.root])];
    const configs = dirs
        .flatMap((d) => CONFIGS.map((name) => web_dev_proxy_readConfig((0,external_node_path_.join)(d, name))))
        .filter((c) => c !== undefined);
    const backend = configs.length > 0 ? await ctx.backend() : undefined;
    return {
        configs,
        ...(backend?.port !== undefined && { backendPort: backend.port }),
        why: backend?.why ?? '',
        show: ctx.show,
    };
}
/** Pure: a fixed local port that is not the backend's is an error naming the file and line. */
function web_dev_proxy_diagnose(facts) {
    const { show } = facts;
    if (facts.configs.length === 0) {
        return { status: 'skip', message: 'no next.config.* or vite.config.* in the frontend' };
    }
    const found = fixedAddresses(facts.configs);
    const names = facts.configs.map((c) => show(c.file)).join(', ');
    if (found.length === 0) {
        return { status: 'pass', message: `${names}: no rewrite or proxy to a fixed local port` };
    }
    if (facts.backendPort === undefined) {
        return {
            status: 'skip',
            message: `${names} name ${found.map((f) => f.address).join(', ')}; the backend's port is not known yet: ${facts.why}`,
        };
    }
    const wrong = found.filter((f) => f.port !== facts.backendPort);
    if (wrong.length === 0) {
        return {
            status: 'pass',
            message: `${names}: the local address is the backend's port ${facts.backendPort}`,
        };
    }
    const [first] = wrong;
    return {
        status: 'error',
        message: `${show(first.file)}:${first.line} sends requests to ${first.address}, but the backend's port is ${facts.backendPort} (${facts.why})`,
        details: [
            ...wrong.slice(1).map((f) => `${show(f.file)}:${f.line} also names ${f.address}`),
            'a fixed port does not follow the backend when udo-port moves it; read the URL from an environment variable the project file lists in frontend.urlVariables',
        ],
        remedy: [
            `edit ${show(first.file)}:${first.line}: use process.env.<your API URL variable> instead of ${first.address}`,
        ],
        locations: wrong.map((f) => ({ file: f.file, line: f.line })),
        data: {
            backendPort: facts.backendPort,
            fixed: wrong.map((f) => ({ ...f, file: show(f.file) })),
        },
    };
}
const webDevProxy = defineCheck({
    id: 'web.dev-proxy',
    area: 'web',
    title: "the dev server's rewrites and proxies reach the backend's port",
    gather: web_dev_proxy_gather,
    diagnose: web_dev_proxy_diagnose,
});

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/facts/next-servers.js

const NEXT_SERVER = /(^|[\\/\s])next(\.cmd|\.js)?\s+(dev|start)\b|next-server|next[\\/]dist[\\/](bin|server)/;
// `next dev`, or its server child as Windows shows it (Linux and macOS show its title instead).
const NEXT_DEV = /(^|[\\/\s])next(\.cmd|\.js)?\s+dev\b|start-server\.js/;
const NEXT_START = /(^|[\\/\s])next(\.cmd|\.js)?\s+start\b/;
/**
 * Which server a Next.js listener is, from its command line and its parent's. Both servers are
 * titled `next-server` on Linux and macOS, so the title alone says nothing: `next dev` runs its
 * server as a child of `next dev`, while `next start` (or a standalone server.js) is the server
 * itself. Pure.
 */
function nextKind(command, parentCommand) {
    if (NEXT_DEV.test(command))
        return 'dev';
    if (NEXT_START.test(command))
        return 'start';
    if (parentCommand === undefined)
        return 'unknown';
    return NEXT_DEV.test(parentCommand) ? 'dev' : 'start';
}
/** The Next.js servers of the frontend in `web.dir`, and the listeners that may be ones. */
async function nextServers(ctx, web, since) {
    const lookup = await ctx.listeners();
    const dir = realOrSelf(web.dir);
    const { platform } = ctx.config;
    const fold = (text) => (platform === 'linux' ? text : text.toLowerCase());
    const byPid = new Map();
    // Listeners whose command line could not be read: any of them may be a Next.js server.
    const unread = new Map();
    for (const l of lookup.listeners) {
        if (l.pid === undefined || byPid.has(l.pid))
            continue;
        if (l.command === undefined) {
            if (!unread.has(l.pid))
                unread.set(l.pid, l);
            continue;
        }
        if (!NEXT_SERVER.test(l.command))
            continue;
        // Only this frontend's servers: by their folder on Linux, by a path in the command elsewhere.
        const cwd = ctx.cwdOf(l.pid);
        const mine = cwd !== undefined ? cwd === dir : fold(l.command).includes(fold(web.dir));
        if (mine)
            byPid.set(l.pid, l);
    }
    const servers = await Promise.all([...byPid.values()].map(async (listener) => {
        const pid = listener.pid;
        const [startedAt, parent] = await Promise.all([ctx.startTime(pid), ctx.parentCommand(pid)]);
        const kind = nextKind(listener.command ?? '', parent);
        return { listener, kind, ...(startedAt !== undefined && { startedAt }) };
    }));
    // An unread process that started after the change cannot be a stale server.
    const unknown = (await Promise.all([...unread.values()].map(async (listener) => {
        const startedAt = await ctx.startTime(listener.pid);
        return startedAt !== undefined && startedAt >= since ? [] : [listener];
    }))).flat();
    return { servers, unknown };
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/web-stale.js






const START_SLACK_MS = 1000;
/** What predates the last env change, by kind of server. Pure. */
function web_stale_staleness(facts) {
    const before = (at, changed, slack = 0) => at !== undefined && changed !== undefined && at + slack < changed;
    const build = before(facts.buildAt, facts.prodChangedAt);
    // A start time read from /proc counts from a boot time kept in whole seconds, so it may be up
    // to a second early: only a start more than that before the change predates it.
    const started = (at, changed) => before(at, changed, START_SLACK_MS);
    return {
        /** `next start` servers that read their env, or were built, before the change. */
        serving: facts.servers.filter((s) => s.kind === 'start' && (build || started(s.startedAt, facts.prodChangedAt))),
        /** `next dev` servers that started before the change: they have reloaded it themselves. */
        reloaded: facts.servers.filter((s) => s.kind === 'dev' && started(s.startedAt, facts.devChangedAt)),
        /** Servers of unknown kind that started before the change. */
        unknown: facts.servers.filter((s) => s.kind === 'unknown' && started(s.startedAt, facts.devChangedAt)),
        build,
    };
}
const when = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
const newest = (files) => [...files].sort((a, b) => b.mtimeMs - a.mtimeMs)[0];
/**
 * Rebuilds and starts the frontend, from the user's shell, one command a line (no &&, which
 * Windows PowerShell 5.1 lacks): `cd web-dashboard`, `npm run build`, `npm run start`.
 */
function rebuildCommand(dirShown, port, platform) {
    // next start's own default; any other port is asked for again.
    const start = port === undefined || port === defaults/* PORT_DEFAULTS */.nN.webPort
        ? 'npm run start'
        : `npm run start -- -p ${port}`;
    return [...(dirShown === '.' ? [] : [`cd ${quote(dirShown, platform)}`]), 'npm run build', start];
}
/** `next start: PID 5 on port 3000, started 2025-...`. */
const serverLine = (s) => `${s.kind === 'unknown' ? 'a Next.js server' : `next ${s.kind}`}: PID ${s.listener.pid} on port ${s.listener.port}${s.startedAt !== undefined ? `, started ${when(s.startedAt)}` : ''}`;
/** The newest env file `next dev` reads, and the newest `next build` and `next start` read. */
const changes = (web) => ({
    devFile: newest(web.files),
    prodFile: newest(web.production),
});
/** Pure: which running server or build predates the last env change, and what to do about it. */
function web_stale_diagnose(facts) {
    const { web, lookup, buildAt, platform, show } = facts;
    if (!web.exists)
        return { status: 'skip', message: `no ${show(web.dir)} folder` };
    const { devFile, prodFile } = changes(web);
    if (!devFile && !prodFile) {
        return { status: 'skip', message: `no env files in ${show(web.dir)}` };
    }
    const { servers, unknown } = facts.next ?? { servers: [], unknown: [] };
    const stale = web_stale_staleness({
        ...(devFile && { devChangedAt: devFile.mtimeMs }),
        ...(prodFile && { prodChangedAt: prodFile.mtimeMs }),
        servers,
        ...(buildAt !== undefined && { buildAt }),
    });
    const dirShown = show(web.dir);
    const nextFolder = show((0,external_node_path_.join)(web.dir, '.next'));
    const dev = servers.filter((s) => s.kind === 'dev');
    const data = {
        servers: servers.map((s) => ({ pid: s.listener.pid, port: s.listener.port, kind: s.kind })),
        stale: [...stale.serving, ...stale.unknown].map((s) => s.listener.pid),
        staleBuild: stale.build,
    };
    // next start, or a build that npm run start would serve: NEXT_PUBLIC_ values are baked in
    // at build time, so only a new build shows the change.
    if (stale.serving.length > 0 || (stale.build && dev.length === 0)) {
        const changed = prodFile;
        const port = stale.serving[0]?.listener.port;
        return {
            status: 'error',
            message: stale.serving.length > 0
                ? `next start serves a build made before ${show(changed.file)} changed: the browser still gets the old NEXT_PUBLIC_ values`
                : `the .next build predates the change to ${show(changed.file)}: npm run start would serve the old NEXT_PUBLIC_ values`,
            details: [
                `${show(changed.file)} changed at ${when(changed.mtimeMs)}`,
                ...stale.serving.map(serverLine),
                ...(buildAt !== undefined ? [`the build in ${nextFolder} is from ${when(buildAt)}`] : []),
                'NEXT_PUBLIC_ values are baked in when next build runs: rebuild, then restart next start',
                ...(stale.serving.length > 0
                    ? ['stop the old server first (Ctrl+C in its terminal, or the command below)']
                    : []),
            ],
            remedy: [
                ...stale.serving.map((s) => endCommand(s.listener.pid, platform)),
                ...rebuildCommand(dirShown, port, platform),
            ],
            locations: [{ file: changed.file }],
            data,
        };
    }
    const untimed = servers.filter((s) => s.kind !== 'dev' && s.startedAt === undefined);
    const doubts = [
        ...(lookup.problem ? [lookup.problem] : []),
        ...(unknown.length > 0
            ? [
                `the command lines of ${unknown.length} listening process${unknown.length > 1 ? 'es' : ''} could not be read: ${unknown
                    .slice(0, 5)
                    .map((l) => `PID ${l.pid} (port ${l.port})`)
                    .join(', ')}${unknown.length > 5 ? ', ...' : ''}; any of them may be next start`,
            ]
            : []),
        ...untimed.map((s) => `${serverLine(s)}: its start time cannot be read here`),
    ];
    const devChanged = devFile ? `${show(devFile.file)} changed at ${when(devFile.mtimeMs)}` : '';
    if (stale.unknown.length > 0) {
        return {
            status: 'warn',
            message: `a running Next.js server predates the change to its env files, and whether it is next dev or next start cannot be told`,
            details: [
                devChanged,
                ...stale.unknown.map(serverLine),
                'next dev reloads env files by itself: reload the page',
                `next start serves a build: rebuild and restart it (${rebuildCommand(dirShown, stale.unknown[0]?.listener.port, platform).join(', then ')})`,
                ...doubts,
            ],
            locations: devFile ? [{ file: devFile.file }] : [],
            data,
        };
    }
    if (doubts.length > 0) {
        return {
            status: 'skip',
            message: `cannot tell whether a next start server predates the last env change; if one started before it, rebuild and restart it`,
            details: doubts,
            data: { ...data, unknown: unknown.map((l) => l.pid) },
        };
    }
    const notes = [
        ...dev.map(serverLine),
        ...(stale.build
            ? [
                `the build in ${nextFolder} is from ${when(buildAt)}, before ${show(prodFile.file)} changed: run npm run build before npm run start`,
            ]
            : []),
    ];
    if (stale.reloaded.length > 0) {
        return {
            status: 'pass',
            message: `next dev reloads the env files itself (it logs "Reload env: ${devFile.path}"): reload the page to see the change`,
            details: [devChanged, ...notes],
            data,
        };
    }
    return {
        status: 'pass',
        message: servers.length > 0
            ? dev.length === servers.length
                ? 'next dev is running and reloads the env files itself'
                : 'the Next.js server started after the last env change'
            : `no Next.js server running${buildAt !== undefined ? ', and the .next build is newer than the env files' : ''}`,
        details: notes,
        data,
    };
}
const webStale = defineCheck({
    id: 'web.stale',
    area: 'web',
    title: 'no next start server or .next build predates the env change',
    async gather(ctx) {
        const [web, lookup] = await Promise.all([ctx.web(), ctx.listeners()]);
        const facts = { web, lookup, platform: ctx.config.platform, show: ctx.show };
        const { devFile, prodFile } = changes(web);
        if (!web.exists || (!devFile && !prodFile))
            return facts;
        const changedAt = Math.max(devFile?.mtimeMs ?? 0, prodFile?.mtimeMs ?? 0);
        facts.next = await nextServers(ctx, web, changedAt);
        const buildAt = (0,external_node_fs_.statSync)((0,external_node_path_.join)(web.dir, '.next', 'BUILD_ID'), {
            throwIfNoEntry: false,
        })?.mtimeMs;
        return { ...facts, ...(buildAt !== undefined && { buildAt }) };
    },
    diagnose: web_stale_diagnose,
});

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/doctor.js
























/**
 * Every check, in the order they are shown and fixed: backend/.env is made before the URL that
 * may depend on its port is written, and .gitignore last.
 */
const CHECKS = [
    venvPresent,
    venvPlatform,
    venvBase,
    venvUvicorn,
    envBackend,
    envPort,
    envSyntax,
    portBackend,
    portRange,
    portWindowsExcluded,
    portIpv6Shadow,
    webApiUrl,
    webApiUrlSource,
    webStale,
    webDevProxy,
    composeFile,
    composeBackendPort,
    composeWebApiUrl,
    composePortClash,
    gitEnvFiles,
    leasesCheck,
];
async function runChecks(checks, ctx) {
    // All at once: they share one lookup of each kind through the context.
    return Promise.all(checks.map(async (check) => {
        try {
            return result(check, await check.run(ctx));
        }
        catch (error) {
            return result(check, {
                status: 'error',
                message: `the check itself failed: ${error.message}`,
            });
        }
    }));
}
/**
 * A finding whose fix failed: its remedy no longer says --fix (which would fail the same way)
 * but what to do by hand, and its details say why --fix could not.
 */
function byHand(found, failure, fixCommand) {
    if (!isFinding(found))
        return found;
    const remedy = found.remedy.some((line) => line === fixCommand)
        ? found.remedy.flatMap((line) => (line === fixCommand ? failure.manual : [line]))
        : [...found.remedy, ...failure.manual.filter((line) => !found.remedy.includes(line))];
    return {
        ...found,
        details: [...found.details, `--fix could not ${failure.change}: ${failure.why}`],
        remedy,
        fixable: false,
    };
}
const touchedBy = (check, touches) => touches.some((t) => t === check.id || t === check.area);
async function runDoctor(config, checks, options = {}) {
    let ctx = new Context(config);
    const results = await runChecks(checks, ctx);
    if (!options.fix)
        return { results, summary: summarize(results) };
    const fixes = [];
    const touches = [];
    const failed = new Map();
    for (const check of checks) {
        const found = results.find((r) => r.id === check.id);
        if (!check.fix || !found?.fixable || !isFinding(found))
            continue;
        // Seen afresh: an earlier fix (backend/.env) can change what this one writes (the port).
        ctx = ctx.fresh();
        const fix = await check.fix(ctx);
        if (!fix)
            continue;
        if (options.dryRun) {
            fixes.push({ id: fix.id, change: fix.change, applied: false });
            continue;
        }
        try {
            fixes.push({ id: fix.id, change: await fix.apply(), applied: true });
            touches.push(...fix.touches);
        }
        catch (error) {
            const why = error.message;
            const manual = [
                ...fix.manual,
                ...writeAccessCommands(fix.file, why, config.platform, (path) => ctx.show(path)),
            ];
            fixes.push({ id: fix.id, change: fix.change, applied: false, error: why, manual });
            failed.set(check.id, { why, change: fix.change, manual });
        }
    }
    if (touches.length > 0) {
        const again = checks.filter((check) => touchedBy(check, touches));
        const rerun = await runChecks(again, ctx.fresh());
        for (const r of rerun)
            results[results.findIndex((old) => old.id === r.id)] = r;
    }
    for (const [id, failure] of failed) {
        const index = results.findIndex((r) => r.id === id);
        const found = results[index];
        if (found)
            results[index] = byHand(found, failure, `${config.doctorCommand} --fix`);
    }
    return { results, summary: summarize(results), fixes };
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/render.js


const MARKS = {
    pass: { mark: '✓', format: 'green' },
    warn: { mark: '!', format: 'yellow' },
    error: { mark: '✗', format: 'red' },
    skip: { mark: '-', format: 'dim' },
};
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function summaryLine(summary) {
    return [
        plural(summary.errors, 'error'),
        plural(summary.warnings, 'warning'),
        `${summary.passed} passed`,
        `${summary.skipped} skipped`,
    ].join(', ');
}
function fixLines(fixes, paint, dryRun) {
    if (fixes.length === 0)
        return [dryRun ? '--dry-run: nothing to fix' : '--fix: nothing to fix'];
    return fixes.flatMap((fix) => {
        const change = (0,core_text/* printable */.g)(fix.change);
        if (fix.error) {
            // Why, then what to do instead: never --fix again, which would fail the same way.
            return [
                `${paint('red', 'not fixed')} ${fix.id}: ${change}: ${(0,core_text/* printable */.g)(fix.error)}`,
                ...(fix.manual ?? []).map((line, i) => `${i === 0 ? '  by hand: ' : '           '}${(0,core_text/* printable */.g)(line)}`),
            ];
        }
        return fix.applied
            ? `${paint('green', 'fixed')} ${fix.id}: ${change}`
            : `${paint('yellow', 'would')} ${change} (${fix.id})`;
    });
}
/**
 * The report for a person: grouped by area, one line per check, the details and remedy under
 * each finding, a summary last. A run without findings is one line.
 */
function renderHuman(report, options) {
    const { results, summary, fixes } = report;
    const { paint, verbose } = options;
    const root = (0,core_text/* printable */.g)(options.root);
    const lines = [];
    if (fixes)
        lines.push(...fixLines(fixes, paint, options.dryRun ?? false), '');
    if (!verbose && summary.errors === 0 && summary.warnings === 0 && summary.passed > 0) {
        const clear = `all clear: ${summary.passed} passed, ${summary.skipped} skipped`;
        lines.push(`${paint('green', '✓')} ${clear} in ${root}${options.facts ? ` (${(0,core_text/* printable */.g)(options.facts)})` : ''}`);
        return `${lines.join('\n')}\n`;
    }
    const width = Math.max(...results.map((r) => r.id.length));
    lines.push(`udo-doctor: ${root}`);
    for (const area of AREAS) {
        const inArea = results.filter((r) => r.area === area);
        if (inArea.length === 0)
            continue;
        lines.push('', paint('bold', area));
        for (const r of inArea) {
            const { mark, format } = MARKS[r.status];
            lines.push(`  ${paint(format, mark)} ${r.id.padEnd(width)}  ${(0,core_text/* printable */.g)(r.message)}`);
            const indent = ' '.repeat(width + 6);
            const showDetails = isFinding(r) || verbose;
            if (showDetails)
                for (const detail of r.details)
                    lines.push(`${indent}${paint('dim', (0,core_text/* printable */.g)(detail))}`);
            if (isFinding(r)) {
                r.remedy.forEach((command, i) => {
                    lines.push(`${indent}${i === 0 ? 'fix: ' : '     '}${(0,core_text/* printable */.g)(command)}`);
                });
            }
        }
    }
    lines.push('', summaryLine(summary));
    return `${lines.join('\n')}\n`;
}
/** The JSON report: schemaVersion 1. Paths are absolute; remedy is one command a line. */
function renderJson(report) {
    return {
        schemaVersion: 1,
        summary: report.summary,
        checks: report.results.map((r) => ({
            id: r.id,
            area: r.area,
            title: r.title,
            status: r.status,
            message: r.message,
            details: r.details,
            remedy: r.remedy.length > 0 ? r.remedy.join('\n') : null,
            fixable: r.fixable,
            file: r.locations[0]?.file ?? null,
            line: r.locations[0]?.line ?? null,
            locations: r.locations,
            data: r.data ?? {},
        })),
        ...(report.fixes && { fixes: report.fixes }),
    };
}
// Workflow command escaping, as @actions/core does it.
const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
/**
 * GitHub Actions annotations (`::error file=...,line=...,title=...::message`), one per place a
 * finding points at. `relative` turns an absolute path into one GitHub resolves.
 */
function renderAnnotations(results, relative) {
    const lines = [];
    for (const r of results.filter(isFinding)) {
        const level = r.status === 'error' ? 'error' : 'warning';
        const places = r.locations.length > 0 ? r.locations : [undefined];
        for (const place of places) {
            const props = [
                ...(place ? [`file=${escapeProperty((0,core_text/* printable */.g)(relative(place.file)))}`] : []),
                ...(place?.line !== undefined ? [`line=${place.line}`] : []),
                `title=${escapeProperty(`udo-doctor ${r.id}`)}`,
            ];
            const text = (0,core_text/* printableLines */.f)([
                place?.message ?? r.message,
                ...r.remedy.map((command, i) => `${i === 0 ? 'fix: ' : '     '}${command}`),
            ].join('\n'));
            lines.push(`::${level} ${props.join(',')}::${escapeData(text)}`);
        }
    }
    return lines;
}

;// CONCATENATED MODULE: external "node:tty"
const external_node_tty_namespaceObject = require("node:tty");
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/suggest.js
// The closest of some names to a mistyped one: the CLI's options and commands, the project
// file's keys. Pure.
/** Edit distance (insertions, deletions, substitutions, and swaps of two neighbours). */
function distance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    const at = (i, j) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            // `--prot` for `--port`: one swap, not two substitutions.
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, at(i - 2, j - 2) + 1);
            }
            d[i][j] = best;
        }
    }
    return at(a.length, b.length);
}
/**
 * The candidate closest to `word` within 2 edits, case-blind (`--prot` → `--port`); undefined
 * when none is that close, or when two are equally close (a guess would mislead).
 */
function suggest(word, candidates) {
    const scored = candidates
        .map((candidate) => ({ candidate, d: distance(word.toLowerCase(), candidate.toLowerCase()) }))
        .filter(({ candidate, d }) => d <= 2 && d < Math.max(word.length, candidate.length))
        .sort((x, y) => x.d - y.d);
    const [best, next] = scored;
    if (!best || (next && next.d === best.d))
        return undefined;
    return best.candidate;
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/project/file.js
// The committed project file: `udo-port.json` at the project's root, or a `"udo-port"` key in the
// root package.json (as portless reads `portless.json` or its key). It marks the root, and says
// what no flag then needs to: where the backend and the frontend are, how they run, which
// variables carry the URLs. Reading it is safe against a planted file (a regular file of bounded
// size, never through a FIFO); validating it is pure, one line per mistake.






const PROJECT_FILE = 'udo-port.json';
const PACKAGE_KEY = 'udo-port';
const SHAPE = {
    backend: {
        dir: 'path',
        app: 'app',
        command: 'command',
        venv: 'path',
        envFile: 'path',
        port: 'port',
        range: 'range',
        host: 'host',
        frontendUrlVariables: 'variables',
    },
    frontend: {
        dir: 'path',
        command: 'command',
        envFile: 'path',
        urlVariables: 'variables',
        port: 'port',
        range: 'range',
    },
    compose: { files: 'paths' },
};
/** Every key the file may hold, dotted: for "did you mean". */
const PROJECT_KEYS = [
    '$schema',
    ...Object.entries(SHAPE).flatMap(([section, keys]) => [
        section,
        ...Object.keys(keys).map((key) => `${section}.${key}`),
    ]),
];
const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const APP = /^[\w.]+:[\w.]+$/;
// Control characters have no place in a path, a command or a host, and would reach the terminal.
// biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
const file_shown = (value) => (0,core_text/* printable */.g)(JSON.stringify(value) ?? String(value)).slice(0, 120);
function keyError(label, key, value, why) {
    return new errors/* UsageError */.eb(`${label}: ${key}: ${file_shown(value)} ${why}`);
}
/** A path inside the project: relative, and never climbing out of it. */
function checkPath(label, key, value) {
    if (typeof value !== 'string' || value.trim() === '' || CONTROL.test(value)) {
        throw keyError(label, key, value, 'is not a path (expected a folder or file inside the project)');
    }
    const norm = (0,external_node_path_.normalize)(value);
    if ((0,external_node_path_.isAbsolute)(value) ||
        /^[a-z]:/i.test(value) ||
        norm === '..' ||
        norm.startsWith(`..${'/'}`) ||
        norm.startsWith('..\\')) {
        throw keyError(label, key, value, 'is not inside the project (expected a path relative to its root)');
    }
    return value;
}
function checkValue(label, key, kind, value) {
    const bad = (why) => keyError(label, key, value, why);
    switch (kind) {
        case 'path':
            return checkPath(label, key, value);
        case 'paths':
            if (!Array.isArray(value))
                throw bad('is not a list of paths');
            return value.map((item, i) => checkPath(label, `${key}[${i}]`, item));
        case 'app':
            if (typeof value !== 'string' || !APP.test(value)) {
                throw bad('is not MODULE:ATTR (e.g. backend.main:app)');
            }
            return value;
        case 'command':
            if (typeof value !== 'string' || value.trim() === '' || CONTROL.test(value)) {
                throw bad('is not a command line (e.g. "fastapi dev --port {port}")');
            }
            return value;
        case 'port':
            // A number, as the schema says: "8001" in quotes is a string to an editor too.
            if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65535) {
                throw bad('is not a port (expected a whole number from 1 to 65535)');
            }
            return value;
        case 'range':
            if (typeof value !== 'string')
                throw bad('is not a port range (expected "FROM-TO")');
            try {
                parseRange(value, key);
            }
            catch {
                throw bad('is not a port range (expected "FROM-TO" with FROM <= TO, within 1-65535)');
            }
            return value;
        case 'host':
            if (typeof value !== 'string' ||
                value.trim() === '' ||
                /[\s/[\]]/.test(value) ||
                CONTROL.test(value)) {
                throw bad('is not a host name or IP address');
            }
            return value.trim();
        case 'variables':
            if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && VARIABLE.test(v))) {
                throw bad('is not a list of variable names (e.g. ["NEXT_PUBLIC_API_URL"])');
            }
            return [...new Set(value)];
    }
}
function unknownKey(label, key) {
    const guess = suggest(key, PROJECT_KEYS);
    return new errors/* UsageError */.eb(`${label}: ${(0,core_text/* printable */.g)(key)}: not a key of the project file${guess ? ` (did you mean ${guess}?)` : ''}`);
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * The project file's content, checked: every key known and every value of its kind, else one
 * line naming the file, the key and the value (exit 2). Pure.
 */
function parseProjectFile(value, label) {
    if (!isObject(value))
        throw new errors/* UsageError */.eb(`${label}: ${file_shown(value)} is not an object`);
    const config = {};
    for (const [section, content] of Object.entries(value)) {
        if (section === '$schema') {
            if (typeof content !== 'string')
                throw keyError(label, section, content, 'is not a URL or path');
            config.$schema = content;
            continue;
        }
        const keys = SHAPE[section];
        if (!keys)
            throw unknownKey(label, section);
        if (!isObject(content))
            throw keyError(label, section, content, 'is not an object');
        const checked = {};
        for (const [key, item] of Object.entries(content)) {
            const kind = keys[key];
            if (!kind)
                throw unknownKey(label, `${section}.${key}`);
            checked[key] = checkValue(label, `${section}.${key}`, kind, item);
        }
        config[section] = checked;
    }
    return config;
}
const MAX_BYTES = 1024 * 1024;
/**
 * A regular file's text, at most 1 MiB; undefined when there is none. Opened without following a
 * link's last step onto a FIFO or device and without blocking: the file is the project's, but a
 * checkout may hold anything.
 */
function readRegular(path) {
    const seen = (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false });
    if (!seen)
        return undefined;
    if (!seen.isFile())
        throw new errors/* UsageError */.eb(`${path}: not a regular file`);
    if (seen.size > MAX_BYTES)
        throw new errors/* UsageError */.eb(`${path}: larger than 1 MiB`);
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0) | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile() || stat.size > MAX_BYTES)
            throw new errors/* UsageError */.eb(`${path}: not a regular file`);
        const buffer = Buffer.alloc(Math.min(stat.size, MAX_BYTES));
        const read = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, 0);
        return buffer
            .subarray(0, read)
            .toString('utf8')
            .replace(/^\uFEFF/, '');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function parseJson(text, label) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`${label}: not JSON (${(0,core_text/* printable */.g)(error.message)})`);
    }
}
/** Whether `dir` holds a project file: cheap enough for the root search at every level. */
function hasProjectFile(dir) {
    if ((0,external_node_fs_.lstatSync)((0,external_node_path_.join)(dir, PROJECT_FILE), { throwIfNoEntry: false })?.isFile())
        return true;
    const pkg = (0,external_node_path_.join)(dir, 'package.json');
    const stat = (0,external_node_fs_.lstatSync)(pkg, { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size > MAX_BYTES)
        return false;
    try {
        const text = readRegular(pkg) ?? '';
        // Only a top-level key counts: a dependency named udo-port does not make a project.
        if (!text.includes(`"${PACKAGE_KEY}"`))
            return false;
        const value = JSON.parse(text);
        return isObject(value) && PACKAGE_KEY in value;
    }
    catch {
        return false;
    }
}
/**
 * The project file in `root`: `udo-port.json`, else package.json's `"udo-port"` key; both at
 * once is an error (which one wins would be a guess). Undefined when there is none.
 */
function loadProjectFile(root) {
    const own = (0,external_node_path_.join)(root, PROJECT_FILE);
    const pkg = (0,external_node_path_.join)(root, 'package.json');
    const ownText = readRegular(own);
    let fromPackage;
    const pkgStat = (0,external_node_fs_.lstatSync)(pkg, { throwIfNoEntry: false });
    if (pkgStat?.isFile() && pkgStat.size <= MAX_BYTES) {
        const text = readRegular(pkg) ?? '';
        if (text.includes(`"${PACKAGE_KEY}"`)) {
            const value = parseJson(text, 'package.json');
            if (isObject(value) && PACKAGE_KEY in value)
                fromPackage = value[PACKAGE_KEY];
        }
    }
    if (ownText !== undefined && fromPackage !== undefined) {
        throw new errors/* UsageError */.eb(`${PROJECT_FILE} and package.json "${PACKAGE_KEY}": both configure the project; keep one`);
    }
    if (ownText !== undefined) {
        return {
            path: own,
            label: PROJECT_FILE,
            config: parseProjectFile(parseJson(ownText, PROJECT_FILE), PROJECT_FILE),
        };
    }
    if (fromPackage !== undefined) {
        const label = `package.json "${PACKAGE_KEY}"`;
        return { path: pkg, label, config: parseProjectFile(fromPackage, label) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/project/root.js
// The project's root, found from any folder inside it as git finds its own.




/** What marks a project's root: the first folder of each default path. */
const MARKERS = [defaults/* PROJECT_DEFAULTS */.jX.backendEnv, defaults/* PROJECT_DEFAULTS */.jX.envLocal, defaults/* PROJECT_DEFAULTS */.jX.venv].map((path) => path.split('/')[0]);
const isFolder = (path) => (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
/**
 * Whether the group `gid` holds no user but the caller (a user-private group, as Debian makes
 * one per user), from /etc/passwd (primary groups) and /etc/group (members). Only the local files
 * are asked: a group they cannot show to be the caller's alone is taken as shared.
 */
function groupIsMineAlone(gid, me) {
    try {
        const passwd = (0,external_node_fs_.readFileSync)('/etc/passwd', 'utf8').split('\n');
        const others = passwd.some((line) => {
            const [, , uid, group] = line.split(':');
            return Number(group) === gid && Number(uid) !== me && uid !== undefined;
        });
        if (others)
            return false;
        const mine = passwd.find((line) => Number(line.split(':')[2]) === me)?.split(':')[0];
        const entry = (0,external_node_fs_.readFileSync)('/etc/group', 'utf8')
            .split('\n')
            .find((line) => Number(line.split(':')[2]) === gid && line.split(':').length >= 4);
        const members = (entry?.split(':')[3] ?? '').split(',').filter(Boolean);
        return members.every((member) => member === mine);
    }
    catch {
        return false;
    }
}
/**
 * Whether the search may look at `dir`: not a folder another user may write to (`/tmp`, a team
 * folder of mode 2775 whose group holds others) or that another user owns, where anyone could
 * have planted a `backend/` and a `.venv/` to pass for a project's root, whose python `start`
 * would then run.
 */
function mayLookIn(dir) {
    const stat = (0,external_node_fs_.statSync)(dir, { throwIfNoEntry: false });
    const me = process.getuid?.();
    if (!stat)
        return false;
    if (me === undefined)
        return true;
    if (stat.mode & 0o002 || (stat.uid !== me && stat.uid !== 0))
        return false;
    return !(stat.mode & 0o020) || groupIsMineAlone(stat.gid, me);
}
/** And above it: not past a repository's root, which is as far as a project reaches. */
const mayClimbFrom = (dir) => mayLookIn(dir) && !(0,external_node_fs_.statSync)((0,external_node_path_.join)(dir, '.git'), { throwIfNoEntry: false });
/**
 * The nearest folder at or above `from` that holds a project file (udo-port.json, or a
 * `"udo-port"` key in package.json), else the nearest that holds `backend/`, `web-dashboard/` or
 * `.venv/`; undefined when there is none. `cd backend && udo-doctor` checks the project, not
 * `backend/.venv`. A project file wins over a nearer marker: it is what the project committed.
 */
function findProjectRoot(from) {
    let marked;
    for (let dir = (0,external_node_path_.resolve)(from);; dir = (0,external_node_path_.dirname)(dir)) {
        const trusted = dir === (0,external_node_path_.resolve)(from) || mayLookIn(dir);
        if (trusted && hasProjectFile(dir))
            return dir;
        if (trusted && !marked && MARKERS.some((marker) => isFolder((0,external_node_path_.join)(dir, marker))))
            marked = dir;
        if (!trusted || !mayClimbFrom(dir) || (0,external_node_path_.dirname)(dir) === dir)
            return marked;
    }
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/cli/suggest.js
// Help for a mistyped command line: the option the user most likely meant, and what a missing
// value should have been. Pure; the parser (args.ts) words its errors with these.



/** `unknown option --prot (did you mean --port?)`, or without the guess when none is close. */
function unknownOptionMessage(option, known) {
    const guess = suggest(option, known);
    return `unknown option ${option}${guess ? ` (did you mean ${guess}?)` : ''}`;
}
/**
 * What each option's value is, with an example: the second half of the missing-value line.
 * test/docs.test.ts holds its names to the help tables: every option there that takes a value
 * has its words here, and nothing here is an option no table names.
 */
const VALUES = {
    '--cwd': 'a folder, e.g. --cwd ../my-project',
    '--port': `a port, e.g. --port ${defaults/* PORT_DEFAULTS */.nN.port}`,
    '--default-port': `a port, e.g. --default-port ${defaults/* PORT_DEFAULTS */.nN.port}`,
    '--range': `a port range, e.g. --range ${defaults/* PORT_DEFAULTS */.nN.range.from}-${defaults/* PORT_DEFAULTS */.nN.range.to}`,
    '--host': 'a bind host, e.g. --host 127.0.0.1',
    '--url-host': 'a host for the URL, e.g. --url-host localhost',
    '--backend-env': `a file, e.g. --backend-env ${defaults/* PROJECT_DEFAULTS */.jX.backendEnv}`,
    '--env-file': `a file, e.g. --env-file ${defaults/* PROJECT_DEFAULTS */.jX.backendEnv}`,
    '--env-local': `a file, e.g. --env-local ${defaults/* PROJECT_DEFAULTS */.jX.envLocal}`,
    '--venv': `a virtualenv folder, e.g. --venv ${defaults/* PROJECT_DEFAULTS */.jX.venv}`,
    '--app': `MODULE:ATTR, e.g. --app ${defaults/* PROJECT_DEFAULTS */.jX.app}`,
    '--fallback': 'a fallback, e.g. --fallback any',
    '--web-port': `a port, e.g. --web-port ${defaults/* PORT_DEFAULTS */.nN.webPort}`,
    '--web-range': `a port range, e.g. --web-range ${defaults/* PORT_DEFAULTS */.nN.webRange.from}-${defaults/* PORT_DEFAULTS */.nN.webRange.to}`,
    '--web-dir': `a folder, e.g. --web-dir ${defaults/* PROJECT_DEFAULTS */.jX.webDir}`,
    '--web-cmd': 'a command, e.g. --web-cmd "npm run dev -- --port {port}"',
    '--hold': 'seconds, e.g. --hold 120',
    '--wait': 'seconds, e.g. --wait 60',
    '--only': 'check ids or areas, e.g. --only venv,port.backend',
    '--skip': 'check ids or areas, e.g. --skip git',
};
/**
 * `--port: needs a value (a port, e.g. --port 8001)`. When the next argument starts with a dash
 * (`--port --json`, `--port -1`), it says how such a value is written.
 */
function missingValueMessage(option, nextStartsWithDash = false) {
    const what = VALUES[option] ?? 'a value';
    const dash = nextStartsWithDash
        ? `; a value starting with a dash is written ${option}=-VALUE`
        : '';
    return `${option}: needs a value (${what})${dash}`;
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/cli/args.js











/** The project and port options every command of both CLIs takes. */
const projectOptions = {
    cwd: { type: 'string' },
    port: { type: 'string' },
    'default-port': { type: 'string' },
    range: { type: 'string' },
    host: { type: 'string' },
    'url-host': { type: 'string' },
    // Node itself looks for `--env-file` anywhere in its arguments, the script's too, and exits 9
    // when that file is not in the current folder: `--backend-env` is the name Node leaves alone.
    'backend-env': { type: 'string' },
    'env-file': { type: 'string' },
    'env-local': { type: 'string' },
    venv: { type: 'string' },
    app: { type: 'string' },
    strict: { type: 'boolean' },
    // Node 20's parseArgs has no allowNegative, so the negation is an option of its own.
    'no-strict': { type: 'boolean' },
    fallback: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
};
/** parseArgs, with its errors turned into one line that names the option. */
function parse(args, options, positionals) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({ args, options, allowPositionals: positionals, strict: true, tokens: false });
    }
    catch (error) {
        const message = error.message;
        const option = /'(-[^']*)'/.exec(message)?.[1];
        const code = error.code;
        if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
            const known = Object.entries(options).flatMap(([name, option]) => [
                `--${name}`,
                ...(option.short ? [`-${option.short}`] : []),
            ]);
            throw new errors/* UsageError */.eb(unknownOptionMessage(option ?? '', known));
        }
        if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
            // `Option '-y, --yes' does not take an argument`, `Option '--app <value>' argument
            // missing`, or ambiguous: the next argument starts with a dash.
            const name = /--[\w-]+/.exec(option ?? '')?.[0] ?? option ?? 'option';
            throw new errors/* UsageError */.eb(/does not take an argument/.test(message)
                ? `${name}: takes no value`
                : missingValueMessage(name, /ambiguous/.test(message)));
        }
        if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
            throw new errors/* UsageError */.eb(`unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''}`.trim());
        }
        throw new errors/* UsageError */.eb(message.split('\n')[0] ?? message);
    }
}
/**
 * The command line, parsed; errors are one line naming the option. An empty value given on
 * purpose (`--port ""`) is one too: leaving the option out is how the default is asked for.
 */
function parseCommandLine(args, options, positionals = true) {
    const parsed = parse(args, options, positionals);
    for (const [name, value] of Object.entries(parsed.values)) {
        if (typeof value === 'string' && value.trim() === '') {
            throw new errors/* UsageError */.eb(`--${name}: "${(0,core_text/* printable */.g)(value)}" is empty (give a value, or leave the option out)`);
        }
    }
    return parsed;
}
// uvicorn's `module:attribute`; anything else would reach its command line as an option.
const args_APP = /^[\w.]+:[\w.]+$/;
/**
 * The project's root: the nearest folder at or above --cwd (default: here) that holds the
 * project's folders, as git finds its root; else --cwd itself, with `found` false.
 */
function projectRoot(values) {
    // One spelling of the project for every lease and comparison (same-path.ts).
    const given = driveUpper((0,external_node_path_.resolve)(values.cwd ?? '.'));
    let folder;
    try {
        folder = (0,external_node_fs_.statSync)(given, { throwIfNoEntry: false })?.isDirectory() ?? false;
    }
    catch (error) {
        // A name too long, a NUL, a file in the path: the value's fault, said as such.
        const code = error.code ?? 'not a path';
        throw new errors/* UsageError */.eb(`--cwd: "${(0,core_text/* printable */.g)(values.cwd ?? '.')}" is not a folder (${code})`);
    }
    if (!folder)
        throw new errors/* UsageError */.eb(`--cwd: "${(0,core_text/* printable */.g)(values.cwd ?? '.')}" is not a folder`);
    const root = findProjectRoot(given);
    return { root: root ?? given, found: root !== undefined };
}
/** Translates the common options into the core's request; the core validates the values. */
function allocateRequest(values) {
    if (values.strict && values['no-strict']) {
        throw new errors/* UsageError */.eb('--strict and --no-strict: choose one');
    }
    const { root: cwd } = projectRoot(values);
    if (values['backend-env'] !== undefined && values['env-file'] !== undefined) {
        throw new errors/* UsageError */.eb('--backend-env and --env-file: choose one (--env-file is its old name)');
    }
    const envFileOption = values['backend-env'] !== undefined ? '--backend-env' : '--env-file';
    const envFile = values['backend-env'] ?? values['env-file'];
    if (values.app !== undefined && !args_APP.test(values.app)) {
        throw new errors/* UsageError */.eb(`--app: "${(0,core_text/* printable */.g)(values.app)}" is not MODULE:ATTR (e.g. ${defaults/* PROJECT_DEFAULTS */.jX.app})`);
    }
    return {
        cwd,
        port: values.port,
        portFrom: 'flag',
        defaultPort: values['default-port'],
        range: values.range,
        host: values.host,
        urlHost: values['url-host'],
        strict: values.strict ? true : values['no-strict'] ? false : undefined,
        fallback: values.fallback,
        // The CLIs read the environment and the backend env file, as documented.
        env: process.env,
        envFile: envFile ?? true,
        ...(envFile !== undefined && { envFileLabel: envFileOption }),
        labels: {
            port: '--port',
            defaultPort: '--default-port',
            range: '--range',
            host: '--host',
            urlHost: '--url-host',
            fallback: '--fallback',
        },
    };
}
/** The frontend env file, `web-dashboard/.env.local` under the project unless given. */
function envLocalPath(values, root) {
    return (0,defaults/* envLocalPath */.sP)(root, values['env-local']);
}
/** The most each option of seconds may ask for: --hold is a lease's TTL, --wait only a wait. */
const MAX_SECONDS = {
    '--hold': { seconds: LONGEST_LEASE_MS / 1000, said: '24 hours' },
    '--wait': { seconds: 7 * 24 * 3600, said: 'a week' },
};
/** Parses a whole number of seconds for --hold (at most 24 hours) or --wait (a week). */
function parseSeconds(raw, option) {
    const { seconds: max, said } = MAX_SECONDS[option];
    const seconds = Number(raw.trim());
    if (!/^\d+$/.test(raw.trim()) || seconds < 1 || seconds > max) {
        throw new UsageError(`${option}: "${printable(raw)}" is not a number of seconds from 1 to ${max} (${said})`);
    }
    return seconds;
}
/** Colour only on a terminal (stdout, or stderr with fd 2), and never under NO_COLOR. */
function paint(format, text, fd = 1) {
    return (0,external_node_tty_namespaceObject.isatty)(fd) && !process.env.NO_COLOR ? (0,external_node_util_namespaceObject.styleText)(format, text) : text;
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/cli/doctor-help.js
// udo-doctor's help, written once: one table of options drives `--help`, and test/docs.test.ts
// holds docs/doctor.md's options table and the parser (udo-doctor.ts) to it. The areas `--only`
// takes come from the checks themselves, so a new area is in the help as soon as it exists.

const range = `${defaults/* PORT_DEFAULTS */.nN.range.from}-${defaults/* PORT_DEFAULTS */.nN.range.to}`;
/** `--only`'s text names the areas, given by the caller from the checks. */
function doctorOptionTable(areas) {
    return [
        {
            flag: '--fix',
            text: `mend what is safe: the URL in .env.local, a missing ${defaults/* PROJECT_DEFAULTS */.jX.backendEnv}\n(copied from ${defaults/* PROJECT_DEFAULTS */.jX.backendEnv}.example), a UTF-16 env file (saved as UTF-8),\nmissing .gitignore entries, a port variable in Compose's .env`,
        },
        { flag: '--dry-run', text: 'with --fix: tell what would change, change nothing' },
        {
            flag: '--only IDS',
            text: `run only these checks (comma-separated ids or areas:\n${areas.join(', ')})`,
        },
        { flag: '--skip IDS', text: 'run all but these' },
        { flag: '--list-checks', text: 'list the checks and exit' },
        { flag: '--strict', text: 'warnings fail too (exit 1)' },
        { flag: '--verbose', text: 'show the details of passing checks' },
        { flag: '--json', text: 'print JSON' },
        { flag: '--cwd DIR', text: 'the project, or a folder inside it (default: here)' },
        {
            flag: '--port N',
            text: `the backend's port (default: API_PORT, ${defaults/* PROJECT_DEFAULTS */.jX.backendEnv}, ${defaults/* PORT_DEFAULTS */.nN.port})`,
        },
        {
            flag: '--default-port N',
            text: `the port when none is set (default: ${defaults/* PORT_DEFAULTS */.nN.port})`,
        },
        { flag: '--range A-B', text: `the range udo-port scans (default: ${range})` },
        {
            flag: '--host H',
            text: `the backend's bind host (default: API_HOST, else ${defaults/* PORT_DEFAULTS */.nN.host})`,
        },
        {
            flag: '--url-host H',
            text: "host in the URL --fix writes (default: the URL's own, else localhost)",
        },
        {
            flag: '--backend-env PATH',
            text: `backend env file (default: ${defaults/* PROJECT_DEFAULTS */.jX.backendEnv}; --env-file is its old name, which Node\nitself reads as its own flag when the file is missing)`,
        },
        { flag: '--env-file PATH', text: 'the old name of --backend-env', hidden: true },
        { flag: '--env-local PATH', text: `frontend env file (default: ${defaults/* PROJECT_DEFAULTS */.jX.envLocal})` },
        { flag: '--venv PATH', text: `the backend's virtualenv (default: ${defaults/* PROJECT_DEFAULTS */.jX.venv})` },
        { flag: '--app MODULE:ATTR', text: `the backend's app (default: ${defaults/* PROJECT_DEFAULTS */.jX.app})` },
        // The project options are udo-port's, so the same command line works for both.
        {
            flag: '--fallback any',
            text: "udo-port's, taken so its command line works here",
            hidden: true,
        },
    ];
}
/** The whole help, from the table. */
function doctorHelp(version, areas) {
    const options = doctorOptionTable(areas).filter((option) => !option.hidden);
    const rows = [
        ...options,
        { flag: '-h, --help, help', text: 'this help' },
        { flag: '-v, --version', text: 'the version' },
    ];
    const width = Math.max(...rows.map((o) => o.flag.length)) + 2;
    const lines = rows.flatMap((option) => {
        const [first, ...rest] = option.text.split('\n');
        return [
            `  ${option.flag.padEnd(width)}${first}`,
            ...rest.map((line) => `${' '.repeat(width + 2)}${line}`),
        ];
    });
    return `udo-doctor ${version}: why the FastAPI backend and the Next.js frontend do not meet

Usage:
  udo-doctor [options]

Options:
${lines.join('\n')}

Run it anywhere in the project (a subfolder too); elsewhere, name the project with --cwd.
A udo-port.json at the root (npx udo-port init writes it) says where everything is, below flags.

Exit codes: 0 no errors, 1 errors (or warnings with --strict), 2 bad usage or no project.`;
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/cli/output.js
// udo-port's lines on stdout and stderr, shared by the commands: the one place their prefix and
// colours are chosen.

/**
 * A reader that goes away (`udo-port list | head -1`) is no error: the lines it no longer wants
 * are dropped, quietly, and the command ends as it would have (a backend is still stopped),
 * where Node would end it with an 'Unhandled error' stack. Called by each face's main, once.
 */
function dropOutputToClosedPipes() {
    for (const stream of [process.stdout, process.stderr]) {
        if (!stream.listeners('error').includes(ignoreClosedPipe))
            stream.on('error', ignoreClosedPipe);
    }
}
function ignoreClosedPipe(error) {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED')
        throw error;
}
const out = (line) => process.stdout.write(`${line}\n`);
const warn = (line) => process.stderr.write(`${paint('yellow', 'udo-port: warning:', 2)} ${line}\n`);
const fail = (line) => process.stderr.write(`${paint('red', 'udo-port:', 2)} ${line}\n`);
const say = { info: (line) => out(`udo-port: ${line}`), warn, error: fail };

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/process/command-line.js


/** Characters a shell would treat as operators or expansions, refused outside quotes. */
const SHELL_SYNTAX = /[|&;<>()$`]/;
/** Refused at the start of an unquoted word: a shell comment, a home folder. */
const SHELL_WORD_START = /^[#~]/;
/**
 * A one-line command as an argv, with no shell on the way (the action's `run` input, described
 * in the README's "The `run` input", and dev's `--web-cmd`):
 * words are separated by spaces or tabs; '...' and "..." quote (nothing inside is special, so a
 * double quote goes inside single quotes and vice versa); quoted and unquoted parts next to each
 * other make one word; a backslash is an ordinary character (Windows paths). What a shell would
 * expand or interpret is refused, so that no one's `$VAR` or `&&` is silently passed on as text.
 */
function splitCommandLine(raw, label) {
    const text = raw.trim();
    const fail = (why) => {
        throw new errors/* UsageError */.eb(`${label}: "${(0,core_text/* printable */.g)(text)}" ${why}`);
    };
    if (/[\r\n]/.test(text)) {
        fail("is more than one line; give one command (a script runs as: bash -c '...')");
    }
    const words = [];
    let word;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char === ' ' || char === '\t') {
            if (word !== undefined)
                words.push(word);
            word = undefined;
            continue;
        }
        if (char === "'" || char === '"') {
            const end = text.indexOf(char, i + 1);
            if (end === -1)
                fail(`has a ${char} that is never closed`);
            word = (word ?? '') + text.slice(i + 1, end);
            i = end;
            continue;
        }
        if (SHELL_SYNTAX.test(char) || (word === undefined && SHELL_WORD_START.test(char))) {
            fail(`has ${char} outside quotes, which only a shell understands: no shell runs this command ({port} is the port; quote the ${char}, or run: bash -c '...')`);
        }
        word = (word ?? '') + char;
    }
    if (word !== undefined)
        words.push(word);
    if (words[0] === '')
        fail('names no program to run');
    return words;
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/project/web-app.js
// The frontend as it is: which dev server (Next.js or Vite) by its package.json and config file,
// which package manager by the lockfile nearest it up to the workspace root, how its dev server
// takes a port, and which variables it reads for the API's URL when nobody said.




const LOCKFILES = [
    ['pnpm-lock.yaml', 'pnpm'],
    ['yarn.lock', 'yarn'],
    ['bun.lockb', 'bun'],
    ['bun.lock', 'bun'],
    ['package-lock.json', 'npm'],
];
/** package.json's dependencies, or none; a file too large or not JSON says nothing. */
function packageDependencies(dir) {
    const text = readSmallText((0,external_node_path_.join)(dir, 'package.json'), 1024 * 1024);
    if (text === undefined)
        return {};
    try {
        const pkg = JSON.parse(text);
        const pick = (key) => (pkg[key] && typeof pkg[key] === 'object' ? pkg[key] : {});
        return { ...pick('devDependencies'), ...pick('dependencies') };
    }
    catch {
        return {};
    }
}
const configFile = (dir, base) => ['js', 'mjs', 'cjs', 'ts', 'mts', 'cts'].some((ext) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, `${base}.${ext}`)));
/** Vite or Next.js, by the dependency first, then by its config file; undefined: neither. */
function detectFramework(dir) {
    const deps = packageDependencies(dir);
    if ('next' in deps)
        return 'next';
    if ('vite' in deps)
        return 'vite';
    if (configFile(dir, 'next.config'))
        return 'next';
    if (configFile(dir, 'vite.config'))
        return 'vite';
    return undefined;
}
/**
 * The package manager of the lockfile nearest `dir`, looking up to `root` (a workspace keeps its
 * one lockfile at its root: apps/web has none of its own); npm when there is none.
 */
function detectPackageManager(dir, root) {
    for (let at = (0,external_node_path_.resolve)(dir);; at = (0,external_node_path_.dirname)(at)) {
        for (const [file, pm] of LOCKFILES)
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(at, file)))
                return pm;
        const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(root), at);
        if (rel === '' || rel.startsWith('..') || (0,external_node_path_.dirname)(at) === at)
            return 'npm';
    }
}
/**
 * `<pm> run dev` with the port: Next.js takes `--port N`; Vite `--port N --strictPort`, since
 * Vite would otherwise move to the next port by itself, away from the one udo-port leased.
 * npm needs `--` before the script's own flags; pnpm, yarn and bun pass them on.
 */
function devServerArgv(pm, framework, port) {
    const flags = ['--port', String(port), ...(framework === 'vite' ? ['--strictPort'] : [])];
    if (pm === 'npm')
        return ['npm', 'run', 'dev', '--', ...flags];
    if (pm === 'yarn')
        return ['yarn', 'dev', ...flags];
    return [pm, 'run', 'dev', ...flags];
}
/** The variables a frontend reads for the API's URL when none are configured. */
function defaultUrlVariables(framework) {
    return framework === 'vite' ? ['VITE_API_URL'] : [defaults/* API_URL_KEY */.rN];
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/python/pyproject.js
// `[tool.fastapi] entrypoint` in pyproject.toml, as fastapi-cli reads it: the app, when nothing
// else names it. One key of one table, read by hand: a TOML parser (smol-toml, ~40 KB) would be
// a dependency for one string, and only a basic or literal string on one line is accepted here;
// anything else is left to the flags and the project file.


/** The entrypoint's value, when the table sets it as a one-line string. Pure. */
function fastapiEntrypoint(text) {
    let inTable = false;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line.startsWith('[')) {
            inTable = /^\[\s*tool\s*\.\s*fastapi\s*\]\s*(#.*)?$/.test(line);
            continue;
        }
        if (!inTable)
            continue;
        const match = /^entrypoint\s*=\s*(?:"([^"\\]*)"|'([^']*)')\s*(#.*)?$/.exec(line);
        if (match)
            return match[1] ?? match[2];
    }
    return undefined;
}
/** The entrypoint in `dir`/pyproject.toml, if a regular file of at most 1 MiB sets one. */
function readFastapiEntrypoint(dir) {
    const text = readSmallText((0,external_node_path_.join)(dir, 'pyproject.toml'), 1024 * 1024);
    return text === undefined ? undefined : fastapiEntrypoint(text);
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/cli/project-config.js
// The project file as the CLIs see it: its values fill the options the command line left out, so
// the order is flags, then the environment (resolved in core/ports/settings.ts), then the file, then
// what is detected (the framework, the package manager, pyproject's entrypoint), then defaults.







/** `backend.port in udo-port.json`. */
const keyIn = (file, key) => `${key} in ${file.label}`;
/**
 * The command line's values with the project file's filled in where the flags are silent, and
 * what else the file and the layout say. A bad file is a UsageError naming the file and key.
 */
function configure(values) {
    const { root, found } = projectRoot(values);
    const file = loadProjectFile(root);
    const backend = file?.config.backend ?? {};
    const frontend = file?.config.frontend ?? {};
    const merged = { ...values };
    const fill = (name, value) => {
        if (merged[name] === undefined && value !== undefined)
            merged[name] = value;
    };
    const given = (name) => merged[name];
    fill('venv', backend.venv);
    fill('backend-env', values['env-file'] === undefined ? backend.envFile : undefined);
    fill('range', backend.range);
    fill('web-dir', frontend.dir);
    fill('web-cmd', frontend.command);
    fill('web-range', frontend.range);
    const webDir = (0,external_node_path_.resolve)(root, given('web-dir') ?? defaults/* PROJECT_DEFAULTS */.jX.webDir);
    // The frontend's env file follows its folder: frontend.envFile is relative to it.
    if (values['env-local'] === undefined &&
        (frontend.envFile !== undefined || given('web-dir') !== undefined)) {
        merged['env-local'] = (0,external_node_path_.relative)(root, (0,external_node_path_.join)(webDir, frontend.envFile ?? '.env.local'));
    }
    const backendDir = (0,external_node_path_.resolve)(root, backend.dir ?? '.');
    let appOrigin = '--app';
    if (given('app') === undefined) {
        const entry = backend.app ?? readFastapiEntrypoint(backendDir) ?? readFastapiEntrypoint(root);
        if (backend.app !== undefined && file)
            appOrigin = keyIn(file, 'backend.app');
        else if (entry !== undefined)
            appOrigin = '[tool.fastapi] entrypoint in pyproject.toml';
        else
            appOrigin = 'the default';
        // pyproject's value is not checked by the file's rules: one that is not MODULE:ATTR is ignored.
        if (entry !== undefined && /^[\w.]+:[\w.]+$/.test(entry))
            merged.app = entry;
    }
    const framework = detectFramework(webDir);
    const project = {
        root,
        found,
        ...(file && { file }),
        backendDir,
        ...(backend.command !== undefined &&
            file && {
            backendCommand: splitCommandLine(backend.command, keyIn(file, 'backend.command')),
        }),
        appOrigin,
        frontendUrlVariables: backend.frontendUrlVariables ?? [],
        web: {
            dir: webDir,
            framework,
            packageManager: detectPackageManager(webDir, root),
            urlVariables: frontend.urlVariables ?? defaultUrlVariables(framework),
            ...(frontend.port !== undefined &&
                file && { port: { value: frontend.port, origin: keyIn(file, 'frontend.port') } }),
        },
        ...(backend.port !== undefined &&
            file && { port: { value: backend.port, origin: keyIn(file, 'backend.port') } }),
        ...(backend.host !== undefined &&
            file && { host: { value: backend.host, origin: keyIn(file, 'backend.host') } }),
        composeFiles: (file?.config.compose?.files ?? []).map((f) => (0,external_node_path_.resolve)(root, f)),
    };
    return { values: merged, project };
}
/**
 * Whether the command line chose the backend's or the frontend's ports: then last time's ports
 * are not asked for (a flag says which ports to try; the memory is for the run without flags).
 */
const portFlags = (values) => ({
    api: values.port !== undefined || values['default-port'] !== undefined || values.range !== undefined,
    web: values['web-port'] !== undefined || values['web-range'] !== undefined,
});
/**
 * The backend's request with what the project adds below the flags: its host, and the first port
 * to try: the one this checkout had last time (when given), else backend.port.
 */
function withProjectPorts(request, project, values, remembered) {
    const next = { ...request };
    if (project.host)
        next.projectHost = project.host;
    if (values['default-port'] === undefined) {
        const range = request.range ?? `${defaults/* PORT_DEFAULTS */.nN.range.from}-${defaults/* PORT_DEFAULTS */.nN.range.to}`;
        const inRange = (port) => {
            const [from, to] = range.split('-').map((p) => Number(p.trim()));
            return port >= (from ?? 0) && port <= (to ?? 65535);
        };
        const [from] = range.split('-').map((p) => Number(p.trim()));
        const otherwise = project.port?.value ?? (request.range !== undefined ? from : defaults/* PORT_DEFAULTS */.nN.port);
        // Last time's port only where it changes something: the same port keeps its own origin.
        if (remembered !== undefined && remembered !== otherwise && inRange(remembered)) {
            next.defaultPort = remembered;
            next.defaultPortOrigin = 'the port this checkout had last time';
        }
        else if (project.port) {
            next.defaultPort = project.port.value;
            next.defaultPortOrigin = project.port.origin;
        }
    }
    return next;
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/cli/udo-doctor.js















/** The areas, in the checks' order: what --only and --skip take besides ids. */
const udo_doctor_AREAS = [...new Set(CHECKS.map((check) => check.area))];
const usage = () => doctorHelp(package_namespaceObject.rE, udo_doctor_AREAS);
const options = {
    ...projectOptions,
    fix: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    only: { type: 'string' },
    skip: { type: 'string' },
    'list-checks': { type: 'boolean' },
    verbose: { type: 'boolean' },
};
// udo-port's port pinning means nothing here, where --strict is about warnings.
const { 'no-strict': _noStrict, ...doctorOptions } = options;
/** The parser's options: test/docs.test.ts holds them to the help's table. */

/** The options passed on to remedies that run the doctor again, as the user typed them. */
const FORWARDED = [
    'cwd',
    'port',
    'default-port',
    'range',
    'host',
    'url-host',
    'backend-env',
    'env-file',
    'env-local',
    'venv',
    'app',
];
/** `npx udo-doctor` (or another command) with the project options as the user typed them. */
function commandWith(command, values, platform) {
    const args = FORWARDED.flatMap((name) => values[name] === undefined ? [] : [`--${name}`, quote(values[name], platform)]);
    return [command, ...args].join(' ');
}
function configFrom(typed, env, configured = configure(typed)) {
    const { values, project } = configured;
    const request = withProjectPorts(allocateRequest({ ...values, strict: undefined, 'no-strict': undefined }), project, values);
    const root = request.cwd ?? (0,external_node_path_.resolve)('.');
    // The flags alone: a bad flag is bad usage; a bad API_PORT is the project's state, a finding.
    resolveSettings(request, { env: {}, dotenv: {}, dotenvLabel: '' });
    const app = values.app ?? defaults/* PROJECT_DEFAULTS */.jX.app;
    const named = values['backend-env'] ?? values['env-file'];
    const envFile = (0,defaults/* backendEnvPath */.nz)(root, named);
    const venvArg = values.venv ?? defaults/* PROJECT_DEFAULTS */.jX.venv;
    return {
        root,
        shellDir: process.cwd(),
        env,
        platform: process.platform,
        settingsInput: { ...request, strict: undefined },
        envFile,
        envFileName: (0,external_node_path_.isAbsolute)(named ?? '') ? envFile : (0,external_node_path_.relative)(root, envFile),
        envLocal: envLocalPath(values, root),
        venv: (0,defaults/* venvPath */.TG)(root, venvArg),
        app,
        // The remedies repeat what was typed: the project file is read again by what they run.
        doctorCommand: commandWith('npx udo-doctor', typed, process.platform),
        startCommand: commandWith('npx udo-port start', typed, process.platform),
        urlVariables: project.web.urlVariables,
        ...(project.file?.config.frontend?.urlVariables && {
            urlVariablesFrom: `frontend.urlVariables in ${project.file.label}`,
        }),
        ...(project.file && { projectFile: project.file.label }),
        webDir: project.web.dir,
        backendDir: project.backendDir,
        ...(project.composeFiles.length > 0 && { composeFiles: project.composeFiles }),
    };
}
const udo_doctor_out = (text) => process.stdout.write(text);
/**
 * Outside any project the checks would judge a folder that is none (its `backend/.venv`, env
 * files that are not there): one line saying so, bad usage.
 */
function notAProject(values) {
    const what = `no udo-port.json, backend/, web-dashboard/ or .venv/ in ${(0,core_text/* printable */.g)((0,external_node_path_.resolve)(values.cwd ?? '.'))} or above it`;
    return new errors/* UsageError */.eb(values.cwd === undefined
        ? `not in a project (${what}): run udo-doctor in the project, or name it with --cwd DIR; npx udo-port init describes a project of another layout`
        : `--cwd: "${(0,core_text/* printable */.g)(values.cwd)}" is not in a project (${what})`);
}
async function main(argv) {
    dropOutputToClosedPipes();
    try {
        // `udo-doctor help`, as git and npm take it.
        if (argv[0] === 'help') {
            udo_doctor_out(`${usage()}\n`);
            return 0;
        }
        const { values } = parseCommandLine(argv, doctorOptions, false);
        if (values.help) {
            udo_doctor_out(`${usage()}\n`);
            return 0;
        }
        if (values.version) {
            udo_doctor_out(`${package_namespaceObject.rE}\n`);
            return 0;
        }
        if (values['dry-run'] && !values.fix)
            throw new errors/* UsageError */.eb('--dry-run: only with --fix');
        const checks = selectChecks(CHECKS, values.only, values.skip);
        if (values['list-checks']) {
            const list = checks.map(({ id, area, title }) => ({ id, area, title }));
            const width = Math.max(...list.map((c) => c.id.length));
            udo_doctor_out(values.json
                ? `${JSON.stringify(list, null, 2)}\n`
                : list.map((c) => `${c.id.padEnd(width)}  ${c.title}\n`).join(''));
            return 0;
        }
        const configured = configure(values);
        const config = configFrom(values, process.env, configured);
        // Outside a project only the host's own checks (leases, the port range) mean anything.
        if (!configured.project.found && checks.some((check) => check.scope !== 'host')) {
            throw notAProject(values);
        }
        const report = await runDoctor(config, checks, {
            fix: values.fix ?? false,
            dryRun: values['dry-run'] ?? false,
        });
        if (process.env.GITHUB_ACTIONS === 'true') {
            const workspace = process.env.GITHUB_WORKSPACE;
            const relativeTo = (file) => workspace ? shownPath(file, workspace) : shownPath(file, config.shellDir);
            const annotations = renderAnnotations(report.results, relativeTo).join('\n');
            // Workflow commands are read from both streams; stdout stays pure JSON with --json.
            if (annotations)
                (values.json ? process.stderr : process.stdout).write(`${annotations}\n`);
        }
        if (values.json) {
            udo_doctor_out(`${JSON.stringify(renderJson(report), null, 2)}\n`);
        }
        else {
            const port = report.results.find((r) => r.id === 'env.port')?.data?.port;
            const url = report.results.find((r) => r.id === 'web.api-url')?.data?.value;
            const facts = [
                ...(config.projectFile ? [`configured by ${config.projectFile}`] : []),
                ...(port !== undefined ? [`backend port ${port}`] : []),
                ...(url !== undefined ? [`${config.urlVariables?.[0] ?? defaults/* API_URL_KEY */.rN}=${url}`] : []),
            ].join(', ');
            udo_doctor_out(renderHuman(report, {
                verbose: values.verbose ?? false,
                paint: (format, text) => paint(format, text),
                root: shownPath(config.root, config.shellDir),
                dryRun: values['dry-run'] ?? false,
                ...(facts && { facts }),
            }));
        }
        return exitCode(report.summary, values.strict ?? false);
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.eb) {
            process.stderr.write(`${paint('red', 'udo-doctor:', 2)} ${error.message}\n`);
            return error.exitCode;
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/bin/udo-doctor.js
// The `udo-doctor` command: nothing but the call, so src/cli/udo-doctor.ts runs nothing on import.
// No top-level await: the bundle is CommonJS, which V8's code cache can hold on Node 20.

main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});


/***/ }),

/***/ 3597:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ dotenvValues),
/* harmony export */   TA: () => (/* binding */ readFile),
/* harmony export */   ml: () => (/* binding */ composeFiles)
/* harmony export */ });
/* unused harmony export COMPOSE_FILES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _env_read_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2877);
/* harmony import */ var _env_text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1818);
/* harmony import */ var _interpolate_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(801);
// Which files a compose project is made of, and the .env Compose reads with them: what the
// doctor needs to know before it loads the reader (and yaml) at all.





/** The names Compose looks for, in its order, with their override files. */
const COMPOSE_FILES = [
    'compose.yaml',
    'compose.yml',
    'docker-compose.yaml',
    'docker-compose.yml',
];
const OVERRIDES = {
    'compose.yaml': ['compose.override.yaml', 'compose.override.yml'],
    'compose.yml': ['compose.override.yml', 'compose.override.yaml'],
    'docker-compose.yaml': ['docker-compose.override.yaml', 'docker-compose.override.yml'],
    'docker-compose.yml': ['docker-compose.override.yml', 'docker-compose.override.yaml'],
};
/** A file's text, read without following a FIFO or reading past a size bound. */
function readFile(path) {
    const found = (0,_env_read_js__WEBPACK_IMPORTED_MODULE_2__/* .envFileContents */ .a0)(path);
    if (found.state === 'read')
        return { text: found.text };
    if (found.state === 'missing')
        return { problem: 'does not exist' };
    return { problem: found.message, refused: true };
}
/**
 * The .env's values, each interpolated from the ones above it and the shell, as Compose does;
 * `set` gives some keys a value of their own (what the values become once --fix writes them).
 */
function dotenvValues(text, shell, set = {}) {
    const out = { ...set };
    for (const [key, raw] of Object.entries(text ? (0,_env_text_js__WEBPACK_IMPORTED_MODULE_3__/* .parseEnv */ .vc)(text) : {})) {
        if (!(key in set))
            out[key] = (0,_interpolate_js__WEBPACK_IMPORTED_MODULE_4__/* .interpolate */ .GW)(raw, { ...out, ...shell }).value;
    }
    return out;
}
/**
 * Which files Compose reads from `root`, where its project folder is, and which .env it takes
 * `${VAR}` from. Undefined when there is no compose file.
 */
function composeFiles(root, shell) {
    const rootEnvFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, '.env');
    const rootEnvRead = readFile(rootEnvFile);
    const rootEnv = (0,_env_text_js__WEBPACK_IMPORTED_MODULE_3__/* .parseEnv */ .vc)(rootEnvRead.text ?? '');
    const named = shell.COMPOSE_FILE ?? rootEnv.COMPOSE_FILE;
    const separator = shell.COMPOSE_PATH_SEPARATOR ?? rootEnv.COMPOSE_PATH_SEPARATOR ?? node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter;
    let files;
    if (named?.trim()) {
        files = named
            .split(separator)
            .map((f) => f.trim())
            .filter(Boolean)
            .map((f) => ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(f) ? f : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, f)));
    }
    else {
        const first = COMPOSE_FILES.find((name) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, name)));
        if (!first)
            return undefined;
        const override = OVERRIDES[first]?.find((name) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, name)));
        files = [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, first), ...(override ? [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, override)] : [])];
    }
    const projectDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(files[0]);
    // Compose 1.29 reads the .env that named COMPOSE_FILE, else the project folder's.
    const envFile = shell.COMPOSE_FILE === undefined && named ? rootEnvFile : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(projectDir, '.env');
    return { files, projectDir, envFile, rootEnvFile, rootEnvRead };
}


/***/ }),

/***/ 801:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ interpolate),
/* harmony export */   _T: () => (/* binding */ referencedNames),
/* harmony export */   cx: () => (/* binding */ soleVariable)
/* harmony export */ });
// Compose's interpolation of `${VAR}` in compose files and in the .env it reads.
/**
 * Compose's interpolation: `$$` is a dollar; `$VAR`, `${VAR}`; `${VAR:-d}` (d when unset or
 * empty), `${VAR-d}` (when unset); `${VAR:?e}`, `${VAR?e}` (an error); `${VAR:+r}`, `${VAR+r}`.
 * Unset without a default is the empty string, as Compose makes it (with a warning). Pure.
 */
function interpolate(text, vars) {
    let error;
    const value = text.replace(/\$\$|\$\{([A-Za-z_]\w*)(?:(:?[-?+])((?:[^{}]|\{[^{}]*\})*))?\}|\$([A-Za-z_]\w*)/g, (match, braced, op, arg = '', bare) => {
        if (match === '$$')
            return '$';
        const name = (braced ?? bare);
        const raw = vars[name];
        const empty = raw === undefined || (op?.startsWith(':') === true && raw === '');
        const inner = () => interpolate(arg, vars).value;
        switch (op?.replace(':', '')) {
            case '-':
                return empty ? inner() : raw;
            case '?':
                if (empty)
                    error ??= `${name}: ${arg || 'is not set'}`;
                return raw ?? '';
            case '+':
                return empty ? '' : inner();
            default:
                return raw ?? '';
        }
    });
    return error ? { value, error } : { value };
}
/** The variables a text refers to (`$VAR`, `${VAR...}`, defaults included). Pure. */
function referencedNames(text) {
    const names = [];
    for (const m of text.replace(/\$\$/g, '').matchAll(/\$\{?([A-Za-z_]\w*)/g))
        names.push(m[1]);
    return names;
}
/**
 * The variable a text is wholly written as (`${API_PORT}`, `${API_PORT:-8001}`, `$API_PORT`), so
 * that a fix sets the variable instead of writing a literal over it. Pure.
 */
function soleVariable(text) {
    const m = /^\$\{([A-Za-z_]\w*)(?::?[-?+](?:[^{}]|\{[^{}]*\})*)?\}$/.exec(text.trim()) ??
        /^\$([A-Za-z_]\w*)$/.exec(text.trim());
    return m?.[1];
}


/***/ }),

/***/ 8006:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xd: () => (/* binding */ hostPorts),
/* harmony export */   kB: () => (/* binding */ bindingsClash),
/* harmony export */   pz: () => (/* binding */ parsePort)
/* harmony export */ });
/* unused harmony exports parseShortPort, parseLongPort, addressesOverlap, showBinding */
// Compose's `ports:` entries, short (`127.0.0.1:8001-8002:8000-8001/tcp`) and long (`target:`,
// `published:`, `host_ip:`, `protocol:`), as the bindings Docker makes of them. Pure.
const range = (text) => {
    const m = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
    if (!m)
        return undefined;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    return from > 0 && to >= from && to <= 65535 ? [from, to] : undefined;
};
/** The bindings of a host range and a container range, as Compose pairs them; [] when invalid. */
function expand(hostIp, host, target, protocol) {
    const t = range(target);
    if (!t)
        return [];
    const base = { hostIp: unbracket(hostIp), protocol: protocol.toLowerCase() || 'tcp' };
    const targets = Array.from({ length: t[1] - t[0] + 1 }, (_, i) => t[0] + i);
    if (host === undefined || host === '')
        return targets.map((target) => ({ ...base, target }));
    const h = range(host);
    if (!h)
        return [];
    if (h[0] !== h[1] && t[0] === t[1]) {
        return [{ ...base, published: h[0], publishedEnd: h[1], target: t[0] }];
    }
    if (h[1] - h[0] !== t[1] - t[0])
        return [];
    return targets.map((target, i) => ({ ...base, published: h[0] + i, target }));
}
const unbracket = (ip) => ip.replace(/^\[(.*)\]$/, '$1');
/** A short-syntax entry (`8001:8000`, `[::1]:8001:8000/tcp`, `8000-8001`); [] when invalid. */
function parseShortPort(entry) {
    const slash = entry.lastIndexOf('/');
    const protocol = slash >= 0 ? entry.slice(slash + 1) : 'tcp';
    const rest = slash >= 0 ? entry.slice(0, slash) : entry;
    const bracket = /^(\[[^\]]*\]):(.*)$/.exec(rest);
    if (bracket) {
        const parts = bracket[2].split(':');
        if (parts.length !== 2)
            return [];
        return expand(bracket[1], parts[0], parts[1], protocol);
    }
    const parts = rest.split(':');
    const target = parts.pop();
    const host = parts.pop();
    return expand(parts.join(':'), host, target, protocol);
}
/** A long-syntax entry: `{ target, published, host_ip, protocol }`; [] when invalid. */
function parseLongPort(entry) {
    const text = (value) => value === undefined || value === null ? undefined : String(value);
    const target = text(entry.target);
    if (target === undefined)
        return [];
    return expand(text(entry.host_ip) ?? '', text(entry.published), target, text(entry.protocol) ?? 'tcp');
}
/** Any entry as Compose's files or `config` output write it. */
function parsePort(entry) {
    if (typeof entry === 'number')
        return parseShortPort(String(entry));
    if (typeof entry === 'string')
        return parseShortPort(entry);
    if (entry && typeof entry === 'object')
        return parseLongPort(entry);
    return [];
}
const family = (ip) => (ip.includes(':') ? 6 : 4);
const anyOf = (ip) => ip === '' || ip === '0.0.0.0' || ip === '::';
/**
 * Whether two host addresses take the same socket: no address is every address of both
 * families; `0.0.0.0` every IPv4 one and `::` every IPv6 one; else the same address.
 */
function addressesOverlap(a, b) {
    if (a === '' || b === '')
        return true;
    if (family(a) !== family(b))
        return false;
    return anyOf(a) || anyOf(b) || a === b;
}
/** The host ports a binding may take. */
const hostPorts = (b) => b.published === undefined ? undefined : [b.published, b.publishedEnd ?? b.published];
/** Whether two bindings cannot both be made: same protocol, overlapping addresses and ports. */
function bindingsClash(a, b) {
    const pa = hostPorts(a);
    const pb = hostPorts(b);
    if (!pa || !pb || a.protocol !== b.protocol)
        return false;
    // A host range gives Docker a choice: only a range wholly taken is sure to fail; one port is.
    const sure = (p) => p[0] === p[1];
    if (!sure(pa) || !sure(pb))
        return false;
    return pa[0] === pb[0] && addressesOverlap(a.hostIp, b.hostIp);
}
/** `127.0.0.1:8001->8000/tcp`, for messages. */
function showBinding(b) {
    const ip = b.hostIp.includes(':') ? `[${b.hostIp}]` : b.hostIp;
    const host = b.published === undefined ? '' : `${b.published}${b.publishedEnd ? `-${b.publishedEnd}` : ''}`;
    return `${ip ? `${ip}:` : ''}${host}->${b.target}/${b.protocol}`;
}


/***/ }),

/***/ 3039:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   VX: () => (/* binding */ secretValues)
/* harmony export */ });
/* unused harmony export shownKey */
/* harmony import */ var _project_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9909);
// No output prints a value a compose file takes from .env, an env_file or the shell: only port,
// host and URL keys are shown, a URL's credentials masked. Pure.

/** Keys whose values may be printed: ports, hosts, the API URL. */
const shownKey = (key) => /(^|_)(PORT|HOST|URL)$/.test(key) || key === _project_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .API_URL_KEY */ .rN || key.startsWith('COMPOSE_');
/** Shorter values are no secret and would only garble the text they were cut from. */
const MIN_SECRET = 4;
/** The values a redaction hides; `extra` are key-value pairs Compose itself resolved. */
function secretValues(from) {
    const secrets = new Set();
    const add = (key, value) => {
        if (value === undefined || value === null)
            return;
        const credentials = /^[a-z][\w+.-]*:\/\/([^@/?#]*)@/i.exec(value)?.[1];
        if (credentials)
            secrets.add(credentials);
        if (shownKey(key))
            return;
        if (value.length >= MIN_SECRET && !/^\d+$/.test(value))
            secrets.add(value);
    };
    for (const [key, value] of Object.entries(from.dotenv))
        add(key, value);
    for (const key of from.referenced)
        add(key, from.shell[key]);
    for (const [key, value] of from.envFileValues)
        add(key, value);
    for (const [key, value] of from.extra ?? [])
        add(key, value);
    return [...secrets].filter((s) => s.length >= MIN_SECRET).sort((a, b) => b.length - a.length);
}
/** `text` with every secret replaced by `***`, the longest first. */
function redact(text, secrets) {
    let out = text;
    for (const secret of secrets)
        out = out.split(secret).join('***');
    return out;
}


/***/ }),

/***/ 2961:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   My: () => (/* binding */ destinationOf),
/* harmony export */   Ub: () => (/* binding */ holdFolder),
/* harmony export */   Xi: () => (/* binding */ linkRefusal)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
// Where a project file is read or written: the path resolved to a real folder (held open) and a
// name, and whether a link on the way may be followed.


const SEPARATORS = node_path__WEBPACK_IMPORTED_MODULE_1__.sep === '\\' ? /[\\/]/ : /\//;
/**
 * Resolves `path` one component at a time, as realpath does, keeping each symlink it meets and
 * its owner (see linkRefusal). A dangling last link names a file to create. Throws fs errors; a
 * missing folder is ENOENT with `folder` set.
 */
function destinationOf(path) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.parse)(absolute).root;
    let dirStat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir);
    const todo = absolute.slice(dir.length).split(SEPARATORS).filter(Boolean);
    const links = [];
    for (let name = todo.shift(); name !== undefined; name = todo.shift()) {
        if (name === '.')
            continue;
        if (name === '..') {
            dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
            dirStat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir);
            continue;
        }
        const next = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(next, { throwIfNoEntry: false });
        if (!stat) {
            if (todo.length === 0)
                return { dir, dirStat, name, links };
            throw Object.assign(new Error(`ENOENT: ${next}`), {
                code: 'ENOENT',
                folder: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(next, ...todo.slice(0, -1)),
            });
        }
        if (stat.isSymbolicLink()) {
            if (links.length >= 40)
                throw Object.assign(new Error('symlink loop'), { code: 'ELOOP' });
            links.push({ path: next, uid: stat.uid });
            const to = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(next);
            const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.parse)(to).root;
            if (root) {
                dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
                dirStat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir);
            }
            todo.unshift(...to.slice(root.length).split(SEPARATORS).filter(Boolean));
            continue;
        }
        if (todo.length === 0)
            return { dir, dirStat, name, links };
        if (!stat.isDirectory())
            throw Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR' });
        dir = next;
        dirStat = stat;
    }
    throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
}
/**
 * The symlink rule, or why it refuses; undefined when the write may go ahead. Pure.
 *
 * A link owned by the running user or by root is theirs: they chose where it points, and it is
 * followed anywhere (the original contract: a symlinked env file is written through, the link
 * stays). A link anyone else owns was planted by them, so it is followed only to what they could
 * write themselves: the file it leads to (when it exists) and the folder holding it must be
 * theirs, and no second such user's link may be on the way. Root therefore never writes a third
 * user's file, nor into a folder the link's owner does not own (/etc, another home), for whoever
 * planted the link; and every link on the path counts, a symlinked folder as much as the file.
 * The target must be a regular file besides, and its owner is kept (checked apart).
 */
function linkRefusal(facts) {
    const { euid, links, target, dirUid, fileUid } = facts;
    const strangers = links.filter((link) => link.uid !== euid && link.uid !== 0);
    const [first] = strangers;
    if (!first)
        return undefined;
    const why = "refused: another user's symlink is followed only to their own file in their own folder";
    const other = strangers.find((link) => link.uid !== first.uid);
    if (other) {
        return `leads through symlinks of uid ${first.uid} (${first.path}) and uid ${other.uid} (${other.path}); ${why}`;
    }
    const via = `leads through a symlink of uid ${first.uid} (${first.path}) to ${target}`;
    if (fileUid !== undefined && fileUid !== first.uid) {
        return `${via}, which belongs to uid ${fileUid}; ${why}`;
    }
    if (dirUid !== first.uid)
        return `${via}, in a folder of uid ${dirUid}; ${why}`;
    return undefined;
}
function holdFolder(dir, seen) {
    // Elsewhere no path reaches an open folder: the rename goes by name, as it always did.
    if (process.platform !== 'linux')
        return { path: dir, stat: seen, close() { } };
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_DIRECTORY ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0));
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (stat.dev !== seen.dev || stat.ino !== seen.ino) {
            throw Object.assign(new Error('folder replaced'), {
                reason: `${dir} was replaced by something else meanwhile; run again`,
            });
        }
        const viaProc = `/proc/self/fd/${fd}`;
        // /proc may be missing (a bare chroot): then only the path is left.
        const check = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(viaProc, { throwIfNoEntry: false });
        const held = check?.dev === stat.dev && check.ino === stat.ino;
        return { path: held ? viaProc : dir, stat, close: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd) };
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        throw err;
    }
}


/***/ }),

/***/ 4168:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ detectUtf16),
/* harmony export */   SH: () => (/* binding */ hasKeptBytes),
/* harmony export */   V6: () => (/* binding */ encodeKeepingBytes),
/* harmony export */   Z4: () => (/* binding */ decodeKeepingBytes),
/* harmony export */   w6: () => (/* binding */ describeUtf16),
/* harmony export */   zA: () => (/* binding */ decodeUtf16)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4573);
// The bytes of an env file as text, and back, without losing one. Pure: no I/O.
//
// Next.js and dotenv read env files as UTF-8. Files people really have are also CP949 ("ANSI" on
// Korean Windows), Latin-1, or UTF-16 (what `>` writes in Windows PowerShell 5.1). Every
// ASCII-compatible encoding keeps the bytes dotenv's grammar looks at (keys, `=`, quotes, `#`,
// line breaks) as ASCII, so the file is decoded as UTF-8 with each byte that is not part of a
// well-formed UTF-8 sequence kept as a lone surrogate U+DC80-U+DCFF (Python's "surrogateescape").
// Such a character is, for dotenv's regex, what U+FFFD is when Next.js decodes the same bytes:
// neither a word character, nor a blank, nor a line break. So an edit finds the same value Next.js
// reads, and encoding the text back gives every untouched byte as it was. Hand-written: Node's
// decoders replace bad bytes with U+FFFD (lossy), and iconv-style libraries guess a code page,
// while here no guess is needed: ASCII is all that is interpreted.

/** `is UTF-16 (little-endian, with a BOM)`-style wording of what was found. */
function describeUtf16(found) {
    const order = found.encoding === 'UTF-16LE' ? 'little-endian' : 'big-endian';
    return `UTF-16 (${order}, ${found.bom ? 'with a BOM' : 'without a BOM'})`;
}
/** The length of the well-formed UTF-8 sequence at `i` (Unicode Table 3-7), 0 when there is none. */
function sequenceAt(b, i) {
    const lead = b[i];
    if (lead < 0x80)
        return 1;
    const cont = (k, lo = 0x80, hi = 0xbf) => {
        const byte = b[i + k];
        return byte !== undefined && byte >= lo && byte <= hi;
    };
    if (lead >= 0xc2 && lead <= 0xdf)
        return cont(1) ? 2 : 0;
    if (lead === 0xe0)
        return cont(1, 0xa0) && cont(2) ? 3 : 0;
    if (lead === 0xed)
        return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
    if (lead >= 0xe1 && lead <= 0xef)
        return cont(1) && cont(2) ? 3 : 0;
    if (lead === 0xf0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (lead >= 0xf1 && lead <= 0xf3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (lead === 0xf4)
        return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}
const utf8 = (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
/** The bytes as text: UTF-8 where they are UTF-8, each other byte as U+DC80+(byte - 0x80). */
function decodeKeepingBytes(bytes) {
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes))
        return utf8(bytes);
    let out = '';
    let run = 0;
    let i = 0;
    while (i < bytes.length) {
        const length = sequenceAt(bytes, i);
        if (length > 0) {
            i += length;
            continue;
        }
        out += utf8(bytes.subarray(run, i)) + String.fromCharCode(0xdc00 + bytes[i]);
        i += 1;
        run = i;
    }
    return out + utf8(bytes.subarray(run));
}
/** A low surrogate with no high one before it: a byte decodeKeepingBytes kept. */
const KEPT_BYTE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/g;
/** decodeKeepingBytes undone: the same bytes for the same text; new text as UTF-8. */
function encodeKeepingBytes(text) {
    const parts = [];
    let from = 0;
    for (const match of text.matchAll(KEPT_BYTE)) {
        parts.push(Buffer.from(text.slice(from, match.index), 'utf8'));
        parts.push(Buffer.of(text.charCodeAt(match.index) - 0xdc00));
        from = match.index + 1;
    }
    if (from === 0)
        return Buffer.from(text, 'utf8');
    parts.push(Buffer.from(text.slice(from), 'utf8'));
    return Buffer.concat(parts);
}
/** Whether decoded text holds bytes that are not UTF-8 (Next.js reads them as U+FFFD). */
const hasKeptBytes = (text) => text.search(KEPT_BYTE) !== -1;
/** Units of the text that are ASCII in this byte order, or -1 when it is not UTF-16 text. */
function asciiUnits(b, high) {
    let ascii = 0;
    let pendingHigh = false;
    for (let i = 0; i + 1 < b.length; i += 2) {
        const hi = b[i + high];
        const lo = b[i + 1 - high];
        const unit = (hi << 8) | lo;
        if (unit === 0)
            return -1;
        const isHigh = unit >= 0xd800 && unit <= 0xdbff;
        const isLow = unit >= 0xdc00 && unit <= 0xdfff;
        if (pendingHigh !== isLow)
            return -1;
        pendingHigh = isHigh;
        if (hi === 0 && lo < 0x80)
            ascii += 1;
    }
    return pendingHigh ? -1 : ascii;
}
/**
 * UTF-16, when the bytes certainly are: a UTF-16 BOM (FF FE, FE FF), or, without one, NUL bytes
 * (which no ASCII-compatible text holds) in an even-length file that reads as well-formed UTF-16
 * in one byte order with at least half its units ASCII, no NUL unit, and fewer ASCII units in the
 * other order. Anything less certain is left to the byte-keeping reading.
 */
function detectUtf16(b) {
    if (b[0] === 0xff && b[1] === 0xfe)
        return { encoding: 'UTF-16LE', bom: true };
    if (b[0] === 0xfe && b[1] === 0xff)
        return { encoding: 'UTF-16BE', bom: true };
    if (b.length < 2 || b.length % 2 !== 0 || !b.includes(0))
        return undefined;
    const le = asciiUnits(b, 1);
    const be = asciiUnits(b, 0);
    const half = b.length / 4;
    if (le >= half && le > be)
        return { encoding: 'UTF-16LE', bom: false };
    if (be >= half && be > le)
        return { encoding: 'UTF-16BE', bom: false };
    return undefined;
}
/** The text of a UTF-16 file (BOM dropped), or undefined when it is not whole UTF-16. */
function decodeUtf16(b, found) {
    const body = Buffer.from(b.subarray(found.bom ? 2 : 0));
    if (body.length % 2 !== 0)
        return undefined;
    if (found.encoding === 'UTF-16BE')
        body.swap16();
    try {
        return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(body);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 2877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ codeOf),
/* harmony export */   Ds: () => (/* binding */ projectFileBytes),
/* harmony export */   Ul: () => (/* binding */ CREATE_NEW),
/* harmony export */   _M: () => (/* binding */ where),
/* harmony export */   a0: () => (/* binding */ envFileContents),
/* harmony export */   yi: () => (/* binding */ fsError)
/* harmony export */ });
/* unused harmony exports problem, NOFOLLOW, NONBLOCK, NOCTTY, DIRECTORY, READ, typeProblem, utf16Message, readEnvText, readEnvFile */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4573);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2354);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(126);
/* harmony import */ var _destination_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2961);
/* harmony import */ var _encoding_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(4168);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(1818);
// Reading env files safely, and the errors every env-file operation words the same way.








function where(path, label) {
    // A path may hold anything a user typed: a NUL, a newline, an escape.
    return label ? `${label}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(path)}` : (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(path);
}
/** An fs or spawn error's string code (`ENOENT`), if it has one. */
function codeOf(err) {
    return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string'
        ? err.code
        : undefined;
}
/** A short reason for an fs error (or one that carries its own); never includes file contents. */
function problem(err) {
    const reason = err?.reason;
    if (typeof reason === 'string')
        return reason;
    const code = codeOf(err);
    switch (code) {
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EISDIR':
            return 'is a directory';
        case 'ENOTDIR':
            return 'a parent is not a directory';
        case 'ELOOP':
            return 'too many levels of symbolic links';
        case 'EROFS':
            return 'read-only file system';
        case 'ENOSPC':
            return 'no space left on device';
        default:
            return code ?? (err instanceof Error ? err.message : String(err));
    }
}
function fsError(action, path, label, err) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb)
        return err;
    if (codeOf(err) === 'EISDIR')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${where(path, label)} is a directory`);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${where(path, label)} cannot be ${action} (${problem(err)})`);
}
// ---------------------------------------------------------------------------------------------
// Reading. Another local user may put a FIFO, a device or a huge file where an env file belongs.
/** Env files hold a few lines: anything bigger is refused rather than read into memory. */
const MAX_BYTES = 1024 * 1024;
const TOO_BIG = 'is over 1 MiB, too big for an env file';
// Absent on Windows, where none of them applies.
const NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0;
const NONBLOCK = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0;
const NOCTTY = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOCTTY ?? 0;
const DIRECTORY = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_DIRECTORY ?? 0;
const READ = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | NONBLOCK | NOCTTY;
const CREATE_NEW = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | NOFOLLOW;
/** Why a file of this type or size is not read; undefined when it can be. */
function typeProblem(stat, limit = MAX_BYTES, tooBig = TOO_BIG) {
    if (stat.isFile()) {
        return stat.size > limit ? tooBig : undefined;
    }
    if (stat.isDirectory())
        return 'is a directory';
    const kind = stat.isFIFO()
        ? 'a FIFO'
        : stat.isCharacterDevice()
            ? 'a character device'
            : stat.isBlockDevice()
                ? 'a block device'
                : stat.isSocket()
                    ? 'a socket'
                    : stat.isSymbolicLink()
                        ? 'a symbolic link'
                        : 'of an unknown type';
    return `is ${kind}, not a regular file`;
}
function refusedAs(typeOrSize) {
    return { state: 'refused', problem: typeOrSize, message: typeOrSize };
}
function cannotRead(err) {
    const why = problem(err);
    return { state: 'refused', problem: why, message: `cannot be read (${why})` };
}
/** The bytes of an open file, or undefined past the cap: stat sizes can lie (procfs) or grow. */
function bytesUpTo(fd, sizeHint, cap) {
    let buf = Buffer.allocUnsafe(Math.min(sizeHint, cap) + 1);
    let length = 0;
    for (;;) {
        if (length === buf.length) {
            if (length > cap)
                return undefined;
            const bigger = Buffer.allocUnsafe(Math.min(length * 2, cap + 1));
            buf.copy(bigger, 0, 0, length);
            buf = bigger;
        }
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buf, length, buf.length - length, null);
        if (read === 0)
            return buf.subarray(0, length);
        length += read;
    }
}
/**
 * The one careful reader of files in a project (env files, .gitignore, compose files,
 * pyvenv.cfg): never blocks, never opens what is not a regular file, never reads past a bound.
 * A FIFO, device or socket is refused from its stat, unopened (opening some devices acts: a tape
 * rewinds, a watchdog arms). The open is non-blocking and the type checked again on the
 * descriptor, for one swapped in after the stat; the read stops at the bound, whatever the size
 * claimed. A symlink is followed only as linkRefusal allows (one of the caller's or root's
 * anywhere; another user's only to their own file in their own folder), `follow: false` refuses
 * it. Synchronous: these files are small, and a thread-pool round trip costs an allocation as
 * much as its lease.
 */
function projectFileBytes(path, options = {}) {
    if (options.follow === false || process.platform === 'win32')
        return readAt(path, options);
    // POSIX: the links on the way are resolved here, one by one, each judged by its owner
    // (linkRefusal, as for writes), and the file is opened with O_NOFOLLOW in its folder, held
    // open: a link or folder swapped in meanwhile can lead the open nowhere else (not to a device).
    let dest;
    try {
        dest = (0,_destination_js__WEBPACK_IMPORTED_MODULE_5__/* .destinationOf */ .My)(path);
    }
    catch (err) {
        return codeOf(err) === 'ENOENT' ? { state: 'missing' } : cannotRead(err);
    }
    let folder;
    try {
        folder = (0,_destination_js__WEBPACK_IMPORTED_MODULE_5__/* .holdFolder */ .Ub)(dest.dir, dest.dirStat);
    }
    catch (err) {
        return cannotRead(err);
    }
    try {
        const inner = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder.path, dest.name);
        const euid = process.geteuid?.();
        if (euid !== undefined && dest.links.length > 0) {
            const refusal = (0,_destination_js__WEBPACK_IMPORTED_MODULE_5__/* .linkRefusal */ .Xi)({
                euid,
                links: dest.links,
                target: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dest.dir, dest.name),
                dirUid: folder.stat.uid,
                fileUid: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(inner, { throwIfNoEntry: false })?.uid,
            });
            if (refusal)
                return refusedAs(refusal);
        }
        return readAt(inner, { ...options, follow: false });
    }
    catch (err) {
        return cannotRead(err);
    }
    finally {
        folder.close();
    }
}
/** The careful read of one path (a symlink there followed only with `follow`). */
function readAt(path, options, retry = true) {
    const { follow = true, maxBytes = MAX_BYTES, tooBig = TOO_BIG } = options;
    let seen;
    try {
        seen = (follow ? node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync : node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path, { throwIfNoEntry: false });
    }
    catch (err) {
        return cannotRead(err);
    }
    if (!seen)
        return { state: 'missing' };
    const early = typeProblem(seen, maxBytes, tooBig);
    if (early)
        return refusedAs(early);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, READ | (follow ? 0 : NOFOLLOW));
    }
    catch (err) {
        return codeOf(err) === 'ENOENT' ? { state: 'missing' } : cannotRead(err);
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        const late = typeProblem(stat, maxBytes, tooBig);
        if (late)
            return refusedAs(late);
        // (Windows's file ids are left out: not every file system there gives stable ones.)
        if (process.platform !== 'win32' && (stat.dev !== seen.dev || stat.ino !== seen.ino)) {
            // Replaced between the stat and the open (an atomic write, or a swap): look again, once.
            return retry
                ? readAt(path, options, false)
                : refusedAs('was replaced while it was being opened; run again');
        }
        const bytes = bytesUpTo(fd, stat.size, maxBytes);
        if (!bytes)
            return refusedAs(tooBig);
        return { state: 'read', bytes, stat };
    }
    catch (err) {
        return cannotRead(err);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** The one-line refusal of a UTF-16 env file, after its path. */
function utf16Message(found) {
    return `is ${(0,_encoding_js__WEBPACK_IMPORTED_MODULE_6__/* .describeUtf16 */ .w6)(found)}, but Next.js and dotenv read env files only as UTF-8; save it as UTF-8 (udo-doctor --fix does)`;
}
/**
 * An env file read carefully (projectFileBytes) and decoded keeping every byte; a UTF-16 file is
 * refused, with its text for the doctor's --fix.
 */
function envFileContents(path, follow = true) {
    const found = projectFileBytes(path, { follow });
    if (found.state !== 'read')
        return found;
    const { bytes, stat } = found;
    const utf16 = (0,_encoding_js__WEBPACK_IMPORTED_MODULE_6__/* .detectUtf16 */ .Al)(bytes);
    if (utf16) {
        return {
            state: 'refused',
            problem: `${(0,_encoding_js__WEBPACK_IMPORTED_MODULE_6__/* .describeUtf16 */ .w6)(utf16)}, which Next.js and dotenv do not read`,
            message: utf16Message(utf16),
            utf16: { ...utf16, text: (0,_encoding_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeUtf16 */ .zA)(bytes, utf16), stat },
        };
    }
    return { state: 'read', text: (0,_encoding_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeKeepingBytes */ .Z4)(bytes), utf8: (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes), stat };
}
/** The env file's text, undefined when there is none; a UsageError naming it when unreadable. */
function readEnvText(path, label) {
    const found = envFileContents(path);
    if (found.state === 'refused')
        throw new UsageError(`${where(path, label)} ${found.message}`);
    return found.state === 'read' ? found.text : undefined;
}
/** The parsed file, or undefined when it does not exist. */
async function readEnvFile(path, label) {
    const text = readEnvText(path, label);
    return text === undefined ? undefined : parseEnv(text);
}


/***/ }),

/***/ 1818:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lq: () => (/* binding */ scanEnv),
/* harmony export */   Yu: () => (/* binding */ envKeyLines),
/* harmony export */   bE: () => (/* binding */ setEnvValue),
/* harmony export */   vc: () => (/* binding */ parseEnv)
/* harmony export */ });
/* harmony import */ var dotenv__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8230);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2354);
// .env text: dotenv's grammar, and changes that keep every other byte. Pure: no I/O.


const BOM = '\uFEFF';
/**
 * dotenv's LINE regex (dotenv 18, default parser), with two extra capture groups (separator and
 * value) so that edits hit exactly the bytes dotenv reads as the value. Capture groups do not
 * change what matches, so matching this against the same text finds the same assignments.
 */
const LINE_SOURCE = /(?:^|^)\s*(?:export\s+)?([\w.-]+)((?:\s*=\s*?|:\s+?))(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/
    .source;
/** The key grammar of that regex: `[\w.-]+` without the `u` flag. */
const KEY = /^[\w.-]+$/;
function stripBom(text) {
    return text.startsWith(BOM) ? text.slice(1) : text;
}
/** Parses .env text exactly as dotenv does (a leading BOM is dropped first). */
function parseEnv(text) {
    return dotenv__WEBPACK_IMPORTED_MODULE_0__.parse(stripBom(text));
}
/**
 * dotenv turns CR LF and lone CR into LF before matching. Returns that text and, for every offset
 * in it (plus its end), the matching offset in the original so edits can be mapped back.
 */
function normalize(text) {
    let norm = '';
    const map = [];
    let i = 0;
    while (i < text.length) {
        map.push(i);
        const ch = text[i];
        if (ch === '\r') {
            norm += '\n';
            i += text[i + 1] === '\n' ? 2 : 1;
        }
        else {
            norm += ch;
            i += 1;
        }
    }
    map.push(text.length);
    return { norm, map };
}
function assignments(norm) {
    const re = new RegExp(LINE_SOURCE, 'gmd');
    const found = [];
    let line = 1;
    let pos = 0;
    // Lines are counted once, forward: matches come in order and do not overlap.
    const lineAt = (offset) => {
        for (; pos < offset; pos++)
            if (norm[pos] === '\n')
                line++;
        return line;
    };
    for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
        const idx = m.indices;
        const keyIdx = idx?.[1];
        const sepIdx = idx?.[2];
        if (!idx || !keyIdx || !sepIdx)
            continue;
        const valIdx = idx[3];
        found.push({
            key: m[1],
            line: lineAt(keyIdx[0]),
            endLine: lineAt(Math.max(keyIdx[0], m.index + m[0].length - 1)),
            keyStart: keyIdx[0],
            valueStart: valIdx ? valIdx[0] : sepIdx[1],
            valueEnd: valIdx ? valIdx[1] : sepIdx[1],
            raw: m[3] ?? '',
            sep: m[2],
        });
    }
    return found;
}
/** The value dotenv derives from a raw value group (same steps as its parser). */
function dotenvValue(raw) {
    let v = raw.trim();
    const first = v[0];
    v = v.replace(/^(['"`])([\s\S]*)\1$/gm, '$2');
    if (first === '"')
        v = v.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    return v;
}
/** How `value` reads back unchanged when written with quote `q`, or undefined if it cannot. */
function quoteAs(value, q) {
    switch (q) {
        case '':
            // Whitespace would be trimmed, `#` starts a comment, a leading quote starts a quoted value.
            return /^[^\s#'"`]*$/.test(value) ? value : undefined;
        case '"':
            // dotenv turns \n and \r into line breaks but never unescapes \" or \\, so neither can appear.
            if (/["\\]/.test(value))
                return undefined;
            return `"${value.replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;
        default:
            // No escapes at all; a trailing backslash would escape the closing quote for the regex.
            if (value.includes(q) || /[\r\n]/.test(value) || value.endsWith('\\'))
                return undefined;
            return `${q}${value}${q}`;
    }
}
function formatValue(value, keep, key) {
    const order = keep ? [keep, '', '"', "'", '`'] : ['', '"', "'", '`'];
    for (const q of order) {
        const out = quoteAs(value, q);
        if (out !== undefined)
            return out;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`the value for ${key} mixes quotes, backslashes and line breaks in a way a .env file cannot hold`);
}
function quoteOf(raw) {
    const t = raw.trim();
    const q = t[0];
    if (t.length >= 2 && (q === "'" || q === '"' || q === '`') && t.endsWith(q))
        return q;
    return undefined;
}
function checkKey(key) {
    // dotenv assigns keys to a plain object, so it can never read `__proto__` back.
    if (!KEY.test(key) || key === '__proto__') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${JSON.stringify(key)} is not a valid .env key`);
    }
}
/** The bytes kept before and after the new value inside the old value group. */
function around(a, norm) {
    const core = a.raw.trim();
    if (core !== '') {
        const head = /^\s*/.exec(a.raw)?.[0] ?? '';
        return { head, tail: a.raw.slice(head.length + core.length) };
    }
    // An empty value is only the blanks between the separator and the end or a comment
    // (`KEY = # note`): keep one after a spaced `=`, the rest after the value.
    const head = /^\s/.test(a.sep) ? a.raw.slice(0, 1) : '';
    let tail = a.raw.slice(head.length);
    if (tail === '' && norm[a.valueEnd] === '#')
        tail = ' ';
    return { head, tail };
}
/**
 * Returns `text` with every assignment of `key` set to `value` (appended when missing). Only the
 * value bytes change; everything else (comments, order, quoting, `export `, line endings, BOM)
 * is kept.
 */
function setEnvValue(text, key, value) {
    checkKey(key);
    const bom = text.startsWith(BOM) ? BOM : '';
    const body = text.slice(bom.length);
    const { norm, map } = normalize(body);
    const targets = assignments(norm).filter((a) => a.key === key);
    let out;
    if (targets.length === 0) {
        const eol = /\r\n|\n|\r/.exec(body)?.[0] ?? '\n';
        const sep = body === '' || /[\r\n]$/.test(body) ? '' : eol;
        out = `${body}${sep}${key}=${formatValue(value, undefined, key)}${eol}`;
    }
    else {
        out = '';
        let pos = 0;
        for (const a of targets) {
            if (dotenvValue(a.raw) === value)
                continue;
            const { head, tail } = around(a, norm);
            const start = map[a.valueStart];
            const end = map[a.valueEnd];
            out += body.slice(pos, start) + head + formatValue(value, quoteOf(a.raw), key) + tail;
            pos = end;
        }
        out += body.slice(pos);
    }
    // Guard against dotenv's multi-line quote matching re-pairing quotes across lines: the result
    // must parse to the old values with only `key` changed, or nothing is written.
    const before = dotenv__WEBPACK_IMPORTED_MODULE_0__.parse(body);
    const after = dotenv__WEBPACK_IMPORTED_MODULE_0__.parse(out);
    before[key] = value;
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const k of keys) {
        if (before[k] !== after[k] || !Object.hasOwn(after, k)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot set ${key} without changing how the rest of the file parses (unbalanced quotes?)`);
        }
    }
    return bom + out;
}
/**
 * The text as dotenv matches it (BOM dropped, CR LF and lone CR made LF) and the assignments it
 * finds there, in order.
 */
function scanEnv(text) {
    const { norm } = normalize(stripBom(text));
    return { norm, assignments: assignments(norm) };
}
/** 1-based line numbers where `key` is assigned, as dotenv sees it (CR LF, CR or LF breaks). */
function envKeyLines(text, key) {
    return scanEnv(text)
        .assignments.filter((a) => a.key === key)
        .map((a) => a.line);
}


/***/ }),

/***/ 2354:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   tn: () => (/* binding */ MissingFolderError)
/* harmony export */ });
/* unused harmony exports NoPortError, AlreadyRunningError */
/** Bad input. The message is one line naming the option or file and the value; exit code 2. */
class UsageError extends Error {
    exitCode = 2;
    name = 'UsageError';
}
/** A file cannot be written because its folder does not exist (folders are never created). */
class MissingFolderError extends UsageError {
    folder;
    name = 'MissingFolderError';
    constructor(message, 
    /** The folder that is missing. */
    folder) {
        super(message);
        this.folder = folder;
    }
}
/** No port could be had: a pinned port is taken or the whole range is refused; exit code 1. */
class NoPortError extends Error {
    refusals;
    exitCode = 1;
    name = 'NoPortError';
    constructor(message, 
    /** Every port refused, in the order tried, with the reason. */
    refusals) {
        super(message);
        this.refusals = refusals;
    }
}
/** The project's backend already runs (started by another `udo-port start`); exit code 1. */
class AlreadyRunningError extends (/* unused pure expression or super */ null && (Error)) {
    exitCode = 1;
    name = 'AlreadyRunningError';
}


/***/ }),

/***/ 9909:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TG: () => (/* binding */ venvPath),
/* harmony export */   dk: () => (/* binding */ urlFor),
/* harmony export */   jX: () => (/* binding */ PROJECT_DEFAULTS),
/* harmony export */   nN: () => (/* binding */ PORT_DEFAULTS),
/* harmony export */   nz: () => (/* binding */ backendEnvPath),
/* harmony export */   rN: () => (/* binding */ API_URL_KEY),
/* harmony export */   sP: () => (/* binding */ envLocalPath),
/* harmony export */   v_: () => (/* binding */ PORT_KEYS)
/* harmony export */ });
/* unused harmony export TIME_DEFAULTS */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7030);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
// The project's layout defaults, in one place for the core and every face (its root is found by
// root.ts).


const WEB_DIR = 'web-dashboard';
/** The layout's defaults; each is an option of every face (--backend-env, --env-local, --venv, --app). */
const PROJECT_DEFAULTS = {
    /** The backend's env file, relative to the project root. */
    backendEnv: 'backend/.env',
    /** The frontend's env file that receives the URL, relative to the project root. */
    envLocal: `${WEB_DIR}/.env.local`,
    /** The backend's virtualenv, relative to the project root. */
    venv: '.venv',
    /** The backend's ASGI app, `module:attr`. */
    app: 'backend.main:app',
    /** The frontend's folder, relative to the project root (`dev`). */
    webDir: WEB_DIR,
};
/** The ports and hosts, for the backend (the guide's 8001-8010) and for `dev`'s frontend. */
const PORT_DEFAULTS = {
    /** The backend's first port, when nothing names one. */
    port: 8001,
    /** The backend's ports to scan. */
    range: { from: 8001, to: 8010 },
    /** Where the backend binds, and so where a port is test-bound. */
    host: '0.0.0.0',
    /** The host in the URL the frontend is given. */
    urlHost: 'localhost',
    /** The frontend's first port: Next.js's own default. */
    webPort: 3000,
    /** The frontend's ports to scan. */
    webRange: { from: 3000, to: 3010 },
};
/** How long things last, in seconds: `find --hold`, `start --wait`. */
const TIME_DEFAULTS = { holdSeconds: 120, waitSeconds: 60 };
/** The frontend's variable for the backend's URL. */
const API_URL_KEY = 'NEXT_PUBLIC_API_URL';
/** The variables that give the backend's port, highest first. */
const PORT_KEYS = ['API_PORT', 'BACKEND_PORT'];
/** The backend env file: `given` (an option's value) or the default, under `root`. */
const backendEnvPath = (root, given) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, given ?? PROJECT_DEFAULTS.backendEnv);
/** The frontend env file: `given` or the default, under `root`. */
const envLocalPath = (root, given) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, given ?? PROJECT_DEFAULTS.envLocal);
/** The virtualenv: `given` or the default, under `root`. */
const venvPath = (root, given) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, given ?? PROJECT_DEFAULTS.venv);
/** `http://host:port`, with IPv6 literals bracketed. */
function urlFor(urlHost, port) {
    const host = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(urlHost) === 6 ? `[${urlHost}]` : urlHost;
    return `http://${host}:${port}`;
}


/***/ }),

/***/ 126:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ printableLines),
/* harmony export */   g: () => (/* binding */ printable)
/* harmony export */ });
// Controls (C0, DEL and C1: \p{Cc}), the line and paragraph separators, and the bidi embeddings,
// overrides and isolates: what can end a line, drive a terminal or reorder what is shown.
const UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function visible(char) {
    const code = char.charCodeAt(0);
    return (NAMED[char] ??
        (code <= 0xff
            ? `\\x${code.toString(16).padStart(2, '0')}`
            : `\\u${code.toString(16).padStart(4, '0')}`));
}
/**
 * Untrusted text (a lease's fields, a process's name or command line), made safe to print on
 * one line of a terminal or a CI log: controls and bidi overrides become visible escapes such as
 * `\n`, `\x1b` and `\u202e`, so no workflow command (`::error::`) or escape sequence gets
 * through. Everything else, letters of any script and spaces included, stays as it is.
 */
function printable(text) {
    return text.replace(UNSAFE, visible);
}
/** Text of several lines made printable line by line: its own line breaks stay, nothing else. */
function printableLines(text) {
    return text.split('\n').map(printable).join('\n');
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
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
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
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.cjs.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
__nccwpck_require__(6011);

module.exports = __webpack_exports__;
/******/ })()
;