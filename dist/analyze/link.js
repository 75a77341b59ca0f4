"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.linkModule = linkModule;
const expressions_1 = require("./eval/expressions");
const interpreter_1 = require("./eval/interpreter");
const values_1 = require("./eval/values");
const evidence_1 = require("../decide/evidence");
const adapter_1 = require("./harness/adapter");
const syntax_1 = require("./syntax");
/** Names of base classes that make a class a pypto test case. */
const TEST_CASE_BASES = new Set(['PTOTestCase']);
/**
 * Evaluates every place of a module that can reach a harness call: the
 * `if __name__ == "__main__":` block, each top-level function containing a
 * harness call, and test-case classes. Harness calls are intercepted, never
 * executed; their specs argument is evaluated with an evidence frame open.
 */
function linkModule(project, mod, harnesses) {
    const invocations = [];
    const problems = [];
    const sites = harnessSites(mod, harnesses);
    const reached = new Set();
    const hook = (call, scope, interp) => {
        const hit = (0, adapter_1.matchHarness)(call, harnesses);
        if (!hit)
            return undefined;
        const target = (0, expressions_1.evalExpr)(interp, hit.match.target, scope);
        const { value: specs, frame } = interp.withEvidence(() => (0, expressions_1.evalExpr)(interp, hit.match.specs, scope));
        if (call.tree === mod.parsed.tree)
            reached.add(call.startIndex);
        const evidence = collectEvidence(specs, frame.specs, interp);
        const golden = hit.match.golden && (0, expressions_1.evalExpr)(interp, hit.match.golden, scope);
        const compare = hit.match.compare && (0, expressions_1.evalExpr)(interp, hit.match.compare, scope);
        invocations.push({ harness: hit.harness.id, site: { path: scope.mod.path, node: call }, target, evidence, specs, bindBy: 'name', ...(golden ? { golden } : {}), ...(compare ? { compare } : {}) });
        return { k: 'opaque', why: `result of ${hit.harness.id}()` };
    };
    const interp = new interpreter_1.Interp(project, hook);
    const guard = (node, fn) => {
        interp.steps = 0;
        interp.uncertain = 0;
        try {
            fn();
        }
        catch (e) {
            if (!(e instanceof interpreter_1.BudgetExceeded))
                throw e;
            problems.push({ site: { path: mod.path, node }, why: e.message });
        }
    };
    if (sites.length || hasTestCaseClass(mod))
        interp.ensureModule(mod);
    const root = mod.parsed.tree.rootNode;
    for (const stmt of (0, syntax_1.codeChildren)(root)) {
        if (stmt.type === 'if_statement' && /__name__/.test(stmt.childForFieldName('condition')?.text ?? '')) {
            if (!sites.some((s) => within(s, stmt)))
                continue;
            guard(stmt, () => {
                mod.globals.set('__name__', { k: 'str', v: '__main__' });
                interp.execStmt(stmt, mod.globals, { returns: [], extraUncertain: 0 });
            });
            continue;
        }
        const def = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
        if (def.type === 'function_definition' && sites.some((s) => within(s, def))) {
            const fn = mod.globals.vars.get(def.childForFieldName('name').text);
            if (fn?.k === 'func' && fn.def.startIndex === def.startIndex) {
                guard(def, () => void interp.callFunction(fn, { positional: [], keywords: new Map(), hasUnknownSplat: true }));
            }
        }
        if (def.type === 'class_definition') {
            guard(def, () => linkTestCase(interp, mod, def, invocations));
            if (!sites.some((s) => within(s, def)))
                continue;
            for (const method of def.childForFieldName('body').descendantsOfType('function_definition')) {
                if (!method || !sites.some((s) => within(s, method)))
                    continue;
                const cls = mod.globals.vars.get(def.childForFieldName('name').text);
                const fn = cls?.k === 'class' ? cls.attrs.get(method.childForFieldName('name').text) : undefined;
                if (fn?.k === 'func') {
                    const self = cls?.k === 'class' ? { k: 'instance', cls, attrs: new Map() } : (0, values_1.unknown)('self');
                    guard(method, () => void interp.callFunction(fn, { positional: [], keywords: new Map(), hasUnknownSplat: true }, self));
                }
            }
        }
    }
    for (const site of sites) {
        if (!reached.has(site.startIndex))
            problems.push({ site: { path: mod.path, node: site }, why: 'harness call not reached by static evaluation' });
    }
    return { invocations, problems, directionReads: interp.directionReads };
}
/**
 * The evidence of one harness call: the specs of the list it receives first
 * (so explanations point at the spec closest to the harness), then every spec
 * built or read on the way.
 */
