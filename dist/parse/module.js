"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_FILE_BYTES = void 0;
exports.positionOf = positionOf;
exports.firstSyntaxError = firstSyntaxError;
exports.parseText = parseText;
exports.parseSyntax = parseSyntax;
exports.parseModule = parseModule;
exports.parseModuleAndTree = parseModuleAndTree;
const errors_1 = require("../errors");
const grammar_1 = require("./grammar");
const indentation_1 = require("./indentation");
const source_1 = require("./source");
const syntax_tree_1 = require("./syntax-tree");
/** The largest file analyzed (bigger ones are refused with an error, never edited). */
exports.MAX_FILE_BYTES = 8 * 1024 * 1024;
/** Line (1-based) and column (1-based) of a node's start. */
function positionOf(node) {
    return { line: node.startPosition.row + 1, column: node.startPosition.column + 1 };
}
/**
 * The first MISSING node of a tree (the most precise place), else its first
 * ERROR node, if any.
 */
function firstSyntaxError(root) {
    if (!root.hasError)
        return undefined;
    let firstError;
    const stack = [root];
    while (stack.length) {
        const node = stack.pop();
        if (node.isMissing)
            return node;
        if (node.isError)
            firstError ??= node;
        if (!node.hasError)
            continue;
        for (let i = node.childCount - 1; i >= 0; i--)
            stack.push(node.child(i));
    }
    return firstError ?? root;
}
/** Parses text with the shared parser; the caller owns the (wasm) tree and frees it. */
async function parseText(text) {
    const parser = await (0, grammar_1.getParser)();
    const tree = parser.parse(text);
    if (!tree)
        throw new Error('tree-sitter returned no tree');
    return tree;
}
/** Parses text into a {@link SyntaxTree} (the wasm tree is freed at once). */
async function parseSyntax(text) {
    const tree = await parseText(text);
    try {
        return (0, syntax_tree_1.compactTree)(tree, text);
    }
    finally {
        tree.delete();
    }
}
/**
 * Decodes and parses a file. A file with syntax errors, or with a layout
 * tree-sitter accepts but CPython refuses ({@link findLayoutError}), is
 * refused with a {@link ToolError} naming the path and the first line at
 * fault: it is never edited.
 */
async function parseModule(path, bytes) {
    const { parsed, tree } = await parseModuleAndTree(path, bytes);
    tree.delete();
    return parsed;
}
/**
 * {@link parseModule}, also giving back tree-sitter's own tree of the text
 * (the caller owns it and frees it): the check of edits to a file reads it.
 */
async function parseModuleAndTree(path, bytes) {
    if (bytes.length > exports.MAX_FILE_BYTES) {
        // tree-sitter's wasm heap aborts the whole process on very large inputs: refuse them up front
        const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
        throw new errors_1.ToolError('too-large', path, `is ${mb(bytes.length)}, over the ${mb(exports.MAX_FILE_BYTES)} this tool analyzes; file not analyzed`);
    }
    const source = (0, source_1.decodeSource)(bytes, path);
    const tree = await parseText(source.text);
    let compact;
    try {
        const bad = firstSyntaxError(tree.rootNode);
        // tree-sitter accepts some layouts CPython refuses (indentation, tabs, invisible characters, lone CRs);
        // what CPython's compiler refuses is checked on the files about to be edited (see analyze-group)
        const layout = (0, indentation_1.findLayoutError)(source.text);
        const at = bad && positionOf(bad);
        if (layout && (!at || layout.line <= at.line)) {
            throw new errors_1.ToolError('parse-error', path, `:${layout.line}:${layout.column}: ${(0, indentation_1.describePythonError)(layout)}; file not analyzed`, 'fix the syntax first; the file is left untouched');
        }
        if (bad && at) {
            const what = bad.isMissing ? `missing ${bad.type}` : 'syntax error';
            throw new errors_1.ToolError('parse-error', path, `:${at.line}:${at.column}: ${what}; file not analyzed`, 'fix the syntax first; the file is left untouched');
        }
        compact = (0, syntax_tree_1.compactTree)(tree, source.text);
    }
    catch (e) {
        tree.delete();
        throw e;
    }
    return { parsed: { path, source, tree: compact, bytes }, tree };
}
//# sourceMappingURL=module.js.map