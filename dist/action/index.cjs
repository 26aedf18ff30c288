/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

"use strict";
module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

"use strict";
module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

"use strict";
module.exports = require("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

"use strict";
module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

"use strict";
module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

"use strict";
module.exports = require("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

"use strict";
module.exports = require("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

"use strict";
module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

"use strict";
module.exports = require("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

"use strict";
module.exports = require("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

"use strict";
module.exports = require("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

"use strict";
module.exports = require("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

"use strict";
module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

"use strict";
module.exports = require("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

"use strict";
module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

"use strict";
module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

"use strict";
module.exports = require("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

"use strict";
module.exports = require("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

"use strict";
module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

"use strict";
module.exports = require("node:zlib");

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

/***/ 3193:
/***/ ((module) => {

"use strict";
module.exports = require("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

"use strict";
module.exports = require("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

"use strict";
module.exports = require("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

"use strict";
module.exports = require("util");

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

/***/ 2587:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  N4: () => (/* binding */ endGroup),
  z3: () => (/* binding */ error),
  dN: () => (/* binding */ exportVariable),
  V4: () => (/* binding */ getInput),
  Gu: () => (/* binding */ getState),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  lm: () => (/* binding */ notice),
  LZ: () => (/* binding */ saveState),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  Oh: () => (/* binding */ startGroup),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, getBooleanInput, getIDToken, getMultilineInput, group, markdownSummary, platform, setCommandEcho, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = require("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = require("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_.dirname(filePath);
                        const upperName = external_path_.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = require("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return file_command_issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    command_issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return file_command_issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    command_issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield (yield __nccwpck_require__.e(/* import() */ 645).then(__nccwpck_require__.bind(__nccwpck_require__, 6645))).OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ }),

/***/ 3598:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXTERNAL MODULE: ./node_modules/.udo-port-build/node_modules/@actions/core/lib/core.js + 13 modules
var core = __nccwpck_require__(2587);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = require("node:path");
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/env/destination.js
// Where a project file is read or written: the path resolved to a real folder (held open) and a
// name, and whether a link on the way may be followed.


const SEPARATORS = external_node_path_namespaceObject.sep === '\\' ? /[\\/]/ : /\//;
/**
 * Resolves `path` one component at a time, as realpath does, keeping each symlink it meets and
 * its owner (see linkRefusal). A dangling last link names a file to create. Throws fs errors; a
 * missing folder is ENOENT with `folder` set.
 */
function destination_destinationOf(path) {
    const absolute = (0,external_node_path_namespaceObject.resolve)(path);
    let dir = (0,external_node_path_namespaceObject.parse)(absolute).root;
    let dirStat = (0,external_node_fs_namespaceObject.lstatSync)(dir);
    const todo = absolute.slice(dir.length).split(SEPARATORS).filter(Boolean);
    const links = [];
    for (let name = todo.shift(); name !== undefined; name = todo.shift()) {
        if (name === '.')
            continue;
        if (name === '..') {
            dir = (0,external_node_path_namespaceObject.dirname)(dir);
            dirStat = (0,external_node_fs_namespaceObject.lstatSync)(dir);
            continue;
        }
        const next = (0,external_node_path_namespaceObject.join)(dir, name);
        const stat = (0,external_node_fs_namespaceObject.lstatSync)(next, { throwIfNoEntry: false });
        if (!stat) {
            if (todo.length === 0)
                return { dir, dirStat, name, links };
            throw Object.assign(new Error(`ENOENT: ${next}`), {
                code: 'ENOENT',
                folder: (0,external_node_path_namespaceObject.join)(next, ...todo.slice(0, -1)),
            });
        }
        if (stat.isSymbolicLink()) {
            if (links.length >= 40)
                throw Object.assign(new Error('symlink loop'), { code: 'ELOOP' });
            links.push({ path: next, uid: stat.uid });
            const to = (0,external_node_fs_namespaceObject.readlinkSync)(next);
            const root = (0,external_node_path_namespaceObject.parse)(to).root;
            if (root) {
                dir = (0,external_node_path_namespaceObject.resolve)(root);
                dirStat = (0,external_node_fs_namespaceObject.lstatSync)(dir);
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
function destination_linkRefusal(facts) {
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
function destination_holdFolder(dir, seen) {
    // Elsewhere no path reaches an open folder: the rename goes by name, as it always did.
    if (process.platform !== 'linux')
        return { path: dir, stat: seen, close() { } };
    const fd = (0,external_node_fs_namespaceObject.openSync)(dir, external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_DIRECTORY ?? 0) | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0));
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (stat.dev !== seen.dev || stat.ino !== seen.ino) {
            throw Object.assign(new Error('folder replaced'), {
                reason: `${dir} was replaced by something else meanwhile; run again`,
            });
        }
        const viaProc = `/proc/self/fd/${fd}`;
        // /proc may be missing (a bare chroot): then only the path is left.
        const check = (0,external_node_fs_namespaceObject.statSync)(viaProc, { throwIfNoEntry: false });
        const held = check?.dev === stat.dev && check.ino === stat.ino;
        return { path: held ? viaProc : dir, stat, close: () => (0,external_node_fs_namespaceObject.closeSync)(fd) };
    }
    catch (err) {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
        throw err;
    }
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/env/encoding.js
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
    if ((0,external_node_buffer_.isUtf8)(bytes))
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/errors.js
/** Bad input. The message is one line naming the option or file and the value; exit code 2. */
class errors_UsageError extends Error {
    exitCode = 2;
    name = 'UsageError';
}
/** A file cannot be written because its folder does not exist (folders are never created). */
class MissingFolderError extends errors_UsageError {
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/text.js
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
function text_printable(text) {
    return text.replace(UNSAFE, visible);
}
/** Text of several lines made printable line by line: its own line breaks stay, nothing else. */
function printableLines(text) {
    return text.split('\n').map(text_printable).join('\n');
}

// EXTERNAL MODULE: ./node_modules/dotenv/dist/index.cjs
var dist = __nccwpck_require__(8230);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/env/text.js
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
    return dist.parse(stripBom(text));
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
    throw new errors_UsageError(`the value for ${key} mixes quotes, backslashes and line breaks in a way a .env file cannot hold`);
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
        throw new errors_UsageError(`${JSON.stringify(key)} is not a valid .env key`);
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
    const before = dist.parse(body);
    const after = dist.parse(out);
    before[key] = value;
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const k of keys) {
        if (before[k] !== after[k] || !Object.hasOwn(after, k)) {
            throw new errors_UsageError(`cannot set ${key} without changing how the rest of the file parses (unbalanced quotes?)`);
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/env/read.js
// Reading env files safely, and the errors every env-file operation words the same way.








function read_where(path, label) {
    // A path may hold anything a user typed: a NUL, a newline, an escape.
    return label ? `${label}: ${text_printable(path)}` : text_printable(path);
}
/** An fs or spawn error's string code (`ENOENT`), if it has one. */
function read_codeOf(err) {
    return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string'
        ? err.code
        : undefined;
}
/** A short reason for an fs error (or one that carries its own); never includes file contents. */
function problem(err) {
    const reason = err?.reason;
    if (typeof reason === 'string')
        return reason;
    const code = read_codeOf(err);
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
function read_fsError(action, path, label, err) {
    if (err instanceof errors_UsageError)
        return err;
    if (read_codeOf(err) === 'EISDIR')
        return new errors_UsageError(`${read_where(path, label)} is a directory`);
    return new errors_UsageError(`${read_where(path, label)} cannot be ${action} (${problem(err)})`);
}
// ---------------------------------------------------------------------------------------------
// Reading. Another local user may put a FIFO, a device or a huge file where an env file belongs.
/** Env files hold a few lines: anything bigger is refused rather than read into memory. */
const MAX_BYTES = 1024 * 1024;
const TOO_BIG = 'is over 1 MiB, too big for an env file';
// Absent on Windows, where none of them applies.
const NOFOLLOW = external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0;
const NONBLOCK = external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0;
const NOCTTY = external_node_fs_namespaceObject.constants.O_NOCTTY ?? 0;
const DIRECTORY = external_node_fs_namespaceObject.constants.O_DIRECTORY ?? 0;
const READ = external_node_fs_namespaceObject.constants.O_RDONLY | NONBLOCK | NOCTTY;
const read_CREATE_NEW = external_node_fs_namespaceObject.constants.O_WRONLY | external_node_fs_namespaceObject.constants.O_CREAT | external_node_fs_namespaceObject.constants.O_EXCL | NOFOLLOW;
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
        const read = (0,external_node_fs_namespaceObject.readSync)(fd, buf, length, buf.length - length, null);
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
function read_projectFileBytes(path, options = {}) {
    if (options.follow === false || process.platform === 'win32')
        return readAt(path, options);
    // POSIX: the links on the way are resolved here, one by one, each judged by its owner
    // (linkRefusal, as for writes), and the file is opened with O_NOFOLLOW in its folder, held
    // open: a link or folder swapped in meanwhile can lead the open nowhere else (not to a device).
    let dest;
    try {
        dest = destination_destinationOf(path);
    }
    catch (err) {
        return read_codeOf(err) === 'ENOENT' ? { state: 'missing' } : cannotRead(err);
    }
    let folder;
    try {
        folder = destination_holdFolder(dest.dir, dest.dirStat);
    }
    catch (err) {
        return cannotRead(err);
    }
    try {
        const inner = (0,external_node_path_namespaceObject.join)(folder.path, dest.name);
        const euid = process.geteuid?.();
        if (euid !== undefined && dest.links.length > 0) {
            const refusal = destination_linkRefusal({
                euid,
                links: dest.links,
                target: (0,external_node_path_namespaceObject.join)(dest.dir, dest.name),
                dirUid: folder.stat.uid,
                fileUid: (0,external_node_fs_namespaceObject.lstatSync)(inner, { throwIfNoEntry: false })?.uid,
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
        seen = (follow ? external_node_fs_namespaceObject.statSync : external_node_fs_namespaceObject.lstatSync)(path, { throwIfNoEntry: false });
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
        fd = (0,external_node_fs_namespaceObject.openSync)(path, READ | (follow ? 0 : NOFOLLOW));
    }
    catch (err) {
        return read_codeOf(err) === 'ENOENT' ? { state: 'missing' } : cannotRead(err);
    }
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
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
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** The one-line refusal of a UTF-16 env file, after its path. */
function utf16Message(found) {
    return `is ${describeUtf16(found)}, but Next.js and dotenv read env files only as UTF-8; save it as UTF-8 (udo-doctor --fix does)`;
}
/**
 * An env file read carefully (projectFileBytes) and decoded keeping every byte; a UTF-16 file is
 * refused, with its text for the doctor's --fix.
 */
function envFileContents(path, follow = true) {
    const found = read_projectFileBytes(path, { follow });
    if (found.state !== 'read')
        return found;
    const { bytes, stat } = found;
    const utf16 = detectUtf16(bytes);
    if (utf16) {
        return {
            state: 'refused',
            problem: `${describeUtf16(utf16)}, which Next.js and dotenv do not read`,
            message: utf16Message(utf16),
            utf16: { ...utf16, text: decodeUtf16(bytes, utf16), stat },
        };
    }
    return { state: 'read', text: decodeKeepingBytes(bytes), utf8: (0,external_node_buffer_.isUtf8)(bytes), stat };
}
/** The env file's text, undefined when there is none; a UsageError naming it when unreadable. */
function readEnvText(path, label) {
    const found = envFileContents(path);
    if (found.state === 'refused')
        throw new errors_UsageError(`${read_where(path, label)} ${found.message}`);
    return found.state === 'read' ? found.text : undefined;
}
/** The parsed file, or undefined when it does not exist. */
async function readEnvFile(path, label) {
    const text = readEnvText(path, label);
    return text === undefined ? undefined : parseEnv(text);
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = require("node:child_process");
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
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
function proc_parseProcStat(stat) {
    // The fields follow the command name, which is in parentheses and may itself hold spaces and
    // parentheses: so they are counted from the last `)`.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', ppid: Number(fields[1]), startTicks: fields[19] };
}
/** /proc/<pid>/stat, parsed; undefined when it cannot be read. */
function procStat(pid, proc = '/proc') {
    try {
        return proc_parseProcStat((0,external_node_fs_namespaceObject.readFileSync)(`${proc}/${pid}/stat`, 'utf8'));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/process/identity.js





const run = (0,external_node_util_.promisify)(external_node_child_process_namespaceObject.execFile);
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
        return (0,external_node_fs_namespaceObject.readdirSync)(`/proc/${pid}/task`).length > 1;
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
        for (const entry of (0,external_node_fs_namespaceObject.readdirSync)('/proc')) {
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
function identity_processStartKey(pid) {
    if (process.platform !== 'linux')
        return undefined;
    const ticks = linuxStartTicks(pid);
    try {
        bootId ??= (0,external_node_fs_namespaceObject.readFileSync)('/proc/sys/kernel/random/boot_id', 'utf8').trim();
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
        bootTimeMs ??= Number(/^btime (\d+)$/m.exec((0,external_node_fs_namespaceObject.readFileSync)('/proc/stat', 'utf8'))?.[1]) * 1000;
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
        ownKey = identity_processStartKey(process.pid) ?? null;
    return ownKey ?? undefined;
}
/**
 * The start key of the process `pid` now, to compare with the key a lease recorded: its pipe's
 * answer for a Windows `pipe:` key, Linux's boot and start tick otherwise.
 */
async function currentStartKey(pid, recorded) {
    if (recorded.startsWith('pipe:'))
        return askOwnerPipe(recorded);
    return identity_processStartKey(pid);
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
    const startKey = identity_processStartKey(pid);
    return startKey ? { pid, startKey } : { pid };
}
/** The identity of the process that has `pid` now; undefined when none runs. */
async function identify(pid) {
    if (!Number.isInteger(pid) || pid <= 0 || !isRunning(pid))
        return undefined;
    const startKey = identity_processStartKey(pid);
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
        return identity_processStartKey(id.pid) === id.startKey;
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
async function identity_isSameGroup(pgid, leader) {
    if (!isRunning(pgid))
        return true;
    return isSameProcess({ ...leader, pid: pgid });
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/env/write.js
// Writing env files: atomically, never through a link to another's file, keeping owner and mode.









/** git never lists a path named `.git`: the temp folder's ignore file is written under it. */
const STAGED = '.git';
const fsyncOf = (0,external_node_util_.promisify)(external_node_fs_namespaceObject.fsync);
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
async function replaceIn(folder, name, bytes, old, place = external_node_fs_namespaceObject.renameSync) {
    sweepAbandoned(folder.path);
    // Named for this process, so that a later writer knows it from the folder of a live one.
    const tempDir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)(folder.path, `.udo-port-${process.pid}-`));
    // The copy must not be the ignore file itself (the doctor rewrites .gitignore files).
    const copyName = name === '.gitignore' || name === STAGED ? `${name}.new` : name;
    let inner;
    let left = [];
    try {
        inner = destination_holdFolder(tempDir, (0,external_node_fs_namespaceObject.lstatSync)(tempDir));
        // Only we can enter it: nobody can swap or read what is inside (POSIX; Windows has ACLs).
        const euid = process.geteuid?.();
        if (euid !== undefined && (inner.stat.uid !== euid || (inner.stat.mode & 0o077) !== 0)) {
            throw Object.assign(new Error('temp folder'), {
                reason: 'its temp folder is not private to udo-port',
            });
        }
        const staged = (0,external_node_path_namespaceObject.join)(inner.path, STAGED);
        const ignore = (0,external_node_path_namespaceObject.join)(inner.path, '.gitignore');
        const copy = (0,external_node_path_namespaceObject.join)(inner.path, copyName);
        // Removed in this order, the copy first: it is never there without the ignore file.
        left = [staged];
        const ignoreFd = (0,external_node_fs_namespaceObject.openSync)(staged, read_CREATE_NEW);
        try {
            (0,external_node_fs_namespaceObject.writeFileSync)(ignoreFd, '*\n');
            // After a power cut the copy could otherwise outlive an empty ignore file.
            await fsyncOf(ignoreFd);
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(ignoreFd);
        }
        (0,external_node_fs_namespaceObject.renameSync)(staged, ignore);
        left = [ignore];
        const fd = (0,external_node_fs_namespaceObject.openSync)(copy, read_CREATE_NEW, old ? 0o600 : 0o666);
        left = [copy, ignore];
        try {
            (0,external_node_fs_namespaceObject.writeFileSync)(fd, bytes);
            if (old) {
                const now = (0,external_node_fs_namespaceObject.fstatSync)(fd);
                if (now.uid !== old.uid || now.gid !== old.gid) {
                    try {
                        (0,external_node_fs_namespaceObject.fchownSync)(fd, old.uid, old.gid);
                    }
                    catch (err) {
                        // Not root, and the file's group is not one of ours: the copy cannot keep it.
                        throw Object.assign(new Error('fchown'), {
                            code: read_codeOf(err),
                            reason: `its owner uid ${old.uid} and group gid ${old.gid} cannot be kept`,
                        });
                    }
                }
                (0,external_node_fs_namespaceObject.fchmodSync)(fd, old.mode & 0o7777);
            }
            await fsyncOf(fd);
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
        place(copy, (0,external_node_path_namespaceObject.join)(folder.path, name));
        left = [copy, ignore];
    }
    finally {
        for (const file of left) {
            try {
                (0,external_node_fs_namespaceObject.unlinkSync)(file);
            }
            catch { }
        }
        const held = inner?.stat;
        inner?.close();
        try {
            (0,external_node_fs_namespaceObject.rmdirSync)(tempDir);
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
            names = (0,external_node_fs_namespaceObject.readdirSync)(parent);
        }
        catch {
            return;
        }
        // Moved out of the folder altogether (or missed by a readdir mid-rename): a few looks, no more.
        unseen++;
        for (const name of names) {
            const path = (0,external_node_path_namespaceObject.join)(parent, name);
            try {
                const now = (0,external_node_fs_namespaceObject.lstatSync)(path);
                if (!now.isDirectory() || now.ino !== held.ino || now.dev !== held.dev)
                    continue;
                unseen = 0;
                (0,external_node_fs_namespaceObject.rmdirSync)(path);
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
        names = (0,external_node_fs_namespaceObject.readdirSync)(folder).filter((name) => ABANDONED.test(name));
    }
    catch {
        return;
    }
    const euid = process.geteuid?.();
    for (const name of names) {
        const pid = Number(ABANDONED.exec(name)?.[1]);
        if (pid === process.pid || isRunning(pid))
            continue;
        const path = (0,external_node_path_namespaceObject.join)(folder, name);
        try {
            const stat = (0,external_node_fs_namespaceObject.lstatSync)(path);
            if (!stat.isDirectory() || (stat.mode & 0o077) !== 0)
                continue;
            if (euid !== undefined && stat.uid !== euid)
                continue;
            // Not followed: rm removes a link inside as a link.
            (0,external_node_fs_namespaceObject.rmSync)(path, { recursive: true, force: true });
        }
        catch { }
    }
}
/** The error for a path that cannot be resolved to a place to write. */
function unreachable(path, label, err) {
    const folder = err?.folder;
    if (read_codeOf(err) === 'ENOENT' && typeof folder === 'string') {
        return new MissingFolderError(`${read_where(path, label)} cannot be created: ${folder}/ does not exist (folders are never created)`, folder);
    }
    return read_fsError('reached', path, label, err);
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
    const shown = read_where(path, label);
    let folder;
    let dest;
    try {
        dest = destination_destinationOf(path);
        folder = destination_holdFolder(dest.dir, dest.dirStat);
    }
    catch (err) {
        throw unreachable(path, label, err);
    }
    try {
        const found = envFileContents((0,external_node_path_namespaceObject.join)(folder.path, dest.name), false);
        let old;
        if (found.state === 'refused') {
            const utf16 = fromUtf16 ? found.utf16 : undefined;
            if (!utf16)
                throw new errors_UsageError(`${shown} ${found.message}`);
            if (utf16.text === undefined) {
                throw new errors_UsageError(`${shown} is ${describeUtf16(utf16)} but not whole (an odd byte, a lone surrogate): it cannot be saved as UTF-8 with the same text; save it as UTF-8 in an editor`);
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
            const refusal = destination_linkRefusal({
                euid,
                links: dest.links,
                target: (0,external_node_path_namespaceObject.join)(dest.dir, dest.name),
                dirUid: folder.stat.uid,
                fileUid: old?.stat.uid,
            });
            if (refusal)
                throw new errors_UsageError(`${shown} ${refusal}`);
            // Only root can give a file another owner: anyone else would take the file over.
            if (old && euid !== 0 && old.stat.uid !== euid) {
                throw new errors_UsageError(`${shown} belongs to uid ${old.stat.uid}: replacing it would make it yours; run as its owner`);
            }
        }
        let text;
        try {
            text = edit(old?.text);
        }
        catch (err) {
            if (err instanceof errors_UsageError)
                throw new errors_UsageError(`${shown}: ${err.message}`);
            throw err;
        }
        if (text === old?.text && !fromUtf16)
            return 'unchanged';
        try {
            // The old file's bytes come back as they were: only what the edit changed is new.
            await replaceIn(folder, dest.name, encodeKeepingBytes(text), old?.stat);
        }
        catch (err) {
            throw read_fsError('written', path, label, err);
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
        if (old !== undefined && hasKeptBytes(old) && /[^ -~\t\r\n]/.test(value)) {
            throw new errors_UsageError(`it is not UTF-8, and the value for ${key} is not ASCII: writing it would mix two encodings in one file`);
        }
        return setEnvValue(old ?? '', key, value);
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






;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/project/defaults.js
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
const backendEnvPath = (root, given) => (0,external_node_path_namespaceObject.resolve)(root, given ?? PROJECT_DEFAULTS.backendEnv);
/** The frontend env file: `given` or the default, under `root`. */
const envLocalPath = (root, given) => resolve(root, given ?? PROJECT_DEFAULTS.envLocal);
/** The virtualenv: `given` or the default, under `root`. */
const venvPath = (root, given) => (0,external_node_path_namespaceObject.resolve)(root, given ?? PROJECT_DEFAULTS.venv);
/** `http://host:port`, with IPv6 literals bracketed. */
function urlFor(urlHost, port) {
    const host = (0,external_node_net_.isIP)(urlHost) === 6 ? `[${urlHost}]` : urlHost;
    return `http://${host}:${port}`;
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
        id: text_printable(value.id),
        hostname: text_printable(value.hostname),
        user: text_printable(value.user),
        expiresAt: text_printable(value.expiresAt),
        createdAt: text_printable(value.createdAt),
        ...(value.pidStartKey !== undefined && { pidStartKey: text_printable(value.pidStartKey) }),
        ...(purpose !== undefined && { purpose: text_printable(purpose) }),
        ...(cwd !== undefined && { cwd: text_printable(cwd) }),
        ...(url !== undefined && { url: text_printable(url) }),
        ...(ci && {
            ci: {
                runner: text_printable(ci.runner),
                runId: text_printable(ci.runId),
                runAttempt: text_printable(ci.runAttempt),
                job: text_printable(ci.job),
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
const files_NOFOLLOW = external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0;
const CREATE = external_node_fs_namespaceObject.constants.O_CREAT | external_node_fs_namespaceObject.constants.O_EXCL | external_node_fs_namespaceObject.constants.O_WRONLY | files_NOFOLLOW;
const files_READ = external_node_fs_namespaceObject.constants.O_RDONLY | files_NOFOLLOW | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0);
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
        jobMarkerExists: lease.ci?.marker ? (0,external_node_fs_namespaceObject.existsSync)(lease.ci.marker) : undefined,
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
        fd = (0,external_node_fs_namespaceObject.openSync)(file, files_READ);
    }
    catch (error) {
        return { odd: `cannot be read (${error.code})` };
    }
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (stat.ino !== seen.ino || !stat.isFile())
            return { odd: 'changed while being read' };
        const buffer = Buffer.alloc(MAX_LEASE_BYTES);
        return buffer.toString('utf8', 0, (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, MAX_LEASE_BYTES, 0));
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** The user name leases record, for messages and `release --mine` where there are no uids. */
function currentUser() {
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
            (0,external_node_fs_namespaceObject.closeSync)((0,external_node_fs_namespaceObject.openSync)(path, CREATE, 0o644));
            return true;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                return false;
            try {
                // By birth, not mtime: a lock planted with an mtime in 2100 is as old as it really is.
                if (Date.now() - bornAt((0,external_node_fs_namespaceObject.lstatSync)(path)) < TAKEOVER_LOCK_MS)
                    return false;
                (0,external_node_fs_namespaceObject.unlinkSync)(path);
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
        user: currentUser(),
        createdAt: new Date(now).toISOString(),
        expiresAt: new Date(now + terms.ttlMs).toISOString(),
        lifetime: terms.lifetime,
        ...(terms.purpose && { purpose: terms.purpose }),
        ...(terms.cwd && { cwd: terms.cwd }),
        ...(terms.urlHost && { url: urlFor(terms.urlHost, port) }),
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
    const draft = (0,external_node_path_namespaceObject.join)(dir, `.${lease.port}.${lease.id}.tmp`);
    let made;
    try {
        const fd = (0,external_node_fs_namespaceObject.openSync)(draft, CREATE, 0o644);
        try {
            // Every user must be able to read it, whatever this process's umask.
            if (process.platform !== 'win32')
                (0,external_node_fs_namespaceObject.fchmodSync)(fd, 0o644);
            (0,external_node_fs_namespaceObject.writeSync)(fd, `${JSON.stringify(lease)}\n`);
            const { ino, mtimeMs } = (0,external_node_fs_namespaceObject.fstatSync)(fd);
            made = { ino, mtimeMs };
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    }
    catch (error) {
        try {
            (0,external_node_fs_namespaceObject.unlinkSync)(draft);
        }
        catch { }
        throw error;
    }
    try {
        (0,external_node_fs_namespaceObject.linkSync)(draft, file);
        return made;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return undefined;
        throw error;
    }
    finally {
        (0,external_node_fs_namespaceObject.unlinkSync)(draft);
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
const OPEN_FOLDER = external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_DIRECTORY ?? 0) | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0);
/** The host-wide default: one level, so no second folder inside it can be swapped. */
function sharedLeaseDir(env = process.env) {
    if (POSIX)
        return '/tmp/udo-port';
    return (0,external_node_path_namespaceObject.join)(env.ProgramData ?? env.ALLUSERSPROFILE ?? 'C:\\ProgramData', 'udo-port', 'leases');
}
/** The user's own folder, out of other users' reach and out of /tmp, where a name can be taken. */
function ownLeaseDir(env = process.env) {
    if (!POSIX) {
        return (0,external_node_path_namespaceObject.join)(env.LOCALAPPDATA ?? (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.homedir)(), 'AppData', 'Local'), 'udo-port', 'leases');
    }
    if (env.XDG_RUNTIME_DIR)
        return (0,external_node_path_namespaceObject.join)(env.XDG_RUNTIME_DIR, 'udo-port');
    return (0,external_node_path_namespaceObject.join)(env.XDG_CACHE_HOME || (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.homedir)(), '.cache'), 'udo-port', 'leases');
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
        const line = (0,external_node_fs_namespaceObject.readFileSync)('/etc/passwd', 'utf8')
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
    const { root } = (0,external_node_path_namespaceObject.parse)(dir);
    let path = root;
    for (const part of (0,external_node_path_namespaceObject.dirname)(dir).slice(root.length).split(external_node_path_namespaceObject.sep).filter(Boolean)) {
        path = (0,external_node_path_namespaceObject.join)(path, part);
        const why = distrust(facts((0,external_node_fs_namespaceObject.lstatSync)(path)), me);
        if (why)
            return `${path}: ${why}`;
    }
    return undefined;
}
/** Makes each missing folder of `dir` in turn: mkdir's own recursion spins on /proc paths. */
function makeFolders(dir) {
    const missing = [];
    for (let path = dir; !(0,external_node_fs_namespaceObject.lstatSync)(path, { throwIfNoEntry: false }); path = (0,external_node_path_namespaceObject.dirname)(path)) {
        missing.unshift(path);
        if ((0,external_node_path_namespaceObject.dirname)(path) === path)
            break;
    }
    // The last one gets its mode through its descriptor, once it is known to be ours.
    for (const path of missing)
        (0,external_node_fs_namespaceObject.mkdirSync)(path, { mode: path === dir ? 0o700 : 0o755 });
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
        fd = (0,external_node_fs_namespaceObject.openSync)(dir, OPEN_FOLDER);
    }
    catch (error) {
        const stat = (0,external_node_fs_namespaceObject.lstatSync)(dir, { throwIfNoEntry: false });
        if (stat && !stat.isDirectory()) {
            return `it is a ${folder_kindOf(stat)}${POSIX ? ` owned by ${folder_userName(stat.uid)}` : ''}`;
        }
        return `it cannot be opened (${error.code})`;
    }
    try {
        let stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (setMode && POSIX && stat.uid === me && (stat.mode & 0o7777) !== mode) {
            (0,external_node_fs_namespaceObject.fchmodSync)(fd, mode);
            stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        }
        return (distrust(facts(POSIX ? stat : (0,external_node_fs_namespaceObject.lstatSync)(dir)), me) ??
            distrustAncestors(dir, me) ??
            (POSIX ? birthless(stat) : undefined));
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
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
        (0,external_node_fs_namespaceObject.accessSync)(dir, external_node_fs_namespaceObject.constants.W_OK | external_node_fs_namespaceObject.constants.X_OK);
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
        real = (0,external_node_path_namespaceObject.join)((0,external_node_fs_namespaceObject.realpathSync)((0,external_node_path_namespaceObject.dirname)(dir)), (0,external_node_path_namespaceObject.basename)(dir));
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
            throw new errors_UsageError(`UDO_PORT_LEASE_DIR: "${explicit}" cannot be used: ${chosen.why}`);
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
        throw new errors_UsageError(`the shared lease folder ${shared} cannot be used (${chosen.why}), nor your own ${ownLeaseDir(env)} (${own.why}); set UDO_PORT_LEASE_DIR to a folder of yours`);
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
        return (0,external_node_path_namespaceObject.join)(this.dir, `${port}.json`);
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
            stat = (0,external_node_fs_namespaceObject.lstatSync)(file, { throwIfNoEntry: false });
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
                (0,external_node_fs_namespaceObject.unlinkSync)(lock);
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
        const aside = (0,external_node_path_namespaceObject.join)(this.dir, `.${port}.${crypto.randomUUID()}.aside`);
        try {
            (0,external_node_fs_namespaceObject.renameSync)(file, aside);
        }
        catch (error) {
            const code = error.code;
            // Gone already: nothing of ours is left. Not ours to move (a sticky folder): it stays.
            return code === 'ENOENT';
        }
        const stat = (0,external_node_fs_namespaceObject.lstatSync)(aside, { throwIfNoEntry: false });
        // Read only when the judge asks: a lease made here is known by its inode alone.
        const gone = stat !== undefined && stillIt({ stat, record: () => this.identify(aside, port).record });
        if (!gone) {
            // Put back over whatever was made in the moment the name stood empty: that newcomer
            // checks its lease is still there before it hands the port out (holds()), and moves on.
            try {
                (0,external_node_fs_namespaceObject.renameSync)(aside, file);
                return false;
            }
            catch { }
        }
        try {
            if (stat?.isDirectory())
                (0,external_node_fs_namespaceObject.rmdirSync)(aside);
            else
                (0,external_node_fs_namespaceObject.unlinkSync)(aside);
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
        const now = (0,external_node_fs_namespaceObject.lstatSync)(this.file(lease.port), { throwIfNoEntry: false });
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
        for (const name of (0,external_node_fs_namespaceObject.readdirSync)(this.dir)) {
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
        return new errors_UsageError(`lease folder ${this.dir} cannot be written (${error.code ?? error}); set UDO_PORT_LEASE_DIR to a writable folder`);
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
        l.name = text_printable(name);
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
            out.set(pid, text_printable(m[2]));
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
            out.set(pid, text_printable(command.trim()));
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
            out.set(pid, text_printable(name));
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
        const text = (0,external_node_child_process_namespaceObject.execFileSync)(root ? external_node_path_namespaceObject.win32.join(root, 'System32', 'reg.exe') : 'reg.exe', ['query', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage'], { encoding: 'latin1', timeout: 5000, windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'] });
        found = parseCodePages(text);
    }
    catch { }
    return found;
}
const console_text_utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Bytes as text: UTF-8 when they are valid UTF-8, else in `codePage` (a Windows code page), else
 * UTF-8 with replacement characters. `codePage` may be a lookup, made only when needed.
 */
function decodeConsole(bytes, codePage) {
    try {
        return console_text_utf8.decode(bytes);
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



const execFileAsync = (0,external_node_util_.promisify)(external_node_child_process_namespaceObject.execFile);
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
        const path = (0,external_node_fs_namespaceObject.readlinkSync)(`${proc}/${pid}/exe`);
        // stat through /proc follows to the very inode that runs, even a deleted one: no path race.
        const stat = (0,external_node_fs_namespaceObject.statSync)(`${proc}/${pid}/exe`);
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/listeners/describe.js


const MAX_LENGTH = 80;
const base = (path) => (0,external_node_path_namespaceObject.basename)(path.replaceAll('\\', '/'));
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
    const name = l.name && text_printable(l.name).trim();
    // A command line may hold newlines and tabs; one line reads better in a message.
    const command = l.command && text_printable(l.command.replace(/\s+/g, ' ')).trim();
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
        return splitArgv((0,external_node_fs_namespaceObject.readFileSync)(`${proc}/${pid}/cmdline`, 'utf8'));
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
        const exe = readExecutable(l.pid, proc);
        const withExe = exe ? { ...l, exe } : l;
        const argv = readArgv(l.pid, proc);
        if (!argv)
            return withExe;
        const name = processName(l.name, argv);
        const command = argv.join(' ').trim();
        return {
            ...withExe,
            ...(name && { name: text_printable(name) }),
            ...(wantCommandLines &&
                l.command === undefined &&
                command && { command: text_printable(command) }),
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
function listeningSocketInodes(port, proc = '/proc') {
    const sockets = procSockets(port, proc);
    return sockets && new Set(sockets.map((s) => s.inode));
}
function readProcNet(path) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** A process's name, made printable: it sets its own, newlines and all (the kernel adds one). */
function readComm(proc, pid) {
    try {
        return text_printable((0,external_node_fs_namespaceObject.readFileSync)(`${proc}/${pid}/comm`, 'utf8').replace(/\n$/, ''));
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
        pids = (0,external_node_fs_namespaceObject.readdirSync)(proc).filter((d) => /^\d+$/.test(d));
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
                l.name = text_printable(name);
            listeners.push(l);
        }
    }
    return { listeners: dedupeListeners(listeners) };
}
/** The socket inodes one process holds open (`socket:[N]` fds); none when they cannot be read. */
function processSocketInodes(pid, proc = '/proc') {
    let fds;
    try {
        fds = (0,external_node_fs_namespaceObject.readdirSync)(`${proc}/${pid}/fd`);
    }
    catch {
        return [];
    }
    const inodes = [];
    for (const fd of fds) {
        try {
            const m = /^socket:\[(\d+)\]$/.exec((0,external_node_fs_namespaceObject.readlinkSync)(`${proc}/${pid}/fd/${fd}`));
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
    return root ? [external_node_path_namespaceObject.win32.join(root, 'System32', ...path), exe] : [exe];
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
    return { ...result, listeners: parse_common_sortListeners(result.listeners) };
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

function clearLockedPorts() {
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
            throw new errors_UsageError(`${hostLabel}: "${text_printable(host)}" ${why} (${code})`);
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
function probe_reachableHost(host) {
    if (host === '0.0.0.0' || host === '')
        return '127.0.0.1';
    if (host === '::')
        return '::1';
    return host.replace(/^\[(.*)\]$/, '$1');
}
/** Whether a connection to host:port is accepted, within `timeoutMs`. */
function knock(port, host, timeoutMs = 1000) {
    return new Promise((resolve) => {
        const socket = (0,external_node_net_.connect)({ port, host: probe_reachableHost(host) });
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/ports/attempt.js



/** The Windows excluded ranges to pass over; none elsewhere. */
const excludedRanges = async () => process.platform === 'win32' ? await excludedPortRanges() : [];
const excludedRange = (port, attempt) => attempt.excluded.find((range) => port >= range.from && port <= range.to);
/**
 * A live lease this very CI job holds on a pinned port: an earlier step (the action) leased it
 * for this job and exported it as API_PORT, so a later step that asks for it gets it.
 */
function ownJobLease(record, attempt) {
    const job = attempt.terms.ci;
    const lease = record.lease;
    return job && lease?.ci && !record.staleReason && sameCiJob(lease.ci, job) ? lease : undefined;
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
const attempt_sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** A short random wait: two allocators that collided once should not collide again in step. */
const probeWait = () => attempt_sleep(10 + Math.random() * 40);
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
    const first = listeningSockets(port);
    if (first) {
        if (first.size === 0)
            return true;
        await probeWait();
        const second = listeningSockets(port);
        if (second)
            return ![...first].some((socket) => second.has(socket));
    }
    for (let look = 0; look < 2; look++) {
        if (look > 0)
            await probeWait();
        const { listeners, problem } = await listenersOn(port, { commandLines: false });
        if (!problem && listeners.length === 0)
            return true;
    }
    return false;
}
/** Whether a claimed port can really be bound; a refusal when it cannot. */
async function verify(port, attempt) {
    const { host, hostOrigin } = attempt.settings;
    const refused = await probePort(port, host, hostOrigin);
    if (refused)
        return { port, reason: refused };
    // A port published by NAT rules binds, and yet a backend on it would never be reached.
    if (await answersThroughNat(port, host))
        return { port, reason: 'in-use', nat: true };
    if (process.platform === 'win32') {
        // Windows lets a wildcard bind succeed beside a listener on one specific address.
        const holder = (await listenersOn(port, { commandLines: false })).listeners[0];
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
    const first = await firstBindable(open);
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
        const port = await offeredPort(attempt.settings.host, attempt.settings.hostOrigin);
        const result = await tryPort(port, attempt, { probeFirst: true });
        if ('id' in result)
            return result;
    }
    return undefined;
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
const engines_text = (value) => typeof value === 'string' && value !== '' ? text_printable(value) : undefined;
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
    const data = process.env.XDG_DATA_HOME || (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.homedir)(), '.local', 'share');
    return (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(data, 'containers', 'storage'));
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
        return realpathSync(path);
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/ports/refusals.js
// Why ports were refused, in the words every face prints: one line a refusal, the holders named.






/** One line on why a port was refused. */
function describeRefusal(refusal) {
    switch (refusal.reason) {
        case 'in-use': {
            const engine = engineOf(refusal.holder);
            const unnamed = refusal.holder?.pid === undefined && !refusal.nat;
            // An unnamed holder is a container's only when an engine says it publishes the port.
            if (engine || refusal.nat || (unnamed && (refusal.containers?.length ?? 0) > 0)) {
                const holding = engineHolding(refusal.port, engine && {
                    ...engine,
                    ...(refusal.holder?.pid !== undefined && { pid: refusal.holder.pid }),
                }, refusal.containers ?? [], unnamed);
                return `in use: ${holding.line}`;
            }
            return refusal.holder
                ? `in use by ${describeListener(refusal.holder)}`
                : `in use, but ${refusal.tool ?? 'the OS tools'} did not name the process (${findHolderCommand(refusal.port)} shows it)`;
        }
        case 'permission':
            return process.platform === 'win32'
                ? 'binding is refused (EACCES): reserved by Windows or by another program'
                : 'binding is refused (EACCES): ports below 1024 need root';
        case 'leased': {
            // Any user of the host can write a lease file, and put anything in it.
            const by = refusal.lease ? `leased by ${text_printable(describeLease(refusal.lease))}` : 'leased';
            return refusal.staleReason
                ? `${by}: stale (${text_printable(refusal.staleReason)}), but not yours to remove`
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
        const { listeners, tool } = inUse.length === 1 ? await listenersOn(inUse[0].port) : await allListeners();
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
        (r.nat || engineOf(r.holder) || r.holder?.pid === undefined));
    if (engines.length === 0)
        return;
    const answer = await askEngines(clisFor(engines.map((r) => engineOf(r.holder))));
    for (const refusal of engines)
        refusal.containers = publishersOf(answer, refusal.port);
}
function pinnedMessage(candidate, settings, refusal) {
    return `port ${candidate.port} (from ${settings.requested?.origin}) is ${describeRefusal(refusal)}`;
}
function exhaustedMessage(settings, refusals) {
    const { from, to } = settings.range;
    const lines = refusals.map((refusal) => `  ${refusal.port}  ${describeRefusal(refusal)}`);
    return [`no free port in ${from}-${to}; every port tried was refused:`, ...lines].join('\n');
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/ports/settings.js




function parsePort(raw, label) {
    const text = String(raw).trim();
    const port = Number(text);
    if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
        throw new errors_UsageError(`${label}: "${text_printable(String(raw))}" is not a port (expected a whole number from 1 to 65535)`);
    }
    return port;
}
function parseRange(raw, label) {
    const match = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(raw);
    if (!match) {
        throw new errors_UsageError(`${label}: "${text_printable(raw)}" is not a port range (expected FROM-TO, e.g. ${PORT_DEFAULTS.range.from}-${PORT_DEFAULTS.range.to})`);
    }
    const from = Number(match[1]);
    const to = Number(match[2]);
    if (from < 1 || to > 65535) {
        throw new errors_UsageError(`${label}: "${raw}" is outside 1-65535`);
    }
    if (from > to) {
        throw new errors_UsageError(`${label}: "${raw}" ends before it starts (expected FROM-TO with FROM <= TO)`);
    }
    return { from, to };
}
function parseHost(raw, label) {
    const host = raw.trim();
    // A hostname or an IP literal; brackets are for URLs, not for binding.
    // No control character either (a NUL): Node 24's bind refuses it with a message naming no option.
    if (host === '' || /[\s/[\]\p{Cc}]/u.test(host) || (host.includes(':') && (0,external_node_net_.isIP)(host) !== 6)) {
        throw new errors_UsageError(`${label}: "${text_printable(raw)}" is not a host name or IP address`);
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
        throw new errors_UsageError(`${label}: "${text_printable(raw)}" is not a host name or IP address (expected e.g. localhost, 127.0.0.1 or [::1])`);
    }
    return host;
}
function parseFallback(raw, label) {
    const value = raw.trim();
    if (value !== 'none' && value !== 'any') {
        throw new errors_UsageError(`${label}: "${text_printable(raw)}" is not a fallback (expected none or any)`);
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
        const envKey = PORT_KEYS.find((key) => present(env[key]));
        const dotenvKey = PORT_KEYS.find((key) => present(dotenv[key]));
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
        PORT_DEFAULTS.host,
        'default',
    ];
    const range = present(input.range)
        ? parseRange(input.range, label('range', 'range'))
        : PORT_DEFAULTS.range;
    return {
        ...(requested && { requested }),
        // A range of one's own starts the scan where it starts, not at 8001.
        defaultPort: present(input.defaultPort)
            ? parsePort(input.defaultPort, label('defaultPort', 'defaultPort'))
            : present(input.range)
                ? range.from
                : PORT_DEFAULTS.port,
        range,
        host: parseHost(hostRaw, hostOrigin),
        hostOrigin,
        urlHost: present(input.urlHost)
            ? parseUrlHost(input.urlHost, label('urlHost', 'urlHost'))
            : PORT_DEFAULTS.urlHost,
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
    if (!(ttlMs > 0) || (!owner && ttlMs > LONGEST_LEASE_MS)) {
        throw new RangeError(`lease TTL ${ttlMs} ms is not from 1 ms to ${LONGEST_LEASE_MS} ms`);
    }
    return Math.min(ttlMs, LONGEST_LEASE_MS);
}
/**
 * Finds and leases a port in the port order of docs/ARCHITECTURE.md. Throws UsageError for bad settings and
 * NoPortError when a pinned port is taken or every candidate is refused.
 */
async function allocate(request = {}) {
    const env = request.env ?? {};
    const cwd = (0,external_node_path_namespaceObject.resolve)(request.cwd ?? '.');
    const named = request.envFile === true ? undefined : request.envFile;
    const envFile = request.envFile === undefined ? undefined : backendEnvPath(cwd, named);
    const envFileName = envFile === undefined ? '' : (0,external_node_path_namespaceObject.isAbsolute)(named ?? '') ? envFile : (0,external_node_path_namespaceObject.relative)(cwd, envFile);
    const envFileLabel = request.envFileLabel ?? envFileName;
    const dotenv = (envFile && (await readEnvFile(envFile, envFileLabel))) || {};
    const settings = resolveSettings(request, { env, dotenv, dotenvLabel: envFileName });
    // The lease folder is the host's whatever the call names: chosen from this process's own
    // environment (its personal fallback needs XDG_RUNTIME_DIR, XDG_CACHE_HOME, LOCALAPPDATA), with
    // the request's UDO_PORT_LEASE_DIR first.
    const registry = openLeaseRegistry(env.UDO_PORT_LEASE_DIR === undefined
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
            warnings.push(`port ${stuck.port} is passed over: its lease file ${stuck.leaseFile} is stale (${text_printable(stuck.staleReason ?? '')}) but belongs to another user; they or root can remove it: udo-port release ${stuck.port} --force`);
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
            url: urlFor(settings.urlHost, lease.port),
            source,
            origin: origins[source] ?? settings.requested?.origin ?? source,
            lease,
            leaseFile: (0,external_node_path_namespaceObject.join)(registry.dir, `${lease.port}.json`),
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
            refusal.reason = await bindRefusal(refusal.port, settings.host);
        }
    };
    // Lazily: an allocation usually ends at the first candidate, and ranges can be long. Once one
    // is refused, more are likely busy: the rest go to get-port at once (skipBusy).
    const candidates = candidatePorts(settings);
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
            throw new NoPortError(pinnedMessage(candidate, settings, result), passedOver);
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
                const source = [...candidatePorts(settings)].find((c) => c.port === result.port)?.source ?? 'scan';
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
    throw new NoPortError(exhaustedMessage(settings, passedOver), passedOver);
}
/** Drops an allocation's lease, if it still holds it; true when it was removed. */
function release(allocation) {
    return new LeaseRegistry((0,external_node_path_namespaceObject.dirname)(allocation.leaseFile)).release(allocation.lease);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
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
    for (const entry of (0,external_node_fs_namespaceObject.readdirSync)(proc)) {
        if (!/^\d+$/.test(entry))
            continue;
        const parent = procStat(entry, proc)?.ppid;
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
        for (const inode of processSocketInodes(pid, proc))
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
            return (0,external_node_fs_namespaceObject.readFileSync)(`${proc}/net/${name}`, 'utf8');
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
        const socket = (0,external_node_net_.connect)({ port, host: probe_reachableHost(host) });
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
        const engines = await askEngines();
        return `answered through NAT rules, by no process here: ${engineHolding(port, undefined, publishersOf(engines, port)).line}`;
    }
    const tree = processTree(owner);
    const { listeners } = await listenersOn(port);
    const holder = listeners.find((l) => l.pid === undefined || !tree.has(l.pid));
    if (!holder)
        return 'answered by a process outside the backend’s tree';
    const engine = engineOf(holder);
    if (engine) {
        const engines = await askEngines(clisFor([engine]));
        const pid = holder.pid !== undefined ? { pid: holder.pid } : {};
        return engineHolding(port, { ...engine, ...pid }, publishersOf(engines, port)).line;
    }
    return `held by ${describeListener(holder)}`;
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
            const status = await get(port, probe_reachableHost(host), readiness.path, Math.max(1, Math.min(2000, left)));
            if (status !== undefined && status < 500)
                return { state: 'ready' };
        }
        await (0,promises_namespaceObject.setTimeout)(intervalMs);
    }
    return { state: 'timeout' };
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
        ...(env.RUNNER_TEMP && { marker: (0,external_node_path_namespaceObject.join)(env.RUNNER_TEMP, 'udo-port-job') }),
    };
}
/** Creates the job's marker file, so its leases hold while the job runs. */
function markJob(job) {
    if (!job?.marker)
        return;
    try {
        (0,external_node_fs_namespaceObject.closeSync)((0,external_node_fs_namespaceObject.openSync)(job.marker, 'a'));
    }
    catch { }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
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
    const words = command.map((arg) => (0,external_node_path_namespaceObject.basename)(arg)
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
        env[pathKey] = [(0,external_node_path_namespaceObject.dirname)(plan.venv.interpreter), base[pathKey]].filter(Boolean).join(external_node_path_namespaceObject.delimiter);
    }
    if (plan.command && plan.command.length > 0) {
        const own = withPortArgs(plan.command, plan.host);
        const [file, ...args] = substitutePort(own, plan.port);
        return { file, args, cwd: plan.cwd, env };
    }
    const args = [
        '-m',
        'uvicorn',
        plan.app ?? PROJECT_DEFAULTS.app,
        '--host',
        plan.host,
        '--port',
        String(plan.port),
    ];
    if (plan.reload)
        args.push('--reload');
    return { file: plan.venv.interpreter, args, cwd: plan.cwd, env };
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/process/end.js






const end_run = (0,external_node_util_.promisify)(external_node_child_process_namespaceObject.execFile);
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
        if (!(await isSameProcess(id)))
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
        if (await isSameProcess(id))
            alive.push(id);
    return alive;
}
/** taskkill by its full path: a same-named program earlier on PATH is not run. */
function taskkill() {
    const root = process.env.SystemRoot ?? process.env.windir;
    return root ? external_node_path_namespaceObject.win32.join(root, 'System32', 'taskkill.exe') : 'taskkill';
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
    const root = typeof target === 'number' ? await identify(target) : target;
    if (!root || !(await isSameProcess(root)))
        return 'gone';
    const { pid } = root;
    if (process.platform === 'win32') {
        const options = { timeout: 10_000, windowsHide: true };
        await end_run(taskkill(), ['/PID', String(pid), '/T', '/F'], options).catch(() => 
        // Wine's taskkill refuses /T; the process itself still goes.
        end_run(taskkill(), ['/PID', String(pid), '/F'], options));
        return 'killed';
    }
    const children = [];
    for (const child of await descendants(pid)) {
        const id = await identify(child);
        if (id)
            children.push(id);
    }
    if (!(await isSameProcess(root)))
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
        await (0,promises_namespaceObject.setTimeout)(POLL_MS);
    }
    const killed = alive;
    await signalEach(alive, 'SIGKILL');
    for (let waited = 0; alive.length > 0 && waited < 1000; waited += POLL_MS) {
        await (0,promises_namespaceObject.setTimeout)(POLL_MS);
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
const WATCHDOG = (/* unused pure expression or super */ null && (`
const [graceMs, owner] = process.argv.slice(1, 3).map(Number);
const needle = '\\0${WATCH_VARIABLE}=' + process.argv[3] + '\\0';
process.title = 'udo-port watchdog of PID ' + owner;
const fs = require('node:fs');
const parseProcStat = ${parseProcStat};
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
`));
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
    const watchdog = spawn(process.execPath, ['-e', WATCHDOG, String(GRACE_MS), String(process.pid), marker], {
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
            watchdog.stdin?.write(`group ${pgid} ${processStartKey(pgid) ?? ''}\n`);
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
                sleep(GRACE_MS, undefined, { signal: bound.signal }).catch(() => { }),
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
    if (leader && !(await isSameGroup(pgid, leader)))
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
        await sleep(GROUP_POLL_MS);
    await signalGroup(pgid, leader, 'SIGKILL');
    while (await signalGroup(pgid, leader, 0))
        await sleep(GROUP_POLL_MS);
    return true;
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/process/spawn.js
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
        return (0,external_node_fs_namespaceObject.statSync)(path).isFile();
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
    const known = extensions.some((ext) => ext.toLowerCase() === external_node_path_namespaceObject.win32.extname(file).toLowerCase());
    const candidates = (base) => [
        ...(known ? [] : extensions.map((ext) => `${base}${ext.toLowerCase()}`)),
        ...(known || external_node_path_namespaceObject.win32.extname(base) !== '' ? [base] : []),
    ];
    const hasFolder = /[\\/]/.test(file);
    const dirs = hasFolder
        ? [external_node_path_namespaceObject.win32.isAbsolute(file) ? '' : cwd]
        : [cwd, ...(windowsEnv(env, 'PATH') ?? '').split(';').filter(Boolean)];
    for (const dir of dirs) {
        for (const candidate of candidates(dir ? external_node_path_namespaceObject.win32.join(dir, file) : file)) {
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
        const child = new external_node_child_process_namespaceObject.ChildProcess();
        const error = Object.assign(new Error(plan.refusal), { code: 'ENAMETOOLONG' });
        process.nextTick(() => child.emit('error', error));
        return child;
    }
    return (0,external_node_child_process_namespaceObject.spawn)(plan.file, plan.args, {
        ...options,
        cwd: command.cwd,
        env: command.env,
        windowsVerbatimArguments: plan.verbatim,
    });
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/process/detached.js




/**
 * Starts `plan` detached (its own session and process group on POSIX, no console on Windows),
 * with stdout and stderr in `logFile` (made new, 0600: its folder may be a shared /tmp) and
 * nothing of this process's stdio, which would keep a reader of this process's pipes waiting.
 */
async function startDetached(plan, logFile) {
    const log = (0,external_node_fs_namespaceObject.openSync)(logFile, 'wx', 0o600);
    let child;
    try {
        const options = {
            stdio: ['ignore', log, log],
            detached: true,
            windowsHide: true,
        };
        // Windows: an .exe gets its arguments as written; a .cmd shim (npm, npx, uvicorn.cmd) goes
        // through cmd.exe, escaped so that nothing in them is expanded (no %NAME%).
        child = spawnCommand(plan, options);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(log);
    }
    const exited = new AbortController();
    let startError;
    const ended = new Promise((done) => {
        child.once('error', (error) => {
            startError = error;
            exited.abort();
            done({ error });
        });
        child.once('exit', (code, signal) => {
            exited.abort();
            done({ code, signal });
        });
    });
    // 'spawn' or 'error' tells whether it runs at all.
    await new Promise((settled) => {
        child.once('spawn', settled);
        child.once('error', settled);
    });
    const pid = child.pid;
    const startKey = pid === undefined ? undefined : identity_processStartKey(pid);
    const startedAt = pid === undefined ? undefined : await processStartTime(pid);
    return {
        pid: pid ?? 0,
        ...(startedAt !== undefined && { startedAt }),
        ...(startKey !== undefined && { startKey }),
        exited: exited.signal,
        ended,
        startError: () => startError,
        detach: () => child.unref(),
    };
}
/** Linux: live processes whose environment holds `variable=marker` (zombies are over). */
function markedProcesses(variable, marker) {
    if (process.platform !== 'linux')
        return [];
    const needle = `\0${variable}=${marker}\0`;
    const found = [];
    for (const entry of (0,external_node_fs_namespaceObject.readdirSync)('/proc')) {
        if (!/^\d+$/.test(entry) || Number(entry) === process.pid)
            continue;
        try {
            // Readable for this user's own processes only: exactly those it may have started.
            if (`\0${(0,external_node_fs_namespaceObject.readFileSync)(`/proc/${entry}/environ`, 'latin1')}`.includes(needle)) {
                if (isRunning(Number(entry)))
                    found.push(Number(entry));
            }
        }
        catch { }
    }
    return found;
}
/**
 * Ends what carries `variable=marker` (Linux; elsewhere nothing can be found by it): SIGTERM,
 * then SIGKILL after the grace period, each checked right before its signal. Says how many.
 */
async function endMarked(variable, marker) {
    const marked = [];
    for (const pid of markedProcesses(variable, marker)) {
        const id = await identify(pid);
        if (id)
            marked.push(id);
    }
    await signalEach(marked, 'SIGTERM');
    await outlast(marked);
    return marked.length;
}
/**
 * Ends the saved process's whole tree (end.ts, endProcess): `gone` when it had exited, `reused`
 * when its pid now names another process (left alone), else how it ended (`killed`: SIGKILL on
 * POSIX, where it ignored SIGTERM; always on Windows, taskkill /F).
 */
async function stopDetached(saved) {
    if (!isRunning(saved.pid))
        return 'gone';
    if (!(await isSameProcess(saved)))
        return 'reused';
    return endProcess(saved);
}
/** The last `maxLines` lines of a log, read from its last `maxBytes` only. */
function logTail(file, maxLines = 40, maxBytes = 16_384) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(file, 'r');
    }
    catch {
        return [];
    }
    try {
        const size = (0,external_node_fs_namespaceObject.fstatSync)(fd).size;
        const length = Math.min(size, maxBytes);
        const buffer = Buffer.alloc(length);
        (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, length, size - length);
        const lines = buffer.toString('utf8').split(/\r?\n/);
        // A cut first line is only part of one.
        if (length < size)
            lines.shift();
        while (lines.length > 0 && lines.at(-1) === '')
            lines.pop();
        return lines.slice(-maxLines);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/python/site-packages.js


/** Whether `path` is a folder (symlinks followed); false when nothing is there. */
const isDir = (path) => (0,external_node_fs_namespaceObject.statSync)(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
const list = (dir) => {
    try {
        return readdirSync(dir);
    }
    catch {
        return [];
    }
};
/** The venv's own site-packages folders, both layouts. */
function site_packages_venvSitePackages(venv) {
    const found = [join(venv.path, 'Lib', 'site-packages')].filter(isDir);
    for (const lib of ['lib', 'lib64']) {
        for (const entry of list(join(venv.path, lib))) {
            const site = join(venv.path, lib, entry, 'site-packages');
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
function site_packages_baseSitePackages(venv, platform = process.platform) {
    const home = venv.config?.home;
    if (!home)
        return [];
    if (platform === 'win32')
        return [join(home, 'Lib', 'site-packages')].filter(isDir);
    const short = /^(\d+\.\d+)/.exec(venv.config?.version ?? '')?.[1];
    if (!short)
        return [];
    const prefix = dirname(home);
    return [
        join(prefix, 'lib', `python${short}`, 'site-packages'),
        join(prefix, 'lib64', `python${short}`, 'site-packages'),
        join(prefix, 'local', 'lib', `python${short}`, 'dist-packages'),
        join(prefix, 'lib', 'python3', 'dist-packages'),
        join(prefix, 'lib', `python${short}`, 'dist-packages'),
    ].filter(isDir);
}
/** `uvicorn-0.30.1.dist-info`, `uvicorn-0.17.6.egg-info`, `foo-1.0-py3.11.egg-info`. */
const metadataDir = (name) => new RegExp(`^${name.replace(/[-_.]/g, '[-_.]')}-([^-]+?)(?:-py\\d+(?:\\.\\d+)*)?\\.(?:dist|egg)-info$`, 'i');
/**
 * Versions of installed distributions found in `sites`, first folder first (Python's own
 * search order). Undefined for a name found in none of them.
 */
function site_packages_findDistributions(sites, names) {
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






const venv_run = (0,external_node_util_.promisify)(external_node_child_process_namespaceObject.execFile);
/** pyvenv.cfg holds a few lines; Python itself would hang on a FIFO there. */
const CONFIG_LIMIT = 64 * 1024;
/** pyvenv.cfg read as every project file is (projectFileBytes): no FIFO, device or huge file. */
function readConfig(configFile) {
    const found = read_projectFileBytes(configFile, {
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
    const interpreter = windows ? (0,external_node_path_namespaceObject.join)(path, 'Scripts', 'python.exe') : (0,external_node_path_namespaceObject.join)(path, 'bin', 'python');
    const hasBin = isDir((0,external_node_path_namespaceObject.join)(path, 'bin'));
    const hasScripts = isDir((0,external_node_path_namespaceObject.join)(path, 'Scripts'));
    const link = (0,external_node_fs_namespaceObject.lstatSync)(interpreter, { throwIfNoEntry: false });
    const usable = (0,external_node_fs_namespaceObject.existsSync)(interpreter);
    const configFile = (0,external_node_path_namespaceObject.join)(path, 'pyvenv.cfg');
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
    if (config.executable && !existsSync(config.executable))
        return config.executable;
    if (config.home) {
        const names = platform === 'win32' ? ['python.exe'] : ['python3', 'python'];
        if (!names.some((name) => existsSync(join(config.home, name))))
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/action/backend.js
// The action's backend: what the step's inputs ask for, in core's terms (core/process/detached.ts
// starts, finds and stops it), and how it went, in the action's words.








/** Every process of the backend inherits this variable: the post step finds strays by it. */
const MARKER_VARIABLE = 'UDO_PORT_BACKEND_ID';
/** The main step's own runner files and inputs: the backend has no business with them. */
const STEP_ONLY = /^(INPUT_|STATE_)|^GITHUB_(ENV|OUTPUT|STATE|PATH|STEP_SUMMARY)$/;
function backendEnv(extra) {
    const env = {};
    for (const [name, value] of Object.entries(process.env)) {
        if (!STEP_ONLY.test(name))
            env[name] = value;
    }
    return { ...env, ...extra };
}
/**
 * Starts the backend detached, its output in a log file in `logDir`: the runner waits for a
 * step's output pipes to close, and the backend must outlive the main step.
 */
async function startBackend(request) {
    const marker = (0,external_node_crypto_.randomBytes)(8).toString('hex');
    const plan = backendCommand({
        cwd: request.cwd,
        port: request.port,
        host: request.host,
        // The project's venv, when it has one, comes first on PATH, as in `udo-port start`.
        venv: inspectVenv(venvPath(request.cwd)),
        command: request.argv,
        env: backendEnv({ ...request.env, [MARKER_VARIABLE]: marker }),
    });
    const logFile = (0,external_node_path_namespaceObject.join)(request.logDir || (0,external_node_os_namespaceObject.tmpdir)(), `udo-port-${request.port}-${marker}.log`);
    request.beforeSpawn?.(marker, logFile);
    const started = await startDetached(plan, logFile);
    const ended = started.ended.then((how) => 'error' in how
        ? `could not be started: ${how.error.message}`
        : how.signal
            ? `was ended by ${how.signal}`
            : `exited with code ${how.code}`);
    return {
        pid: started.pid,
        marker,
        logFile,
        ...(started.startedAt !== undefined && { startedAt: started.startedAt }),
        ...(started.startKey !== undefined && { startKey: started.startKey }),
        exited: started.exited,
        ended,
        startError: started.startError,
        detach: started.detach,
    };
}
/** The saved backend's identity: its pid is proof of nothing once it may have gone to another. */
const identityOf = (saved) => ({
    pid: saved.pid,
    ...(saved.startKey !== undefined
        ? { startKey: saved.startKey }
        : saved.startedAt !== undefined && { startedAt: saved.startedAt }),
});
/**
 * Ends what carries `marker` when the main step died before it could save the backend's pid
 * (Linux; elsewhere nothing can be found by it). Says how many.
 */
async function stopByMarker(marker) {
    return endMarked(MARKER_VARIABLE, marker);
}
const STOPPED = {
    gone: 'had already exited',
    reused: 'had already exited (its PID now names another process, left alone)',
    ended: 'was stopped',
    // taskkill /F always kills; elsewhere 'killed' means it ignored SIGTERM.
    killed: process.platform === 'win32' ? 'was stopped' : 'ignored SIGTERM and was killed',
};
/**
 * Ends the backend's whole tree (uvicorn's reloader and worker), then any process that carries
 * its marker but left the tree (a daemonized child, a worker whose parent died). Says what
 * happened.
 */
async function stopBackend(saved) {
    const outcome = STOPPED[await stopDetached(identityOf(saved))];
    const strays = await endMarked(MARKER_VARIABLE, saved.marker);
    return strays > 0 ? `${outcome}; ${strays} process(es) it left behind were ended` : outcome;
}

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
        throw new errors_UsageError(`${label}: "${text_printable(text)}" ${why}`);
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
const shown = (value) => text_printable(JSON.stringify(value) ?? String(value)).slice(0, 120);
function keyError(label, key, value, why) {
    return new errors_UsageError(`${label}: ${key}: ${shown(value)} ${why}`);
}
/** A path inside the project: relative, and never climbing out of it. */
function checkPath(label, key, value) {
    if (typeof value !== 'string' || value.trim() === '' || CONTROL.test(value)) {
        throw keyError(label, key, value, 'is not a path (expected a folder or file inside the project)');
    }
    const norm = (0,external_node_path_namespaceObject.normalize)(value);
    if ((0,external_node_path_namespaceObject.isAbsolute)(value) ||
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
    return new errors_UsageError(`${label}: ${text_printable(key)}: not a key of the project file${guess ? ` (did you mean ${guess}?)` : ''}`);
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * The project file's content, checked: every key known and every value of its kind, else one
 * line naming the file, the key and the value (exit 2). Pure.
 */
function parseProjectFile(value, label) {
    if (!isObject(value))
        throw new errors_UsageError(`${label}: ${shown(value)} is not an object`);
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
const file_MAX_BYTES = 1024 * 1024;
/**
 * A regular file's text, at most 1 MiB; undefined when there is none. Opened without following a
 * link's last step onto a FIFO or device and without blocking: the file is the project's, but a
 * checkout may hold anything.
 */
function readRegular(path) {
    const seen = (0,external_node_fs_namespaceObject.lstatSync)(path, { throwIfNoEntry: false });
    if (!seen)
        return undefined;
    if (!seen.isFile())
        throw new errors_UsageError(`${path}: not a regular file`);
    if (seen.size > file_MAX_BYTES)
        throw new errors_UsageError(`${path}: larger than 1 MiB`);
    const fd = (0,external_node_fs_namespaceObject.openSync)(path, external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0) | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0));
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!stat.isFile() || stat.size > file_MAX_BYTES)
            throw new errors_UsageError(`${path}: not a regular file`);
        const buffer = Buffer.alloc(Math.min(stat.size, file_MAX_BYTES));
        const read = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, buffer.length, 0);
        return buffer
            .subarray(0, read)
            .toString('utf8')
            .replace(/^\uFEFF/, '');
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
function parseJson(text, label) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors_UsageError(`${label}: not JSON (${text_printable(error.message)})`);
    }
}
/** Whether `dir` holds a project file: cheap enough for the root search at every level. */
function hasProjectFile(dir) {
    if (lstatSync(join(dir, PROJECT_FILE), { throwIfNoEntry: false })?.isFile())
        return true;
    const pkg = join(dir, 'package.json');
    const stat = lstatSync(pkg, { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size > file_MAX_BYTES)
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
    const own = (0,external_node_path_namespaceObject.join)(root, PROJECT_FILE);
    const pkg = (0,external_node_path_namespaceObject.join)(root, 'package.json');
    const ownText = readRegular(own);
    let fromPackage;
    const pkgStat = (0,external_node_fs_namespaceObject.lstatSync)(pkg, { throwIfNoEntry: false });
    if (pkgStat?.isFile() && pkgStat.size <= file_MAX_BYTES) {
        const text = readRegular(pkg) ?? '';
        if (text.includes(`"${PACKAGE_KEY}"`)) {
            const value = parseJson(text, 'package.json');
            if (isObject(value) && PACKAGE_KEY in value)
                fromPackage = value[PACKAGE_KEY];
        }
    }
    if (ownText !== undefined && fromPackage !== undefined) {
        throw new errors_UsageError(`${PROJECT_FILE} and package.json "${PACKAGE_KEY}": both configure the project; keep one`);
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/action/inputs.js










/** The variable the frontend reads, and the one its env file gets. */
const URL_VARIABLE = API_URL_KEY;
const inputs_VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DURATION = /^(\d+)\s*(ms|s|m|h|d)?$/;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const inputLabel = (name) => `input '${name}'`;
/** A duration: `6h`, `90m`, `3600` (seconds), up to LONGEST_LEASE_MS. */
function parseDuration(raw, name) {
    const match = DURATION.exec(raw.trim());
    const ms = match ? Number(match[1]) * UNIT_MS[(match[2] ?? 's')] : 0;
    if (!match || ms <= 0) {
        throw new errors_UsageError(`${inputLabel(name)}: "${text_printable(raw)}" is not a duration (expected e.g. 6h, 90m, 3600s)`);
    }
    if (ms > LONGEST_LEASE_MS) {
        throw new errors_UsageError(`${inputLabel(name)}: "${text_printable(raw)}" is longer than 24h, the longest a lease may be held`);
    }
    return ms;
}
/** `port`, or an HTTP path such as `/health`. */
function parseWaitFor(raw, name) {
    const value = raw.trim();
    if (value === 'port')
        return { kind: 'port' };
    // A path as a request line carries it: no spaces, no controls, nothing but the path.
    if (/^\/[\x21-\x7e]*$/.test(value))
        return { kind: 'http', path: value };
    throw new errors_UsageError(`${inputLabel(name)}: "${text_printable(raw)}" is neither port nor an HTTP path such as /health`);
}
function parseBoolean(raw, name) {
    if (/^(true|yes|on)$/i.test(raw.trim()))
        return true;
    if (/^(false|no|off)$/i.test(raw.trim()))
        return false;
    throw new errors_UsageError(`${inputLabel(name)}: "${text_printable(raw)}" is not a boolean (expected true or false)`);
}
function parseVariableNames(raw, name) {
    const names = raw.split(/[\s,]+/).filter(Boolean);
    const bad = names.find((variable) => !inputs_VARIABLE.test(variable));
    if (bad !== undefined) {
        throw new errors_UsageError(`${inputLabel(name)}: "${text_printable(bad)}" is not an environment variable name`);
    }
    return names;
}
/** Reads and validates every input; the core validates the port settings themselves. */
function readInputs(env = process.env) {
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const directory = core/* getInput */.V4('working-directory') || '.';
    const workingDirectory = (0,external_node_path_namespaceObject.resolve)(workspace, directory);
    if (!(0,external_node_fs_namespaceObject.existsSync)(workingDirectory) || !(0,external_node_fs_namespaceObject.statSync)(workingDirectory).isDirectory()) {
        throw new errors_UsageError(`${inputLabel('working-directory')}: "${text_printable(directory)}" is not a folder`);
    }
    const envLocal = core/* getInput */.V4('env-local');
    const envLocalPath = envLocal ? (0,external_node_path_namespaceObject.resolve)(workingDirectory, envLocal) : undefined;
    // Told before anything is leased or started; the writer checks again when it writes.
    const found = envLocalPath ? envFileContents(envLocalPath) : undefined;
    if (found?.state === 'refused') {
        // A folder, a FIFO, a UTF-16 file: said before a backend is started for nothing.
        throw new errors_UsageError(`${inputLabel('env-local')}: ${text_printable(envLocalPath ?? '')} ${found.message}`);
    }
    const urlEnv = parseVariableNames(core/* getInput */.V4('url-env'), 'url-env');
    const leaseTtlMs = parseDuration(core/* getInput */.V4('lease-ttl') || '6h', 'lease-ttl');
    const waitTimeout = core/* getInput */.V4('wait-timeout') || '60s';
    const waitTimeoutMs = parseDuration(waitTimeout, 'wait-timeout');
    const runLine = core/* getInput */.V4('run');
    // Only a backend started here is waited for, under the lease.
    if (runLine.trim() && waitTimeoutMs > leaseTtlMs) {
        throw new errors_UsageError(`${inputLabel('wait-timeout')}: "${text_printable(waitTimeout)}" is longer than lease-ttl, which must hold the port while the backend starts`);
    }
    const run = runLine ? splitCommandLine(runLine, inputLabel('run')) : undefined;
    // The committed project file, below the inputs: its backend's range, first port, host, env file.
    const project = loadProjectFile(workingDirectory);
    const backend = project?.config.backend ?? {};
    const fromFile = project && {
        ...(!core/* getInput */.V4('range') && backend.range && { range: backend.range }),
        ...(!core/* getInput */.V4('default-port') &&
            backend.port !== undefined && {
            defaultPort: backend.port,
            defaultPortOrigin: `backend.port in ${project.label}`,
        }),
        ...(backend.host && {
            projectHost: { value: backend.host, origin: `backend.host in ${project.label}` },
        }),
        ...(backend.envFile && { envFile: backend.envFile }),
    };
    return {
        workingDirectory,
        envLocal: envLocalPath,
        exportEnv: parseVariableNames(core/* getInput */.V4('export-env') || PORT_KEYS[0], 'export-env'),
        urlEnv: [...new Set([...(envLocalPath ? [URL_VARIABLE] : []), ...urlEnv])],
        run: run && run.length > 0 ? run : undefined,
        waitFor: parseWaitFor(core/* getInput */.V4('wait-for') || 'port', 'wait-for'),
        waitTimeoutMs,
        request: {
            cwd: workingDirectory,
            env,
            envFile: true,
            port: core/* getInput */.V4('port'),
            portFrom: 'input',
            defaultPort: core/* getInput */.V4('default-port'),
            range: core/* getInput */.V4('range'),
            host: core/* getInput */.V4('host'),
            urlHost: core/* getInput */.V4('url-host'),
            // `true`, the default, pins an explicit port and keeps backend/.env's port a preference.
            strict: parseBoolean(core/* getInput */.V4('strict') || 'true', 'strict') ? undefined : false,
            fallback: core/* getInput */.V4('fallback'),
            labels: {
                port: inputLabel('port'),
                defaultPort: inputLabel('default-port'),
                range: inputLabel('range'),
                host: inputLabel('host'),
                urlHost: inputLabel('url-host'),
                fallback: inputLabel('fallback'),
            },
            lease: {
                ttlMs: leaseTtlMs,
                lifetime: 'ttl',
                purpose: 'udo-port action',
            },
            ...fromFile,
        },
    };
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/action/state.js


/**
 * The post step: action.yml's post entry (dist/action/post.js) says so before the bundle loads;
 * `isPost`, saved first thing by main, says so for a runner that runs index.js for both.
 */
const isPost = () => process.env.UDO_PORT_ACTION_STEP === 'post' || core/* getState */.Gu('isPost') === 'true';
function markMainStarted() {
    core/* saveState */.LZ('isPost', 'true');
    const startKey = ownStartKey();
    core/* saveState */.LZ('main', JSON.stringify({ pid: process.pid, ...(startKey && { startKey }) }));
}
/** The main step's process; undefined from an older main. */
function savedMain() {
    return parsed('main', (saved) => Number.isInteger(saved.pid) &&
        saved.pid > 0 &&
        (saved.startKey === undefined || typeof saved.startKey === 'string'));
}
/**
 * What the backend will carry, saved before it is spawned: a main step killed between the spawn
 * and saveBackend leaves the post step its marker, by which it finds the tree (Linux).
 */
function saveBackendMarker(marker, logFile) {
    core/* saveState */.LZ('backendMarker', JSON.stringify({ marker, logFile }));
}
function savedBackendMarker() {
    return parsed('backendMarker', (saved) => typeof saved.marker === 'string' && typeof saved.logFile === 'string');
}
function saveLease(allocation) {
    const saved = allocation && {
        port: allocation.port,
        id: allocation.lease.id,
        file: allocation.leaseFile,
    };
    // The runner keeps a name's last value: empty means the main step let go of it itself.
    core/* saveState */.LZ('lease', saved ? JSON.stringify(saved) : '');
}
function saveBackend(backend) {
    const saved = backend && {
        pid: backend.pid,
        ...(backend.startedAt !== undefined && { startedAt: backend.startedAt }),
        ...(backend.startKey !== undefined && { startKey: backend.startKey }),
        marker: backend.marker,
        logFile: backend.logFile,
    };
    core/* saveState */.LZ('backend', saved ? JSON.stringify(saved) : '');
}
function parsed(name, valid) {
    const raw = core/* getState */.Gu(name);
    if (!raw)
        return undefined;
    try {
        const value = JSON.parse(raw);
        return value && typeof value === 'object' && valid(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** The lease saved by the main step; undefined when it failed before leasing or let go of it. */
function savedLease() {
    return parsed('lease', (saved) => Number.isInteger(saved.port) &&
        typeof saved.id === 'string' &&
        typeof saved.file === 'string');
}
/** The backend saved by the main step; undefined when there was none or main stopped it. */
function savedBackend() {
    return parsed('backend', (saved) => Number.isInteger(saved.pid) &&
        saved.pid > 0 &&
        typeof saved.marker === 'string' &&
        typeof saved.logFile === 'string' &&
        (saved.startedAt === undefined || typeof saved.startedAt === 'number') &&
        (saved.startKey === undefined || typeof saved.startKey === 'string'));
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/action/main.js












// Messages quote other users' lease files and process names: @actions/core escapes only `%`,
// CR and LF in annotations and nothing in core.info, so each line is made printable first.
/** Text for the job summary, which is HTML: a lease's fields must not become markup. */
const summaryText = (text) => text_printable(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Points the frontend at the backend; a project without the frontend's folder is only told. */
async function writeEnvLocal(path, url) {
    try {
        await writeEnvValue(path, URL_VARIABLE, url, "input 'env-local'");
    }
    catch (error) {
        if (error instanceof MissingFolderError) {
            core/* warning */.$e(printableLines(`${error.message}; ${URL_VARIABLE} is exported to later steps only`));
            return;
        }
        throw error;
    }
}
async function summarize(allocation, runner, backend) {
    const moved = allocation.passedOver[0];
    await core/* summary */.z
        .addHeading('udo-port', 3)
        .addTable([
        [
            { data: 'port', header: true },
            { data: 'URL', header: true },
            { data: 'source', header: true },
            { data: 'lease', header: true },
            { data: 'runner', header: true },
        ],
        [
            String(allocation.port),
            allocation.url,
            allocation.source,
            summaryText(allocation.leaseFile),
            summaryText(runner ?? '-'),
        ],
    ])
        .addRaw(moved ? `Port ${moved.port} was passed over: ${summaryText(describeRefusal(moved))}.\n` : '', true)
        .addRaw(backend
        ? `Backend: PID ${backend.pid}, output in ${summaryText(backend.logFile)}; the post step stops it.\n`
        : '', true)
        .write();
}
/** The variables the step exports, and gives its backend: the port's and the URL's. */
function main_exports(allocation, inputs) {
    const values = {};
    for (const name of inputs.exportEnv)
        values[name] = String(allocation.port);
    for (const name of inputs.urlEnv)
        values[name] = allocation.url;
    return values;
}
function publish(allocation, inputs) {
    core/* setOutput */.uH('port', String(allocation.port));
    core/* setOutput */.uH('api-url', allocation.url);
    core/* setOutput */.uH('host', allocation.host);
    core/* setOutput */.uH('source', allocation.source);
    core/* setOutput */.uH('lease-file', allocation.leaseFile);
    for (const [name, value] of Object.entries(main_exports(allocation, inputs))) {
        core/* exportVariable */.dN(name, value);
    }
}
/** The backend did not come up: a failure whose message ends with the tail of its output. */
class BackendError extends Error {
    name = 'BackendError';
}
/**
 * Starts `run` and waits until it is ready. Its pid is saved before the wait, so that the post
 * step stops it even when this step is cancelled meanwhile. When it exits or times out first, it
 * is stopped here (its whole tree) and a BackendError carries the tail of its log.
 */
async function startAndWait(argv, allocation, inputs) {
    const backend = await startBackend({
        argv,
        cwd: inputs.workingDirectory,
        port: allocation.port,
        host: allocation.host,
        env: main_exports(allocation, inputs),
        logDir: process.env.RUNNER_TEMP ?? '',
        beforeSpawn: saveBackendMarker,
    });
    const startError = backend.startError();
    if (startError || backend.pid === 0) {
        throw new errors_UsageError(`input 'run': could not start "${text_printable(argv[0])}": ${text_printable(startError?.message ?? 'no process')}`);
    }
    saveBackend(backend);
    core/* setOutput */.uH('pid', String(backend.pid));
    core/* setOutput */.uH('log-file', backend.logFile);
    core/* info */.pq(text_printable(`udo-port: started PID ${backend.pid} (${argv.map((arg) => arg.replaceAll('{port}', String(allocation.port))).join(' ')}) in ${inputs.workingDirectory}; output in ${backend.logFile}`));
    const what = inputs.waitFor.kind === 'http'
        ? `GET ${inputs.waitFor.path} on port ${allocation.port} answered below 500`
        : `port ${allocation.port} accepted connections`;
    const ready = await waitUntilReady(inputs.waitFor, allocation.port, allocation.host, {
        timeoutMs: inputs.waitTimeoutMs,
        signal: backend.exited,
        // A refused connection costs next to nothing; the step returns that much sooner.
        intervalMs: 25,
        // Ready only when the backend's own tree answers: not a container through NAT, not a squatter.
        owner: backend.pid,
    });
    // Ready, and still ours: a port that answers while the backend has exited is someone else's.
    if (ready.state === 'ready' && !backend.exited.aborted)
        return backend;
    let why;
    if (ready.state === 'foreign') {
        why = `is not what answers on port ${allocation.port}, which is ${ready.answers}; nothing is exported, and the backend ${await stopBackend(backend)}`;
    }
    else if (backend.exited.aborted) {
        why = `${await backend.ended} before ${what}`;
        // Whatever it started that outlived it goes too.
        await stopBackend(backend);
    }
    else {
        const seconds = inputs.waitTimeoutMs / 1000;
        why = `was not ready within ${seconds}s (wait-timeout: never ${what}) and ${await stopBackend(backend)}`;
    }
    saveBackend(undefined);
    const tail = logTail(backend.logFile);
    throw new BackendError([
        `the backend (PID ${backend.pid}) ${why}; the last lines of its output (${backend.logFile}):`,
        ...(tail.length > 0 ? tail : ['(no output)']),
    ].join('\n'));
}
/**
 * The environment without the API_PORT/BACKEND_PORT an earlier udo-port step of this job
 * exported: that is the earlier step's port, held by its lease, not a port asked for here.
 */
async function withoutOwnExports(env, ci) {
    if (!ci)
        return env;
    const registry = openLeaseRegistry(env, ci);
    const kept = { ...env };
    for (const name of PORT_KEYS) {
        const port = Number(env[name]);
        if (!Number.isInteger(port) || port < 1 || port > 65535)
            continue;
        const record = await registry.inspect(port);
        if (record?.lease?.ci && !record.staleReason && sameCiJob(record.lease.ci, ci))
            delete kept[name];
    }
    return kept;
}
/** Points the frontend at the URL; a failed write lets go of the lease (and the backend). */
async function pointFrontend(inputs, allocation, backend) {
    if (!inputs.envLocal)
        return;
    try {
        await writeEnvLocal(inputs.envLocal, allocation.url);
    }
    catch (error) {
        if (backend) {
            await stopBackend(backend);
            saveBackend(undefined);
        }
        release(allocation);
        saveLease(undefined);
        throw error;
    }
}
/** The main step: lease a port, start `run` and wait for it, point the frontend, export. */
async function main() {
    try {
        const inputs = readInputs();
        const ci = ciJobFromEnv(process.env);
        markJob(ci);
        const allocation = await allocate({
            ...inputs.request,
            nameHolder: true, // the summary names who held the port that was wanted
            env: await withoutOwnExports(inputs.request.env ?? process.env, ci),
            lease: { ...inputs.request.lease, ...(ci && { ci }) },
        });
        saveLease(allocation);
        for (const warning of allocation.warnings)
            core/* warning */.$e(printableLines(warning));
        let backend;
        if (inputs.run) {
            try {
                backend = await startAndWait(inputs.run, allocation, inputs);
            }
            catch (error) {
                release(allocation);
                saveLease(undefined);
                throw error;
            }
        }
        // Only once the backend is up, as `udo-port start` does: a backend that fails to start never
        // leaves the frontend pointing at a dead port.
        await pointFrontend(inputs, allocation, backend);
        if (backend) {
            // Handed over: the backend holds the port itself now; the lease would only outlive it.
            release(allocation);
            saveLease(undefined);
            backend.detach();
            core/* info */.pq(`udo-port: the backend is ready on ${allocation.url}; it holds port ${allocation.port} now, so the lease is dropped`);
        }
        publish(allocation, inputs);
        if (core/* isDebug */._o())
            core/* debug */.Yz(text_printable(`allocation: ${JSON.stringify(allocation)}`));
        await summarize(allocation, ci?.runner, backend);
        core/* notice */.lm(`API on ${allocation.url} (port ${allocation.port}, source ${allocation.source}${backend ? `, PID ${backend.pid}` : ''})`, { title: 'udo-port' });
    }
    catch (error) {
        if (error instanceof NoPortError || error instanceof errors_UsageError) {
            const title = error instanceof errors_UsageError ? 'udo-port: bad input' : 'udo-port: no port';
            core/* error */.z3(printableLines(error.message), { title });
            process.exitCode = error.exitCode;
            return;
        }
        if (error instanceof BackendError) {
            core/* error */.z3(printableLines(error.message), { title: 'udo-port: the backend did not start' });
            process.exitCode = 1;
            return;
        }
        core/* setFailed */.C1(printableLines(error instanceof Error ? error.message : String(error)));
    }
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/action/post.js











const describe = (error) => text_printable(error instanceof Error ? error.message : String(error));
/** Prints untrusted text: `::stop-commands::` keeps the runner from reading any line as a command. */
function printVerbatim(lines) {
    // Unguessable: a line of the log that knew it could turn commands back on.
    const token = `udo-port-${(0,external_node_crypto_.randomUUID)()}`;
    core/* info */.pq(`::stop-commands::${token}`);
    for (const line of lines)
        core/* info */.pq(text_printable(line));
    core/* info */.pq(`::${token}::`);
}
async function stop(backend) {
    try {
        core/* info */.pq(`udo-port: the backend (PID ${backend.pid}) ${await stopBackend(backend)}`);
    }
    catch (error) {
        core/* warning */.$e(`udo-port: could not stop the backend (PID ${backend.pid}): ${describe(error)}`);
    }
    const tail = logTail(backend.logFile, 50);
    core/* startGroup */.Oh(`udo-port: the last ${tail.length} lines of the backend's output`);
    core/* info */.pq(text_printable(backend.logFile));
    printVerbatim(tail);
    core/* endGroup */.N4();
}
/**
 * The post step: stops the backend the main step started (whether main succeeded, failed after
 * starting it, or the job was cancelled), then releases the lease. A lease already gone (handed
 * over, expired, taken over) is fine. It never fails the job: what it cannot undo ends anyway
 * (a lease expires, the runner ends a job's leftover processes).
 */
async function post() {
    const backend = savedBackend();
    if (backend)
        await stop(backend);
    else
        await stopUnsaved();
    const saved = savedLease();
    if (!saved) {
        const main = savedMain();
        const found = main ? await releaseUnsaved(main) : 0;
        if (!backend && found === 0)
            core/* info */.pq('udo-port: no lease to release');
        return;
    }
    try {
        const released = release({ lease: saved, leaseFile: saved.file });
        core/* info */.pq(released
            ? `udo-port: released the lease on port ${saved.port}`
            : `udo-port: the lease on port ${saved.port} was already gone`);
    }
    catch (error) {
        core/* warning */.$e(`udo-port: could not release the lease: ${describe(error)}`);
    }
}
/** A main step killed after it spawned the backend but before it saved its pid: found by marker. */
async function stopUnsaved() {
    const pending = savedBackendMarker();
    if (!pending)
        return;
    const ended = await stopByMarker(pending.marker);
    if (ended > 0)
        core/* info */.pq(`udo-port: ended ${ended} process(es) of the backend the main step started`);
}
/**
 * A main step killed between making its lease and saving it: its leases are found in the lease
 * folder by what only they can carry: this job, the action's purpose, the main step's own pid
 * and start key, in a file of this user's. Its half-made drafts (`.<port>.<id>.tmp`, which a
 * kill mid-write leaves) go too. Returns how many leases it released.
 */
async function releaseUnsaved(main) {
    const job = ciJobFromEnv(process.env);
    if (!job)
        return 0;
    let released = 0;
    try {
        const registry = openLeaseRegistry(process.env, job);
        for (const record of await registry.list()) {
            const lease = record.lease;
            if (!lease?.ci || !sameCiJob(lease.ci, job) || lease.purpose !== 'udo-port action')
                continue;
            if (lease.pid !== main.pid || lease.pidStartKey !== main.startKey || !ownsLease(record)) {
                continue;
            }
            if (registry.release(lease)) {
                released++;
                core/* info */.pq(`udo-port: released the lease on port ${lease.port} the main step left`);
            }
        }
        removeDrafts(registry.dir, main.pid);
    }
    catch (error) {
        core/* warning */.$e(`udo-port: could not look for the main step's leases: ${describe(error)}`);
    }
    return released;
}
/** Drafts of a lease the main step never linked: its own file, naming its pid. */
function removeDrafts(dir, pid) {
    const me = process.getuid?.();
    for (const name of (0,external_node_fs_namespaceObject.readdirSync)(dir)) {
        if (!/^\.\d+\.[\w-]+\.tmp$/.test(name))
            continue;
        const file = (0,external_node_path_namespaceObject.join)(dir, name);
        let text = '';
        try {
            const fd = (0,external_node_fs_namespaceObject.openSync)(file, files_READ | files_NOFOLLOW);
            try {
                const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
                if (!stat.isFile() || (me !== undefined && stat.uid !== me) || stat.size > 4096)
                    continue;
                const buffer = Buffer.alloc(stat.size);
                text = buffer.toString('utf8', 0, (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, stat.size, 0));
            }
            finally {
                (0,external_node_fs_namespaceObject.closeSync)(fd);
            }
        }
        catch {
            continue;
        }
        // A draft cut short holds no whole JSON: its pid is read from the text as far as it goes.
        // (An empty one may be another run's, between its open and its write: it is left alone.)
        if (new RegExp(`"pid":${pid}[,}]`).test(text)) {
            try {
                (0,external_node_fs_namespaceObject.unlinkSync)(file);
            }
            catch { }
        }
    }
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/action/index.js



/**
 * One entry for both steps (action.yml's main and post), as actions/checkout does: the runner
 * gives the post step the main step's state, and main saves `isPost` before anything can fail.
 */
async function action_run() {
    if (isPost()) {
        await post();
    }
    else {
        markMainStarted();
        await main();
    }
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/bin/action.js
// The action's entry (action.yml's main and post), as the typescript-action template's index.ts:
// it calls run() and nothing else, so src/action/ can be imported and run in-process. No
// top-level await: the bundle is CommonJS, which V8's code cache can hold on Node 20; a rejection
// still ends the step as one would.

void action_run();


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
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
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
__nccwpck_require__(3598);

module.exports = __webpack_exports__;
/******/ })()
;