function collectEvidence(specs, built, interp) {
    const out = (0, evidence_1.reachableSpecs)(specs);
    for (const [spec, certain] of built)
        out.set(spec, (out.get(spec) ?? false) || certain);
    return (0, evidence_1.reachableSpecs)(specs, interp.provenance, out);
}
function within(inner, outer) {
    return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}
/**
 * Calls that match a harness. The source text is searched for the callee
 * names first, so only those spots of the tree are visited.
 */
function harnessSites(mod, harnesses) {
    const names = harnesses.flatMap((h) => h.calleeNames);
    const re = new RegExp(`\\b(?:${names.map((n) => n.replace(/\W/g, '')).join('|')})\\s*\\(`, 'g');
    const root = mod.parsed.tree.rootNode;
    const out = new Map();
    for (const m of mod.parsed.source.text.matchAll(re)) {
        let node = root.descendantForIndex(m.index);
        while (node && node.type !== 'call')
            node = node.parent;
        if (node && !out.has(node.startIndex) && (0, adapter_1.matchHarness)(node, harnesses))
            out.set(node.startIndex, node);
    }
    return [...out.values()];
}
function hasTestCaseClass(mod) {
    return mod.parsed.tree.rootNode.descendantsOfType('class_definition').some((c) => {
        const sup = c?.childForFieldName('superclasses');
        return !!sup && (0, syntax_1.codeChildren)(sup).some((b) => !!(0, syntax_1.dottedName)(b));
    });
}
/** A class whose base chain reaches a known test-case base. */
function isTestCase(cls, seen = new Set()) {
    if (seen.has(cls))
        return false;
    seen.add(cls);
    if (cls.k === 'extern')
        return TEST_CASE_BASES.has(cls.name.slice(cls.name.lastIndexOf('.') + 1));
    if (cls.k !== 'class')
        return false;
    if (TEST_CASE_BASES.has(cls.name))
        return false; // the base itself is not a test
    return cls.bases.some((b) => (b.k === 'class' && TEST_CASE_BASES.has(b.name)) || isTestCase(b, seen));
}
/** The class (in MRO-like order) whose body defines `name`. */
function definingClass(cls, name, seen = new Set()) {
    if (seen.has(cls))
        return undefined;
    seen.add(cls);
    if (cls.attrs.has(name))
        return cls;
    for (const base of cls.bases) {
        if (base.k !== 'class')
            continue;
        const found = definingClass(base, name, seen);
        if (found)
            return found;
    }
    return undefined;
}
/**
 * pypto's `PTOTestCase`: `get_program()` gives the program, `define_tensors()`
 * the specs; linked per class (inherited methods included).
 */
function linkTestCase(interp, mod, def, out) {
    const cls = mod.globals.vars.get(def.childForFieldName('name').text);
    if (!cls || cls.k !== 'class' || cls.def.startIndex !== def.startIndex || !isTestCase(cls))
        return;
    const self = { k: 'instance', cls, attrs: new Map() };
    const noArgs = { positional: [], keywords: new Map(), hasUnknownSplat: false };
    const call = (name) => {
        const m = (0, expressions_1.getAttr)(interp, self, name);
        return m.k === 'func' ? interp.callFunction(m, noArgs, self) : (0, values_1.unknown)(`${cls.name}.${name} is not defined`);
    };
    // helper bases do not define get_program below the PTOTestCase base itself
    const owner = definingClass(cls, 'get_program');
    if (!owner || TEST_CASE_BASES.has(owner.name))
        return;
    const program = call('get_program');
    const { value: specs, frame } = interp.withEvidence(() => call('define_tensors'));
    const evidence = collectEvidence(specs, frame.specs, interp);
    const expected = (0, expressions_1.getAttr)(interp, self, 'compute_expected');
    out.push({ harness: 'PTOTestCase', site: { path: mod.path, node: def }, target: program, evidence, specs, bindBy: 'position', ...(expected.k === 'func' ? { golden: expected } : {}) });
}
//# sourceMappingURL=link.js.map