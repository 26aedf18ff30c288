/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

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

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 7030:
/***/ ((module) => {

"use strict";
module.exports = require("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

"use strict";
module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 6848:
/***/ ((module) => {

"use strict";
module.exports = require("node:readline/promises");

/***/ }),

/***/ 8500:
/***/ ((module) => {

"use strict";
module.exports = require("node:timers/promises");

/***/ }),

/***/ 7975:
/***/ ((module) => {

"use strict";
module.exports = require("node:util");

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

/***/ 3381:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

"use strict";

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/errors.js
var errors = __nccwpck_require__(2354);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/text.js
var core_text = __nccwpck_require__(126);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/env/file.js + 1 modules
var file = __nccwpck_require__(3808);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/ports/allocate.js + 2 modules
var allocate = __nccwpck_require__(8519);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/project/defaults.js
var defaults = __nccwpck_require__(9909);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/github/ci-job.js
var ci_job = __nccwpck_require__(8991);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/cli/args.js + 2 modules
var cli_args = __nccwpck_require__(1196);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/cli/output.js
var output = __nccwpck_require__(3167);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/cli/project-config.js
var project_config = __nccwpck_require__(9556);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/cli/find.js
// `udo-port find`: a free port, leased for --hold seconds; its number (or --json) on stdout.







/** find's parser: the project options, and its own (help.ts says what each means). */
const findOptions = {
    ...cli_args/* projectOptions */.Mh,
    hold: { type: 'string' },
    'write-env-local': { type: 'boolean' },
};
async function find(args) {
    const parsed = (0,cli_args/* parseCommandLine */.Du)(args, findOptions, false);
    const { values, project } = (0,project_config/* configure */.jK)(parsed.values);
    const holdSeconds = (0,cli_args/* parseSeconds */.fL)(values.hold ?? String(defaults/* TIME_DEFAULTS */.H0.holdSeconds), '--hold');
    const ci = (0,ci_job/* ciJobFromEnv */.Z)(process.env);
    (0,ci_job/* markJob */.d)(ci);
    const request = (0,project_config/* withProjectPorts */.iX)((0,cli_args/* allocateRequest */.th)(values), project, values);
    const allocation = await (0,allocate/* allocate */.CN)({
        ...request,
        // --json says why each port was passed over, naming its holder.
        nameHolder: values.json ?? false,
        lease: {
            ttlMs: holdSeconds * 1000,
            lifetime: 'ttl',
            purpose: 'udo-port find',
            ...(ci && { ci }),
        },
    });
    if (values['write-env-local']) {
        try {
            for (const key of project.web.urlVariables) {
                await (0,file/* writeEnvValue */.eU)((0,cli_args/* envLocalPath */.sP)(values, request.cwd), key, allocation.url, '--env-local');
            }
        }
        catch (error) {
            (0,allocate/* release */._r)(allocation);
            throw error;
        }
    }
    for (const warning of allocation.warnings)
        (0,output/* warn */.R8)(warning);
    (0,output/* out */.FD)(values.json ? JSON.stringify(allocationJson(allocation), null, 2) : String(allocation.port));
}
function allocationJson(allocation) {
    const { port, host, url, source, lease, leaseFile, passedOver, warnings } = allocation;
    return {
        port,
        host,
        url,
        source,
        lease: { ...lease, file: leaseFile },
        passedOver: passedOver.map((refusal) => ({ ...refusal, why: (0,allocate/* describeRefusal */.a2)(refusal) })),
        warnings,
    };
}

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/leases/record.js
var record = __nccwpck_require__(1616);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/cli/table.js
var table = __nccwpck_require__(7616);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/cli/help.js
// udo-port's help, written once: one table of options (each with its value's name, its one-line
// meaning and the commands that take it) and one of commands. `--help`, `help CMD`, the command
// names "did you mean" offers, and the tables in docs/cli.md come from these; test/docs.test.ts
// holds the docs and every command's parser to them.



const PROJECT = ['dev', 'start', 'find'];
const range = ({ from, to }) => `${from}-${to}`;
const OPTIONS = [
    {
        flag: '--cwd DIR',
        text: 'the project, or a folder inside it (default: here)',
        only: ['init', 'dev', 'start', 'find', 'url'],
    },
    { flag: '--port N', text: 'use this port; fail if it is taken (unless --no-strict)' },
    {
        flag: '--default-port N',
        text: `first port to try (default: ${defaults/* PORT_DEFAULTS */.nN.port}, or the first port of --range)`,
    },
    { flag: '--range A-B', text: `ports to scan (default: ${range(defaults/* PORT_DEFAULTS */.nN.range)})` },
    { flag: '--host H', text: `bind host to test (default: API_HOST, else ${defaults/* PORT_DEFAULTS */.nN.host})` },
    { flag: '--url-host H', text: `host in the URL (default: ${defaults/* PORT_DEFAULTS */.nN.urlHost})` },
    {
        flag: '--backend-env PATH',
        text: `backend env file (default: ${defaults/* PROJECT_DEFAULTS */.jX.backendEnv}; --env-file is its old name, which Node\nitself reads as its own flag when the file is missing)`,
    },
    { flag: '--env-file PATH', text: 'the old name of --backend-env', hidden: true },
    { flag: '--env-local PATH', text: `frontend env file (default: ${defaults/* PROJECT_DEFAULTS */.jX.envLocal})` },
    {
        flag: '--write-env-local',
        text: 'write NEXT_PUBLIC_API_URL into the frontend env file',
        only: ['find'],
    },
    {
        flag: '--hold SECONDS',
        text: `keep the lease this long (default: ${defaults/* TIME_DEFAULTS */.H0.holdSeconds}, at most ${record/* LONGEST_LEASE_MS */.nV / 1000})`,
        only: ['find'],
    },
    {
        flag: '--venv PATH',
        text: `the virtualenv (default: ${defaults/* PROJECT_DEFAULTS */.jX.venv})`,
        only: ['dev', 'start'],
    },
    {
        flag: '--app MODULE:ATTR',
        text: `the ASGI app (default: ${defaults/* PROJECT_DEFAULTS */.jX.app})`,
        only: ['dev', 'start'],
    },
    // find's parser takes the project options whole; these two are checked there, and unused.
    { flag: '--venv PATH', text: 'taken, unused by find', only: ['find'], hidden: true },
    { flag: '--app MODULE:ATTR', text: 'checked, unused by find', only: ['find'], hidden: true },
    { flag: '--reload', text: 'pass --reload to uvicorn', only: ['dev', 'start'] },
    { flag: '--no-env-local', text: 'leave the frontend env file alone', only: ['dev', 'start'] },
    {
        flag: '--wait SECONDS',
        text: `how long the backend may take to listen before a warning (default: ${defaults/* TIME_DEFAULTS */.H0.waitSeconds});\nit is still watched after that`,
        only: ['dev', 'start'],
    },
    {
        flag: '--replace',
        text: "end this project's running backend (its start) and start anew",
        only: ['dev', 'start'],
    },
    {
        flag: '--web-port N',
        text: `the frontend's port (default: WEB_PORT, else ${defaults/* PORT_DEFAULTS */.nN.webPort})`,
        only: ['dev'],
    },
    {
        flag: '--web-range A-B',
        text: `frontend ports to scan (default: ${range(defaults/* PORT_DEFAULTS */.nN.webRange)})`,
        only: ['dev'],
    },
    {
        flag: '--web-dir DIR',
        text: `the frontend (default: ${defaults/* PROJECT_DEFAULTS */.jX.webDir})`,
        only: ['dev'],
    },
    {
        flag: '--web-cmd CMD',
        text: 'its dev server, {port} replaced (default: npm run dev -- --port N,\nor pnpm/yarn/bun by lockfile)',
        only: ['dev'],
    },
    { flag: '--strict', text: 'a port from backend/.env must be free, no scan' },
    { flag: '--no-strict', text: 'a port from --port or API_PORT may move to a free one' },
    { flag: '--fallback any', text: 'when the range is full, take any port the OS offers' },
    {
        flag: '--force',
        text: "drop another user's lease too (as root, tidying a shared host)",
        only: ['release'],
    },
    {
        flag: '--mine',
        text: "drop only your own leases, even when a PORT or --force names another's",
        only: ['release'],
    },
    { flag: '--yes, -y', text: 'end it without asking', only: ['kill'] },
    { flag: '--dry-run', text: 'show the file, write nothing', only: ['init'] },
    { flag: '--force', text: 'replace an existing udo-port.json', only: ['init'] },
    { flag: '--json', text: 'print JSON', only: ['find', 'list'] },
];
const COMMANDS = {
    init: {
        usage: 'udo-port init    [--dry-run] [--force] [--cwd DIR]',
        what: 'find the layout and write udo-port.json, so no command needs flags',
        more: `init finds the ASGI app, the venv, the frontend (Next.js or Vite) and its package manager,
and the variables the frontend reads for the API's URL; it prints what it found and writes
udo-port.json (--dry-run only shows it; an existing file is replaced only with --force).
Every command reads that file (or a "udo-port" key in package.json): flags, then the
environment, then the file, then what is detected, then the defaults.`,
    },
    dev: {
        usage: 'udo-port dev     [options] [-- cmd]',
        what: 'run the backend and the frontend dev server, each on a free port',
        more: `dev runs the backend as start does (the command after -- instead of uvicorn, as start runs
it) and the frontend's dev server in web-dashboard with PORT and NEXT_PUBLIC_API_URL set (or what
udo-port.json names: frontend.dir, its urlVariables; Vite gets --strictPort); their
output is labelled api and web. Ctrl+C ends both; when either exits, the other is stopped and dev
exits with the first one's code.`,
    },
    start: {
        usage: 'udo-port start   [options] [-- cmd]',
        what: 'run the backend on a free port, point the frontend at it',
        more: `start runs <venv python> -m uvicorn <app> --host H --port N from the project root, or the
command after -- with {port} replaced and API_PORT, API_HOST and PORT set. It keeps its lease
while the backend runs, writes .env.local once the backend listens, and exits with its code.`,
    },
    find: {
        usage: 'udo-port find    [options]',
        what: 'print a free port, leased for --hold seconds',
        more: 'Port order: --port, API_PORT, BACKEND_PORT, backend/.env, --default-port, then --range.',
    },
    list: {
        usage: 'udo-port list    [--json]',
        what: 'the backends udo-port start runs, and the leases on this host',
    },
    release: {
        usage: 'udo-port release [PORT...] [--force]',
        what: 'drop your leases (no PORT: all of yours)',
    },
    kill: {
        usage: 'udo-port kill    PORT [--yes]',
        what: 'end the process listening on PORT and its children (asks unless --yes)',
    },
    url: {
        usage: 'udo-port url     [api|web] [--cwd DIR]',
        what: "print the URL this checkout's backend (or frontend) runs on now",
    },
};
const COMMAND_NAMES = Object.keys(COMMANDS);
const FLAG_WIDTH = Math.max(...OPTIONS.map((o) => o.flag.length)) + 2;
const takes = (option, command) => option.only ? option.only.includes(command) : PROJECT.includes(command);
const shown = OPTIONS.filter((option) => !option.hidden);
/** The options a command takes, in the table's order, hidden ones too. */
const optionsOf = (command) => OPTIONS.filter((option) => takes(option, command));
function optionLines(options, prefix) {
    return options.flatMap((option) => {
        const [first, ...rest] = `${prefix(option)}${option.text}`.split('\n');
        return [
            `  ${option.flag.padEnd(FLAG_WIDTH)}${first}`,
            ...rest.map((line) => `${' '.repeat(FLAG_WIDTH + 2)}${line}`),
        ];
    });
}
/** The whole help: every command and option. */
function globalHelp(version) {
    const only = (o) => (o.only ? `${o.only.join(', ')}: ` : '');
    return [
        `udo-port ${version}: race-free ports for a FastAPI backend and a Next.js frontend`,
        '',
        'Usage:',
        ...(0,table/* formatTable */.k)([
            ...COMMAND_NAMES.map((c) => [COMMANDS[c].usage, COMMANDS[c].what]),
            ['udo-port help COMMAND', "one command's help"],
        ]),
        '',
        'Options:',
        ...optionLines(shown, only),
        `  ${'-h, --help'.padEnd(FLAG_WIDTH)}this help`,
        `  ${'-v, --version'.padEnd(FLAG_WIDTH)}the version`,
        '',
        COMMANDS.start.more,
        COMMANDS.find.more,
        "Exit codes: 0 done, 1 no port could be had, 2 bad input; start: the backend's own.",
    ].join('\n');
}
/** One command's help: what it does and only the options it takes. */
function commandHelp(command) {
    const { usage, what, more } = COMMANDS[command];
    const options = shown.filter((o) => takes(o, command));
    return [
        `${usage.replace(/ {2,}/g, ' ')}: ${what}`,
        ...(options.length > 0 ? ['', 'Options:', ...optionLines(options, () => '')] : []),
        ...(more ? ['', more] : []),
    ].join('\n');
}
const isCommand = (name) => name in COMMANDS;

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/cli/suggest.js
var suggest = __nccwpck_require__(4938);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/cli/udo-port.js
// udo-port: dispatch only. Each command lives in a file of its own (find.ts, leases.ts, dev.ts,
// start.ts, kill.ts, init.ts, url.ts); help.ts holds what each takes and means.







// find, the command scripts run most, is imported up front; the others load only when called
// (ncc puts each in a chunk file beside the bundle), so find's start does not compile them.
const commands = {
    dev: async (args) => (await Promise.all(/* import() */[__nccwpck_require__.e(944), __nccwpck_require__.e(733)]).then(__nccwpck_require__.bind(__nccwpck_require__, 733))).dev(args, output/* say */.cv),
    start: async (args) => (await __nccwpck_require__.e(/* import() */ 944).then(__nccwpck_require__.bind(__nccwpck_require__, 2944))).start(args, output/* say */.cv),
    find: async (args) => void (await find(args)),
    list: async (args) => void (await (await __nccwpck_require__.e(/* import() */ 997).then(__nccwpck_require__.bind(__nccwpck_require__, 1997))).list(args)),
    release: async (args) => (await __nccwpck_require__.e(/* import() */ 997).then(__nccwpck_require__.bind(__nccwpck_require__, 1997))).release(args),
    kill: async (args) => (await __nccwpck_require__.e(/* import() */ 270).then(__nccwpck_require__.bind(__nccwpck_require__, 9270))).kill(args, output/* say */.cv),
    init: async (args) => (await __nccwpck_require__.e(/* import() */ 784).then(__nccwpck_require__.bind(__nccwpck_require__, 2784))).init(args, output/* say */.cv),
    url: async (args) => (await Promise.all(/* import() */[__nccwpck_require__.e(944), __nccwpck_require__.e(221)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8221))).url(args, output/* out */.FD),
};
async function main(argv) {
    (0,output/* dropOutputToClosedPipes */.D3)();
    const [command, ...rest] = argv;
    try {
        if (command === undefined || command === '--help' || command === '-h') {
            (0,output/* out */.FD)(globalHelp(package_namespaceObject.rE));
            return command === undefined ? 2 : 0;
        }
        if (command === 'help') {
            const [topic] = rest;
            if (topic === undefined)
                (0,output/* out */.FD)(globalHelp(package_namespaceObject.rE));
            else if (isCommand(topic))
                (0,output/* out */.FD)(commandHelp(topic));
            else
                throw new errors/* UsageError */.eb(`help: no command "${(0,core_text/* printable */.g)(topic)}" (${COMMAND_NAMES.join(', ')})`);
            return 0;
        }
        if (command === '--version' || command === '-v') {
            (0,output/* out */.FD)(package_namespaceObject.rE);
            return 0;
        }
        const run = commands[command];
        if (!run || !isCommand(command)) {
            const guess = (0,suggest/* suggest */.ZA)(command, COMMAND_NAMES);
            throw new errors/* UsageError */.eb(`unknown command "${(0,core_text/* printable */.g)(command)}" (${guess ? `did you mean ${guess}? ` : ''}expected ${COMMAND_NAMES.join(', ')})`);
        }
        const own = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
        if (own.includes('--help') || own.includes('-h')) {
            (0,output/* out */.FD)(commandHelp(command));
            return 0;
        }
        if (own.includes('--version') || own.includes('-v')) {
            (0,output/* out */.FD)(package_namespaceObject.rE);
            return 0;
        }
        return (await run(rest)) ?? 0;
    }
    catch (error) {
        const known = error instanceof errors/* UsageError */.eb ||
            error instanceof errors/* NoPortError */.tO ||
            error instanceof errors/* AlreadyRunningError */.mU;
        (0,output/* fail */.fJ)(error instanceof Error ? error.message : String(error));
        // A stack trace helps only when asked for; the one line says what went wrong.
        if (!known && process.env.UDO_PORT_DEBUG)
            console.error(error);
        return known ? error.exitCode : 1;
    }
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/bin/udo-port.js
// The `udo-port` command: nothing but the call, so src/cli/udo-port.ts runs nothing on import.
// No top-level await: the bundle is CommonJS, which V8's code cache can hold on Node 20.

main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});


/***/ }),

/***/ 1196:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  th: () => (/* binding */ allocateRequest),
  sP: () => (/* binding */ envLocalPath),
  nI: () => (/* binding */ paint),
  Du: () => (/* binding */ parseCommandLine),
  fL: () => (/* binding */ parseSeconds),
  Mh: () => (/* binding */ projectOptions),
  YQ: () => (/* binding */ projectRoot)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:tty"
const external_node_tty_namespaceObject = require("node:tty");
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/errors.js
var errors = __nccwpck_require__(2354);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/leases/record.js
var record = __nccwpck_require__(1616);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/project/defaults.js
var defaults = __nccwpck_require__(9909);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/project/file.js
var file = __nccwpck_require__(257);
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
        if (trusted && (0,file/* hasProjectFile */.k8)(dir))
            return dir;
        if (trusted && !marked && MARKERS.some((marker) => isFolder((0,external_node_path_.join)(dir, marker))))
            marked = dir;
        if (!trusted || !mayClimbFrom(dir) || (0,external_node_path_.dirname)(dir) === dir)
            return marked;
    }
}

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/project/same-path.js
var same_path = __nccwpck_require__(933);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/text.js
var core_text = __nccwpck_require__(126);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/cli/suggest.js
var suggest = __nccwpck_require__(4938);
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
        return (0,external_node_util_.parseArgs)({ args, options, allowPositionals: positionals, strict: true, tokens: false });
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
            throw new errors/* UsageError */.eb((0,suggest/* unknownOptionMessage */.Nr)(option ?? '', known));
        }
        if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
            // `Option '-y, --yes' does not take an argument`, `Option '--app <value>' argument
            // missing`, or ambiguous: the next argument starts with a dash.
            const name = /--[\w-]+/.exec(option ?? '')?.[0] ?? option ?? 'option';
            throw new errors/* UsageError */.eb(/does not take an argument/.test(message)
                ? `${name}: takes no value`
                : (0,suggest/* missingValueMessage */.Rj)(name, /ambiguous/.test(message)));
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
const APP = /^[\w.]+:[\w.]+$/;
/**
 * The project's root: the nearest folder at or above --cwd (default: here) that holds the
 * project's folders, as git finds its root; else --cwd itself, with `found` false.
 */
