"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.GRAMMAR_PATH = void 0;
exports.getParser = getParser;
exports.rawCursorFor = rawCursorFor;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
let ready;
let binding;
/** Where the bundled Python grammar lives (copied from tree-sitter-python 0.25.0). */
exports.GRAMMAR_PATH = path.resolve(__dirname, '..', '..', 'grammars', 'tree-sitter-python.wasm');
/**
 * Returns the shared tree-sitter parser for Python, loading the grammar once.
 * The grammar is passed as bytes: `Language.load(path)` needs dynamic import,
 * which jest's VM does not provide.
 */
function getParser() {
    ready ??= (async () => {
        // loaded on first parse: a run answered from the cache never pays for the binding
        const { Language, Parser } = await Promise.resolve().then(() => __importStar(require('web-tree-sitter')));
        // emscripten puts the module's exports on the options object it is given: see RawCursor
        const wasmModule = {};
        await Parser.init(wasmModule);
        binding = rawCursorOf(wasmModule);
        const language = await Language.load(fs.readFileSync(exports.GRAMMAR_PATH));
        const parser = new Parser();
        parser.setLanguage(language);
        return parser;
    })();
    return ready;
}
/** The raw cursor functions, when this web-tree-sitter build exposes them all (else the wrapper is used). */
function rawCursorOf(wasmModule) {
    const names = ['tree_root_node', 'tree_cursor_new', 'tree_cursor_goto_first_child', 'tree_cursor_goto_next_sibling', 'tree_cursor_goto_parent', 'tree_cursor_current_node_type_id', 'tree_cursor_current_field_id', 'tree_cursor_start_index', 'tree_cursor_end_index', 'tree_cursor_delete'];
    const fns = names.map((n) => wasmModule[`_ts_${n}_wasm`]);
    if (!fns.every((f) => typeof f === 'function'))
        return undefined;
    const [root, cursorNew, first, next, parent, typeId, fieldId, start, end, del] = fns;
    return {
        start: (t) => {
            root(t); // the root node, into the transfer buffer, where cursor_new reads it
            cursorNew(t);
        },
        gotoFirstChild: first,
        gotoNextSibling: next,
        gotoParent: parent,
        typeId,
        fieldId,
        startIndex: start,
        endIndex: end,
        delete: (t) => void del(t),
    };
}
/** The raw cursor functions and the address of a tree, once the parser is loaded and if they are usable. */
function rawCursorFor(tree) {
    const address = tree[0];
    return binding && typeof address === 'number' && address ? { raw: binding, address } : undefined;
}
//# sourceMappingURL=grammar.js.map