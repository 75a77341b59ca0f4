"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.linkModule = linkModule;
const expressions_1 = require("./eval/expressions");
const interpreter_1 = require("./eval/interpreter");
const explore_1 = require("./explore");
const scope_1 = require("./eval/scope");
const values_1 = require("./eval/values");
const reach_1 = require("./eval/reach");
const harness_1 = require("./harness");
const adapter_1 = require("./harness/adapter");
const syntax_1 = require("./syntax");
/**
 * Evaluates every place of a module that can reach a harness call: the
 * `if __name__ == "__main__":` block, each top-level function (or method)
 * containing a harness call or calling one that does, and in a test module
 * every test function and decorator list. Each is followed path by path
 * (`explore.ts`). Harness calls are intercepted, never executed; their specs
 * argument is evaluated with an evidence frame open. Instances of test-case
 * classes are linked where they are built.
 */
function linkModule(project, mod, harnesses, classHarnesses = harness_1.CLASS_HARNESSES) {
    const invocations = [];
    const problems = [];
    const sites = harnessSites(mod, harnesses);
    const holdsSite = siteFinder(sites);
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
        invocations.push({ harness: hit.harness.id, site: { path: scope.mod.path, node: call }, target, evidence, specs, binding: hit.harness.binding, ...(golden ? { golden } : {}), ...(compare ? { compare } : {}), ...wrappers(interp) });
        // what the harness returns is known only when it runs; tests of it need no paths of their own
        return (0, values_1.unknown)(`result of ${hit.harness.id}()`);
    };
    const interp = new interpreter_1.Interp(project, hook);
    const modules = () => project.all();
    // regions whose evaluation stopped (a bound, a named failure), with the first problem they reported
    const stopped = [];
    const guard = (node, fn, body) => {
        const before = problems.length;
        (0, explore_1.exploreRegion)(interp, mod, node, fn, invocations, problems, project.session.nextRegion(), body && { body, modules });
        if (problems.length > before)
            stopped.push({ region: node, problem: problems[before] });
    };
    // class-style harnesses: every instance of a test-case class is linked where it is built
    const built = new Set();
    let linking = false;
    const linkInstance = (harness, instance, site) => {
        const { target, specs, frame, golden } = harness.link(interp, instance);
        invocations.push({ harness: harness.id, site, target, evidence: collectEvidence(specs, frame.specs, interp), specs, binding: harness.binding, ...(golden ? { golden } : {}), ...wrappers(interp) });
    };
    interp.onInstance = (instance, call, scope) => {
        const harness = linking ? undefined : classHarnesses.find((h) => h.links(instance.cls));
        if (!harness)
            return;
        built.add(instance.cls);
        linking = true;
        try {
            linkInstance(harness, instance, { path: scope.mod.path, node: call });
        }
        finally {
            linking = false;
        }
    };
    if (sites.length || hasClassWithBase(mod)) {
        try {
            interp.ensureModule(mod);
        }
        catch (e) {
            // the module's own top level exhausted the stack: what it bound so far is kept
            const failure = (0, interpreter_1.namedFailure)(e, interp);
            if (!failure)
                throw e;
            problems.push({ site: failure.at?.path === mod.path ? failure.at : { path: mod.path, node: mod.parsed.tree.rootNode }, why: failure.why });
        }
    }
    // in a test module every test function may build cases: each is a region
    const testModule = [...mod.globals.vars.values()].some((v) => v.k === 'class' && v.mod === mod && classHarnesses.some((h) => h.derives(v)));
    const root = mod.parsed.tree.rootNode;
    // functions holding a harness call, called with arguments from elsewhere (`run_case(step, specs)`)
    const wrapperNames = (0, syntax_1.codeChildren)(root)
        .map((st) => (st.type === 'decorated_definition' ? st.childForFieldName('definition') : st))
        .filter((d) => d.type === 'function_definition' && holdsSite(d))
        .map((d) => d.childForFieldName('name').text);
    const callsWrapper = wrapperNames.length ? new RegExp(`\\b(?:${wrapperNames.join('|')})\\s*\\(`) : undefined;
    const isRegion = (node) => testModule || holdsSite(node) || !!callsWrapper?.test(node.text);
    const noArgs = { positional: [], keywords: new Map(), hasUnknownSplat: true };
    // `@pytest.mark.parametrize("case", [Case(A), Case(B)])` builds cases too
    const evalDecorators = (decorated, scope) => {
        if (decorated.type !== 'decorated_definition')
            return;
        for (const d of (0, syntax_1.codeChildren)(decorated)) {
            const e = d.type === 'decorator' ? (0, syntax_1.codeChildren)(d)[0] : undefined;
            if (e?.type === 'call')
                guard(d, () => void (0, expressions_1.evalExpr)(interp, e, scope));
        }
    };
    const caseClasses = [];
    for (const stmt of (0, syntax_1.codeChildren)(root)) {
        if (stmt.type === 'if_statement' && /__name__/.test(stmt.childForFieldName('condition')?.text ?? '')) {
            if (!isRegion(stmt))
                continue;
            guard(stmt, () => {
                mod.globals.set('__name__', { k: 'str', v: '__main__' });
                interp.execStmt(stmt, mod.globals, { returns: [], extraUncertain: 0 });
            }, stmt.childForFieldName('consequence') ?? undefined);
            continue;
        }
        const def = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
        if (testModule)
            evalDecorators(stmt, mod.globals);
        if (def.type === 'function_definition' && isRegion(def)) {
            const fn = mod.globals.vars.get(def.childForFieldName('name').text);
            if (fn?.k === 'func' && fn.def.startIndex === def.startIndex)
                guard(def, () => void interp.callFunction(fn, noArgs), def.childForFieldName('body') ?? undefined);
        }
        if (def.type !== 'class_definition')
            continue;
        const cls = mod.globals.vars.get(def.childForFieldName('name').text);
        if (cls?.k !== 'class' || cls.def.startIndex !== def.startIndex)
            continue;
        if (classHarnesses.some((h) => h.derives(cls))) {
            caseClasses.push({ def, cls }); // its methods run when an instance is linked
            continue;
        }
        if (!isRegion(def))
            continue;
        const classScope = new scope_1.Scope(mod, 'class', mod.globals);
        for (const [k, v] of cls.attrs)
            classScope.set(k, v);
        for (const fn of cls.attrs.values()) {
            if (fn.k !== 'func' || !within(fn.def, def) || !isRegion(fn.def))
                continue;
            if (testModule && fn.def.parent?.type === 'decorated_definition')
                evalDecorators(fn.def.parent, classScope);
            const self = { k: 'instance', cls, attrs: new Map() };
            guard(fn.def, () => void interp.callFunction(fn, noArgs, self), fn.def.childForFieldName('body') ?? undefined);
        }
    }
    // a test case built nowhere here is linked once, as a bare instance of its class
    for (const { def, cls } of caseClasses) {
        const harness = classHarnesses.find((h) => h.links(cls));
        if (harness && !built.has(cls))
            guard(def, () => linkInstance(harness, { k: 'instance', cls, attrs: new Map() }, { path: mod.path, node: def }));
    }
    interp.onInstance = undefined;
    for (const site of sites) {
        if (reached.has(site.startIndex))
            continue;
        const harness = { path: mod.path, node: site };
        const def = namedDefinition(root, (0, adapter_1.matchHarness)(site, harnesses)?.match.target);
        const unevaluated = def ? [{ entry: { path: mod.path, def }, harness }] : [];
        const cause = stopped.find((x) => within(site, x.region));
        // its region stopped before reaching it: one finding, at the cause, which also holds the entry it names
        if (cause)
            (cause.problem.unevaluated ??= []).push(...unevaluated);
        else
            problems.push({ site: harness, why: 'harness call not reached by static evaluation', ...(def ? { unevaluated } : {}) });
    }
    return { invocations: preferDecided(invocations), problems, directionReads: interp.directionReads, runs: interp.runs };
}
/**
 * A site reached both with decided entries (from a test that passes its
 * program) and with undecided ones (the helper evaluated on its own, its
 * arguments unknown) keeps only the decided evaluations.
 */