function projectRoot(values) {
    // One spelling of the project for every lease and comparison (same-path.ts).
    const given = (0,same_path/* driveUpper */.N6)((0,external_node_path_.resolve)(values.cwd ?? '.'));
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
    if (values.app !== undefined && !APP.test(values.app)) {
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
    '--hold': { seconds: record/* LONGEST_LEASE_MS */.nV / 1000, said: '24 hours' },
    '--wait': { seconds: 7 * 24 * 3600, said: 'a week' },
};
/** Parses a whole number of seconds for --hold (at most 24 hours) or --wait (a week). */
function parseSeconds(raw, option) {
    const { seconds: max, said } = MAX_SECONDS[option];
    const seconds = Number(raw.trim());
    if (!/^\d+$/.test(raw.trim()) || seconds < 1 || seconds > max) {
        throw new errors/* UsageError */.eb(`${option}: "${(0,core_text/* printable */.g)(raw)}" is not a number of seconds from 1 to ${max} (${said})`);
    }
    return seconds;
}
/** Colour only on a terminal (stdout, or stderr with fd 2), and never under NO_COLOR. */
function paint(format, text, fd = 1) {
    return (0,external_node_tty_namespaceObject.isatty)(fd) && !process.env.NO_COLOR ? (0,external_node_util_.styleText)(format, text) : text;
}


/***/ }),

/***/ 3167:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ dropOutputToClosedPipes),
/* harmony export */   FD: () => (/* binding */ out),
/* harmony export */   R8: () => (/* binding */ warn),
/* harmony export */   cv: () => (/* binding */ say),
/* harmony export */   fJ: () => (/* binding */ fail)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1196);
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
const warn = (line) => process.stderr.write(`${(0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .paint */ .nI)('yellow', 'udo-port: warning:', 2)} ${line}\n`);
const fail = (line) => process.stderr.write(`${(0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .paint */ .nI)('red', 'udo-port:', 2)} ${line}\n`);
const say = { info: (line) => out(`udo-port: ${line}`), warn, error: fail };


/***/ }),

/***/ 9556:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   iX: () => (/* binding */ withProjectPorts),
/* harmony export */   jK: () => (/* binding */ configure),
/* harmony export */   rR: () => (/* binding */ portFlags)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _core_process_command_line_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8661);
/* harmony import */ var _core_project_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9909);
/* harmony import */ var _core_project_file_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(257);
/* harmony import */ var _core_project_web_app_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5895);
/* harmony import */ var _core_python_pyproject_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6088);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(1196);
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
    const { root, found } = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .projectRoot */ .YQ)(values);
    const file = (0,_core_project_file_js__WEBPACK_IMPORTED_MODULE_3__/* .loadProjectFile */ .kB)(root);
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
    const webDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root, given('web-dir') ?? _core_project_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .PROJECT_DEFAULTS */ .jX.webDir);
    // The frontend's env file follows its folder: frontend.envFile is relative to it.
    if (values['env-local'] === undefined &&
        (frontend.envFile !== undefined || given('web-dir') !== undefined)) {
        merged['env-local'] = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(webDir, frontend.envFile ?? '.env.local'));
    }
    const backendDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root, backend.dir ?? '.');
    let appOrigin = '--app';
    if (given('app') === undefined) {
        const entry = backend.app ?? (0,_core_python_pyproject_js__WEBPACK_IMPORTED_MODULE_5__/* .readFastapiEntrypoint */ .R)(backendDir) ?? (0,_core_python_pyproject_js__WEBPACK_IMPORTED_MODULE_5__/* .readFastapiEntrypoint */ .R)(root);
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
    const framework = (0,_core_project_web_app_js__WEBPACK_IMPORTED_MODULE_4__/* .detectFramework */ .yl)(webDir);
    const project = {
        root,
        found,
        ...(file && { file }),
        backendDir,
        ...(backend.command !== undefined &&
            file && {
            backendCommand: (0,_core_process_command_line_js__WEBPACK_IMPORTED_MODULE_1__/* .splitCommandLine */ .a)(backend.command, keyIn(file, 'backend.command')),
        }),
        appOrigin,
        frontendUrlVariables: backend.frontendUrlVariables ?? [],
        web: {
            dir: webDir,
            framework,
            packageManager: (0,_core_project_web_app_js__WEBPACK_IMPORTED_MODULE_4__/* .detectPackageManager */ .Lv)(webDir, root),
            urlVariables: frontend.urlVariables ?? (0,_core_project_web_app_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultUrlVariables */ .wF)(framework),
            ...(frontend.port !== undefined &&
                file && { port: { value: frontend.port, origin: keyIn(file, 'frontend.port') } }),
        },
        ...(backend.port !== undefined &&
            file && { port: { value: backend.port, origin: keyIn(file, 'backend.port') } }),
        ...(backend.host !== undefined &&
            file && { host: { value: backend.host, origin: keyIn(file, 'backend.host') } }),
        composeFiles: (file?.config.compose?.files ?? []).map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root, f)),
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
        const range = request.range ?? `${_core_project_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .PORT_DEFAULTS */ .nN.range.from}-${_core_project_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .PORT_DEFAULTS */ .nN.range.to}`;
        const inRange = (port) => {
            const [from, to] = range.split('-').map((p) => Number(p.trim()));
            return port >= (from ?? 0) && port <= (to ?? 65535);
        };
        const [from] = range.split('-').map((p) => Number(p.trim()));
        const otherwise = project.port?.value ?? (request.range !== undefined ? from : _core_project_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .PORT_DEFAULTS */ .nN.port);
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


/***/ }),

/***/ 4938:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nr: () => (/* binding */ unknownOptionMessage),
/* harmony export */   Rj: () => (/* binding */ missingValueMessage),
/* harmony export */   ZA: () => (/* reexport safe */ _core_suggest_js__WEBPACK_IMPORTED_MODULE_1__.Z)
/* harmony export */ });
/* unused harmony export VALUES */
/* harmony import */ var _core_project_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9909);
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9827);
// Help for a mistyped command line: the option the user most likely meant, and what a missing
// value should have been. Pure; the parser (args.ts) words its errors with these.



