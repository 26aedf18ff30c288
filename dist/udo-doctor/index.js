#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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

/***/ 9837:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_udo_doctor_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9405);
// The `udo-doctor` command: nothing but the call, so src/cli/udo-doctor.ts runs nothing on import.

process.exitCode = await (0,_cli_udo_doctor_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9405:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/package.json
const package_namespaceObject = {"rE":"0.1.0"};
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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/settings.js




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
    if (host === '' || /[\s/[\]]/.test(host) || (host.includes(':') && (0,external_node_net_namespaceObject.isIP)(host) !== 6)) {
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
    const hostname = host.length <= 253 && host.split('.').every((part) => HOSTNAME_LABEL.test(part));
    const ok = !host.includes('%') &&
        (bracketed === undefined ? (0,external_node_net_namespaceObject.isIP)(host) !== 0 || hostname : (0,external_node_net_namespaceObject.isIP)(host) === 6);
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
/** `http://host:port`, with IPv6 literals bracketed. */
function urlFor(urlHost, port) {
    const host = (0,external_node_net_namespaceObject.isIP)(urlHost) === 6 ? `[${urlHost}]` : urlHost;
    return `http://${host}:${port}`;
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/project-file.js
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
const MAX_BYTES = 1024 * 1024;
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
    if (seen.size > MAX_BYTES)
        throw new errors_UsageError(`${path}: larger than 1 MiB`);
    const fd = (0,external_node_fs_namespaceObject.openSync)(path, external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0) | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0));
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!stat.isFile() || stat.size > MAX_BYTES)
            throw new errors_UsageError(`${path}: not a regular file`);
        const buffer = Buffer.alloc(Math.min(stat.size, MAX_BYTES));
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
    if ((0,external_node_fs_namespaceObject.lstatSync)((0,external_node_path_namespaceObject.join)(dir, PROJECT_FILE), { throwIfNoEntry: false })?.isFile())
        return true;
    const pkg = (0,external_node_path_namespaceObject.join)(dir, 'package.json');
    const stat = (0,external_node_fs_namespaceObject.lstatSync)(pkg, { throwIfNoEntry: false });
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
    const own = (0,external_node_path_namespaceObject.join)(root, PROJECT_FILE);
    const pkg = (0,external_node_path_namespaceObject.join)(root, 'package.json');
    const ownText = readRegular(own);
    let fromPackage;
    const pkgStat = (0,external_node_fs_namespaceObject.lstatSync)(pkg, { throwIfNoEntry: false });
    if (pkgStat?.isFile() && pkgStat.size <= MAX_BYTES) {
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/project.js
// The project: its layout's defaults, in one place for the core and every face, and its root,
// found from any folder inside it as git finds its own.



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
const project_API_URL_KEY = 'NEXT_PUBLIC_API_URL';
/** The variables that give the backend's port, highest first. */
const PORT_KEYS = ['API_PORT', 'BACKEND_PORT'];
/** The backend env file: `given` (an option's value) or the default, under `root`. */
const backendEnvPath = (root, given) => (0,external_node_path_namespaceObject.resolve)(root, given ?? PROJECT_DEFAULTS.backendEnv);
/** The frontend env file: `given` or the default, under `root`. */
const envLocalPath = (root, given) => (0,external_node_path_namespaceObject.resolve)(root, given ?? PROJECT_DEFAULTS.envLocal);
/** The virtualenv: `given` or the default, under `root`. */
const venvPath = (root, given) => (0,external_node_path_namespaceObject.resolve)(root, given ?? PROJECT_DEFAULTS.venv);
/** What marks a project's root: the first folder of each default path. */
const MARKERS = [PROJECT_DEFAULTS.backendEnv, PROJECT_DEFAULTS.envLocal, PROJECT_DEFAULTS.venv].map((path) => path.split('/')[0]);
const isFolder = (path) => (0,external_node_fs_namespaceObject.statSync)(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
/**
 * Whether the search may look at `dir`: not a folder others may write to (`/tmp`) or that
 * another user owns, where anyone could have planted a `backend/` to pass for a project's root.
 */
function mayLookIn(dir) {
    const stat = (0,external_node_fs_namespaceObject.statSync)(dir, { throwIfNoEntry: false });
    const me = process.getuid?.();
    if (!stat)
        return false;
    return me === undefined || (!(stat.mode & 0o002) && (stat.uid === me || stat.uid === 0));
}
/** And above it: not past a repository's root, which is as far as a project reaches. */
const mayClimbFrom = (dir) => mayLookIn(dir) && !(0,external_node_fs_namespaceObject.statSync)((0,external_node_path_namespaceObject.join)(dir, '.git'), { throwIfNoEntry: false });
/**
 * The nearest folder at or above `from` that holds a project file (udo-port.json, or a
 * `"udo-port"` key in package.json), else the nearest that holds `backend/`, `web-dashboard/` or
 * `.venv/`; undefined when there is none. `cd backend && udo-doctor` checks the project, not
 * `backend/.venv`. A project file wins over a nearer marker: it is what the project committed.
 */
function findProjectRoot(from) {
    let marked;
    for (let dir = (0,external_node_path_namespaceObject.resolve)(from);; dir = (0,external_node_path_namespaceObject.dirname)(dir)) {
        const trusted = dir === (0,external_node_path_namespaceObject.resolve)(from) || mayLookIn(dir);
        if (trusted && hasProjectFile(dir))
            return dir;
        if (trusted && !marked && MARKERS.some((marker) => isFolder((0,external_node_path_namespaceObject.join)(dir, marker))))
            marked = dir;
        if (!trusted || !mayClimbFrom(dir) || (0,external_node_path_namespaceObject.dirname)(dir) === dir)
            return marked;
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
            throw new errors_UsageError(`${option}: "${raw}" names no check`);
        for (const id of ids) {
            if (!checks.some((check) => check.id === id || check.area === id)) {
                throw new errors_UsageError(`${option}: "${id}" is not a check id or area (see udo-doctor --list-checks)`);
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/engine-processes.js
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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/console-text.js
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



const execFileAsync = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/containers.js
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
const containers_text = (value) => typeof value === 'string' && value !== '' ? text_printable(value) : undefined;
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
        const project = containers_text(labels['com.docker.compose.project']);
        const service = containers_text(labels['com.docker.compose.service']);
        const workingDir = containers_text(labels['com.docker.compose.project.working_dir']);
        const version = containers_text(labels['com.docker.compose.version']);
        const image = containers_text(item.ImageName) ?? containers_text(config.Image);
        return {
            cli,
            id,
            name: (containers_text(item.Name) ?? id.slice(0, 12)).replace(/^\//, ''),
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
async function askOne(cli, timeoutMs) {
    const ids = await runTool([cli], ['ps', '--quiet', '--no-trunc'], timeoutMs);
    if (!ids.ok)
        return { containers: [], notes: [ids.problem] };
    const list = ids.stdout.split(/\s+/).filter((id) => /^[0-9a-f]{12,64}$/.test(id));
    if (list.length === 0)
        return { containers: [], notes: [] };
    const inspected = await runTool([cli], ['inspect', ...list], timeoutMs);
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
        return (0,external_node_fs_namespaceObject.realpathSync)(path);
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/owner-pipe.js
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
    const token = (0,external_node_crypto_namespaceObject.randomBytes)(16).toString('hex');
    const pipe = { token, listening: false };
    own = pipe;
    const server = (0,external_node_net_namespaceObject.createServer)((socket) => {
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
        const socket = (0,external_node_net_namespaceObject.connect)(ownerPipeName(token));
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/process-info.js




const run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
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
    if (process.platform !== 'linux')
        return undefined;
    try {
        const stat = (0,external_node_fs_namespaceObject.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // After the command name, which may itself hold spaces and parentheses.
        const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return { state: state ?? '', ppid: Number(ppid) };
    }
    catch {
        return undefined;
    }
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
    try {
        const stat = (0,external_node_fs_namespaceObject.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // Counted after the command name, which may itself hold spaces and parentheses.
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    }
    catch {
        return undefined;
    }
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/lease-record.js
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/lease-files.js
// The lease files themselves: how they are made whole before anyone sees them, read without
// following links or blocking, judged stale, and locked for a takeover. leases.ts runs the
// protocol over them.







// Never follow a link planted in a shared folder, never block on a planted FIFO.
const NOFOLLOW = external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0;
const CREATE = external_node_fs_namespaceObject.constants.O_CREAT | external_node_fs_namespaceObject.constants.O_EXCL | external_node_fs_namespaceObject.constants.O_WRONLY | NOFOLLOW;
const READ = external_node_fs_namespaceObject.constants.O_RDONLY | NOFOLLOW | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0);
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
        fd = (0,external_node_fs_namespaceObject.openSync)(file, READ);
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
function lease_files_currentUser() {
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
        id: (0,external_node_crypto_namespaceObject.randomUUID)(),
        pid: process.pid,
        pidStartedAt: ownStartTime(),
        ...(ownStartKey() && { pidStartKey: ownStartKey() }),
        hostname: thisHost(),
        user: lease_files_currentUser(),
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/lease-folder.js
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
function lease_folder_kindOf(stat) {
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
        return `it belongs to ${lease_folder_userName(facts.uid)}`;
    if (facts.mode & 0o022 && !(facts.mode & STICKY)) {
        return 'others may write to it and it has no sticky bit, so they could swap what is in it';
    }
    return undefined;
}
/** `uid 1001 (mallory)`: the name from /etc/passwd when it has one. Only read for messages. */
function lease_folder_userName(uid) {
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
    kind: lease_folder_kindOf(stat),
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
            return `it is a ${lease_folder_kindOf(stat)}${POSIX ? ` owned by ${lease_folder_userName(stat.uid)}` : ''}`;
        }
        return `it cannot be opened (${error.code})`;
    }
    try {
        let stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (setMode && POSIX && stat.uid === me && (stat.mode & 0o7777) !== mode) {
            (0,external_node_fs_namespaceObject.fchmodSync)(fd, mode);
            stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        }
        return distrust(facts(POSIX ? stat : (0,external_node_fs_namespaceObject.lstatSync)(dir)), me) ?? distrustAncestors(dir, me);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/leases.js
// The lease registry's file protocol: one file per leased port in a trusted folder, made whole
// before any reader can see it, read without following links or blocking, and removed only
// when it is still the very file judged. docs/ARCHITECTURE.md ("Leases") has the whole story.










const LEASE_FILE = /^(\d+)\.json$/;
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
        const aside = (0,external_node_path_namespaceObject.join)(this.dir, `.${port}.${(0,external_node_crypto_namespaceObject.randomUUID)()}.aside`);
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
        return (0,external_node_fs_namespaceObject.readdirSync)(this.dir)
            .map((name) => LEASE_FILE.exec(name)?.[1])
            .filter((port) => port !== undefined)
            .map(Number)
            .sort((a, b) => a - b);
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
    const r = await runTool(ps, ['-o', 'pid=,command=', '-p', pids.join(',')]);
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
                const lsof = await runTool(t.lsof, lsofArgs);
                // Not answered, it failed: parsedBy gives its problem.
                return lsofAnswered(lsof) ? parseLsof(lsof.stdout) : parsedBy(parseLsof)(lsof);
            },
        },
        ...(netstat
            ? [
                {
                    tool: 'netstat',
                    read: async () => parsedBy(parseNetstatMac)(await runTool(netstat, ['-anv', '-p', 'tcp'])),
                },
            ]
            : []),
    ], port);
    if ('problem' in found)
        return { listeners: [], problem: found.problem };
    const { listeners, tool } = found;
    return { listeners: wantCommandLines ? await withCommands(listeners, t.ps) : listeners, tool };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
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
/** A process's arguments, raw; undefined once it is gone or not ours to read. */
async function readArgv(pid, proc) {
    return (0,promises_namespaceObject.readFile)(`${proc}/${pid}/cmdline`, 'utf8').then(splitArgv, () => undefined);
}
function readArgvSync(pid, proc) {
    try {
        return splitArgv((0,external_node_fs_namespaceObject.readFileSync)(`${proc}/${pid}/cmdline`, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Reads a process's command line; undefined once it is gone or not ours to read. */
async function readCmdline(pid, proc = '/proc') {
    const command = (await readArgv(pid, proc))?.join(' ').trim();
    return command ? text_printable(command) : undefined;
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
        const argv = await readArgv(l.pid, proc);
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
            read: async () => parsedBy((out) => dedupeListeners(trueOwners(parseSs(out), t.proc)))(await runTool(t.ss, args)),
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
            read: async () => parsedBy(parseNetstatLinux)(await runTool(t.netstat, ['-tlnp'])),
        },
    ], port);
    if ('problem' in found)
        return { listeners: [], problem: found.problem };
    return {
        listeners: await withDetails(found.listeners, t.proc, wantCommandLines),
        tool: found.tool,
    };
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
    const littleEndian = (0,external_node_os_namespaceObject.endianness)() === 'LE';
    const v4 = readProcNet(`${proc}/net/tcp`);
    const v6 = readProcNet(`${proc}/net/tcp6`);
    if (v4 === undefined && v6 === undefined) {
        return { listeners: [], problem: `${proc}/net/tcp could not be read` };
    }
    const sockets = [
        ...parseProcNetTcp(v4 ?? '', littleEndian),
        ...parseProcNetTcp(v6 ?? '', littleEndian),
    ].filter((s) => port === undefined || s.port === port);
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
        let fds;
        try {
            fds = (0,external_node_fs_namespaceObject.readdirSync)(`${proc}/${pid}/fd`);
        }
        catch {
            continue;
        }
        for (const fd of fds) {
            let target;
            try {
                target = (0,external_node_fs_namespaceObject.readlinkSync)(`${proc}/${pid}/fd/${fd}`);
            }
            catch {
                continue;
            }
            const m = /^socket:\[(\d+)\]$/.exec(target);
            const inode = m ? Number(m[1]) : undefined;
            if (inode === undefined || !byInode.has(inode))
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
            const name = processName(readComm(proc, pid), readArgvSync(pid, proc) ?? []);
            if (name)
                l.name = text_printable(name);
            listeners.push(l);
        }
    }
    return { listeners: dedupeListeners(listeners) };
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
    const r = await runTool(tasklist, ['/FO', 'CSV', '/NH', ...filter]);
    if (!r.ok)
        return { names: new Map(), problem: `process names unknown: ${r.problem}` };
    return { names: parseTasklistCsv(r.stdout) };
}
/** Command lines of `pids`, by one CIM query; empty when PowerShell fails (they stay unknown). */
async function commandLines(pids, powershell) {
    const r = await runTool(powershell, [...POWERSHELL_ARGS, commandLineQuery(pids)], POWERSHELL_TIMEOUT_MS);
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
            read: async () => parsedBy(parseNetstatWindows)(await runTool(t.netstat, ['-ano'])),
        },
        {
            tool: 'Get-NetTCPConnection',
            read: async () => parsedBy(parseGetNetTcpConnectionCsv)(await runTool(t.powershell, [...POWERSHELL_ARGS, GET_NET_TCP_CONNECTION], POWERSHELL_TIMEOUT_MS)),
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
    const r = await runTool(netsh, [
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/same-path.js
// One folder, one identity: paths compared as the OS compares them. Windows (NTFS) and macOS
// (APFS, HFS+) are case-insensitive by default, so `c:\Users\x` (as VS Code gives it) and
// `C:\Users\X` are one project; Linux compares bytes. A case-sensitive folder on Windows or macOS
// (possible, rare) would be taken for its case-insensitive twin: a refusal to start twice, never
// a file written in the wrong place.

/** The form under which two spellings of one path are equal on `platform`. Pure. */
function pathKey(path, platform = process.platform) {
    if (platform === 'win32') {
        const normal = external_node_path_namespaceObject.win32.normalize(path).replace(/(?<=.)[\\]+$/, '');
        return normal.toUpperCase();
    }
    const normal = external_node_path_namespaceObject.posix.normalize(path).replace(/(?<=.)\/+$/, '');
    return platform === 'darwin' ? normal.normalize('NFC').toLowerCase() : normal;
}
/** Whether `a` and `b` name one folder or file on `platform` (either may be undefined). Pure. */
function samePath(a, b, platform = process.platform) {
    return a !== undefined && b !== undefined && pathKey(a, platform) === pathKey(b, platform);
}
/** Windows: the drive letter upper-cased (`c:\x` as `C:\x`), as Explorer and cmd.exe spell it. */
const driveUpper = (path, platform = process.platform) => platform === 'win32' ? path.replace(/^[a-z]:/, (drive) => drive.toUpperCase()) : path;

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/running.js

/** What start's leases say they are for. */
const START_PURPOSE = 'udo-port start';
const started = (record) => record.lease?.purpose === START_PURPOSE;
const backendOf = ({ lease }) => ({
    port: lease.port,
    startPid: lease.pid,
    cwd: lease.cwd,
    url: lease.url,
    since: lease.createdAt,
    lease,
});
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

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/env-destination.js
// Where a project file is read or written: the path resolved to a real folder (held open) and a
// name, and whether a link on the way may be followed.


const SEPARATORS = external_node_path_namespaceObject.sep === '\\' ? /[\\/]/ : /\//;
/**
 * Resolves `path` one component at a time, as realpath does, keeping each symlink it meets and
 * its owner (see linkRefusal). A dangling last link names a file to create. Throws fs errors; a
 * missing folder is ENOENT with `folder` set.
 */
function destinationOf(path) {
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/env-encoding.js
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
const env_encoding_utf8 = (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
/** The bytes as text: UTF-8 where they are UTF-8, each other byte as U+DC80+(byte - 0x80). */
function decodeKeepingBytes(bytes) {
    if ((0,external_node_buffer_namespaceObject.isUtf8)(bytes))
        return env_encoding_utf8(bytes);
    let out = '';
    let run = 0;
    let i = 0;
    while (i < bytes.length) {
        const length = sequenceAt(bytes, i);
        if (length > 0) {
            i += length;
            continue;
        }
        out += env_encoding_utf8(bytes.subarray(run, i)) + String.fromCharCode(0xdc00 + bytes[i]);
        i += 1;
        run = i;
    }
    return out + env_encoding_utf8(bytes.subarray(run));
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

// EXTERNAL MODULE: ./node_modules/dotenv/dist/index.cjs
var dist = __nccwpck_require__(8230);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/env-text.js
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
function env_text_parseEnv(text) {
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/env-read.js
// Reading env files safely, and the errors every env-file operation words the same way.







function where(path, label) {
    return label ? `${label}: ${path}` : path;
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
    if (err instanceof errors_UsageError)
        return err;
    if (codeOf(err) === 'EISDIR')
        return new errors_UsageError(`${where(path, label)} is a directory`);
    return new errors_UsageError(`${where(path, label)} cannot be ${action} (${problem(err)})`);
}
// ---------------------------------------------------------------------------------------------
// Reading. Another local user may put a FIFO, a device or a huge file where an env file belongs.
/** Env files hold a few lines: anything bigger is refused rather than read into memory. */
const env_read_MAX_BYTES = 1024 * 1024;
const TOO_BIG = 'is over 1 MiB, too big for an env file';
// Absent on Windows, where none of them applies.
const env_read_NOFOLLOW = external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0;
const NONBLOCK = external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0;
const NOCTTY = external_node_fs_namespaceObject.constants.O_NOCTTY ?? 0;
const DIRECTORY = external_node_fs_namespaceObject.constants.O_DIRECTORY ?? 0;
const env_read_READ = external_node_fs_namespaceObject.constants.O_RDONLY | NONBLOCK | NOCTTY;
const CREATE_NEW = external_node_fs_namespaceObject.constants.O_WRONLY | external_node_fs_namespaceObject.constants.O_CREAT | external_node_fs_namespaceObject.constants.O_EXCL | env_read_NOFOLLOW;
/** Why a file of this type or size is not read; undefined when it can be. */
function typeProblem(stat, limit = env_read_MAX_BYTES, tooBig = TOO_BIG) {
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
function projectFileBytes(path, options = {}) {
    if (options.follow === false || process.platform === 'win32')
        return readAt(path, options);
    // POSIX: the links on the way are resolved here, one by one, each judged by its owner
    // (linkRefusal, as for writes), and the file is opened with O_NOFOLLOW in its folder, held
    // open: a link or folder swapped in meanwhile can lead the open nowhere else (not to a device).
    let dest;
    try {
        dest = destinationOf(path);
    }
    catch (err) {
        return codeOf(err) === 'ENOENT' ? { state: 'missing' } : cannotRead(err);
    }
    let folder;
    try {
        folder = holdFolder(dest.dir, dest.dirStat);
    }
    catch (err) {
        return cannotRead(err);
    }
    try {
        const inner = (0,external_node_path_namespaceObject.join)(folder.path, dest.name);
        const euid = process.geteuid?.();
        if (euid !== undefined && dest.links.length > 0) {
            const refusal = linkRefusal({
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
    const { follow = true, maxBytes = env_read_MAX_BYTES, tooBig = TOO_BIG } = options;
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
        fd = (0,external_node_fs_namespaceObject.openSync)(path, env_read_READ | (follow ? 0 : env_read_NOFOLLOW));
    }
    catch (err) {
        return codeOf(err) === 'ENOENT' ? { state: 'missing' } : cannotRead(err);
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
    const found = projectFileBytes(path, { follow });
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
    return { state: 'read', text: decodeKeepingBytes(bytes), utf8: (0,external_node_buffer_namespaceObject.isUtf8)(bytes), stat };
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/site-packages.js


/** Whether `path` is a folder (symlinks followed); false when nothing is there. */
const isDir = (path) => (0,external_node_fs_namespaceObject.statSync)(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
const list = (dir) => {
    try {
        return (0,external_node_fs_namespaceObject.readdirSync)(dir);
    }
    catch {
        return [];
    }
};
/** The venv's own site-packages folders, both layouts. */
function venvSitePackages(venv) {
    const found = [(0,external_node_path_namespaceObject.join)(venv.path, 'Lib', 'site-packages')].filter(isDir);
    for (const lib of ['lib', 'lib64']) {
        for (const entry of list((0,external_node_path_namespaceObject.join)(venv.path, lib))) {
            const site = (0,external_node_path_namespaceObject.join)(venv.path, lib, entry, 'site-packages');
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
        return [(0,external_node_path_namespaceObject.join)(home, 'Lib', 'site-packages')].filter(isDir);
    const short = /^(\d+\.\d+)/.exec(venv.config?.version ?? '')?.[1];
    if (!short)
        return [];
    const prefix = (0,external_node_path_namespaceObject.dirname)(home);
    return [
        (0,external_node_path_namespaceObject.join)(prefix, 'lib', `python${short}`, 'site-packages'),
        (0,external_node_path_namespaceObject.join)(prefix, 'lib64', `python${short}`, 'site-packages'),
        (0,external_node_path_namespaceObject.join)(prefix, 'local', 'lib', `python${short}`, 'dist-packages'),
        (0,external_node_path_namespaceObject.join)(prefix, 'lib', 'python3', 'dist-packages'),
        (0,external_node_path_namespaceObject.join)(prefix, 'lib', `python${short}`, 'dist-packages'),
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/venv.js






const venv_run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
/** pyvenv.cfg holds a few lines; Python itself would hang on a FIFO there. */
const CONFIG_LIMIT = 64 * 1024;
/** pyvenv.cfg read as every project file is (projectFileBytes): no FIFO, device or huge file. */
function readConfig(configFile) {
    const found = projectFileBytes(configFile, {
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
    if (config.executable && !(0,external_node_fs_namespaceObject.existsSync)(config.executable))
        return config.executable;
    if (config.home) {
        const names = platform === 'win32' ? ['python.exe'] : ['python3', 'python'];
        if (!names.some((name) => (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(config.home, name))))
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
        ...(env.RUNNER_TEMP && { marker: (0,external_node_path_namespaceObject.join)(env.RUNNER_TEMP, 'udo-port-job') }),
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
    if (!(0,external_node_net_namespaceObject.isIP)(h) || !(0,external_node_net_namespaceObject.isIP)(a) || h === a)
        return true;
    if (h === '::' || a === '::')
        return true;
    if ((0,external_node_net_namespaceObject.isIP)(h) !== (0,external_node_net_namespaceObject.isIP)(a))
        return false;
    return h === '0.0.0.0' || a === '0.0.0.0';
}
const isLoopback6 = (address) => plain(address) === '::1';

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/env-write.js
// Writing env files: atomically, never through a link to another's file, keeping owner and mode.








/** git never lists a path named `.git`: the temp folder's ignore file is written under it. */
const STAGED = '.git';
const fsyncOf = (0,external_node_util_namespaceObject.promisify)(external_node_fs_namespaceObject.fsync);
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
    const tempDir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)(folder.path, '.udo-port-'));
    // The copy must not be the ignore file itself (the doctor rewrites .gitignore files).
    const copyName = name === '.gitignore' || name === STAGED ? `${name}.new` : name;
    let inner;
    let left = [];
    try {
        inner = holdFolder(tempDir, (0,external_node_fs_namespaceObject.lstatSync)(tempDir));
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
        const ignoreFd = (0,external_node_fs_namespaceObject.openSync)(staged, CREATE_NEW);
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
        const fd = (0,external_node_fs_namespaceObject.openSync)(copy, CREATE_NEW, old ? 0o600 : 0o666);
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
                            code: codeOf(err),
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
        inner?.close();
        try {
            (0,external_node_fs_namespaceObject.rmdirSync)(tempDir);
        }
        catch { }
    }
}
/** The error for a path that cannot be resolved to a place to write. */
function unreachable(path, label, err) {
    const folder = err?.folder;
    if (codeOf(err) === 'ENOENT' && typeof folder === 'string') {
        return new MissingFolderError(`${where(path, label)} cannot be created: ${folder}/ does not exist (folders are never created)`, folder);
    }
    return fsError('reached', path, label, err);
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
    const shown = where(path, label);
    let folder;
    let dest;
    try {
        dest = destinationOf(path);
        folder = holdFolder(dest.dir, dest.dirStat);
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
            const refusal = linkRefusal({
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
            throw fsError('written', path, label, err);
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
        throw new errors_UsageError(`${where(from, labels.from)} is missing`);
    if (source.state === 'refused') {
        throw new errors_UsageError(`${where(from, labels.from)} ${source.message}`);
    }
    const shown = where(to, labels.to);
    let folder;
    let dest;
    try {
        dest = destinationOf((0,external_node_path_namespaceObject.dirname)((0,external_node_path_namespaceObject.resolve)(to)));
        folder = holdFolder((0,external_node_path_namespaceObject.join)(dest.dir, dest.name), (0,external_node_fs_namespaceObject.lstatSync)((0,external_node_path_namespaceObject.join)(dest.dir, dest.name)));
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
                target: (0,external_node_path_namespaceObject.join)(dest.dir, dest.name, (0,external_node_path_namespaceObject.basename)(to)),
                dirUid: folder.stat.uid,
                fileUid: undefined,
            });
            if (refusal)
                throw new errors_UsageError(`${shown} ${refusal}`);
        }
        const name = (0,external_node_path_namespaceObject.basename)(to);
        if ((0,external_node_fs_namespaceObject.lstatSync)((0,external_node_path_namespaceObject.join)(folder.path, name), { throwIfNoEntry: false }))
            return false;
        let made = true;
        try {
            await replaceIn(folder, name, source.bytes, undefined, (copy, target) => {
                try {
                    (0,external_node_fs_namespaceObject.linkSync)(copy, target);
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
                        fd = (0,external_node_fs_namespaceObject.openSync)(target, CREATE_NEW, 0o666);
                    }
                    catch (again) {
                        if (codeOf(again) !== 'EEXIST')
                            throw again;
                        made = false;
                        return;
                    }
                    try {
                        (0,external_node_fs_namespaceObject.writeFileSync)(fd, source.bytes);
                    }
                    finally {
                        (0,external_node_fs_namespaceObject.closeSync)(fd);
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/env-file.js
// Env files: the facade over the pure text functions (env-text.ts), the bytes kept as text
// (env-encoding.ts), the safe reading (env-read.ts) and the atomic writing (env-write.ts); what
// the rest of udo-port imports.






;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/facts/env.js
// Facts about backend/.env and the settings resolved from it.



/** An env file's text, or why it cannot be read: a FIFO there is a finding, not a hang. */
function readText(file) {
    const found = envFileContents(file);
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
    return found.text === undefined ? found : { ...found, values: env_text_parseEnv(found.text) };
}
/** The line of the last assignment of `key` (the one dotenv keeps). */
function lastLine(text, key) {
    return envKeyLines(text, key).at(-1);
}
/** The variables a setting is read from, in the order the core reads them. */
const VARIABLES = [
    ...PORT_KEYS.map((key) => [key, 'env']),
    ...PORT_KEYS.map((key) => [key, 'dotenv']),
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
// must use. The inverse of core/backend.ts, which starts it.




/** A path with its symlinks resolved, to compare a process's folder with; as is on failure. */
function realOrSelf(path) {
    try {
        return (0,external_node_fs_namespaceObject.realpathSync)(path);
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
    const paths = platform === 'win32' ? external_node_path_namespaceObject.win32 : external_node_path_namespaceObject.posix;
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
    const absolute = facts.platform === 'win32' ? external_node_path_namespaceObject.win32.isAbsolute : external_node_path_namespaceObject.posix.isAbsolute;
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
    const run = await runTool(['git'], ['-C', root, '-c', 'core.quotepath=off', ...args], GIT_TIMEOUT_MS);
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
    for (let dir = root;; dir = (0,external_node_path_namespaceObject.dirname)(dir)) {
        if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(dir, '.git')))
            return true;
        if ((0,external_node_path_namespaceObject.dirname)(dir) === dir)
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/facts/next-servers.js
// Facts about the Next.js servers of this frontend: which run, which kind, since when.



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
/** Linux: a process's parent, from /proc/<pid>/stat (after the name, which may hold anything). */
function parentPid(pid) {
    try {
        const stat = (0,external_node_fs_namespaceObject.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return Number.isInteger(ppid) && ppid >= 1 ? ppid : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The command line of a process's parent (Linux, macOS): `next dev` runs its server as a child
 * titled `next-server`, just as `next start` titles itself. Undefined when it cannot be read.
 */
async function parentCommand(pid, platform) {
    if (platform === 'linux') {
        const ppid = parentPid(pid);
        return ppid === undefined ? undefined : readCmdline(ppid);
    }
    if (platform === 'win32')
        return undefined;
    const parent = await runTool(['ps', '/bin/ps'], ['-o', 'ppid=', '-p', String(pid)]);
    const ppid = parent.ok ? Number(parent.stdout.trim()) : Number.NaN;
    if (!Number.isInteger(ppid) || ppid < 1)
        return undefined;
    const command = await runTool(['ps', '/bin/ps'], ['-o', 'command=', '-p', String(ppid)]);
    return command.ok ? command.stdout.trim() || undefined : undefined;
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/next-env.js


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
        const parsed = env_text_parseEnv(file.contents);
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
        const file = instead[path] ?? (0,external_node_path_namespaceObject.join)(dir, path);
        // Next.js reads a FIFO too, and blocks on it: a check must not, so it reports it instead.
        const found = envFileContents(file);
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
    const dir = (0,external_node_path_namespaceObject.dirname)(envLocal);
    const exists = (0,external_node_fs_namespaceObject.statSync)(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
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
    const rel = (0,external_node_path_namespaceObject.relative)(from, path);
    if (rel === '')
        return '.';
    return rel.startsWith(`..${external_node_path_namespaceObject.sep}`) || rel === '..' || (0,external_node_path_namespaceObject.isAbsolute)(rel) ? path : rel;
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
        const rel = (0,external_node_path_namespaceObject.relative)(this.config.root, path);
        return rel === '' || rel.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(rel)
            ? undefined
            : rel.split(external_node_path_namespaceObject.sep).join('/');
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
            return (0,external_node_fs_namespaceObject.readlinkSync)(`/proc/${pid}/cwd`);
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/compose/interpolate.js
// Compose's interpolation of `${VAR}` in compose files and in the .env it reads.
/**
 * Compose's interpolation: `$$` is a dollar; `$VAR`, `${VAR}`; `${VAR:-d}` (d when unset or
 * empty), `${VAR-d}` (when unset); `${VAR:?e}`, `${VAR?e}` (an error); `${VAR:+r}`, `${VAR+r}`.
 * Unset without a default is the empty string, as Compose makes it (with a warning). Pure.
 */
function interpolate_interpolate(text, vars) {
    let error;
    const value = text.replace(/\$\$|\$\{([A-Za-z_]\w*)(?:(:?[-?+])((?:[^{}]|\{[^{}]*\})*))?\}|\$([A-Za-z_]\w*)/g, (match, braced, op, arg = '', bare) => {
        if (match === '$$')
            return '$';
        const name = (braced ?? bare);
        const raw = vars[name];
        const empty = raw === undefined || (op?.startsWith(':') === true && raw === '');
        const inner = () => interpolate_interpolate(arg, vars).value;
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/compose/ports.js
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
function ports_parsePort(entry) {
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/compose/secrets.js
// No output prints a value a compose file takes from .env, an env_file or the shell: only port,
// host and URL keys are shown, a URL's credentials masked. Pure.

/** Keys whose values may be printed: ports, hosts, the API URL. */
const shownKey = (key) => /(^|_)(PORT|HOST|URL)$/.test(key) || key === project_API_URL_KEY || key.startsWith('COMPOSE_');
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/compose/builtin.js
// The compose files read by udo-port itself, as Compose resolves them: COMPOSE_FILE (shell, then
// the root .env) or a file and its override, the .env Compose reads, profiles, extends, merge keys
// and aliases, env_file, pass-through variables and interpolation. It answers when no Compose is
// installed, and always gives the places (file, line, text as written) that findings point at.
// Hand-written: no library resolves a compose project in JavaScript; `yaml` parses each file.








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
    const found = envFileContents(path);
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
    for (const [key, raw] of Object.entries(text ? env_text_parseEnv(text) : {})) {
        if (!(key in set))
            out[key] = interpolate_interpolate(raw, { ...out, ...shell }).value;
    }
    return out;
}
/**
 * Which files Compose reads from `root`, where its project folder is, and which .env it takes
 * `${VAR}` from. Undefined when there is no compose file.
 */
function composeFiles(root, shell) {
    const rootEnvFile = (0,external_node_path_namespaceObject.join)(root, '.env');
    const rootEnvRead = readFile(rootEnvFile);
    const rootEnv = env_text_parseEnv(rootEnvRead.text ?? '');
    const named = shell.COMPOSE_FILE ?? rootEnv.COMPOSE_FILE;
    const separator = shell.COMPOSE_PATH_SEPARATOR ?? rootEnv.COMPOSE_PATH_SEPARATOR ?? external_node_path_namespaceObject.delimiter;
    let files;
    if (named?.trim()) {
        files = named
            .split(separator)
            .map((f) => f.trim())
            .filter(Boolean)
            .map((f) => ((0,external_node_path_namespaceObject.isAbsolute)(f) ? f : (0,external_node_path_namespaceObject.resolve)(root, f)));
    }
    else {
        const first = COMPOSE_FILES.find((name) => (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(root, name)));
        if (!first)
            return undefined;
        const override = OVERRIDES[first]?.find((name) => (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(root, name)));
        files = [(0,external_node_path_namespaceObject.join)(root, first), ...(override ? [(0,external_node_path_namespaceObject.join)(root, override)] : [])];
    }
    const projectDir = (0,external_node_path_namespaceObject.dirname)(files[0]);
    // Compose 1.29 reads the .env that named COMPOSE_FILE, else the project folder's.
    const envFile = shell.COMPOSE_FILE === undefined && named ? rootEnvFile : (0,external_node_path_namespaceObject.join)(projectDir, '.env');
    return { files, projectDir, envFile, rootEnvFile, rootEnvRead };
}
/** Reads one compose project as Compose would. */
function readComposeProject(root, shell) {
    const found = composeFiles(root, shell);
    if (!found)
        return undefined;
    const { files, projectDir, envFile, rootEnvFile, rootEnvRead } = found;
    const envRead = readFile(envFile);
    const envText = envRead.text;
    const dotenv = dotenvValues(envText, shell);
    const vars = { ...dotenv, ...shell };
    const profiles = (vars.COMPOSE_PROFILES ?? '')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
    const project = {
        resolver: 'built-in',
        files,
        projectDir,
        envFile,
        services: [],
        profiles,
        unresolved: [],
        notes: [],
        blocked: [],
        vars,
        varsWith: (set) => ({ ...dotenvValues(envText, shell, set), ...shell }),
        secrets: [],
    };
    const referenced = new Set();
    const envFileValues = [];
    const parsed = new Map();
    const refuse = (message, at) => {
        project.refused ??= { message, ...(at && { at }) };
    };
    // A FIFO, device or oversized file where Compose reads one: Compose would block on it or
    // read without end, so it is not asked at all.
    const read = (path) => {
        const found = readFile(path);
        if (found.refused) {
            project.blocked.push(path);
            refuse(`${path} ${found.problem}`);
        }
        return found;
    };
    if (envRead.refused)
        read(envFile);
    if (rootEnvRead.refused && rootEnvFile !== envFile)
        read(rootEnvFile);
    const unresolved = (what) => {
        if (!project.unresolved.includes(what))
            project.unresolved.push(what);
    };
    const parse = (file) => {
        let entry = parsed.get(file);
        if (!entry) {
            const found = read(file);
            if (found.text === undefined) {
                entry = { problem: `${file} ${found.problem}` };
            }
            else {
                for (const name of referencedNames(found.text))
                    referenced.add(name);
                const lines = new yaml_dist/* LineCounter */.HN();
                const doc = (0,yaml_dist/* parseDocument */.Tp)(found.text, { lineCounter: lines, merge: true });
                const error = doc.errors[0];
                if (error) {
                    entry = {
                        problem: error.message.split('\n')[0] ?? 'not YAML',
                        at: { file, line: lines.linePos(error.pos[0]).line, raw: '' },
                    };
                }
                else {
                    entry = { doc, lines };
                    if (doc.has('include'))
                        unresolved(`include: in ${file}`);
                    if (/!(reset|override)\b/.test(found.text))
                        unresolved(`!reset/!override tags in ${file}`);
                }
            }
            parsed.set(file, entry);
        }
        if ('problem' in entry) {
            refuse(entry.problem, entry.at);
            return undefined;
        }
        return entry;
    };
    /** `<<`: yaml marks a merge key with a symbol of its own when `merge` is on. */
    const isMergeKey = (key) => (0,yaml_dist/* isScalar */.jn)(key) && (typeof key.value === 'symbol' || key.value === '<<');
    /** A node's value, behind aliases and merge keys. */
    const deref = (doc, node) => (0,yaml_dist/* isAlias */.Vj)(node) ? node.resolve(doc) : node;
    const field = (doc, map, key) => {
        const m = deref(doc, map);
        if (!(0,yaml_dist/* isMap */.jh)(m))
            return undefined;
        for (const pair of m.items) {
            if ((0,yaml_dist/* isScalar */.jn)(pair.key) && !isMergeKey(pair.key) && String(pair.key.value) === key) {
                return deref(doc, pair.value);
            }
        }
        for (const pair of m.items) {
            if (!isMergeKey(pair.key))
                continue;
            const merged = deref(doc, pair.value);
            const sources = (0,yaml_dist/* isSeq */.oP)(merged) ? merged.items : [merged];
            for (const source of sources) {
                const value = field(doc, source, key);
                if (value !== undefined)
                    return value;
            }
        }
        return undefined;
    };
    const keysOf = (doc, map) => {
        const m = deref(doc, map);
        if (!(0,yaml_dist/* isMap */.jh)(m))
            return [];
        const keys = [];
        for (const pair of m.items) {
            if (!isMergeKey(pair.key))
                keys.push((0,yaml_dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key));
            else {
                const merged = deref(doc, pair.value);
                for (const source of (0,yaml_dist/* isSeq */.oP)(merged) ? merged.items : [merged])
                    keys.push(...keysOf(doc, source));
            }
        }
        return [...new Set(keys)];
    };
    const layerOf = (file, name, p, body) => {
        const { doc, lines } = p;
        const place = (node, raw) => ({
            file,
            line: lines.linePos(node?.range?.[0] ?? 0).line,
            raw,
        });
        const scalar = (node) => {
            const n = deref(doc, node);
            if (!(0,yaml_dist/* isScalar */.jn)(n) || n.value === null)
                return undefined;
            const raw = String(n.value);
            const at = place(n, raw);
            const { value, error } = interpolate_interpolate(raw, vars);
            if (error)
                refuse(error, at);
            return { value, at };
        };
        const joined = (node) => {
            const n = deref(doc, node);
            if (!(0,yaml_dist/* isSeq */.oP)(n))
                return scalar(n);
            const items = n.items.map(scalar).filter((i) => i !== undefined);
            return (items[0] && {
                value: items.map((i) => i.value).join(' '),
                at: { ...items[0].at, raw: items.map((i) => i.at.raw).join(' ') },
            });
        };
        const keyed = (node, into) => {
            const n = deref(doc, node);
            if ((0,yaml_dist/* isMap */.jh)(n)) {
                for (const key of keysOf(doc, n)) {
                    const valueNode = field(doc, n, key);
                    const value = scalar(valueNode);
                    into.set(key, value ?? { value: null, at: place(valueNode ?? n, '') });
                }
            }
            else if ((0,yaml_dist/* isSeq */.oP)(n)) {
                for (const item of n.items) {
                    const entry = scalar(item);
                    if (!entry)
                        continue;
                    const eq = entry.value.indexOf('=');
                    if (eq > 0)
                        into.set(entry.value.slice(0, eq), { value: entry.value.slice(eq + 1), at: entry.at });
                    else
                        into.set(entry.value, { value: null, at: entry.at });
                }
            }
        };
        const serviceKey = (() => {
            const services = doc.get('services', true);
            if ((0,yaml_dist/* isMap */.jh)(services)) {
                for (const pair of services.items) {
                    if ((0,yaml_dist/* isScalar */.jn)(pair.key) && pair.key.value === name)
                        return pair.key;
                }
            }
            return undefined;
        })();
        const layer = {
            name,
            ports: [],
            environment: new Map(),
            args: new Map(),
            at: place(serviceKey, name),
        };
        const profiles = deref(doc, field(doc, body, 'profiles'));
        if ((0,yaml_dist/* isSeq */.oP)(profiles))
            layer.profiles = profiles.items.map((i) => scalar(i)?.value ?? '');
        const entrypoint = joined(field(doc, body, 'entrypoint'));
        if (entrypoint)
            layer.entrypoint = entrypoint;
        const command = joined(field(doc, body, 'command'));
        if (command)
            layer.command = command;
        const build = field(doc, body, 'build');
        const context = (0,yaml_dist/* isMap */.jh)(build) ? scalar(field(doc, build, 'context')) : scalar(build);
        if (context)
            layer.build = (0,external_node_path_namespaceObject.resolve)((0,external_node_path_namespaceObject.dirname)(file), context.value);
        if ((0,yaml_dist/* isMap */.jh)(build))
            keyed(field(doc, build, 'args'), layer.args);
        keyed(field(doc, body, 'environment'), layer.environment);
        const envFiles = deref(doc, field(doc, body, 'env_file'));
        if (envFiles !== undefined) {
            const items = (0,yaml_dist/* isSeq */.oP)(envFiles) ? envFiles.items : [envFiles];
            layer.envFiles = [];
            for (const item of items) {
                const path = (0,yaml_dist/* isMap */.jh)(deref(doc, item)) ? scalar(field(doc, item, 'path')) : scalar(item);
                if ((0,yaml_dist/* isMap */.jh)(deref(doc, item)))
                    unresolved(`env_file options (path:, required:) in ${file}`);
                if (path)
                    layer.envFiles.push((0,external_node_path_namespaceObject.resolve)((0,external_node_path_namespaceObject.dirname)(file), path.value));
            }
        }
        // Compose refuses an entry it cannot read; the value may hold a secret, masked when shown.
        const invalid = (at, value) => refuse(`service ${name}: invalid ports entry${value === undefined ? '' : ` "${value}"`}`, at);
        const ports = deref(doc, field(doc, body, 'ports'));
        for (const item of (0,yaml_dist/* isSeq */.oP)(ports) ? ports.items : []) {
            const node = deref(doc, item);
            if ((0,yaml_dist/* isMap */.jh)(node)) {
                const value = {};
                for (const key of keysOf(doc, node))
                    value[key] = scalar(field(doc, node, key))?.value;
                const published = scalar(field(doc, node, 'published'));
                const at = place(node, published?.at.raw ?? '');
                const bindings = ports_parsePort(value);
                if (bindings.length === 0)
                    invalid(at);
                for (const b of bindings)
                    layer.ports.push({ ...b, at, ...(published && { publishedAt: published.at }) });
                continue;
            }
            const entry = scalar(node);
            if (!entry)
                continue;
            // The published part as written: what a fix that keeps the variables changes.
            const publishedAt = publishedPart(entry.at);
            const bindings = ports_parsePort(entry.value);
            if (bindings.length === 0)
                invalid(entry.at, entry.value);
            for (const b of bindings)
                layer.ports.push({ ...b, at: entry.at, ...(publishedAt && { publishedAt }) });
        }
        return layer;
    };
    const resolving = new Set();
    const serviceIn = (file, name) => {
        const p = parse(file);
        if (!p)
            return undefined;
        const body = field(p.doc, p.doc.get('services', true), name);
        if (!(0,yaml_dist/* isMap */.jh)(body))
            return undefined;
        const layer = layerOf(file, name, p, body);
        const ext = field(p.doc, body, 'extends');
        if (ext === undefined)
            return layer;
        const extFile = (0,yaml_dist/* isMap */.jh)(ext)
            ? field(p.doc, ext, 'file')?.value
            : undefined;
        const extName = (0,yaml_dist/* isMap */.jh)(ext)
            ? field(p.doc, ext, 'service')?.value
            : ext.value;
        const baseFile = typeof extFile === 'string' ? (0,external_node_path_namespaceObject.resolve)((0,external_node_path_namespaceObject.dirname)(file), extFile) : file;
        const key = `${baseFile}\0${String(extName)}`;
        if (typeof extName !== 'string' || resolving.has(key)) {
            refuse(`${file}: service ${name} extends what cannot be resolved`);
            return layer;
        }
        resolving.add(key);
        const base = serviceIn(baseFile, extName);
        resolving.delete(key);
        if (!base) {
            refuse(`${file}: service ${name} extends ${extName}, which ${baseFile} does not define`);
            return layer;
        }
        return merge(base, layer);
    };
    const merged = new Map();
    for (const file of files) {
        const p = parse(file);
        if (!p)
            continue;
        const services = p.doc.get('services', true);
        for (const name of keysOf(p.doc, services)) {
            const layer = serviceIn(file, name);
            if (!layer)
                continue;
            const before = merged.get(name);
            merged.set(name, before ? merge(before, layer) : layer);
        }
    }
    for (const layer of merged.values()) {
        const environment = new Map();
        const environmentAt = new Map();
        for (const path of layer.envFiles ?? []) {
            const envFileRead = read(path);
            if (envFileRead.text === undefined) {
                refuse(`${path} ${envFileRead.problem} (env_file of service ${layer.name})`);
                continue;
            }
            // Compose 1.29 interpolates an env_file from the shell and the file itself, not the .env.
            for (const [key, value] of Object.entries(dotenvValues(envFileRead.text, shell))) {
                environment.set(key, value);
                envFileValues.push([key, value]);
                const line = envFileRead.text
                    .split('\n')
                    .findIndex((l) => new RegExp(`^\\s*(export\\s+)?${key}\\s*[=:]`).test(l));
                environmentAt.set(key, { file: path, line: line + 1, raw: '' });
            }
        }
        for (const [source, passThrough] of [
            [layer.args, false],
            [layer.environment, true],
        ]) {
            for (const [key, { value, at }] of source) {
                if (!passThrough && environment.has(key))
                    continue;
                environment.set(key, value ?? vars[key] ?? null);
                environmentAt.set(key, at);
            }
        }
        const command = [layer.entrypoint, layer.command].filter((c) => c !== undefined);
        const service = {
            name: layer.name,
            profiles: layer.profiles ?? [],
            ports: layer.ports,
            environment,
            environmentAt,
            at: layer.at,
            ...(command.length > 0 && {
                command: command.map((c) => c.value).join(' '),
                commandAt: command.at(-1).at,
            }),
            ...(layer.build !== undefined && { build: layer.build }),
        };
        project.services.push(service);
    }
    project.secrets = secretValues({
        dotenv,
        shell,
        referenced: [...referenced],
        envFileValues,
    });
    return project;
}
/** Later over earlier, as Compose merges an override or an extended service. */
function merge(base, over) {
    const same = (a, b) => a.hostIp === b.hostIp &&
        a.published === b.published &&
        a.target === b.target &&
        a.protocol === b.protocol;
    return {
        name: over.name,
        ports: [...base.ports.filter((p) => !over.ports.some((q) => same(p, q))), ...over.ports],
        environment: new Map([...base.environment, ...over.environment]),
        args: new Map([...base.args, ...over.args]),
        at: over.at,
        ...((over.profiles ?? base.profiles) && { profiles: over.profiles ?? base.profiles }),
        ...((over.entrypoint ?? base.entrypoint) && { entrypoint: over.entrypoint ?? base.entrypoint }),
        ...((over.command ?? base.command) && { command: over.command ?? base.command }),
        ...((over.build ?? base.build) !== undefined && { build: over.build ?? base.build }),
        ...((over.envFiles ?? base.envFiles) && { envFiles: over.envFiles ?? base.envFiles }),
    };
}
/** The published part of a short entry as written (`${API_PORT:-8001}` of `${API_PORT:-8001}:8000`). */
function publishedPart(at) {
    // Split on colons outside `${...}`: a default may hold one.
    const parts = [];
    let depth = 0;
    let current = '';
    for (const ch of at.raw.replace(/\/\w+$/, '')) {
        if (ch === '{')
            depth++;
        if (ch === '}')
            depth--;
        if (ch === ':' && depth === 0) {
            parts.push(current);
            current = '';
        }
        else
            current += ch;
    }
    parts.push(current);
    if (parts.length < 2)
        return undefined;
    return { ...at, raw: parts.at(-2) };
}

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
    return (services.find((s) => typeof s.environment.get(project_API_URL_KEY) === 'string') ??
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/compose/run.js
// Compose itself, asked for the project it resolves: `docker compose config --format json` (v2),
// `docker-compose config` (v1, YAML), `podman compose config`; the first one installed answers.






/** Compose v1 is Python: about 0.4 s idle here, more on a loaded machine (UDO_PORT_COMPOSE_TIMEOUT). */
const COMPOSE_TIMEOUT_MS = 5_000;
/** Asked in this order; a later one only when the earlier is not installed. */
const COMPOSE_TOOLS = [
    { resolver: 'docker compose', file: 'docker', args: ['compose', 'config', '--format', 'json'] },
    { resolver: 'docker-compose', file: 'docker-compose', args: ['config'] },
    { resolver: 'podman compose', file: 'podman', args: ['compose', 'config'] },
];
/** What a CLI without the compose command says (docker, podman before 4.7 or without a provider). */
const ABSENT = /unknown (command|flag)|is not a docker command|unrecognized command|compose provider|no such command/i;
/** One Compose asked; `stop` ends it when an earlier one in the order has answered. */
function ask(tool, cwd, env, timeoutMs) {
    let stop = () => { };
    const answer = new Promise((done) => {
        const child = (0,external_node_child_process_namespaceObject.execFile)(tool.file, tool.args, {
            cwd,
            env,
            timeout: timeoutMs,
            windowsHide: true,
            maxBuffer: 16 * 1024 * 1024,
            encoding: 'utf8',
        }, (error, stdout, stderr) => {
            if (!error)
                return done({ state: 'answered', stdout });
            const err = error;
            if (err.code === 'ENOENT')
                return done({ state: 'absent' });
            if (err.killed)
                return done({
                    state: 'failed',
                    why: `\`${tool.resolver} config\` timed out after ${timeoutMs / 1000} s (UDO_PORT_COMPOSE_TIMEOUT)`,
                });
            if (typeof err.code !== 'number')
                return done({
                    state: 'failed',
                    why: `\`${tool.resolver}\` could not be run (${err.code ?? err.message})`,
                });
            if (ABSENT.test(stderr))
                return done({ state: 'absent' });
            done({ state: 'refused', message: stderr });
        });
        stop = () => {
            if (child.exitCode === null && child.signalCode === null)
                child.kill();
        };
    });
    return { answer, stop };
}
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');
/** Compose's error, one clean line at most four: no control character, no usage text. */
function cleanMessage(stderr, secrets) {
    const lines = stderr
        .split(/\r?\n/)
        // Colour codes go whole (ESC [ ... letter); any other control becomes a visible escape.
        .map((l) => redact(text_printable(l.replace(ANSI, '').trim()), secrets))
        .filter(Boolean);
    return lines.slice(0, 4).join(' ') || 'it refused the files (no message)';
}
const run_text = (value) => value === undefined || value === null ? undefined : String(value);
const words = (value) => Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
/** The services of `config`'s output (v2's JSON or v1's YAML: JSON is YAML). */
function servicesOfConfig(output) {
    const model = (0,yaml_dist/* parse */.qg)(output);
    return Object.entries(model?.services ?? {}).map(([name, body]) => {
        const environment = new Map();
        const build = body.build;
        const args = typeof build === 'object' && build ? build.args : undefined;
        for (const source of [args, body.environment]) {
            if (Array.isArray(source)) {
                for (const item of source.map(String)) {
                    const eq = item.indexOf('=');
                    environment.set(eq > 0 ? item.slice(0, eq) : item, eq > 0 ? item.slice(eq + 1) : null);
                }
            }
            else if (source && typeof source === 'object') {
                for (const [key, value] of Object.entries(source))
                    environment.set(key, run_text(value) ?? null);
            }
        }
        const command = [...words(body.entrypoint), ...words(body.command)].join(' ');
        const context = typeof build === 'object' && build ? run_text(build.context) : run_text(build);
        return {
            name,
            profiles: words(body.profiles),
            ports: (Array.isArray(body.ports) ? body.ports : []).flatMap(ports_parsePort),
            environment,
            environmentAt: new Map(),
            ...(command && { command }),
            ...(context !== undefined && { build: context }),
        };
    });
}
/** Compose's services, with the places the built-in reader found for them. */
function located(services, builtin) {
    return services.map((service) => {
        const own = builtin.services.find((s) => s.name === service.name);
        if (!own)
            return service;
        const ports = service.ports.map((p) => {
            const match = own.ports.find((q) => q.target === p.target &&
                q.protocol === p.protocol &&
                q.published === p.published &&
                q.hostIp === p.hostIp) ?? own.ports.find((q) => q.target === p.target && q.protocol === p.protocol);
            return {
                ...p,
                ...(match?.at && { at: match.at }),
                ...(match?.publishedAt && { publishedAt: match.publishedAt }),
            };
        });
        return {
            ...service,
            ports,
            environmentAt: own.environmentAt,
            ...(own.at && { at: own.at }),
            ...(own.commandAt && { commandAt: own.commandAt }),
        };
    });
}
/**
 * The project in `root` as Compose resolves it: the first Compose installed answers; without one
 * (or when it cannot answer), the built-in reader, which says what it could not resolve.
 * Undefined when there is no compose file. `shell` is the environment Compose would run in.
 */
async function resolveCompose(root, shell, tools = COMPOSE_TOOLS, timeoutMs = COMPOSE_TIMEOUT_MS) {
    const builtin = readComposeProject(root, shell);
    if (!builtin)
        return undefined;
    const notes = [];
    if (builtin.blocked.length > 0) {
        return {
            ...builtin,
            notes: [`Compose was not asked: it would block on ${builtin.blocked.join(', ')}`],
        };
    }
    // All at once, the answer taken in order: a missing `docker compose` costs the docker CLI's
    // start, which v1's Python start would otherwise wait for. Once one answers (or refuses), the
    // later ones end; one that fails (a timeout) leaves the next its chance.
    const asked = tools.map((tool) => ({
        tool,
        ...ask(tool, root, shell, timeoutMs),
    }));
    const settle = (from) => {
        for (const later of asked.slice(from))
            later.stop();
    };
    for (const [index, { tool, answer: pending }] of asked.entries()) {
        const answer = await pending;
        if (answer.state === 'absent')
            continue;
        if (answer.state === 'failed') {
            notes.push(answer.why);
            continue;
        }
        settle(index + 1);
        const base = { ...builtin, resolver: tool.resolver, unresolved: [], notes };
        if (answer.state === 'refused') {
            // Where the built-in reader saw the same refusal, its line goes with Compose's words.
            const at = builtin.refused?.at;
            return {
                ...base,
                refused: { message: cleanMessage(answer.message, builtin.secrets), ...(at && { at }) },
            };
        }
        let services;
        try {
            services = servicesOfConfig(answer.stdout);
        }
        catch (error) {
            notes.push(`\`${tool.resolver} config\` printed what is not YAML or JSON (${error.message.split('\n')[0]})`);
            return { ...builtin, notes };
        }
        const extra = services.flatMap((s) => [...s.environment]);
        const secrets = [
            ...new Set([
                ...builtin.secrets,
                ...secretValues({ dotenv: {}, shell: {}, referenced: [], envFileValues: [], extra }),
            ]),
        ].sort((a, b) => b.length - a.length);
        const { refused: _builtinRefusal, ...rest } = base;
        return { ...rest, services: located(services, builtin), secrets };
    }
    return { ...builtin, notes };
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/compose/index.js
// Docker Compose, as Compose resolves a project: asked of Compose itself, else read by udo-port.







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
function winner(web, env, key = project_API_URL_KEY) {
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
    return urlFor(urlHost.flag ?? urlHost.setting, port);
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/facts/compose.js
// The project's Compose services, resolved once per run for the compose checks: by Compose itself
// when one is installed, else by the built-in reader (core/compose/).



const memo = new WeakMap();
/** How long Compose may take, in seconds: `UDO_PORT_COMPOSE_TIMEOUT`, else the default. */
function composeTimeoutMs(env) {
    const raw = env.UDO_PORT_COMPOSE_TIMEOUT;
    if (raw === undefined || raw === '')
        return COMPOSE_TIMEOUT_MS;
    const seconds = Number(raw);
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
        throw new Error(`UDO_PORT_COMPOSE_TIMEOUT: "${text_printable(raw.slice(0, 40))}" is not a number of seconds (0-600)`);
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
        const { root, env: shell, composeFiles } = ctx.config;
        // compose.files in the project file are Compose's -f files, as COMPOSE_FILE gives them;
        // the shell's COMPOSE_FILE still wins, as a flag over the file does elsewhere.
        const env = composeFiles?.length && shell.COMPOSE_FILE === undefined
            ? {
                ...shell,
                COMPOSE_FILE: composeFiles.join(external_node_path_namespaceObject.delimiter),
                COMPOSE_PATH_SEPARATOR: external_node_path_namespaceObject.delimiter,
            }
            : shell;
        known = Promise.resolve()
            .then(() => resolveCompose(root, env, COMPOSE_TOOLS, composeTimeoutMs(env)))
            .then((project) => (project ? { project } : {}));
        memo.set(ctx, known);
    }
    return known;
}
/** `compose.yaml:12`, relative to the user's folder. */
const at = (show, place, fallback) => place ? `${show(place.file)}:${place.line}` : show(fallback);
/** A place for an annotation. */
const compose_located = (place, fallback) => place ? { file: place.file, line: place.line } : { file: fallback };
const composeCheckFacts = async (ctx) => ({
    compose: await composeFacts(ctx),
    show: ctx.show,
});
/** An outcome with every secret the project brings in masked, wherever a check put it. Pure. */
function withoutSecrets(outcome, secrets) {
    if (secrets.length === 0)
        return outcome;
    const clean = (text) => redact(text, secrets);
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
    const variable = entry.publishedAt && soleVariable(entry.publishedAt.raw);
    if (!variable || shell[variable] !== undefined)
        return undefined;
    const values = [[variable, String(want)]];
    const frontend = frontendService(services);
    const url = frontend?.environment.get(project_API_URL_KEY);
    const urlAt = frontend?.environmentAt.get(project_API_URL_KEY);
    if (typeof url === 'string' && urlAt) {
        // The URL as Compose would resolve it once the variable is set.
        const after = interpolate_interpolate(urlAt.raw, project.varsWith({ [variable]: String(want) })).value;
        let port;
        try {
            port = urlPort(new URL(after));
        }
        catch { }
        if (port !== want) {
            const urlVariable = soleVariable(urlAt.raw);
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
            locations: [compose_located(backend.at, file)],
            data: { service: backend.name, listens: inside ?? null, want },
        };
    }
    const place = entry.publishedAt ?? entry.at;
    if (entry.publishedEnd !== undefined) {
        // Docker takes any free port of the range: no URL can name it in advance.
        return {
            status: 'warn',
            message: `${at(show, place, file)}: service ${backend.name} publishes a range, ${entry.published}-${entry.publishedEnd}, to ${entry.target}: Docker picks one of them, so ${project_API_URL_KEY} cannot name it`,
            remedy: [`change ${at(show, entry.at, file)} to: - "${want}:${entry.target}"`],
            locations: [compose_located(place, file)],
            data: { service: backend.name, published: [entry.published, entry.publishedEnd], want },
        };
    }
    if (entry.published !== want) {
        const variable = entry.publishedAt && soleVariable(entry.publishedAt.raw);
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
                `one port for both keeps ${project_API_URL_KEY} right whichever way the backend runs`,
                ...(variable && !env && facts.shell[variable] === undefined
                    ? [
                        `${project_API_URL_KEY} of the frontend service would not follow ${variable}: change it too (see compose.web-api-url)`,
                    ]
                    : []),
            ],
            remedy: env ? [`${facts.doctorCommand} --fix`, ...byHand] : byHand,
            fixable: env !== undefined,
            locations: [compose_located(place, file)],
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
                const done = await rewriteFile(env.file, (old) => env.values.reduce((text, [k, v]) => setEnvValue(text, k, v), old ?? ''));
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
                    ? { ...compose_located(refused.at, ''), message: refused.message }
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/checks/compose-port-clash.js
// Two services publishing one host port: `docker compose up` fails on the second.



/** `8001`, `127.0.0.1:8001`, `[::1]:8001/udp`: the host side as an entry writes it. */
const compose_port_clash_shown = (p) => `${p.hostIp ? `${p.hostIp.includes(':') ? `[${p.hostIp}]` : p.hostIp}:` : ''}${p.published}`;
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
            if (!hostPorts(port))
                continue;
            const first = seen.find((s) => s.service !== service.name && bindingsClash(s.port, port));
            seen.push({ service: service.name, port });
            if (!first)
                continue;
            let free = port.published + 1;
            while (used.has(free))
                free++;
            const place = port.at ?? service.at;
            const variable = port.publishedAt && soleVariable(port.publishedAt.raw);
            return {
                status: 'error',
                message: `${at(show, place, file)}: service ${service.name} publishes port ${compose_port_clash_shown(port)}${proto(port)}, which service ${first.service} publishes at ${at(show, first.port.at, file)}`,
                remedy: [
                    variable
                        ? `set ${variable}=${free} in ${show(project.envFile)}`
                        : `change ${at(show, place, file)} to: - "${compose_port_clash_shown({ ...port, published: free })}:${port.target}${proto(port)}"`,
                ],
                locations: [compose_located(place, file), compose_located(first.port.at, file)],
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
    const url = frontend?.environment.get(project_API_URL_KEY);
    const ports = backend
        ? backendEntries(backend)
            .filter((p) => p.publishedEnd === undefined)
            .map((p) => p.published)
        : [];
    const port = ports[0];
    if (!frontend || typeof url !== 'string' || port === undefined) {
        return {
            status: 'skip',
            message: `no frontend service with ${project_API_URL_KEY}, or no published backend`,
        };
    }
    const file = project.files[0];
    const place = frontend.environmentAt.get(project_API_URL_KEY);
    let named;
    try {
        named = urlPort(new URL(url));
    }
    catch { }
    // The browser calls it, from the host: the published port is what it must name.
    if (named === undefined || !ports.includes(named)) {
        const fixed = withPort(url, port) ?? `http://localhost:${port}`;
        const variable = place && soleVariable(place.raw);
        const where = at(show, place, file);
        return {
            status: 'error',
            message: `${where}: service ${frontend.name} sets ${project_API_URL_KEY}=${shownUrl(url)}, but ${backend?.name} is published on port ${port}`,
            remedy: [
                variable
                    ? `set ${variable}=${shownUrl(fixed)} in ${show(project.envFile)}`
                    : place?.raw === ''
                        ? `change ${where} to: ${project_API_URL_KEY}=${shownUrl(fixed)}`
                        : `change ${where} to: ${project_API_URL_KEY}: ${shownUrl(fixed)}`,
            ],
            locations: [compose_located(place, file)],
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
    title: `the frontend service's ${project_API_URL_KEY} reaches the published backend`,
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
        (0,external_node_fs_namespaceObject.accessSync)(path, external_node_fs_namespaceObject.constants.W_OK);
        return true;
    }
    catch {
        return !(0,external_node_fs_namespaceObject.statSync)(path, { throwIfNoEntry: false });
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
    const blocked = owner ? [file] : [(0,external_node_path_namespaceObject.dirname)(file), file].filter((path) => !env_remedies_writable(path));
    const paths = blocked.length > 0 ? blocked : [(0,external_node_path_namespaceObject.dirname)(file), file];
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
    return text === undefined ? undefined : envKeyLines(text, key)[0];
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
    const { missing, empty } = templateGaps(env_text_parseEnv(example.text), env.values ?? {});
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
    for (const key of PORT_KEYS) {
        const inFile = dotenv[key]?.trim();
        if (!inFile || !requested || requested.source === 'dotenv')
            continue;
        if (String(requested.port) !== inFile) {
            notes.push(`${requested.origin} (${requested.port}) wins over ${key}=${inFile} in ${dotenvName}`);
        }
    }
    const [first, second] = PORT_KEYS;
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
            remedy: [unsetCommand(PORT_KEYS[0], platform)],
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
    const { norm, assignments } = scanEnv(text);
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
        if (hasKeptBytes(raw)) {
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
        const lines = wide.map((t) => `${show(t.file)} is ${describeUtf16(t.utf16)}: Next.js and dotenv read env files only as UTF-8, so they find nothing in it`);
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
    const gitignore = (0,external_node_path_namespaceObject.join)(root, '.gitignore');
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
    title: `${PROJECT_DEFAULTS.backendEnv} and ${PROJECT_DEFAULTS.envLocal} are git-ignored and not tracked`,
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
        const gitignore = (0,external_node_path_namespaceObject.join)(ctx.config.root, '.gitignore');
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
		const server = external_node_net_namespaceObject.createServer();
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/probe.js




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
        const server = (0,external_node_net_namespaceObject.createServer)();
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
        const socket = (0,external_node_net_namespaceObject.connect)({ port, host: reachableHost(host) });
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/doctor/holders.js
// Who holds a port, in words shared by the port checks: a listener's details, a lease's owner,
// and a test bind that waits out another process's own.


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
/**
 * A test bind, repeated while it is refused: another process's own test bind (udo-port, a second
 * doctor) holds a port for a moment, and only a holder that stays is worth reporting.
 */
async function probeSettled(port, host, hostLabel) {
    let refused = await probePort(port, host, hostLabel);
    for (let tries = 1; refused && tries < 3; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 25 * tries));
        refused = await probePort(port, host, hostLabel);
    }
    return refused;
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
            facts.refused = await probeSettled(finding.port, settings.host, settings.hostOrigin);
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
    const ipv4 = `or point the frontend at IPv4: set ${project_API_URL_KEY}=http://127.0.0.1:${port} in ${show(facts.envLocal)}`;
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
            apiUrl: web.next.env[project_API_URL_KEY],
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
        // Then a test bind of each port the lookups leave free; one at a time: binds of one port
        // collide.
        const valid = settings.settings;
        if (!valid)
            return facts;
        const nat = new Set();
        for (const { port, state } of classify(facts, valid.range)) {
            if (state !== 'free')
                continue;
            const refused = await probeSettled(port, valid.host, valid.hostOrigin);
            if (refused)
                facts.refused.set(port, refused);
            else if (await answersThroughNat(port, valid.host))
                nat.add(port);
        }
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
        .map((path) => (0,external_node_path_namespaceObject.join)(root, path))
        .find((path) => (0,external_node_fs_namespaceObject.existsSync)(path));
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
        return (0,external_node_path_namespaceObject.resolve)((0,external_node_path_namespaceObject.dirname)(path), (0,external_node_fs_namespaceObject.readlinkSync)(path));
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
    const keys = ctx.config.urlVariables ?? [project_API_URL_KEY];
    return {
        key: keys[0] ?? project_API_URL_KEY,
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
    title: `${project_API_URL_KEY} is set, valid, and on the backend's port`,
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
                    const written = envFileContents(file);
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
    const API_URL_KEY = facts.key ?? project_API_URL_KEY;
    if (!web.exists)
        return { status: 'skip', message: `no ${show(web.dir)} folder` };
    const win = winner(web, facts.shell, API_URL_KEY);
    const local = show(facts.envLocal);
    // The best value among the files, as Next.js would take it without the shell.
    const inFiles = web.files
        .map((f) => ({ f, value: env_text_parseEnv(f.contents)[API_URL_KEY] }))
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
    title: `the winning ${project_API_URL_KEY} is the one in .env.local`,
    async gather(ctx) {
        const { env: shell, envLocal, platform, urlVariables } = ctx.config;
        const key = urlVariables?.[0] ?? project_API_URL_KEY;
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
    const seen = (0,external_node_fs_namespaceObject.lstatSync)(path, { throwIfNoEntry: false });
    if (!seen?.isFile() || seen.size > maxBytes)
        return undefined;
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(path, external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0) | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0));
    }
    catch {
        return undefined;
    }
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!stat.isFile() || stat.size > maxBytes || stat.ino !== seen.ino)
            return undefined;
        const buffer = Buffer.alloc(stat.size);
        const read = stat.size === 0 ? 0 : (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, stat.size, 0);
        return buffer.subarray(0, read).toString('utf8');
    }
    catch {
        return undefined;
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
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
        .flatMap((d) => CONFIGS.map((name) => web_dev_proxy_readConfig((0,external_node_path_namespaceObject.join)(d, name))))
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
    const start = port === undefined || port === PORT_DEFAULTS.webPort
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
    const nextFolder = show((0,external_node_path_namespaceObject.join)(web.dir, '.next'));
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
        const buildAt = (0,external_node_fs_namespaceObject.statSync)((0,external_node_path_namespaceObject.join)(web.dir, '.next', 'BUILD_ID'), {
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
        const change = text_printable(fix.change);
        if (fix.error) {
            // Why, then what to do instead: never --fix again, which would fail the same way.
            return [
                `${paint('red', 'not fixed')} ${fix.id}: ${change}: ${text_printable(fix.error)}`,
                ...(fix.manual ?? []).map((line, i) => `${i === 0 ? '  by hand: ' : '           '}${text_printable(line)}`),
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
    const root = text_printable(options.root);
    const lines = [];
    if (fixes)
        lines.push(...fixLines(fixes, paint, options.dryRun ?? false), '');
    if (!verbose && summary.errors === 0 && summary.warnings === 0 && summary.passed > 0) {
        const clear = `all clear: ${summary.passed} passed, ${summary.skipped} skipped`;
        lines.push(`${paint('green', '✓')} ${clear} in ${root}${options.facts ? ` (${text_printable(options.facts)})` : ''}`);
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
            lines.push(`  ${paint(format, mark)} ${r.id.padEnd(width)}  ${text_printable(r.message)}`);
            const indent = ' '.repeat(width + 6);
            const showDetails = isFinding(r) || verbose;
            if (showDetails)
                for (const detail of r.details)
                    lines.push(`${indent}${paint('dim', text_printable(detail))}`);
            if (isFinding(r)) {
                r.remedy.forEach((command, i) => {
                    lines.push(`${indent}${i === 0 ? 'fix: ' : '     '}${text_printable(command)}`);
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
                ...(place ? [`file=${escapeProperty(text_printable(relative(place.file)))}`] : []),
                ...(place?.line !== undefined ? [`line=${place.line}`] : []),
                `title=${escapeProperty(`udo-doctor ${r.id}`)}`,
            ];
            const text = printableLines([
                place?.message ?? r.message,
                ...r.remedy.map((command, i) => `${i === 0 ? 'fix: ' : '     '}${command}`),
            ].join('\n'));
            lines.push(`::${level} ${props.join(',')}::${escapeData(text)}`);
        }
    }
    return lines;
}

;// CONCATENATED MODULE: external "node:tty"
const external_node_tty_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tty");
;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/cli/suggest.js
// Help for a mistyped command line: the option the user most likely meant, and what a missing
// value should have been. Pure; the parser (args.ts) words its errors with these.



/** `unknown option --prot (did you mean --port?)`, or without the guess when none is close. */
function unknownOptionMessage(option, known) {
    const guess = suggest(option, known);
    return `unknown option ${option}${guess ? ` (did you mean ${guess}?)` : ''}`;
}
/** What each option's value is, with an example: the second half of the missing-value line. */
const VALUES = {
    '--cwd': 'a folder, e.g. --cwd ../my-project',
    '--port': `a port, e.g. --port ${PORT_DEFAULTS.port}`,
    '--default-port': `a port, e.g. --default-port ${PORT_DEFAULTS.port}`,
    '--range': `a port range, e.g. --range ${PORT_DEFAULTS.range.from}-${PORT_DEFAULTS.range.to}`,
    '--host': 'a bind host, e.g. --host 127.0.0.1',
    '--url-host': 'a host for the URL, e.g. --url-host localhost',
    '--backend-env': `a file, e.g. --backend-env ${PROJECT_DEFAULTS.backendEnv}`,
    '--env-file': `a file, e.g. --env-file ${PROJECT_DEFAULTS.backendEnv}`,
    '--env-local': `a file, e.g. --env-local ${PROJECT_DEFAULTS.envLocal}`,
    '--venv': `a virtualenv folder, e.g. --venv ${PROJECT_DEFAULTS.venv}`,
    '--app': `MODULE:ATTR, e.g. --app ${PROJECT_DEFAULTS.app}`,
    '--fallback': 'a fallback, e.g. --fallback any',
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
            throw new errors_UsageError(unknownOptionMessage(option ?? '', known));
        }
        if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
            // `Option '-y, --yes' does not take an argument`, `Option '--app <value>' argument
            // missing`, or ambiguous: the next argument starts with a dash.
            const name = /--[\w-]+/.exec(option ?? '')?.[0] ?? option ?? 'option';
            throw new errors_UsageError(/does not take an argument/.test(message)
                ? `${name}: takes no value`
                : missingValueMessage(name, /ambiguous/.test(message)));
        }
        if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
            throw new errors_UsageError(`unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''}`.trim());
        }
        throw new errors_UsageError(message.split('\n')[0] ?? message);
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
            throw new errors_UsageError(`--${name}: "${text_printable(value)}" is empty (give a value, or leave the option out)`);
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
    const given = driveUpper((0,external_node_path_namespaceObject.resolve)(values.cwd ?? '.'));
    if (!(0,external_node_fs_namespaceObject.statSync)(given, { throwIfNoEntry: false })?.isDirectory()) {
        throw new errors_UsageError(`--cwd: "${text_printable(values.cwd ?? '.')}" is not a folder`);
    }
    const root = findProjectRoot(given);
    return { root: root ?? given, found: root !== undefined };
}
/** Translates the common options into the core's request; the core validates the values. */
function allocateRequest(values) {
    if (values.strict && values['no-strict']) {
        throw new errors_UsageError('--strict and --no-strict: choose one');
    }
    const { root: cwd } = projectRoot(values);
    if (values['backend-env'] !== undefined && values['env-file'] !== undefined) {
        throw new errors_UsageError('--backend-env and --env-file: choose one (--env-file is its old name)');
    }
    const envFileOption = values['backend-env'] !== undefined ? '--backend-env' : '--env-file';
    const envFile = values['backend-env'] ?? values['env-file'];
    if (values.app !== undefined && !args_APP.test(values.app)) {
        throw new errors_UsageError(`--app: "${text_printable(values.app)}" is not MODULE:ATTR (e.g. ${PROJECT_DEFAULTS.app})`);
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
        ...(envFile !== undefined && { envFile, envFileLabel: envFileOption }),
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
function args_envLocalPath(values, root) {
    return envLocalPath(root, values['env-local']);
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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/command-line.js


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

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/pyproject.js
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
    const text = readSmallText((0,external_node_path_namespaceObject.join)(dir, 'pyproject.toml'), 1024 * 1024);
    return text === undefined ? undefined : fastapiEntrypoint(text);
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/core/web-app.js
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
    const text = readSmallText((0,external_node_path_namespaceObject.join)(dir, 'package.json'), 1024 * 1024);
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
const configFile = (dir, base) => ['js', 'mjs', 'cjs', 'ts', 'mts', 'cts'].some((ext) => (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(dir, `${base}.${ext}`)));
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
    for (let at = (0,external_node_path_namespaceObject.resolve)(dir);; at = (0,external_node_path_namespaceObject.dirname)(at)) {
        for (const [file, pm] of LOCKFILES)
            if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(at, file)))
                return pm;
        const rel = (0,external_node_path_namespaceObject.relative)((0,external_node_path_namespaceObject.resolve)(root), at);
        if (rel === '' || rel.startsWith('..') || (0,external_node_path_namespaceObject.dirname)(at) === at)
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
    return framework === 'vite' ? ['VITE_API_URL'] : [project_API_URL_KEY];
}

;// CONCATENATED MODULE: ./node_modules/.udo-port-build/src/cli/project-config.js
// The project file as the CLIs see it: its values fill the options the command line left out, so
// the order is flags, then the environment (resolved in core/settings.ts), then the file, then
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
    const webDir = (0,external_node_path_namespaceObject.resolve)(root, given('web-dir') ?? PROJECT_DEFAULTS.webDir);
    // The frontend's env file follows its folder: frontend.envFile is relative to it.
    if (values['env-local'] === undefined &&
        (frontend.envFile !== undefined || given('web-dir') !== undefined)) {
        merged['env-local'] = (0,external_node_path_namespaceObject.relative)(root, (0,external_node_path_namespaceObject.join)(webDir, frontend.envFile ?? '.env.local'));
    }
    const backendDir = (0,external_node_path_namespaceObject.resolve)(root, backend.dir ?? '.');
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
        composeFiles: (file?.config.compose?.files ?? []).map((f) => (0,external_node_path_namespaceObject.resolve)(root, f)),
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
        const range = request.range ?? `${PORT_DEFAULTS.range.from}-${PORT_DEFAULTS.range.to}`;
        const inRange = (port) => {
            const [from, to] = range.split('-').map((p) => Number(p.trim()));
            return port >= (from ?? 0) && port <= (to ?? 65535);
        };
        const [from] = range.split('-').map((p) => Number(p.trim()));
        const otherwise = project.port?.value ?? (request.range !== undefined ? from : PORT_DEFAULTS.port);
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













const USAGE = `udo-doctor ${package_namespaceObject.rE}: why the FastAPI backend and the Next.js frontend do not meet

Usage:
  udo-doctor [options]

Options:
  --fix                mend what is safe: the URL in .env.local, a missing backend/.env
                       (copied from backend/.env.example), a UTF-16 env file (saved as
                       UTF-8), missing .gitignore entries
  --dry-run            with --fix: tell what would change, change nothing
  --only IDS           run only these checks (comma-separated ids or areas: venv, env,
                       port, web, git, leases)
  --skip IDS           run all but these
  --list-checks        list the checks and exit
  --strict             warnings fail too (exit 1)
  --verbose            show the details of passing checks
  --json               print JSON
  --cwd DIR            project root (default: .)
  --port N             the backend's port (default: API_PORT, ${PROJECT_DEFAULTS.backendEnv}, ${PORT_DEFAULTS.port})
  --default-port N     the port when none is set (default: ${PORT_DEFAULTS.port})
  --range A-B          the range udo-port scans (default: ${PORT_DEFAULTS.range.from}-${PORT_DEFAULTS.range.to})
  --host H             the backend's bind host (default: API_HOST, else ${PORT_DEFAULTS.host})
  --url-host H         host in the URL --fix writes (default: the URL's own, else localhost)
  --backend-env PATH   backend env file (default: ${PROJECT_DEFAULTS.backendEnv}; --env-file is its old name,
                       which Node itself reads as its own flag when the file is missing)
  --env-local PATH     frontend env file (default: ${PROJECT_DEFAULTS.envLocal})
  --venv PATH          the backend's virtualenv (default: ${PROJECT_DEFAULTS.venv})
  --app MODULE:ATTR    the backend's app (default: ${PROJECT_DEFAULTS.app})
  -h, --help, help     this help
  -v, --version        the version

Run it anywhere in the project (a subfolder too); elsewhere, name the project with --cwd.
A udo-port.json at the root (npx udo-port init writes it) says where everything is, below flags.

Exit codes: 0 no errors, 1 errors (or warnings with --strict), 2 bad usage or no project.`;
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
    const root = request.cwd ?? (0,external_node_path_namespaceObject.resolve)('.');
    // The flags alone: a bad flag is bad usage; a bad API_PORT is the project's state, a finding.
    resolveSettings(request, { env: {}, dotenv: {}, dotenvLabel: '' });
    const app = values.app ?? PROJECT_DEFAULTS.app;
    const named = values['backend-env'] ?? values['env-file'];
    const envFile = backendEnvPath(root, named);
    const venvArg = values.venv ?? PROJECT_DEFAULTS.venv;
    return {
        root,
        shellDir: process.cwd(),
        env,
        platform: process.platform,
        settingsInput: { ...request, strict: undefined },
        envFile,
        envFileName: (0,external_node_path_namespaceObject.isAbsolute)(named ?? '') ? envFile : (0,external_node_path_namespaceObject.relative)(root, envFile),
        envLocal: args_envLocalPath(values, root),
        venv: venvPath(root, venvArg),
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
const out = (text) => process.stdout.write(text);
/**
 * Outside any project the checks would judge a folder that is none (its `backend/.venv`, env
 * files that are not there): one line saying so, bad usage.
 */
function notAProject(values) {
    const what = `no udo-port.json, backend/, web-dashboard/ or .venv/ in ${text_printable((0,external_node_path_namespaceObject.resolve)(values.cwd ?? '.'))} or above it`;
    return new errors_UsageError(values.cwd === undefined
        ? `not in a project (${what}): run udo-doctor in the project, or name it with --cwd DIR; npx udo-port init describes a project of another layout`
        : `--cwd: "${text_printable(values.cwd)}" is not in a project (${what})`);
}
async function main(argv) {
    try {
        // `udo-doctor help`, as git and npm take it.
        if (argv[0] === 'help') {
            out(`${USAGE}\n`);
            return 0;
        }
        const { values } = parseCommandLine(argv, doctorOptions, false);
        if (values.help) {
            out(`${USAGE}\n`);
            return 0;
        }
        if (values.version) {
            out(`${package_namespaceObject.rE}\n`);
            return 0;
        }
        if (values['dry-run'] && !values.fix)
            throw new errors_UsageError('--dry-run: only with --fix');
        const checks = selectChecks(CHECKS, values.only, values.skip);
        if (values['list-checks']) {
            const list = checks.map(({ id, area, title }) => ({ id, area, title }));
            const width = Math.max(...list.map((c) => c.id.length));
            out(values.json
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
            out(`${JSON.stringify(renderJson(report), null, 2)}\n`);
        }
        else {
            const port = report.results.find((r) => r.id === 'env.port')?.data?.port;
            const url = report.results.find((r) => r.id === 'web.api-url')?.data?.value;
            const facts = [
                ...(config.projectFile ? [`configured by ${config.projectFile}`] : []),
                ...(port !== undefined ? [`backend port ${port}`] : []),
                ...(url !== undefined ? [`${config.urlVariables?.[0] ?? project_API_URL_KEY}=${url}`] : []),
            ].join(', ');
            out(renderHuman(report, {
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
        if (error instanceof errors_UsageError) {
            process.stderr.write(`${paint('red', 'udo-doctor:', 2)} ${error.message}\n`);
            return error.exitCode;
        }
        throw error;
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9837);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