function preferDecided(invocations) {
    const entryLike = (o) => o.k === 'func' || o.k === 'class';
    const key = (i) => `${i.site.path}:${i.site.node.startIndex}`;
    const withDecided = new Set(invocations.filter((i) => (0, values_1.optionsOf)(i.target).every(entryLike)).map(key));
    return invocations.filter((i) => !withDecided.has(key(i)) || (0, values_1.optionsOf)(i.target).some(entryLike));
}
/**
 * The evidence of one harness call: the specs of the list it receives first
 * (so explanations point at the spec closest to the harness), then every spec
 * built or read on the way.
 */
function collectEvidence(specs, built, interp) {
    const out = (0, reach_1.reachableSpecs)(specs);
    for (const [spec, certain] of built)
        out.set(spec, (out.get(spec) ?? false) || certain);
    return (0, reach_1.reachableSpecs)(specs, interp.provenance, out);
}
/** The two innermost calls wrapping the current evaluation, if any. */
function wrappers(interp) {
    return interp.callers.length ? { callers: interp.callers.slice(-2) } : {};
}
/**
 * Whether a node holds one of the harness sites, by binary search over their
 * starts (a file with thousands of harness calls asks this of every statement).
 */
function siteFinder(sites) {
    const starts = sites.map((s) => s.startIndex).sort((a, b) => a - b);
    return (node) => {
        const from = node.startIndex;
        let lo = 0;
        let hi = starts.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (starts[mid] < from)
                lo = mid + 1;
            else
                hi = mid;
        }
        // a call starting inside a node ends inside it too
        return lo < starts.length && starts[lo] < node.endIndex;
    };
}
/** The module-level function a plain name (`fn=step`) names, by its text alone: its definition. */
function namedDefinition(root, target) {
    if (target?.type !== 'identifier')
        return undefined;
    let found;
    for (const st of (0, syntax_1.codeChildren)(root)) {
        const def = st.type === 'decorated_definition' ? st.childForFieldName('definition') : st;
        // the last definition of the name wins, as at run time; a name bound otherwise too is not trusted
        if (def?.type === 'function_definition' && def.childForFieldName('name')?.text === target.text)
            found = def;
    }
    return found;
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
function hasClassWithBase(mod) {
    return mod.parsed.tree.rootNode.descendantsOfType('class_definition').some((c) => {
        const sup = c?.childForFieldName('superclasses');
        return !!sup && (0, syntax_1.codeChildren)(sup).some((b) => !!(0, syntax_1.dottedName)(b));
    });
}
//# sourceMappingURL=link.js.map