/** `unknown option --prot (did you mean --port?)`, or without the guess when none is close. */
function unknownOptionMessage(option, known) {
    const guess = (0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .suggest */ .Z)(option, known);
    return `unknown option ${option}${guess ? ` (did you mean ${guess}?)` : ''}`;
}
/**
 * What each option's value is, with an example: the second half of the missing-value line.
 * test/docs.test.ts holds its names to the help tables: every option there that takes a value
 * has its words here, and nothing here is an option no table names.
 */
const VALUES = {
    '--cwd': 'a folder, e.g. --cwd ../my-project',
    '--port': `a port, e.g. --port ${_core_project_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PORT_DEFAULTS */ .nN.port}`,
    '--default-port': `a port, e.g. --default-port ${_core_project_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PORT_DEFAULTS */ .nN.port}`,
    '--range': `a port range, e.g. --range ${_core_project_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PORT_DEFAULTS */ .nN.range.from}-${_core_project_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PORT_DEFAULTS */ .nN.range.to}`,
    '--host': 'a bind host, e.g. --host 127.0.0.1',
    '--url-host': 'a host for the URL, e.g. --url-host localhost',
    '--backend-env': `a file, e.g. --backend-env ${_core_project_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PROJECT_DEFAULTS */ .jX.backendEnv}`,
    '--env-file': `a file, e.g. --env-file ${_core_project_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PROJECT_DEFAULTS */ .jX.backendEnv}`,
    '--env-local': `a file, e.g. --env-local ${_core_project_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PROJECT_DEFAULTS */ .jX.envLocal}`,
    '--venv': `a virtualenv folder, e.g. --venv ${_core_project_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PROJECT_DEFAULTS */ .jX.venv}`,
    '--app': `MODULE:ATTR, e.g. --app ${_core_project_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PROJECT_DEFAULTS */ .jX.app}`,
    '--fallback': 'a fallback, e.g. --fallback any',
    '--web-port': `a port, e.g. --web-port ${_core_project_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PORT_DEFAULTS */ .nN.webPort}`,
    '--web-range': `a port range, e.g. --web-range ${_core_project_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PORT_DEFAULTS */ .nN.webRange.from}-${_core_project_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PORT_DEFAULTS */ .nN.webRange.to}`,
    '--web-dir': `a folder, e.g. --web-dir ${_core_project_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PROJECT_DEFAULTS */ .jX.webDir}`,
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


/***/ }),

/***/ 7616:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ formatTable)
/* harmony export */ });
/* unused harmony export displayWidth */
/**
 * Wide and fullwidth code points (Unicode's East_Asian_Width W and F, UAX #11): Hangul, CJK,
 * kana, fullwidth forms, emoji. Hand-written because no Node API tells a character's width and
 * the table is short; test/table.test.ts checks it against Unicode's data (Python's unicodedata).
 */
const WIDE = [
    [0x1100, 0x115f],
    [0x231a, 0x231b],
    [0x2329, 0x232a],
    [0x23e9, 0x23ec],
    [0x23f0, 0x23f0],
    [0x23f3, 0x23f3],
    [0x25fd, 0x25fe],
    [0x2614, 0x2615],
    [0x2648, 0x2653],
    [0x267f, 0x267f],
    [0x2693, 0x2693],
    [0x26a1, 0x26a1],
    [0x26aa, 0x26ab],
    [0x26bd, 0x26be],
    [0x26c4, 0x26c5],
    [0x26ce, 0x26ce],
    [0x26d4, 0x26d4],
    [0x26ea, 0x26ea],
    [0x26f2, 0x26f3],
    [0x26f5, 0x26f5],
    [0x26fa, 0x26fa],
    [0x26fd, 0x26fd],
    [0x2705, 0x2705],
    [0x270a, 0x270b],
    [0x2728, 0x2728],
    [0x274c, 0x274c],
    [0x274e, 0x274e],
    [0x2753, 0x2755],
    [0x2757, 0x2757],
    [0x2795, 0x2797],
    [0x27b0, 0x27b0],
    [0x27bf, 0x27bf],
    [0x2b1b, 0x2b1c],
    [0x2b50, 0x2b50],
    [0x2b55, 0x2b55],
    [0x2e80, 0x303e],
    [0x3041, 0x33ff],
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xa000, 0xa4cf],
    [0xa960, 0xa97f],
    [0xac00, 0xd7a3],
    [0xf900, 0xfaff],
    [0xfe10, 0xfe19],
    [0xfe30, 0xfe6f],
    [0xff00, 0xff60],
    [0xffe0, 0xffe6],
    [0x16fe0, 0x16fe4],
    [0x17000, 0x18cff],
    [0x1b000, 0x1b2ff],
    [0x1f004, 0x1f004],
    [0x1f0cf, 0x1f0cf],
    [0x1f18e, 0x1f18e],
    [0x1f191, 0x1f19a],
    [0x1f200, 0x1f202],
    [0x1f210, 0x1f23b],
    [0x1f240, 0x1f248],
    [0x1f250, 0x1f251],
    [0x1f260, 0x1f265],
    [0x1f300, 0x1f320],
    [0x1f32d, 0x1f335],
    [0x1f337, 0x1f37c],
    [0x1f37e, 0x1f393],
    [0x1f3a0, 0x1f3ca],
    [0x1f3cf, 0x1f3d3],
    [0x1f3e0, 0x1f3f0],
    [0x1f3f4, 0x1f3f4],
    [0x1f3f8, 0x1f43e],
    [0x1f440, 0x1f440],
    [0x1f442, 0x1f4fc],
    [0x1f4ff, 0x1f53d],
    [0x1f54b, 0x1f54e],
    [0x1f550, 0x1f567],
    [0x1f57a, 0x1f57a],
    [0x1f595, 0x1f596],
    [0x1f5a4, 0x1f5a4],
    [0x1f5fb, 0x1f64f],
    [0x1f680, 0x1f6c5],
    [0x1f6cc, 0x1f6cc],
    [0x1f6d0, 0x1f6d2],
    [0x1f6d5, 0x1f6d7],
    [0x1f6dc, 0x1f6df],
    [0x1f6eb, 0x1f6ec],
    [0x1f6f4, 0x1f6fc],
    [0x1f7e0, 0x1f7eb],
    [0x1f7f0, 0x1f7f0],
    [0x1f90c, 0x1f93a],
    [0x1f93c, 0x1f945],
    [0x1f947, 0x1f9ff],
    [0x1fa70, 0x1faff],
    [0x20000, 0x2fffd],
    [0x30000, 0x3fffd],
];
/** Combining marks, zero-width characters and variation selectors take no column. */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufeff\u1160-\u11ff]/u;
function isWide(code) {
    let low = 0;
    let high = WIDE.length - 1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const [from, to] = WIDE[middle];
        if (code < from)
            high = middle - 1;
        else if (code > to)
            low = middle + 1;
        else
            return true;
    }
    return false;
}
/** How many terminal columns `text` takes: Hangul and CJK take two. Pure. */
function displayWidth(text) {
    let width = 0;
    for (const char of text) {
        if (ZERO_WIDTH.test(char))
            continue;
        width += isWide(char.codePointAt(0)) ? 2 : 1;
    }
    return width;
}
/**
 * Rows as aligned lines: each column but the last padded to its widest cell, by display width
 * (a Hangul folder name takes two columns a character). `paint` colours a cell after padding, so
 * escape codes never count toward a width. Pure.
 */
function formatTable(rows, paint = (cell) => cell, indent = '  ') {
    const widths = [];
    for (const row of rows) {
        row.forEach((cell, column) => {
            widths[column] = Math.max(widths[column] ?? 0, displayWidth(cell));
        });
    }
    return rows.map((row, r) => indent +
        row
            .map((cell, c) => {
            const padded = c === row.length - 1 ? cell : cell + ' '.repeat((widths[c] ?? 0) - displayWidth(cell));
            return paint(padded, r, c);
        })
            .join('  ')
            .trimEnd());
}


/***/ }),

/***/ 5582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OC: () => (/* binding */ engineName),
/* harmony export */   ky: () => (/* binding */ engineOf),
/* harmony export */   pK: () => (/* binding */ readExecutable),
/* harmony export */   qB: () => (/* binding */ CLIS_OF)
/* harmony export */ });
/* unused harmony export engineProgram */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
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
        const path = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(`${proc}/${pid}/exe`);
        // stat through /proc follows to the very inode that runs, even a deleted one: no path race.
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(`${proc}/${pid}/exe`);
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


/***/ }),

/***/ 5457:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ engineHolding),
/* harmony export */   T7: () => (/* binding */ publishersOf),
/* harmony export */   TJ: () => (/* binding */ clisFor),
/* harmony export */   dq: () => (/* binding */ askEngines),
/* harmony export */   iM: () => (/* binding */ ownComposeContainer),
/* harmony export */   wH: () => (/* binding */ describeOwnCompose)
/* harmony export */ });
/* unused harmony exports ENGINE_TIMEOUT_MS, parseInspect, stopCommand, describeContainer, findContainerCommands */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var _listeners_run_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(314);
/* harmony import */ var _remedies_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(9305);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(126);
/* harmony import */ var _engine_processes_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5582);
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
const text = (value) => typeof value === 'string' && value !== '' ? (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(value) : undefined;
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
        const project = text(labels['com.docker.compose.project']);
        const service = text(labels['com.docker.compose.service']);
        const workingDir = text(labels['com.docker.compose.project.working_dir']);
        const version = text(labels['com.docker.compose.version']);
        const image = text(item.ImageName) ?? text(config.Image);
        return {
            cli,
            id,
            name: (text(item.Name) ?? id.slice(0, 12)).replace(/^\//, ''),
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
    const data = process.env.XDG_DATA_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.local', 'share');
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(data, 'containers', 'storage'));
}
async function askOne(cli, timeoutMs) {
    const rootless = process.platform === 'linux' && process.getuid?.() !== 0;
    if (cli === 'podman' && rootless && !mayHaveRootlessPodman())
        return { containers: [], notes: [] };
    const ids = await (0,_listeners_run_js__WEBPACK_IMPORTED_MODULE_3__/* .runTool */ .qI)([cli], ['ps', '--quiet', '--no-trunc'], timeoutMs);
    if (!ids.ok)
        return { containers: [], notes: [ids.problem] };
    const list = ids.stdout.split(/\s+/).filter((id) => /^[0-9a-f]{12,64}$/.test(id));
    if (list.length === 0)
        return { containers: [], notes: [] };
    const inspected = await (0,_listeners_run_js__WEBPACK_IMPORTED_MODULE_3__/* .runTool */ .qI)([cli], ['inspect', ...list], timeoutMs);
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
    return [...new Set(known.flatMap((engine) => _engine_processes_js__WEBPACK_IMPORTED_MODULE_5__/* .CLIS_OF */ .qB[engine.family]))];
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
        return `${tool} -p ${(0,_remedies_js__WEBPACK_IMPORTED_MODULE_6__/* .quote */ .hD)(compose.project, 'linux')} stop ${(0,_remedies_js__WEBPACK_IMPORTED_MODULE_6__/* .quote */ .hD)(compose.service, 'linux')}`;
    }
    return `${c.cli} stop ${(0,_remedies_js__WEBPACK_IMPORTED_MODULE_6__/* .quote */ .hD)(c.name, 'linux')}`;
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
        ? `held by ${engine.process}${engine.pid !== undefined ? ` (PID ${engine.pid})` : ''}, ${(0,_engine_processes_js__WEBPACK_IMPORTED_MODULE_5__/* .engineName */ .OC)(engine.family)}'s own process`
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
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
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

/***/ 3808:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a0: () => (/* reexport */ read/* envFileContents */.a0),
  Yu: () => (/* reexport */ env_text/* envKeyLines */.Yu),
  vc: () => (/* reexport */ env_text/* parseEnv */.vc),
  SF: () => (/* reexport */ read/* readEnvFile */.SF),
  eU: () => (/* reexport */ writeEnvValue)
});

// UNUSED EXPORTS: codeOf, copyNewFile, describeUtf16, linkRefusal, rewriteFile, saveAsUtf8, scanEnv, setEnvValue, writeFileAtomic

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/env/destination.js
var destination = __nccwpck_require__(2961);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/env/encoding.js
var encoding = __nccwpck_require__(4168);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/env/read.js
var read = __nccwpck_require__(2877);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/env/text.js
var env_text = __nccwpck_require__(1818);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/errors.js
var errors = __nccwpck_require__(2354);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/process/identity.js
var identity = __nccwpck_require__(3793);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/env/write.js
// Writing env files: atomically, never through a link to another's file, keeping owner and mode.









