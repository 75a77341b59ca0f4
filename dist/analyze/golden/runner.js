"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readRunner = readRunner;
const syntax_1 = require("../syntax");
/** The message words that name each part in a raising function that reads the compiled params. */
const PART_WORDS = [
    ['names', /without specs?|absent from|missing specs?|no spec named|parameter names?/i],
    ['order', /\border\b/i],
    ['kind', /\bscalar\b/i],
    ['shape', /\bshape\b/i],
    ['dtype', /\bdtype\b/i],
    ['direction', /\bdirection\b/i],
];
const readings = new WeakMap();
/**
 * Reads the runner a harness call resolves to. The harness function and the
 * functions of its module it calls (transitively) are searched for
 * - a check: a function that reads the compiled entry's params
 *   (`_get_metadata`), or one such a function calls, raising with messages
 *   that name ABI parts (names or order at least);
 * - direction copying: an assignment to a spec's `.direction`.
 * Memoized per function definition.
 */
function readRunner(callee, harnessId) {
    if (callee.k !== 'func') {
        const what = callee.k === 'extern' ? `${callee.name} is not in the analyzed tree` : callee.k === 'unknown' ? callee.why : `a ${callee.k} value`;
        return { kind: 'unread', checks: new Set(), why: `${harnessId}: runner not read (${what})` };
    }
    let memo = readings.get(callee.def.tree);
    if (!memo)
        readings.set(callee.def.tree, (memo = new Map()));
    let reading = memo.get(callee.def.startIndex);
    if (!reading)
        memo.set(callee.def.startIndex, (reading = readFunction(callee.def, callee.mod.parsed.tree.rootNode, callee.mod.path, callee.name)));
    return reading;
}
function readFunction(def, root, path, name) {
    const at = { path, line: def.startPosition.row + 1 };
    const defs = new Map();
    for (const st of (0, syntax_1.codeChildren)(root)) {
        const d = st.type === 'decorated_definition' ? st.childForFieldName('definition') : st;
        if (d?.type === 'function_definition')
            defs.set(d.childForFieldName('name').text, d);
    }
    const callees = (fn) => fn
        .descendantsOfType('call')
        .map((c) => c?.childForFieldName('function'))
        .filter((f) => f?.type === 'identifier')
        .map((f) => defs.get(f.text))
        .filter((d) => !!d);
    const reachable = new Set();
    const byStart = new Set();
    const queue = [def];
    while (queue.length) {
        const fn = queue.pop();
        if (byStart.has(fn.startIndex))
            continue;
        byStart.add(fn.startIndex);
        reachable.add(fn);
        queue.push(...callees(fn));
    }
    const readers = [...reachable].filter((fn) => fn.text.includes('_get_metadata'));
    const checkers = new Map();
    for (const r of readers)
        for (const fn of [r, ...callees(r)])
            checkers.set(fn.startIndex, fn);
    const checks = new Set();
    for (const fn of checkers.values()) {
        if (!fn.descendantsOfType('raise_statement').length)
            continue;
        const words = fn
            .descendantsOfType('string')
            .map((s) => s?.text ?? '')
            .join('\n');
        for (const [part, re] of PART_WORDS)
            if (re.test(words))
                checks.add(part);
    }
    const copies = [...reachable].some((fn) => fn.descendantsOfType('assignment').some((a) => {
        const left = a?.childForFieldName('left');
        return left?.type === 'attribute' && left.childForFieldName('attribute')?.text === 'direction';
    }));
    const checked = checks.has('names') || checks.has('order');
    if (!checked)
        checks.clear();
    if (copies)
        checks.delete('direction'); // copied from the signature, never compared
    const list = [...checks].join(', ');
    if (copies)
        return { kind: 'copies-directions', checks, at, why: `${name} copies each param's direction from the compiled signature onto its spec${checked ? ` after checking ${list}` : ''}` };
    if (checked)
        return { kind: 'abi-check', checks, at, why: `${name} rejects a compiled entry whose ${list} differ from the specs` };
    return { kind: 'none', checks, at, why: `${name} has no ABI check and takes directions from the specs` };
}
//# sourceMappingURL=runner.js.map