/** git never lists a path named `.git`: the temp folder's ignore file is written under it. */
const STAGED = '.git';
const fsyncOf = (0,external_node_util_.promisify)(external_node_fs_.fsync);
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
        if (pid === process.pid || (0,identity/* isRunning */.W_)(pid))
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
    const source = projectFileBytes(from);
    if (source.state === 'missing')
        throw new UsageError(`${where(from, labels.from)} is missing`);
    if (source.state === 'refused') {
        throw new UsageError(`${where(from, labels.from)} ${source.message}`);
    }
    const shown = where(to, labels.to);
    let folder;
    let dest;
    try {
        dest = destinationOf(dirname(resolve(to)));
        folder = holdFolder(join(dest.dir, dest.name), lstatSync(join(dest.dir, dest.name)));
    }
    catch (err) {
        throw unreachable(to, labels.to, err);
    }
    try {
        const euid = process.geteuid?.();
        if (euid !== undefined) {
            const refusal = linkRefusal({
                euid,
                links: dest.links,
                target: join(dest.dir, dest.name, basename(to)),
                dirUid: folder.stat.uid,
                fileUid: undefined,
            });
            if (refusal)
                throw new UsageError(`${shown} ${refusal}`);
        }
        const name = basename(to);
        if (lstatSync(join(folder.path, name), { throwIfNoEntry: false }))
            return false;
        let made = true;
        try {
            await replaceIn(folder, name, source.bytes, undefined, (copy, target) => {
                try {
                    linkSync(copy, target);
                }
                catch (err) {
                    const code = codeOf(err);
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
                        fd = openSync(target, CREATE_NEW, 0o666);
                    }
                    catch (again) {
                        if (codeOf(again) !== 'EEXIST')
                            throw again;
                        made = false;
                        return;
                    }
                    try {
                        writeFileSync(fd, source.bytes);
                    }
                    finally {
                        closeSync(fd);
                    }
                }
            });
        }
        catch (err) {
            throw fsError('written', to, labels.to, err);
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







/***/ }),

/***/ 2877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ codeOf),
/* harmony export */   Ds: () => (/* binding */ projectFileBytes),
/* harmony export */   SF: () => (/* binding */ readEnvFile),
/* harmony export */   Ul: () => (/* binding */ CREATE_NEW),
/* harmony export */   _M: () => (/* binding */ where),
/* harmony export */   a0: () => (/* binding */ envFileContents),
/* harmony export */   yi: () => (/* binding */ fsError)
/* harmony export */ });
/* unused harmony exports problem, NOFOLLOW, NONBLOCK, NOCTTY, DIRECTORY, READ, typeProblem, utf16Message, readEnvText */
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${where(path, label)} ${found.message}`);
    return found.state === 'read' ? found.text : undefined;
}
/** The parsed file, or undefined when it does not exist. */
async function readEnvFile(path, label) {
    const text = readEnvText(path, label);
    return text === undefined ? undefined : (0,_text_js__WEBPACK_IMPORTED_MODULE_7__/* .parseEnv */ .vc)(text);
}


/***/ }),

/***/ 1818:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Yu: () => (/* binding */ envKeyLines),
/* harmony export */   bE: () => (/* binding */ setEnvValue),
/* harmony export */   vc: () => (/* binding */ parseEnv)
/* harmony export */ });
/* unused harmony export scanEnv */
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
/* harmony export */   mU: () => (/* binding */ AlreadyRunningError),
/* harmony export */   tO: () => (/* binding */ NoPortError),
/* harmony export */   tn: () => (/* binding */ MissingFolderError)
/* harmony export */ });
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
class AlreadyRunningError extends Error {
    exitCode = 1;
    name = 'AlreadyRunningError';
}


/***/ }),

/***/ 6953:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W3: () => (/* binding */ chooseLeaseFolder),
/* harmony export */   nT: () => (/* binding */ userName)
/* harmony export */ });
/* unused harmony exports sharedLeaseDir, ownLeaseDir, distrust, birthless */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2354);
// Which folder holds the leases, and whether it can be trusted. Every other local user is
// untrusted (docs/ARCHITECTURE.md, "Threat model"): a folder they own, or one they could swap a
// path component of, is never used, and modes are only ever changed through an open descriptor.




const POSIX = process.platform !== 'win32';
const STICKY = 0o1000;
/** Like /tmp itself: every user may add a file, only its owner may remove it. */
const SHARED_MODE = 0o1777;
const OPEN_FOLDER = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_DIRECTORY ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0);
/** The host-wide default: one level, so no second folder inside it can be swapped. */
function sharedLeaseDir(env = process.env) {
    if (POSIX)
        return '/tmp/udo-port';
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.ProgramData ?? env.ALLUSERSPROFILE ?? 'C:\\ProgramData', 'udo-port', 'leases');
}
/** The user's own folder, out of other users' reach and out of /tmp, where a name can be taken. */
function ownLeaseDir(env = process.env) {
    if (!POSIX) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.LOCALAPPDATA ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), 'AppData', 'Local'), 'udo-port', 'leases');
    }
    if (env.XDG_RUNTIME_DIR)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.XDG_RUNTIME_DIR, 'udo-port');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.XDG_CACHE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.cache'), 'udo-port', 'leases');
}
function kindOf(stat) {
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
        return `it belongs to ${userName(facts.uid)}`;
    if (facts.mode & 0o022 && !(facts.mode & STICKY)) {
        return 'others may write to it and it has no sticky bit, so they could swap what is in it';
    }
    return undefined;
}
/** `uid 1001 (mallory)`: the name from /etc/passwd when it has one. Only read for messages. */
function userName(uid) {
    try {
        const line = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/etc/passwd', 'utf8')
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
    kind: kindOf(stat),
});
/** Why some folder above `dir` (a real path) would let another user swap it, or undefined. */
function distrustAncestors(dir, me) {
    const { root } = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.parse)(dir);
    let path = root;
    for (const part of (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir).slice(root.length).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).filter(Boolean)) {
        path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, part);
        const why = distrust(facts((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path)), me);
        if (why)
            return `${path}: ${why}`;
    }
    return undefined;
}
/** Makes each missing folder of `dir` in turn: mkdir's own recursion spins on /proc paths. */
function makeFolders(dir) {
    const missing = [];
    for (let path = dir; !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false }); path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path)) {
        missing.unshift(path);
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path) === path)
            break;
    }
    // The last one gets its mode through its descriptor, once it is known to be ours.
    for (const path of missing)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(path, { mode: path === dir ? 0o700 : 0o755 });
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
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dir, OPEN_FOLDER);
    }
    catch (error) {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir, { throwIfNoEntry: false });
        if (stat && !stat.isDirectory()) {
            return `it is a ${kindOf(stat)}${POSIX ? ` owned by ${userName(stat.uid)}` : ''}`;
        }
        return `it cannot be opened (${error.code})`;
    }
    try {
        let stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (setMode && POSIX && stat.uid === me && (stat.mode & 0o7777) !== mode) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fchmodSync)(fd, mode);
            stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        }
        return (distrust(facts(POSIX ? stat : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir)), me) ??
            distrustAncestors(dir, me) ??
            (POSIX ? birthless(stat) : undefined));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
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
        real = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir)), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(dir));
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`UDO_PORT_LEASE_DIR: "${explicit}" cannot be used: ${chosen.why}`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`the shared lease folder ${shared} cannot be used (${chosen.why}), nor your own ${ownLeaseDir(env)} (${own.why}); set UDO_PORT_LEASE_DIR to a folder of yours`);
    }
    const fix = POSIX
        ? `; on a multi-user host, have root make it: sudo install -d -m 1777 -o root ${shared}`
        : '';
    return {
        dir: own.dir,
        warning: `the shared lease folder ${shared} is not used: ${chosen.why}. Leases go to ${own.dir}, which other users' runs do not see, so they may be given the same ports${fix}`,
    };
}


/***/ }),

/***/ 1616:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QM: () => (/* binding */ parseLease),
/* harmony export */   UH: () => (/* binding */ MAX_LEASE_BYTES),
/* harmony export */   Wf: () => (/* binding */ staleReason),
/* harmony export */   nV: () => (/* binding */ LONGEST_LEASE_MS),
/* harmony export */   qL: () => (/* binding */ sameCiJob),
/* harmony export */   un: () => (/* binding */ describeLease)
/* harmony export */ });
/* harmony import */ var _process_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3793);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(126);
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
                Math.abs(facts.ownerStartedAt - lease.pidStartedAt) > _process_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .START_TIME_TOLERANCE_MS */ .Gd) {
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
        id: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(value.id),
        hostname: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(value.hostname),
        user: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(value.user),
        expiresAt: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(value.expiresAt),
        createdAt: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(value.createdAt),
        ...(value.pidStartKey !== undefined && { pidStartKey: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(value.pidStartKey) }),
        ...(purpose !== undefined && { purpose: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(purpose) }),
        ...(cwd !== undefined && { cwd: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(cwd) }),
        ...(url !== undefined && { url: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(url) }),
        ...(ci && {
            ci: {
                runner: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(ci.runner),
                runId: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(ci.runId),
                runAttempt: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(ci.runAttempt),
                job: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(ci.job),
                ...(ci.marker !== undefined && { marker: ci.marker }),
            },
        }),
    };
}


/***/ }),

/***/ 7303:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  nV: () => (/* reexport */ record/* LONGEST_LEASE_MS */.nV),
  AU: () => (/* binding */ LeaseRegistry),
  un: () => (/* reexport */ record/* describeLease */.un),
  Gt: () => (/* binding */ openLeaseRegistry),
  Yg: () => (/* binding */ ownsLease),
  qL: () => (/* reexport */ record/* sameCiJob */.qL)
});

// UNUSED EXPORTS: currentUser, staleReason

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/errors.js
var errors = __nccwpck_require__(2354);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/process/owner-pipe.js
var owner_pipe = __nccwpck_require__(1817);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/process/identity.js
var identity = __nccwpck_require__(3793);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/project/defaults.js
var defaults = __nccwpck_require__(9909);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/leases/record.js
var record = __nccwpck_require__(1616);
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
    const ownerRunning = (0,identity/* isRunning */.W_)(lease.pid);
    const checkOwner = ownerRunning && lease.lifetime === 'owner';
    const ownerStartKey = checkOwner && lease.pidStartKey
        ? await (0,identity/* currentStartKey */.VY)(lease.pid, lease.pidStartKey)
        : undefined;
    return (0,record/* staleReason */.Wf)(lease, {
        now: Date.now(),
        bornAt: bornAt(stat),
        hostname: thisHost(),
        ownerRunning,
        ownerStartKey,
        ownerStartedAt: checkOwner && ownerStartKey === undefined ? await (0,identity/* processStartTime */.X0)(lease.pid) : undefined,
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
    if (seen.size > record/* MAX_LEASE_BYTES */.UH)
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
        const buffer = Buffer.alloc(record/* MAX_LEASE_BYTES */.UH);
        return buffer.toString('utf8', 0, (0,external_node_fs_.readSync)(fd, buffer, 0, record/* MAX_LEASE_BYTES */.UH, 0));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The user name leases record, for messages and `release --mine` where there are no uids. */
function currentUser() {
    if (userName === undefined) {
        try {
            userName = (0,external_node_os_.userInfo)().username;
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
    hostName ??= (0,external_node_os_.hostname)();
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
        pidStartedAt: (0,identity/* ownStartTime */.Yx)(),
        ...((0,identity/* ownStartKey */.MD)() && { pidStartKey: (0,identity/* ownStartKey */.MD)() }),
        hostname: thisHost(),
        user: currentUser(),
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

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/leases/folder.js
var folder = __nccwpck_require__(6953);
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
        const lease = (0,record/* parseLease */.QM)(text, port);
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
            await (0,owner_pipe/* holdOwnerPipe */.xR)();
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
        const { dir, warning } = (0,folder/* chooseLeaseFolder */.W3)(env);
        registry = new LeaseRegistry(dir, warning, currentJob);
        opened.set(key, registry);
    }
    return registry;
}


/***/ }),

/***/ 2486:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gx: () => (/* binding */ describeListener),
/* harmony export */   po: () => (/* binding */ processName)
/* harmony export */ });
/* unused harmony export shortened */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(126);


const MAX_LENGTH = 80;
const base = (path) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path.replaceAll('\\', '/'));
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
    const name = l.name && (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(l.name).trim();
    // A command line may hold newlines and tabs; one line reads better in a message.
    const command = l.command && (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(l.command.replace(/\s+/g, ' ')).trim();
    const detail = name && command && command !== name ? `${name}: ${command}` : name || command;
    const head = `PID ${l.pid}`;
    if (!detail)
        return head;
    return `${head} (${shortened(detail, MAX_LENGTH - head.length - 3)})`;
}


/***/ }),

/***/ 22:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  BU: () => (/* binding */ allListeners),
  gx: () => (/* reexport */ describe/* describeListener */.gx),
  K7: () => (/* binding */ excludedPortRanges),
  b6: () => (/* binding */ listenersOn),
  OC: () => (/* binding */ listeningSockets),
  A: () => (/* binding */ udpHoldersOn)
});

// UNUSED EXPORTS: TOOL_TIMEOUT_MS, commandLineQuery, darwinListeners, dedupeListeners, formatIPv6, linuxListeners, linuxUdpHolders, listeningSocketInodes, parseCsvLine, parseExcludedPortRanges, parseGetNetTcpConnectionCsv, parseLsof, parseNetstatLinux, parseNetstatMac, parseNetstatWindows, parseProcNetTcp, parsePsCommands, parseSs, parseTasklistCsv, parseWin32ProcessCsv, procListeners, processName, readCmdline, runTool, shortened, sortListeners, splitHostPort, windowsExcludedPortRanges, windowsListeners

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/listeners/parse.js + 4 modules
var parse = __nccwpck_require__(3791);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/listeners/run.js
var run = __nccwpck_require__(314);
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
    const r = await (0,run/* runTool */.qI)(ps, ['-o', 'pid=,command=', '-p', pids.join(',')]);
    // ps exits 1 when one of the pids is already gone but still prints the others.
    const commands = (0,parse/* parsePsCommands */.r8)(r.stdout);
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
    const found = await (0,run/* firstAnswer */.NB)([
        {
            tool: 'lsof',
            read: async () => {
                const lsof = await (0,run/* runTool */.qI)(t.lsof, lsofArgs);
                // Not answered, it failed: parsedBy gives its problem.
                return lsofAnswered(lsof) ? (0,parse/* parseLsof */.Wo)(lsof.stdout) : (0,run/* parsedBy */.f3)(parse/* parseLsof */.Wo)(lsof);
            },
        },
        ...(netstat
            ? [
                {
                    tool: 'netstat',
                    read: async () => (0,run/* parsedBy */.f3)(parse/* parseNetstatMac */.Ou)(await (0,run/* runTool */.qI)(netstat, ['-anv', '-p', 'tcp'])),
                },
            ]
            : []),
    ], port);
    if ('problem' in found)
        return { listeners: [], problem: found.problem };
    const { listeners, tool } = found;
    return { listeners: wantCommandLines ? await withCommands(listeners, t.ps) : listeners, tool };
}

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/listeners/linux.js
var linux = __nccwpck_require__(9445);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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
    const r = await (0,run/* runTool */.qI)(tasklist, ['/FO', 'CSV', '/NH', ...filter]);
    if (!r.ok)
        return { names: new Map(), problem: `process names unknown: ${r.problem}` };
    return { names: (0,parse/* parseTasklistCsv */.FD)(r.stdout) };
}
/** Command lines of `pids`, by one CIM query; empty when PowerShell fails (they stay unknown). */
async function commandLines(pids, powershell) {
    const r = await (0,run/* runTool */.qI)(powershell, [...POWERSHELL_ARGS, commandLineQuery(pids)], POWERSHELL_TIMEOUT_MS);
    return r.ok ? (0,parse/* parseWin32ProcessCsv */.E7)(r.stdout) : new Map();
}
async function withDetails(list, t, wantCommandLines) {
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
    const found = await (0,run/* firstAnswer */.NB)([
        {
            tool: 'netstat',
            read: async () => (0,run/* parsedBy */.f3)(parse/* parseNetstatWindows */.et)(await (0,run/* runTool */.qI)(t.netstat, ['-ano'])),
        },
        {
            tool: 'Get-NetTCPConnection',
            read: async () => (0,run/* parsedBy */.f3)(parse/* parseGetNetTcpConnectionCsv */.Mq)(await (0,run/* runTool */.qI)(t.powershell, [...POWERSHELL_ARGS, GET_NET_TCP_CONNECTION], POWERSHELL_TIMEOUT_MS)),
        },
    ], port);
    if ('problem' in found)
        return { listeners: [], problem: found.problem };
    return { ...(await withDetails(found.listeners, t, wantCommandLines)), tool: found.tool };
}
/**
 * Hyper-V/WSL excluded ranges from netsh, `administered` when an administrator added them
 * (netsh's `*`); [] when netsh fails.
 */
async function windowsExcludedPortRanges(netsh = tools().netsh) {
    const r = await (0,run/* runTool */.qI)(netsh, [
        'interface',
        'ipv4',
        'show',
        'excludedportrange',
        'protocol=tcp',
    ]);
    return r.ok ? (0,parse/* parseExcludedPortRanges */.n0)(r.stdout) : [];
}

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/listeners/describe.js
var describe = __nccwpck_require__(2486);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/listeners/index.js










function lookup(port, options) {
    const wantCommandLines = options.commandLines ?? true;
    if (process.platform === 'linux')
        return (0,linux/* linuxListeners */._b)(port, {}, wantCommandLines);
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
    return { ...result, listeners: (0,parse/* sortListeners */.gO)(result.listeners) };
}
/**
 * The processes with a UDP socket bound to `port` (Linux; [] elsewhere, where the tools are not
 * asked yet), for `kill`, which would otherwise say nothing listens.
 */
async function udpHoldersOn(port) {
    if (process.platform !== 'linux')
        return [];
    return (0,parse/* sortListeners */.gO)((await (0,linux/* linuxUdpHolders */.nw)(port)) ?? []);
}
/**
 * The listening sockets on `port`, each known by an identity it keeps for its life (Linux: its
 * inode); undefined where the OS gives none that cheaply (macOS, Windows) or it cannot be read.
 */
function listeningSockets(port) {
    return process.platform === 'linux' ? (0,linux/* listeningSocketInodes */.z8)(port) : undefined;
}
/** Every TCP listener on the host. */
async function allListeners(options = {}) {
    const result = await lookup(undefined, options);
    return { ...result, listeners: (0,parse/* sortListeners */.gO)(result.listeners) };
}
/**
 * Windows's excluded port ranges (Hyper-V, WSL, and administered ones, which restarting winnat
 * does not free); [] elsewhere or on failure.
 */
async function excludedPortRanges() {
    return process.platform === 'win32' ? windowsExcludedPortRanges() : [];
}


/***/ }),

/***/ 9445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ZT: () => (/* binding */ processSocketInodes),
/* harmony export */   _b: () => (/* binding */ linuxListeners),
/* harmony export */   nw: () => (/* binding */ linuxUdpHolders),
/* harmony export */   z8: () => (/* binding */ listeningSocketInodes)
/* harmony export */ });
/* unused harmony exports readCmdline, procListeners */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var _containers_engine_processes_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5582);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(126);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2486);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3791);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(314);







const TOOLS = {
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
        return splitArgv((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`${proc}/${pid}/cmdline`, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Reads a process's command line; undefined once it is gone or not ours to read. */
async function readCmdline(pid, proc = '/proc') {
    const command = readArgv(pid, proc)?.join(' ').trim();
    return command ? printable(command) : undefined;
}
/**
 * Each holder's true name (see processName), its executable (which tells an engine's process,
 * see engine-processes.ts) and, when asked, its command line: a few reads each.
 */
async function withDetails(list, proc, wantCommandLines) {
    return Promise.all(list.map(async (l) => {
        if (l.pid === undefined)
            return l;
        const exe = (0,_containers_engine_processes_js__WEBPACK_IMPORTED_MODULE_2__/* .readExecutable */ .pK)(l.pid, proc);
        const withExe = exe ? { ...l, exe } : l;
        const argv = readArgv(l.pid, proc);
        if (!argv)
            return withExe;
        const name = (0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .processName */ .po)(l.name, argv);
        const command = argv.join(' ').trim();
        return {
            ...withExe,
            ...(name && { name: (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g)(name) }),
            ...(wantCommandLines &&
                l.command === undefined &&
                command && { command: (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g)(command) }),
        };
    }));
}
/**
 * Linux: one `ss -ltnpH` spawn (filtered to `sport = :PORT` for one port) plus a cmdline read
 * per pid (unless `wantCommandLines` is false); /proc/net/tcp{,6} with an fd scan when `ss` is missing
 * or fails, then net-tools.
 */
async function linuxListeners(port, tools = {}, wantCommandLines = true) {
    const t = { ...TOOLS, ...tools };
    const args = port === undefined ? ['-ltnpH'] : ['-ltnpH', `sport = :${port}`];
    const found = await (0,_run_js__WEBPACK_IMPORTED_MODULE_6__/* .firstAnswer */ .NB)([
        {
            tool: 'ss',
            read: async () => (0,_run_js__WEBPACK_IMPORTED_MODULE_6__/* .parsedBy */ .f3)((out) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .dedupeListeners */ .fw)(trueOwners((0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSs */ .OX)(out), t.proc)))(await (0,_run_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .qI)(t.ss, args)),
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
            read: async () => (0,_run_js__WEBPACK_IMPORTED_MODULE_6__/* .parsedBy */ .f3)(_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseNetstatLinux */ .LN)(await (0,_run_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .qI)(t.netstat, ['-tlnp'])),
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
    const littleEndian = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.endianness)() === 'LE';
    const v4 = readProcNet(`${proc}/net/tcp`);
    const v6 = readProcNet(`${proc}/net/tcp6`);
    if (v4 === undefined && v6 === undefined)
        return undefined;
    return [
        ...(0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseProcNetTcp */ .Kh)(v4 ?? '', littleEndian),
        ...(0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseProcNetTcp */ .Kh)(v6 ?? '', littleEndian),
    ].filter((s) => port === undefined || s.port === port);
}
/**
 * The inodes of the sockets listening on `port`, from /proc/net/tcp{,6}: no spawn, and any user
 * may read them. A socket keeps its inode for its whole life, so a holder's socket is the same
 * at two looks, while test binds are new sockets each time. Undefined when neither file reads.
 */
function listeningSocketInodes(port, proc = '/proc') {
    const sockets = procSockets(port, proc);
    return sockets && new Set(sockets.map((s) => s.inode));
}
function readProcNet(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** A process's name, made printable: it sets its own, newlines and all (the kernel adds one). */
function readComm(proc, pid) {
    try {
        return (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`${proc}/${pid}/comm`, 'utf8').replace(/\n$/, ''));
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
        pids = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(proc).filter((d) => /^\d+$/.test(d));
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
            const name = (0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .processName */ .po)(readComm(proc, pid), readArgv(pid, proc) ?? []);
            if (name)
                l.name = (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g)(name);
            listeners.push(l);
        }
    }
    return { listeners: (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .dedupeListeners */ .fw)(listeners) };
}
/** The socket inodes one process holds open (`socket:[N]` fds); none when they cannot be read. */
function processSocketInodes(pid, proc = '/proc') {
    let fds;
    try {
        fds = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(`${proc}/${pid}/fd`);
    }
    catch {
        return [];
    }
    const inodes = [];
    for (const fd of fds) {
        try {
            const m = /^socket:\[(\d+)\]$/.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(`${proc}/${pid}/fd/${fd}`));
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
async function linuxUdpHolders(port, tools = {}) {
    const t = { ...TOOLS, ...tools };
    const result = await (0,_run_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .qI)(t.ss, ['-uanpH', `sport = :${port}`]);
    if (!result.ok)
        return undefined;
    // A UDP row's state (UNCONN, ESTAB) stands where a TCP listener's LISTEN does.
    const rows = result.stdout.replace(/^(UNCONN|ESTAB)(?=\s)/gm, 'LISTEN');
    const found = (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSs */ .OX)(rows).filter((listener) => listener.port === port);
    return withDetails(found, t.proc, true);
}


/***/ }),

/***/ 3791:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fw: () => (/* reexport */ dedupeListeners),
  n0: () => (/* reexport */ parseExcludedPortRanges),
  Mq: () => (/* reexport */ parseGetNetTcpConnectionCsv),
  Wo: () => (/* reexport */ parseLsof),
  LN: () => (/* reexport */ parseNetstatLinux),
  Ou: () => (/* reexport */ parseNetstatMac),
  et: () => (/* reexport */ parseNetstatWindows),
  Kh: () => (/* reexport */ parseProcNetTcp),
  r8: () => (/* reexport */ parsePsCommands),
  OX: () => (/* reexport */ parseSs),
  FD: () => (/* reexport */ parseTasklistCsv),
  E7: () => (/* reexport */ parseWin32ProcessCsv),
  gO: () => (/* reexport */ sortListeners)
});

// UNUSED EXPORTS: formatIPv6, parseCsvLine, splitHostPort

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/text.js
var core_text = __nccwpck_require__(126);
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
function sortListeners(list) {
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
function parseSs(text) {
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






/***/ }),

/***/ 314:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NB: () => (/* binding */ firstAnswer),
/* harmony export */   f3: () => (/* binding */ parsedBy),
/* harmony export */   qI: () => (/* binding */ runTool)
/* harmony export */ });
/* unused harmony export TOOL_TIMEOUT_MS */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7975);
/* harmony import */ var _process_console_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8028);



const execFileAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
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
async function runTool(files, args, timeoutMs = TOOL_TIMEOUT_MS) {
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
            return { ok: true, stdout: (0,_process_console_text_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeToolOutput */ .OS)(stdout) };
        }
        catch (e) {
            const err = e;
            if (err.code === 'ENOENT')
                continue;
            const stdout = err.stdout ? (0,_process_console_text_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeToolOutput */ .OS)(err.stdout) : '';
            const stderr = err.stderr ? (0,_process_console_text_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeToolOutput */ .OS)(err.stderr) : '';
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


/***/ }),

/***/ 8519:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  CN: () => (/* binding */ allocate),
  a2: () => (/* reexport */ describeRefusal),
  _r: () => (/* binding */ release)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/env/file.js + 1 modules
var file = __nccwpck_require__(3808);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/errors.js
var errors = __nccwpck_require__(2354);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/leases/registry.js + 1 modules
var leases_registry = __nccwpck_require__(7303);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/listeners/index.js + 2 modules
var core_listeners = __nccwpck_require__(22);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/ports/probe.js + 1 modules
var probe = __nccwpck_require__(820);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/ports/attempt.js



/** The Windows excluded ranges to pass over; none elsewhere. */
const excludedRanges = async () => process.platform === 'win32' ? await (0,core_listeners/* excludedPortRanges */.K7)() : [];
const excludedRange = (port, attempt) => attempt.excluded.find((range) => port >= range.from && port <= range.to);
/**
 * A live lease this very CI job holds on a pinned port: an earlier step (the action) leased it
 * for this job and exported it as API_PORT, so a later step that asks for it gets it.
 */
function ownJobLease(record, attempt) {
    const job = attempt.terms.ci;
    const lease = record.lease;
    return job && lease?.ci && !record.staleReason && (0,leases_registry/* sameCiJob */.qL)(lease.ci, job) ? lease : undefined;
}
/**
 * Claim, then verify: the lease first, so no other process can be handed the port meanwhile.
 * `probeFirst` (once a port has been refused, when more are likely busy) test-binds before the
 * claim too: a busy port then costs a bind, not a lease file made and removed. Never a port that
 * has a lease file, as skipBusy: its backend may be binding it or being checked for readiness
 * this very moment, and a test bind there fails the one or looks like a stranger to the other
 * (8 action legs at once, beside two CPU-bound loops); the claim judges that lease without one.
 */
async function tryPort(port, attempt, { pinned = false, probeFirst = false } = {}) {
    const excluded = excludedRange(port, attempt);
    if (excluded)
        return { port, reason: 'excluded', excludedRange: excluded };
    if (probeFirst && !attempt.registry.leasedPorts().includes(port)) {
        const busy = await verify(port, attempt);
        if (busy)
            return busy;
    }
    const claim = await attempt.registry.claim(port, attempt.terms);
    let ours = true;
    let lease;
    if ('taken' in claim)
        lease = claim.taken;
    else {
        const { held } = claim;
        const adopted = pinned ? ownJobLease(held, attempt) : undefined;
        if (!adopted) {
            // A stale record here is one this user may not remove: another user's, in a sticky folder.
            return {
                port,
                reason: 'leased',
                leaseFile: held.file,
                ...(held.lease && { lease: held.lease }),
                ...(held.staleReason && { staleReason: held.staleReason }),
            };
        }
        lease = adopted;
        ours = false;
    }
    const refused = await verifyHeld(port, attempt, ours).catch((error) => {
        // A lease claimed and never handed out would block the port for its whole TTL.
        if (ours)
            attempt.registry.release(lease);
        throw error;
    });
    if (refused) {
        if (ours)
            attempt.registry.release(lease);
        return refused;
    }
    // Lost in the meantime (see LeaseRegistry.holds): the port is someone else's after all.
    if (ours && !attempt.registry.holds(lease)) {
        const now = await attempt.registry.inspect(port);
        return {
            port,
            reason: 'leased',
            leaseFile: attempt.registry.file(port),
            ...(now?.lease && { lease: now.lease }),
        };
    }
    return lease;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** A short random wait: two allocators that collided once should not collide again in step. */
const probeWait = () => sleep(10 + Math.random() * 40);
/**
 * verify, for a port this allocator has just leased. Another allocator's test bind (get-port's
 * scan, which never saw the lease yet, or its own verify) refuses ours for the microseconds it
 * lasts, which is no holder: with the lease ours, nothing of udo-port's will stay bound to the
 * port, so a refusal that passes after a short wait was a probe. A real holder stays.
 */
async function verifyHeld(port, attempt, ours) {
    let refused = await verify(port, attempt);
    for (let look = 0; ours && refused?.reason === 'in-use' && look < PROBE_LOOKS; look++) {
        if (!(await probeOnly(port)))
            break;
        await probeWait();
        refused = await verify(port, attempt);
    }
    return refused;
}
/** How many times a refusal that looks like a probe is looked at again before it is believed. */
const PROBE_LOOKS = 10;
/**
 * Whether a refused test bind of `port` had no holder behind it, only other allocators' test
 * binds, which last microseconds; a real holder keeps listening. Two looks, a moment apart, since
 * a look may itself catch a probe listening. On Linux a socket is known by its inode: a holder is
 * a socket seen at both looks. On a busy range each look can catch another probe, and two looks
 * that asked only "does anything listen" took them for a holder (the probe-race test, 50
 * allocators on 10 ports, on a loaded CI). Elsewhere, no listener of any user at one look (lsof
 * and netstat list every socket, named or not) means a probe. When nothing can answer, the
 * refusal is believed.
 */
async function probeOnly(port) {
    const first = (0,core_listeners/* listeningSockets */.OC)(port);
    if (first) {
        if (first.size === 0)
            return true;
        await probeWait();
        const second = (0,core_listeners/* listeningSockets */.OC)(port);
        if (second)
            return ![...first].some((socket) => second.has(socket));
    }
    for (let look = 0; look < 2; look++) {
        if (look > 0)
            await probeWait();
        const { listeners, problem } = await (0,core_listeners/* listenersOn */.b6)(port, { commandLines: false });
        if (!problem && listeners.length === 0)
            return true;
    }
    return false;
}
/** Whether a claimed port can really be bound; a refusal when it cannot. */
async function verify(port, attempt) {
    const { host, hostOrigin } = attempt.settings;
    const refused = await (0,probe/* probePort */.Kd)(port, host, hostOrigin);
    if (refused)
        return { port, reason: refused };
    // A port published by NAT rules binds, and yet a backend on it would never be reached.
    if (await (0,probe/* answersThroughNat */.ei)(port, host))
        return { port, reason: 'in-use', nat: true };
    if (process.platform === 'win32') {
        // Windows lets a wildcard bind succeed beside a listener on one specific address.
        const holder = (await (0,core_listeners/* listenersOn */.b6)(port, { commandLines: false })).listeners[0];
        if (holder)
            return { port, reason: 'in-use', holder };
    }
    return undefined;
}
/**
 * Once a port has been refused, more are likely busy: get-port finds the first of `rest` that
 * binds, in one call (its cost per busy port is ours). It never test-binds a port that has a
 * lease file: that port's backend may be binding it this very moment, and would fail; the scan
 * stops before it, and tryPort's claim judges it. Returns the refusals of the ports before the
 * one to try next, in order (`in-use` for a port get-port skipped: its reason is told from
 * `permission` only where it is printed), and that one's index in `rest` (`rest.length`: none).
 */
async function skipBusy(rest, attempt) {
    const leased = new Set(attempt.registry.leasedPorts());
    const firstLeased = rest.findIndex((c) => leased.has(c.port));
    const end = firstLeased === -1 ? rest.length : firstLeased;
    const open = rest
        .slice(0, end)
        .map((c) => c.port)
        .filter((port) => !excludedRange(port, attempt));
    const first = await (0,probe/* firstBindable */.Kj)(open);
    const found = first === undefined ? -1 : rest.findIndex((c) => c.port === first);
    const index = found === -1 ? end : found;
    const refused = rest.slice(0, index).map(({ port }) => {
        const excluded = excludedRange(port, attempt);
        return excluded
            ? { port, reason: 'excluded', excludedRange: excluded }
            : { port, reason: 'in-use' };
    });
    return { refused, index };
}
/** Any port the OS offers, outside the range, still leased like any other. */
async function fallbackPort(attempt) {
    for (let tries = 0; tries < 5; tries++) {
        const port = await (0,probe/* offeredPort */.Hs)(attempt.settings.host, attempt.settings.hostOrigin);
        const result = await tryPort(port, attempt, { probeFirst: true });
        if ('id' in result)
            return result;
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/containers/engine-processes.js
var engine_processes = __nccwpck_require__(5582);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/containers/engines.js
var containers_engines = __nccwpck_require__(5457);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/remedies.js
var remedies = __nccwpck_require__(9305);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/text.js
var core_text = __nccwpck_require__(126);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/ports/refusals.js
// Why ports were refused, in the words every face prints: one line a refusal, the holders named.






/** One line on why a port was refused. */
function describeRefusal(refusal) {
    switch (refusal.reason) {
        case 'in-use': {
            const engine = (0,engine_processes/* engineOf */.ky)(refusal.holder);
            const unnamed = refusal.holder?.pid === undefined && !refusal.nat;
            // An unnamed holder is a container's only when an engine says it publishes the port.
            if (engine || refusal.nat || (unnamed && (refusal.containers?.length ?? 0) > 0)) {
                const holding = (0,containers_engines/* engineHolding */.AS)(refusal.port, engine && {
                    ...engine,
                    ...(refusal.holder?.pid !== undefined && { pid: refusal.holder.pid }),
                }, refusal.containers ?? [], unnamed);
                return `in use: ${holding.line}`;
            }
            return refusal.holder
                ? `in use by ${(0,core_listeners/* describeListener */.gx)(refusal.holder)}`
                : `in use, but ${refusal.tool ?? 'the OS tools'} did not name the process (${(0,remedies/* findHolderCommand */.N_)(refusal.port)} shows it)`;
        }
        case 'permission':
            return process.platform === 'win32'
                ? 'binding is refused (EACCES): reserved by Windows or by another program'
                : 'binding is refused (EACCES): ports below 1024 need root';
        case 'leased': {
            // Any user of the host can write a lease file, and put anything in it.
            const by = refusal.lease ? `leased by ${(0,core_text/* printable */.g)((0,leases_registry/* describeLease */.un)(refusal.lease))}` : 'leased';
            return refusal.staleReason
                ? `${by}: stale (${(0,core_text/* printable */.g)(refusal.staleReason)}), but not yours to remove`
                : by;
        }
        case 'excluded':
            return `reserved by Windows (excluded port range ${refusal.excludedRange?.from}-${refusal.excludedRange?.to})`;
    }
}
/**
 * Names the processes behind in-use refusals (one lookup for many ports, one spawn for one),
 * then, for a port a container engine holds or NAT routes, asks the engines which container.
 */
async function nameHolders(refusals) {
    const inUse = refusals.filter((refusal) => refusal.reason === 'in-use' && !refusal.holder);
    if (inUse.length > 0) {
        const { listeners, tool } = inUse.length === 1 ? await (0,core_listeners/* listenersOn */.b6)(inUse[0].port) : await (0,core_listeners/* allListeners */.BU)();
        for (const refusal of inUse) {
            const holder = listeners.find((l) => l.port === refusal.port && l.pid !== undefined) ??
                listeners.find((l) => l.port === refusal.port);
            if (holder) {
                refusal.holder = holder;
                // A listener came between the test bind and the knock: it, not NAT, answered.
                delete refusal.nat;
            }
            else if (tool && !refusal.nat)
                refusal.tool = tool;
        }
    }
    await nameContainers(refusals);
}
/**
 * Asks the engines once about every refusal an engine holds, NAT routes, or a process holds
 * that the OS tools could not name (docker-proxy is root's: a user's `ss` names no pid).
 */
async function nameContainers(refusals) {
    const engines = refusals.filter((r) => r.reason === 'in-use' &&
        !r.containers &&
        (r.nat || (0,engine_processes/* engineOf */.ky)(r.holder) || r.holder?.pid === undefined));
    if (engines.length === 0)
        return;
    const answer = await (0,containers_engines/* askEngines */.dq)((0,containers_engines/* clisFor */.TJ)(engines.map((r) => (0,engine_processes/* engineOf */.ky)(r.holder))));
    for (const refusal of engines)
        refusal.containers = (0,containers_engines/* publishersOf */.T7)(answer, refusal.port);
}
function pinnedMessage(candidate, settings, refusal) {
    return `port ${candidate.port} (from ${settings.requested?.origin}) is ${describeRefusal(refusal)}`;
}
function exhaustedMessage(settings, refusals) {
    const { from, to } = settings.range;
    const lines = refusals.map((refusal) => `  ${refusal.port}  ${describeRefusal(refusal)}`);
    return [`no free port in ${from}-${to}; every port tried was refused:`, ...lines].join('\n');
}

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/project/defaults.js
var defaults = __nccwpck_require__(9909);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/ports/settings.js
var ports_settings = __nccwpck_require__(6817);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/ports/allocate.js











const DEFAULT_TTL_MS = 6 * 3600_000;
/**
 * The TTL to lease for. The faces refuse a longer one naming their own option, so one longer
 * than LONGEST_LEASE_MS here is a caller's bug; except for an owner lease, which ends with its
 * owner anyway: its TTL is only a backstop, and is cut to the longest.
 */
function leaseTtl(terms) {
    const ttlMs = terms?.ttlMs ?? DEFAULT_TTL_MS;
    const owner = (terms?.lifetime ?? 'owner') === 'owner';
    if (!(ttlMs > 0) || (!owner && ttlMs > leases_registry/* LONGEST_LEASE_MS */.nV)) {
        throw new RangeError(`lease TTL ${ttlMs} ms is not from 1 ms to ${leases_registry/* LONGEST_LEASE_MS */.nV} ms`);
    }
    return Math.min(ttlMs, leases_registry/* LONGEST_LEASE_MS */.nV);
}
/**
 * Finds and leases a port in the port order of docs/ARCHITECTURE.md. Throws UsageError for bad settings and
 * NoPortError when a pinned port is taken or every candidate is refused.
 */
async function allocate(request = {}) {
    const env = request.env ?? {};
    const cwd = (0,external_node_path_.resolve)(request.cwd ?? '.');
    const named = request.envFile === true ? undefined : request.envFile;
    const envFile = request.envFile === undefined ? undefined : (0,defaults/* backendEnvPath */.nz)(cwd, named);
    const envFileName = envFile === undefined ? '' : (0,external_node_path_.isAbsolute)(named ?? '') ? envFile : (0,external_node_path_.relative)(cwd, envFile);
    const envFileLabel = request.envFileLabel ?? envFileName;
    const dotenv = (envFile && (await (0,file/* readEnvFile */.SF)(envFile, envFileLabel))) || {};
    const settings = (0,ports_settings/* resolveSettings */.Mo)(request, { env, dotenv, dotenvLabel: envFileName });
    // The lease folder is the host's whatever the call names: chosen from this process's own
    // environment (its personal fallback needs XDG_RUNTIME_DIR, XDG_CACHE_HOME, LOCALAPPDATA), with
    // the request's UDO_PORT_LEASE_DIR first.
    const registry = (0,leases_registry/* openLeaseRegistry */.Gt)(env.UDO_PORT_LEASE_DIR === undefined
        ? process.env
        : { ...process.env, UDO_PORT_LEASE_DIR: env.UDO_PORT_LEASE_DIR }, request.lease?.ci);
    const attempt = {
        settings,
        registry,
        excluded: await excludedRanges(),
        terms: {
            ttlMs: leaseTtl(request.lease),
            lifetime: request.lease?.lifetime ?? 'owner',
            cwd,
            urlHost: settings.urlHost,
            ...(request.lease?.purpose && { purpose: request.lease.purpose }),
            ...(request.lease?.ci && { ci: request.lease.ci }),
        },
    };
    const warnings = registry.warning ? [registry.warning] : [];
    const passedOver = [];
    const allocation = async (lease, source) => {
        const preferred = passedOver.find((r) => settings.requested?.source === 'dotenv' && r.port === settings.requested.port);
        // Who holds the port that was wanted, when it is to be said; the ports after it matter less.
        if (passedOver[0] && (request.nameHolder || preferred))
            await nameHolders([passedOver[0]]);
        if (preferred) {
            warnings.push(`port ${preferred.port} (from ${settings.requested?.origin}) is ${describeRefusal(preferred)}; using ${lease.port}`);
        }
        for (const stuck of passedOver.filter((r) => r.staleReason)) {
            warnings.push(`port ${stuck.port} is passed over: its lease file ${stuck.leaseFile} is stale (${(0,core_text/* printable */.g)(stuck.staleReason ?? '')}) but belongs to another user; they or root can remove it: udo-port release ${stuck.port} --force`);
        }
        const { from, to } = settings.range;
        const origins = {
            default: settings.defaultOrigin ?? 'the default port',
            scan: `the scan of ${from}-${to}`,
            fallback: 'the OS',
        };
        return {
            port: lease.port,
            host: settings.host,
            url: (0,defaults/* urlFor */.dk)(settings.urlHost, lease.port),
            source,
            origin: origins[source] ?? settings.requested?.origin ?? source,
            lease,
            leaseFile: (0,external_node_path_.join)(registry.dir, `${lease.port}.json`),
            passedOver,
            warnings,
        };
    };
    // Refusals get-port's scan made without learning why: told apart only where they are printed,
    // and only where a bind can be refused for permission (below 1024 outside Windows): the
    // diagnostic is a bind, which could take a port from a backend another run is starting on it.
    const skipped = [];
    const mayBePermission = (port) => process.platform === 'win32' || port < 1024;
    const diagnose = async (refusals) => {
        for (const refusal of refusals.filter((r) => skipped.includes(r) && mayBePermission(r.port))) {
            refusal.reason = await (0,probe/* bindRefusal */.CB)(refusal.port, settings.host);
        }
    };
    // Lazily: an allocation usually ends at the first candidate, and ranges can be long. Once one
    // is refused, more are likely busy: the rest go to get-port at once (skipBusy).
    const candidates = (0,ports_settings/* candidatePorts */.yf)(settings);
    let rest;
    for (;;) {
        let candidate;
        if (rest === undefined) {
            const next = candidates.next();
            if (next.done)
                break;
            candidate = next.value;
        }
        else {
            const { refused, index } = await skipBusy(rest, attempt);
            passedOver.push(...refused);
            skipped.push(...refused.filter((refusal) => refusal.reason === 'in-use'));
            if (index >= rest.length)
                break;
            candidate = rest[index];
            rest = rest.slice(index + 1);
        }
        const options = { pinned: candidate.pinned };
        let result = await tryPort(candidate.port, attempt, options);
        if (candidate.pinned && !('id' in result) && result.reason === 'in-use') {
            // Another process's test bind (get-port, the doctor) refuses ours for a millisecond: a
            // pinned port fails the run, so it gets a second look.
            await new Promise((resolve) => setTimeout(resolve, 25));
            result = await tryPort(candidate.port, attempt, options);
        }
        if ('id' in result) {
            if (request.nameHolder)
                await diagnose(passedOver);
            return allocation(result, candidate.source);
        }
        passedOver.push(result);
        if (candidate.pinned) {
            await nameHolders([result]);
            throw new errors/* NoPortError */.tO(pinnedMessage(candidate, settings, result), passedOver);
        }
        rest ??= [...candidates];
    }
    // A port refused as in use may only have been another allocator's test bind at that moment
    // (two probes of one port refuse each other): before telling the caller that nothing is free,
    // the ports refused as in use get a second look, after a short wait. A real holder stays.
    for (let round = 0; round < PROBE_LOOKS; round++) {
        const inUse = [];
        for (const r of passedOver) {
            if (r.reason === 'in-use' && !r.holder && (await probeOnly(r.port)))
                inUse.push(r);
        }
        if (inUse.length === 0)
            break;
        await probeWait();
        for (const refusal of inUse) {
            const result = await tryPort(refusal.port, attempt, { probeFirst: true });
            if ('id' in result) {
                passedOver.splice(passedOver.indexOf(refusal), 1);
                if (request.nameHolder)
                    await diagnose(passedOver);
                const source = [...(0,ports_settings/* candidatePorts */.yf)(settings)].find((c) => c.port === result.port)?.source ?? 'scan';
                return allocation(result, source);
            }
            passedOver.splice(passedOver.indexOf(refusal), 1, result);
        }
    }
    if (settings.fallback === 'any') {
        const lease = await fallbackPort(attempt);
        if (lease) {
            if (request.nameHolder)
                await diagnose(passedOver);
            warnings.push(`every port of ${settings.range.from}-${settings.range.to} is taken; using ${lease.port}, offered by the OS`);
            return allocation(lease, 'fallback');
        }
    }
    await diagnose(passedOver);
    await nameHolders(passedOver);
    throw new errors/* NoPortError */.tO(exhaustedMessage(settings, passedOver), passedOver);
}
/** Drops an allocation's lease, if it still holds it; true when it was removed. */
function release(allocation) {
    return new leases_registry/* LeaseRegistry */.AU((0,external_node_path_.dirname)(allocation.leaseFile)).release(allocation.lease);
}


/***/ }),

/***/ 820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ei: () => (/* binding */ answersThroughNat),
  CB: () => (/* binding */ bindRefusal),
  Kj: () => (/* binding */ firstBindable),
  Hs: () => (/* binding */ offeredPort),
  Kd: () => (/* binding */ probePort),
  Ak: () => (/* binding */ reachableHost)
});

// UNUSED EXPORTS: knock, probeSettled

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __nccwpck_require__(8500);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
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
	const interfaces = external_node_os_.networkInterfaces();

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

function clearLockedPorts() {
	lockedPorts.old.clear();
	lockedPorts.young.clear();
	reservedPorts.clear();
}

// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/errors.js
var errors = __nccwpck_require__(2354);
// EXTERNAL MODULE: ./node_modules/.udo-port-build/src/core/text.js
var core_text = __nccwpck_require__(126);
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
    clearLockedPorts();
    if (!COVERED_HOSTS.has(host)) {
        results.push(await onHost(host, hostLabel, () => getPorts({ port, host })));
        clearLockedPorts();
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
        const port = await getPorts({ port: ports });
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
    const port = await onHost(host, hostLabel, () => getPorts({ host }));
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
        await sleep(25 * tries);
        refused = await probePort(port, host, hostLabel);
    }
    return refused;
}


/***/ }),

/***/ 6817:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ resolveSettings),
/* harmony export */   RC: () => (/* binding */ parseRange),
/* harmony export */   pz: () => (/* binding */ parsePort),
/* harmony export */   yf: () => (/* binding */ candidatePorts)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7030);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2354);
/* harmony import */ var _project_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9909);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(126);




function parsePort(raw, label) {
    const text = String(raw).trim();
    const port = Number(text);
    if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${label}: "${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g)(String(raw))}" is not a port (expected a whole number from 1 to 65535)`);
    }
    return port;
}
function parseRange(raw, label) {
    const match = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(raw);
    if (!match) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${label}: "${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g)(raw)}" is not a port range (expected FROM-TO, e.g. ${_project_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .PORT_DEFAULTS */ .nN.range.from}-${_project_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .PORT_DEFAULTS */ .nN.range.to})`);
    }
    const from = Number(match[1]);
    const to = Number(match[2]);
    if (from < 1 || to > 65535) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${label}: "${raw}" is outside 1-65535`);
    }
    if (from > to) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${label}: "${raw}" ends before it starts (expected FROM-TO with FROM <= TO)`);
    }
    return { from, to };
}
function parseHost(raw, label) {
    const host = raw.trim();
    // A hostname or an IP literal; brackets are for URLs, not for binding.
    // No control character either (a NUL): Node 24's bind refuses it with a message naming no option.
    if (host === '' || /[\s/[\]\p{Cc}]/u.test(host) || (host.includes(':') && (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) !== 6)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${label}: "${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g)(raw)}" is not a host name or IP address`);
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
        (bracketed === undefined ? (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) !== 0 || hostname : (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) === 6);
    if (!ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${label}: "${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g)(raw)}" is not a host name or IP address (expected e.g. localhost, 127.0.0.1 or [::1])`);
    }
    return host;
}
function parseFallback(raw, label) {
    const value = raw.trim();
    if (value !== 'none' && value !== 'any') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${label}: "${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g)(raw)}" is not a fallback (expected none or any)`);
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
        const envKey = _project_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .PORT_KEYS */ .v_.find((key) => present(env[key]));
        const dotenvKey = _project_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .PORT_KEYS */ .v_.find((key) => present(dotenv[key]));
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
        _project_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .PORT_DEFAULTS */ .nN.host,
        'default',
    ];
    const range = present(input.range)
        ? parseRange(input.range, label('range', 'range'))
        : _project_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .PORT_DEFAULTS */ .nN.range;
    return {
        ...(requested && { requested }),
        // A range of one's own starts the scan where it starts, not at 8001.
        defaultPort: present(input.defaultPort)
            ? parsePort(input.defaultPort, label('defaultPort', 'defaultPort'))
            : present(input.range)
                ? range.from
                : _project_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .PORT_DEFAULTS */ .nN.port,
        range,
        host: parseHost(hostRaw, hostOrigin),
        hostOrigin,
        urlHost: present(input.urlHost)
            ? parseUrlHost(input.urlHost, label('urlHost', 'urlHost'))
            : _project_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .PORT_DEFAULTS */ .nN.urlHost,
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


/***/ }),

/***/ 8661:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ splitCommandLine)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2354);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(126);


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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label}: "${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(text)}" ${why}`);
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


/***/ }),

/***/ 8028:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ decodeToolOutput),
/* harmony export */   YU: () => (/* binding */ decodeChildOutput)
/* harmony export */ });
/* unused harmony exports codePageEncoding, parseCodePages, windowsCodePages, decodeConsole */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
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
        const text = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)(root ? node_path__WEBPACK_IMPORTED_MODULE_1__.win32.join(root, 'System32', 'reg.exe') : 'reg.exe', ['query', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage'], { encoding: 'latin1', timeout: 5000, windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'] });
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


/***/ }),

/***/ 3793:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ childIdentity),
/* harmony export */   DG: () => (/* binding */ descendants),
/* harmony export */   Gd: () => (/* binding */ START_TIME_TOLERANCE_MS),
/* harmony export */   MD: () => (/* binding */ ownStartKey),
/* harmony export */   MZ: () => (/* binding */ processUid),
/* harmony export */   QI: () => (/* binding */ isSameGroup),
/* harmony export */   SM: () => (/* binding */ isSameProcess),
/* harmony export */   VY: () => (/* binding */ currentStartKey),
/* harmony export */   W_: () => (/* binding */ isRunning),
/* harmony export */   X0: () => (/* binding */ processStartTime),
/* harmony export */   Yx: () => (/* binding */ ownStartTime),
/* harmony export */   ls: () => (/* binding */ identify),
/* harmony export */   nL: () => (/* binding */ processStartKey)
/* harmony export */ });
/* unused harmony export provable */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7975);
/* harmony import */ var _owner_pipe_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1817);
/* harmony import */ var _proc_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6083);





const run = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
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
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(`/proc/${pid}/task`).length > 1;
    }
    catch {
        return false;
    }
}
/** The state letter and parent of a process, from /proc/<pid>/stat; undefined elsewhere. */
function linuxStat(pid) {
    return process.platform === 'linux' ? (0,_proc_js__WEBPACK_IMPORTED_MODULE_4__/* .procStat */ .j)(pid) : undefined;
}
/** Every descendant of a process, children first found first (POSIX; [] on Windows). */
async function descendants(pid) {
    const parents = new Map();
    if (process.platform === 'linux') {
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc')) {
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
    return (0,_proc_js__WEBPACK_IMPORTED_MODULE_4__/* .procStat */ .j)(pid)?.startTicks;
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
        bootId ??= (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)('/proc/sys/kernel/random/boot_id', 'utf8').trim();
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
        bootTimeMs ??= Number(/^btime (\d+)$/m.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)('/proc/stat', 'utf8'))?.[1]) * 1000;
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
        return (0,_owner_pipe_js__WEBPACK_IMPORTED_MODULE_3__/* .ownerPipeKey */ .ZR)();
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
        return (0,_owner_pipe_js__WEBPACK_IMPORTED_MODULE_3__/* .askOwnerPipe */ .tW)(recorded);
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
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(`/proc/${pid}`).uid;
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


/***/ }),

/***/ 1817:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ZR: () => (/* binding */ ownerPipeKey),
/* harmony export */   tW: () => (/* binding */ askOwnerPipe),
/* harmony export */   te: () => (/* binding */ onStopRequest),
/* harmony export */   xR: () => (/* binding */ holdOwnerPipe)
/* harmony export */ });
/* unused harmony export ownerPipeName */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7030);
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
    const server = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.createServer)((socket) => {
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
        const socket = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)(ownerPipeName(token));
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


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ procStat),
/* harmony export */   q: () => (/* binding */ parseProcStat)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
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
        return parseProcStat((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`${proc}/${pid}/stat`, 'utf8'));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 9909:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ TIME_DEFAULTS),
/* harmony export */   TG: () => (/* binding */ venvPath),
/* harmony export */   dk: () => (/* binding */ urlFor),
/* harmony export */   jX: () => (/* binding */ PROJECT_DEFAULTS),
/* harmony export */   nN: () => (/* binding */ PORT_DEFAULTS),
/* harmony export */   nz: () => (/* binding */ backendEnvPath),
/* harmony export */   rN: () => (/* binding */ API_URL_KEY),
/* harmony export */   sP: () => (/* binding */ envLocalPath),
/* harmony export */   v_: () => (/* binding */ PORT_KEYS)
/* harmony export */ });
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

/***/ 257:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ PROJECT_FILE),
/* harmony export */   k8: () => (/* binding */ hasProjectFile),
/* harmony export */   kB: () => (/* binding */ loadProjectFile)
/* harmony export */ });
/* unused harmony exports PACKAGE_KEY, PROJECT_KEYS, parseProjectFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2354);
/* harmony import */ var _ports_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6817);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(9827);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(126);
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
const shown = (value) => (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(JSON.stringify(value) ?? String(value)).slice(0, 120);
function keyError(label, key, value, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${label}: ${key}: ${shown(value)} ${why}`);
}
/** A path inside the project: relative, and never climbing out of it. */
function checkPath(label, key, value) {
    if (typeof value !== 'string' || value.trim() === '' || CONTROL.test(value)) {
        throw keyError(label, key, value, 'is not a path (expected a folder or file inside the project)');
    }
    const norm = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.normalize)(value);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(value) ||
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
                (0,_ports_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRange */ .RC)(value, key);
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
    const guess = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .suggest */ .Z)(key, PROJECT_KEYS);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${label}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(key)}: not a key of the project file${guess ? ` (did you mean ${guess}?)` : ''}`);
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * The project file's content, checked: every key known and every value of its kind, else one
 * line naming the file, the key and the value (exit 2). Pure.
 */
function parseProjectFile(value, label) {
    if (!isObject(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${label}: ${shown(value)} is not an object`);
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
    const seen = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false });
    if (!seen)
        return undefined;
    if (!seen.isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${path}: not a regular file`);
    if (seen.size > MAX_BYTES)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${path}: larger than 1 MiB`);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0));
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile() || stat.size > MAX_BYTES)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${path}: not a regular file`);
        const buffer = Buffer.alloc(Math.min(stat.size, MAX_BYTES));
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, buffer.length, 0);
        return buffer
            .subarray(0, read)
            .toString('utf8')
            .replace(/^\uFEFF/, '');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function parseJson(text, label) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${label}: not JSON (${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(error.message)})`);
    }
}
/** Whether `dir` holds a project file: cheap enough for the root search at every level. */
function hasProjectFile(dir) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, PROJECT_FILE), { throwIfNoEntry: false })?.isFile())
        return true;
    const pkg = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json');
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(pkg, { throwIfNoEntry: false });
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
    const own = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, PROJECT_FILE);
    const pkg = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'package.json');
    const ownText = readRegular(own);
    let fromPackage;
    const pkgStat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(pkg, { throwIfNoEntry: false });
    if (pkgStat?.isFile() && pkgStat.size <= MAX_BYTES) {
        const text = readRegular(pkg) ?? '';
        if (text.includes(`"${PACKAGE_KEY}"`)) {
            const value = parseJson(text, 'package.json');
            if (isObject(value) && PACKAGE_KEY in value)
                fromPackage = value[PACKAGE_KEY];
        }
    }
    if (ownText !== undefined && fromPackage !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${PROJECT_FILE} and package.json "${PACKAGE_KEY}": both configure the project; keep one`);
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


/***/ }),

/***/ 933:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ samePath),
/* harmony export */   N6: () => (/* binding */ driveUpper)
/* harmony export */ });
/* unused harmony export pathKey */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
// One folder, one identity: paths compared as the OS compares them. Windows (NTFS) and macOS
// (APFS, HFS+) are case-insensitive by default, so `c:\Users\x` (as VS Code gives it) and
// `C:\Users\X` are one project; Linux compares bytes. A case-sensitive folder on Windows or macOS
// (possible, rare) would be taken for its case-insensitive twin: a refusal to start twice, never
// a file written in the wrong place.

/** The form under which two spellings of one path are equal on `platform`. Pure. */
function pathKey(path, platform = process.platform) {
    if (platform === 'win32') {
        const normal = node_path__WEBPACK_IMPORTED_MODULE_0__.win32.normalize(path).replace(/(?<=.)[\\]+$/, '');
        return normal.toUpperCase();
    }
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path).replace(/(?<=.)\/+$/, '');
    return platform === 'darwin' ? normal.normalize('NFC').toLowerCase() : normal;
}
/** Whether `a` and `b` name one folder or file on `platform` (either may be undefined). Pure. */
function samePath(a, b, platform = process.platform) {
    return a !== undefined && b !== undefined && pathKey(a, platform) === pathKey(b, platform);
}
/** Windows: the drive letter upper-cased (`c:\x` as `C:\x`), as Explorer and cmd.exe spell it. */
const driveUpper = (path, platform = process.platform) => platform === 'win32' ? path.replace(/^[a-z]:/, (drive) => drive.toUpperCase()) : path;


/***/ }),

/***/ 5895:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lv: () => (/* binding */ detectPackageManager),
/* harmony export */   rl: () => (/* binding */ devServerArgv),
/* harmony export */   wF: () => (/* binding */ defaultUrlVariables),
/* harmony export */   yl: () => (/* binding */ detectFramework)
/* harmony export */ });
/* unused harmony export packageDependencies */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _small_file_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6257);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9909);
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
    const text = (0,_small_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readSmallText */ .F)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json'), 1024 * 1024);
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
const configFile = (dir, base) => ['js', 'mjs', 'cjs', 'ts', 'mts', 'cts'].some((ext) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${base}.${ext}`)));
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
    for (let at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);; at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at)) {
        for (const [file, pm] of LOCKFILES)
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, file)))
                return pm;
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root), at);
        if (rel === '' || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at) === at)
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
    return framework === 'vite' ? ['VITE_API_URL'] : [_defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .API_URL_KEY */ .rN];
}


/***/ }),

/***/ 6088:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readFastapiEntrypoint),
/* harmony export */   p: () => (/* binding */ fastapiEntrypoint)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _small_file_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6257);
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
    const text = (0,_small_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readSmallText */ .F)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'pyproject.toml'), 1024 * 1024);
    return text === undefined ? undefined : fastapiEntrypoint(text);
}


/***/ }),

/***/ 9305:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Je: () => (/* binding */ installCommand),
/* harmony export */   N_: () => (/* binding */ findHolderCommand),
/* harmony export */   T1: () => (/* binding */ createVenvCommand),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   v6: () => (/* binding */ endCommand)
/* harmony export */ });
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


/***/ }),

/***/ 6257:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readSmallText)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
// A project's small text file, read the way a file someone else may have planted must be: only a
// regular file, not through a final link, opened without blocking (a FIFO put in its place
// between the check and the open cannot hang the reader), and only up to a size bound.

/** The file's text, or undefined when it is missing, not a regular file, or over `maxBytes`. */
function readSmallText(path, maxBytes = 256 * 1024) {
    const seen = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false });
    if (!seen?.isFile() || seen.size > maxBytes)
        return undefined;
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0));
    }
    catch {
        return undefined;
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile() || stat.size > maxBytes || stat.ino !== seen.ino)
            return undefined;
        const buffer = Buffer.alloc(stat.size);
        const read = stat.size === 0 ? 0 : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, stat.size, 0);
        return buffer.subarray(0, read).toString('utf8');
    }
    catch {
        return undefined;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 9827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ suggest)
/* harmony export */ });
/* unused harmony export distance */
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


/***/ }),

/***/ 126:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ printable)
/* harmony export */ });
/* unused harmony export printableLines */
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


/***/ }),

/***/ 8991:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ ciJobFromEnv),
/* harmony export */   d: () => (/* binding */ markJob)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);


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
        ...(env.RUNNER_TEMP && { marker: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.RUNNER_TEMP, 'udo-port-job') }),
    };
}
/** Creates the job's marker file, so its leases hold while the job runs. */
function markJob(job) {
    if (!job?.marker)
        return;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(job.marker, 'a'));
    }
    catch { }
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
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
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
__nccwpck_require__(3381);

module.exports = __webpack_exports__;
/******/ })()
;