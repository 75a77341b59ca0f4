"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Interp = exports.BudgetExceeded = void 0;
exports.namedFailure = namedFailure;
const syntax_1 = require("../syntax");
const expressions_1 = require("./expressions");
const scope_1 = require("./scope");
const operations_1 = require("./operations");
const paths_1 = require("./paths");
const values_1 = require("./values");
const limits_1 = require("./limits");
const work_1 = require("../../work");
/** Thrown when an evaluation exceeds its step or size budget; caught per harness run. */
class BudgetExceeded extends Error {
    at;
    constructor(message, 
    /** Where the budget ran out, when that names a better place than the region. */
    at) {
        super(message);
        this.at = at;
    }
}
exports.BudgetExceeded = BudgetExceeded;
/**
 * The reason for a JavaScript failure that analyzed code can provoke (a
 * stack exhausted by nesting, a string or array past what V8 holds), placed
 * at the statement the evaluator was running; undefined for anything else
 * (a bug, rethrown).
 */
function namedFailure(e, interp) {
    if (!(e instanceof RangeError))
        return undefined;
    const at = interp?.site();
    if (/call stack/i.test(e.message))
        return { why: 'evaluation nested too deeply', at };
    if (/invalid (string|array|typed array) length/i.test(e.message))
        return { why: limits_1.TOO_LARGE, at };
    return undefined;
}
const MAX_DEPTH = 40;
/** Call depth (from the harness region) down to which an explored path makes choices. */
const MAX_CHOICE_DEPTH = 2;
const MAX_ITERATIONS = 10_000;
/**
 * A small abstract interpreter for the Python that builds golden specs. It
 * never executes the analyzed code: it walks its syntax tree, models literal
 * data, lists, dicts, functions and classes, and answers `unknown` for
 * anything else. Branches whose condition is unknown are both explored, with
 * the work done there marked uncertain.
 */
class Interp {
    host;
    hook;
    maxSteps;
    maxCells;
    steps = 0;
    /** Cells built or scanned (see {@link MAX_CELLS}), counted like steps. */
    cells = 0;
    /** How deeply expressions nest in the current evaluation. */
    nesting = 0;
    /** How many undecidable branches enclose the current evaluation. */
    uncertain = 0;
    depth = 0;
    evidence = [];
    /** Reads of `.is_output`/`.is_input` on spec values, in evaluation order. */
    directionReads = [];
    /** Specs built or read while a call ran, keyed by the value it returned. */
    provenance = new WeakMap();
    /** Called with every instance a class call builds (class-style harnesses link them). */
    onInstance;
    /** The calls of user functions being evaluated, outermost first (wrappers of a harness call). */
    callers = [];
    /** Set while one path of a harness region is followed (see {@link PathExplorer}). */
    paths;
    /** Set while one path of a harness region is followed, to resume it after a shared prefix. */
    blockHooks;
    /** Work counts: region runs started, and those resumed after the prefix their region's paths share. */
    runs = { started: 0, resumed: 0 };
    /** How many `try ... except` (or `pytest.raises`) blocks enclose the current statement. */
    catching = 0;
    /** Counts of the work done (the host's, else this evaluator's own). */
    work;
    /** The statement being executed (the innermost), to place a failure. */
    currentNode;
    currentPath = '';
    constructor(host, hook, maxSteps = 500_000, maxCells = limits_1.MAX_CELLS) {
        this.host = host;
        this.hook = hook;
        this.maxSteps = maxSteps;
        this.maxCells = maxCells;
        this.work = host.work ?? new work_1.WorkCounts();
    }
    /** Counts one evaluation step; throws {@link BudgetExceeded} past the budget. */
    tick() {
        this.work.evalSteps++;
        if (++this.steps > this.maxSteps)
            throw new BudgetExceeded('evaluation budget exceeded');
    }
    /**
     * Counts `n` cells built or scanned (items copied, entries searched);
     * throws {@link BudgetExceeded} past the budget, at the current statement.
     */
    charge(n) {
        this.cells += n;
        if (this.cells > this.maxCells)
            throw new BudgetExceeded(`${limits_1.TOO_LARGE}: over ${this.maxCells} items built or scanned in one evaluation`, this.site());
    }
    /** How many `try ... except` blocks enclose the current statement. */
    get catchingDepth() {
        return this.catching;
    }
    /** The statement being executed, if any. */
    site() {
        return this.currentNode && { path: this.currentPath, node: this.currentNode };
    }
    /** Runs a module's top level once (not as `__main__`). */
    ensureModule(mod) {
        if (mod.state !== 'new')
            return;
        mod.state = 'running';
        this.work.moduleRuns++;
        const saved = { uncertain: this.uncertain, steps: this.steps, cells: this.cells, depth: this.depth, paths: this.paths, blockHooks: this.blockHooks, catching: this.catching };
        this.paths = undefined; // a module runs once, whatever path first imports it
        this.blockHooks = undefined;
        this.uncertain = 0;
        // a module's top level may hold large literal tables: it gets a budget of its own, ten times a call's
        this.steps = -9 * this.maxSteps;
        this.cells = -9 * this.maxCells;
        this.depth = 0;
        mod.globals.set('__name__', { k: 'str', v: moduleName(mod.path) });
        try {
            this.execBlock(mod.parsed.tree.rootNode, mod.globals, { returns: [], extraUncertain: 0 });
        }
        catch (e) {
            if (!(e instanceof BudgetExceeded))
                throw e;
        }
        finally {
            Object.assign(this, saved);
            mod.state = 'done';
        }
    }
    /** Records a spec in every open evidence frame. */
    noteSpec(spec) {
        for (const frame of this.evidence) {
            const certain = this.uncertain <= frame.base;
            frame.specs.set(spec, (frame.specs.get(spec) ?? false) || certain);
        }
    }
    /** Evaluates `fn` with an evidence frame open; returns its value and the frame. */
    withEvidence(fn) {
        const frame = { base: this.uncertain, specs: new Map() };
        this.evidence.push(frame);
        try {
            return { value: fn(), frame };
        }
        finally {
            this.evidence.splice(this.evidence.indexOf(frame), 1);
        }
    }
    /** Runs `fn` as if on a path that may not be taken. */
    maybe(fn) {
        this.uncertain++;
        try {
            return fn();
        }
        finally {
            this.uncertain--;
        }
    }
    execBlock(block, scope, frame) {
        const stmts = (0, syntax_1.codeChildren)(block);
        const hooks = this.blockHooks;
        for (let i = hooks ? hooks.enter(this, block, scope, frame) : 0; i < stmts.length; i++) {
            hooks?.before(this, block, i, scope, frame);
            const flow = this.execStmt(stmts[i], scope, frame);
            if (flow !== 'next')
                return flow;
        }
        return 'next';
    }
    execStmt(stmt, scope, frame) {
        this.tick();
        this.currentNode = stmt;
        this.currentPath = scope.mod.path;
        switch (stmt.type) {
            case 'expression_statement':
                for (const e of (0, syntax_1.codeChildren)(stmt))
                    this.evalStatementExpr(e, scope);
                return 'next';
            case 'return_statement': {
                const e = (0, syntax_1.codeChildren)(stmt)[0];
                frame.returns.push(e ? (0, expressions_1.evalExpr)(this, e, scope) : { k: 'none' });
                return 'return';
            }
            case 'raise_statement':
                // on an explored path, a raise that surely runs ends the path
                if (this.paths && this.uncertain === 0 && this.catching === 0)
                    throw new paths_1.PathEnd();
                return 'raise';
            case 'assert_statement': {
                // `assert test_runner.run(Case(...)).passed`: what the test builds is evaluated, the check is not
                const cond = (0, syntax_1.codeChildren)(stmt)[0];
                if (cond)
                    (0, expressions_1.evalExpr)(this, cond, scope);
                return 'next';
            }
            case 'pass_statement':
            case 'global_statement':
            case 'nonlocal_statement':
            case 'delete_statement':
            case 'print_statement':
            case 'type_alias_statement':
                return 'next';
            case 'break_statement':
                return 'break';
            case 'continue_statement':
                return 'continue';
            case 'function_definition':
            case 'class_definition':
            case 'decorated_definition':
                this.define((0, syntax_1.definitionOf)(stmt), scope);
                return 'next';
            case 'import_statement':
            case 'import_from_statement':
            case 'future_import_statement':
                this.importStmt(stmt, scope);
                return 'next';
            case 'if_statement':
                return this.ifStmt(stmt, scope, frame);
            case 'for_statement':
                return this.forStmt(stmt, scope, frame);
            case 'while_statement':
                return this.branches(scope, frame, [stmt.childForFieldName('body')], true);
            case 'with_statement': {
                const catches = /\b(raises|suppress)\s*\(/.test((0, syntax_1.codeChildren)(stmt).find((c) => c.type === 'with_clause')?.text ?? '');
                return this.catchingIf(catches, () => this.execBlock(stmt.childForFieldName('body'), scope, frame));
            }
            case 'try_statement': {
                const body = stmt.childForFieldName('body');
                const catches = (0, syntax_1.codeChildren)(stmt).some((c) => c.type === 'except_clause' || c.type === 'except_group_clause');
                const flow = this.catchingIf(catches, () => this.execBlock(body, scope, frame));
                const fin = (0, syntax_1.codeChildren)(stmt).find((c) => c.type === 'finally_clause');
                const els = (0, syntax_1.codeChildren)(stmt).find((c) => c.type === 'else_clause');
                if (flow === 'next' && els) {
                    const f = this.execBlock(els.childForFieldName('body') ?? (0, syntax_1.codeChildren)(els).at(-1), scope, frame);
                    if (f !== 'next')
                        return f;
                }
                if (fin)
                    this.execBlock((0, syntax_1.codeChildren)(fin).at(-1), scope, frame);
                return flow;
            }
            case 'match_statement':
                return this.branches(scope, frame, stmt.descendantsOfType('block').filter((b) => b.parent?.type === 'case_clause'), true);
            default:
                return 'next';
        }
    }
    evalStatementExpr(e, scope) {
        if (e.type === 'assignment')
            this.assignStmt(e, scope);
        else if (e.type === 'augmented_assignment')
            this.augAssign(e, scope);
        else
            (0, expressions_1.evalExpr)(this, e, scope);
    }
    assignStmt(node, scope) {
        const right = node.childForFieldName('right');
        const left = node.childForFieldName('left');
        if (!right)
            return; // annotation only
        let value;
        if (right.type === 'assignment') {
            this.assignStmt(right, scope); // a = b = v: evaluate once, bind both
            value = (0, expressions_1.evalExpr)(this, right.childForFieldName('left'), scope);
        }
        else {
            value = (0, expressions_1.evalExpr)(this, right, scope);
        }
        this.bind(left, value, scope);
    }
    augAssign(node, scope) {
        const left = node.childForFieldName('left');
        const op = node.childForFieldName('operator').text.slice(0, -1);
        const cur = (0, expressions_1.evalExpr)(this, left, scope);
        const rhs = (0, expressions_1.evalExpr)(this, node.childForFieldName('right'), scope);
        if (op === '+' && cur.k === 'seq' && !cur.tuple) {
            (0, operations_1.extendInPlace)(this, cur, rhs); // list += iterable mutates in place
            return;
        }
        this.bind(left, (0, operations_1.binaryOp)(this, op, cur, rhs, { path: scope.mod.path, node }), scope);
    }
    /** Binds a value to an assignment target (names, unpacking, attributes, items). */
    bind(target, value, scope) {
        switch (target.type) {
            case 'identifier':
                scope.set(target.text, value);
                return;
            case 'pattern_list':
            case 'tuple_pattern':
            case 'list_pattern':
            case 'expression_list':
            case 'tuple':
            case 'list': {
                const targets = (0, syntax_1.codeChildren)(target);
                const star = targets.findIndex((t) => t.type === 'list_splat_pattern' || t.type === 'list_splat');
                if (value.k === 'oneOf' && star < 0) {
                    // `specs, ctx = build()` where build returns one of several tuples: unpack each, keep the union
                    const opts = value.options;
                    if (opts.every((o) => o.k === 'seq' && !o.inexact && o.items.length === targets.length)) {
                        targets.forEach((t, i) => this.bind(t, (0, values_1.oneOf)(opts.map((o) => o.items[i])), scope));
                        return;
                    }
                }
                const items = value.k === 'seq' && !value.inexact ? value.items : undefined;
                if (!items || (star < 0 && items.length !== targets.length)) {
                    const why = (0, operations_1.isUnknownLike)(value) ? value : (0, values_1.unknown)(`cannot unpack ${value.k}`);
                    for (const t of targets)
                        this.bind(t.type.startsWith('list_splat') ? (0, syntax_1.codeChildren)(t)[0] : t, why, scope);
                    return;
                }
                if (star < 0) {
                    targets.forEach((t, i) => this.bind(t, items[i], scope));
                    return;
                }
                const after = targets.length - star - 1;
                targets.slice(0, star).forEach((t, i) => this.bind(t, items[i], scope));
                this.charge(items.length);
                this.bind((0, syntax_1.codeChildren)(targets[star])[0], { k: 'seq', tuple: false, items: items.slice(star, items.length - after) }, scope);
                targets.slice(star + 1).forEach((t, i) => this.bind(t, items[items.length - after + i], scope));
                return;
            }
            case 'parenthesized_expression':
                this.bind((0, syntax_1.codeChildren)(target)[0], value, scope);
                return;
            case 'attribute': {
                const obj = (0, expressions_1.evalExpr)(this, target.childForFieldName('object'), scope);
                const name = target.childForFieldName('attribute').text;
                if (obj.k === 'instance' || obj.k === 'class')
                    obj.attrs.set(name, value);
                else if (obj.k === 'spec')
                    (0, operations_1.setSpecField)(this, obj.spec, name, value);
                else if (obj.k === 'oneOf') {
                    // which object is meant depends on a branch: each may or may not change
                    for (const o of obj.options)
                        if (o.k === 'spec')
                            this.maybe(() => (0, operations_1.setSpecField)(this, o.spec, name, value));
                }
                return;
            }
            case 'subscript': {
                const obj = (0, expressions_1.evalExpr)(this, target.childForFieldName('value'), scope);
                const key = (0, expressions_1.evalExpr)(this, target.childForFieldName('subscript'), scope);
                if (obj.k === 'dict')
                    (0, operations_1.setItem)(this, obj, key, value);
                else if (obj.k === 'seq' && key.k === 'num' && !obj.inexact) {
                    const i = key.v < 0 ? obj.items.length + key.v : key.v;
                    if (i >= 0 && i < obj.items.length)
                        obj.items[i] = this.uncertain ? (0, values_1.oneOf)([obj.items[i], value]) : value;
                }
                else if (obj.k === 'seq')
                    obj.inexact = true;
                return;
            }
            default:
                return;
        }
    }
    define(def, scope) {
        const name = def.childForFieldName('name').text;
        if (def.type === 'function_definition') {
            scope.set(name, { k: 'func', def, mod: scope.mod, closure: scope, name });
            return;
        }
        const bases = (0, syntax_1.codeChildren)(def.childForFieldName('superclasses') ?? def)
            .filter((b) => b.type !== 'keyword_argument' && def.childForFieldName('superclasses'))
            .map((b) => (0, expressions_1.evalExpr)(this, b, scope));
        const body = new scope_1.Scope(scope.mod, 'class', scope);
        const cls = { k: 'class', def, mod: scope.mod, name, attrs: body.vars, bases };
        scope.set(name, cls);
        this.execBlock(def.childForFieldName('body'), body, { returns: [], extraUncertain: 0 });
    }
    importStmt(stmt, scope) {
        if (stmt.type === 'future_import_statement')
            return;
        if (stmt.type === 'import_statement') {
            for (const item of (0, syntax_1.codeChildren)(stmt)) {
                if (item.type === 'aliased_import') {
                    const dotted = item.childForFieldName('name').text;
                    scope.set(item.childForFieldName('alias').text, this.moduleValue(scope.mod, dotted, 0));
                }
                else {
                    const head = item.text.split('.')[0];
                    scope.set(head, this.moduleValue(scope.mod, head, 0));
                }
            }
            return;
        }
        const modNode = stmt.childForFieldName('module_name');
        let level = 0;
        let dotted = modNode.text;
        if (modNode.type === 'relative_import') {
            const prefix = (0, syntax_1.codeChildren)(modNode).find((c) => c.type === 'import_prefix');
            level = prefix ? prefix.text.length : 0;
            dotted = (0, syntax_1.codeChildren)(modNode).find((c) => c.type === 'dotted_name')?.text ?? '';
        }
        const source = this.host.resolveImport(scope.mod, dotted, level);
        if ((0, syntax_1.codeChildren)(stmt).some((c) => c.type === 'wildcard_import')) {
            if (source) {
                this.ensureModule(source);
                for (const [k, v] of source.globals.vars)
                    if (!k.startsWith('_'))
                        scope.set(k, v);
            }
            return;
        }
        for (const item of stmt.childrenForFieldName('name')) {
            const nameNode = item.type === 'aliased_import' ? item.childForFieldName('name') : item;
            const local = item.type === 'aliased_import' ? item.childForFieldName('alias').text : nameNode.text;
            const name = nameNode.text;
            if (!source) {
                scope.set(local, { k: 'extern', name: dotted ? `${dotted}.${name}` : name });
                continue;
            }
            this.ensureModule(source);
            const v = source.globals.vars.get(name);
            if (v !== undefined)
                scope.set(local, v);
            else {
                const sub = this.host.resolveImport(source, name, 1);
                scope.set(local, sub ? { k: 'module', mod: sub } : (0, values_1.unknown)(`${name} is not defined in ${source.path}`));
            }
        }
    }
    /** The value of `import dotted`: an analyzed module, or an external name. */
    moduleValue(from, dotted, level) {
        const mod = this.host.resolveImport(from, dotted, level);
        return mod ? { k: 'module', mod } : { k: 'extern', name: dotted };
    }
    ifStmt(stmt, scope, frame) {
        const arms = [
            { cond: stmt.childForFieldName('condition'), body: stmt.childForFieldName('consequence') },
        ];
        for (const alt of stmt.childrenForFieldName('alternative')) {
            arms.push({ cond: alt.childForFieldName('condition') ?? undefined, body: alt.childForFieldName('body') ?? (0, syntax_1.codeChildren)(alt).at(-1) });
        }
        const candidates = [];
        let exhaustive = false;
        for (const arm of arms) {
            const cond = arm.cond;
            // an arm that surely raises needs no path of its own: merged, it already leaves what follows certain
            const raises = surelyRaises(arm.body);
            const choose = candidates.length === 0 && !raises;
            const v = cond ? this.maybeIf(candidates.length > 0, () => (0, expressions_1.evalExpr)(this, cond, scope)) : values_1.TRUE;
            let t = cond ? this.maybeIf(candidates.length > 0, () => this.truth(v, cond.text, choose)) : true;
            if (t === undefined && isGuard(arm.body) && candidates.length === 0 && this.paths && this.uncertain === 0 && this.catching === 0) {
                // a guard clause: every path that goes on has its test false (`if mode not in (...): raise`)
                const fact = this.factFor(v, cond.text);
                if (fact) {
                    this.paths.assume(fact, false);
                    t = false;
                }
            }
            if (t === false)
                continue;
            candidates.push(arm.body);
            if (t === true) {
                exhaustive = true;
                break;
            }
        }
        if (candidates.length === 1 && exhaustive)
            return this.execBlock(candidates[0], scope, frame);
        return this.branches(scope, frame, candidates, !exhaustive);
    }
    catchingIf(cond, fn) {
        if (!cond)
            return fn();
        this.catching++;
        try {
            return fn();
        }
        finally {
            this.catching--;
        }
    }
    /** The fact an undecided condition tests, if it is about a run-time value. */
    factFor(v, text) {
        if (v.k === 'unknown' && v.fact)
            return v.fact;
        return (0, paths_1.isSubject)(v) ? { subject: v, test: 'truthy', values: [], negated: false, text } : undefined;
    }
    /**
     * The truth of a condition; on an explored path an undecided test of a
     * run-time value is decided by the path (with `choose`, a new choice may be made).
     */
    truth(v, text, choose) {
        const t = (0, values_1.truthy)(v);
        if (t !== undefined || !this.paths)
            return t;
        const fact = this.factFor(v, text);
        if (!fact)
            return undefined;
        // new choices only in the region and the builders it calls: deeper tests stay merged
        return choose && this.depth <= MAX_CHOICE_DEPTH ? this.paths.decide(fact) : this.paths.evaluate(fact);
    }
    maybeIf(cond, fn) {
        return cond ? this.maybe(fn) : fn();
    }
    /**
     * Runs alternative blocks of which at most one runs (or, with `orNone`,
     * possibly none), then merges the variables they leave behind.
     */
    branches(scope, frame, blocks, orNone) {
        // each alternative starts from the bindings before it; what each wrote is kept apart, then merged
        const mark = scope.mark();
        const survivors = orNone ? [new Map()] : [];
        const flows = [];
        try {
            for (const block of blocks) {
                const flow = this.maybe(() => this.execBlock(block, scope, frame));
                flows.push(flow);
                if (flow === 'next' || flow === 'continue')
                    survivors.push(scope.writtenSince(mark));
                scope.undo(mark);
            }
        }
        finally {
            scope.release(mark);
        }
        if (survivors.length === 0)
            return orNone ? 'next' : flows.every((f) => f === 'return' || f === 'raise') ? 'return' : flows[0];
        const names = new Set(survivors.flatMap((m) => [...m.keys()]));
        for (const name of names) {
            const values = survivors.map((m) => m.get(name) ?? scope.vars.get(name) ?? (0, values_1.unknown)(`${name} may be unbound`));
            scope.set(name, values.every((v) => v === values[0]) ? values[0] : (0, values_1.oneOf)(values));
        }
        // A branch that raises aborts the whole run, so it does not make what follows conditional.
        const continuing = flows.filter((f) => f !== 'raise').length + (orNone ? 1 : 0);
        if (survivors.length < continuing) {
            frame.extraUncertain++; // some path returned or broke out early: what follows may not run
            this.uncertain++;
        }
        return 'next';
    }
    forStmt(stmt, scope, frame) {
        const iterable = (0, expressions_1.evalExpr)(this, stmt.childForFieldName('right'), scope);
        const target = stmt.childForFieldName('left');
        const body = stmt.childForFieldName('body');
        const items = (0, operations_1.iterate)(iterable, this);
        if (!items) {
            // an item of a run-time collection (`for mode in args.modes`) is itself a run-time value
            const item = iterable.k === 'opaque' ? { k: 'opaque', why: `item of ${iterable.why}` }
                : iterable.k === 'unknown' && iterable.input ? { k: 'unknown', why: `item of ${iterable.why}`, input: true }
                    : (0, operations_1.isUnknownLike)(iterable) ? iterable : (0, values_1.unknown)(`cannot iterate ${iterable.k}`);
            this.bind(target, item, scope);
            return this.branches(scope, frame, [body], true);
        }
        let count = 0;
        for (const item of items.values) {
            if (++count > MAX_ITERATIONS)
                throw new BudgetExceeded('loop too long');
            this.bind(target, item, scope);
            const flow = items.exact ? this.execBlock(body, scope, frame) : this.maybe(() => this.execBlock(body, scope, frame));
            if (flow === 'break')
                return 'next';
            if (flow === 'return' || flow === 'raise')
                return flow;
        }
        return 'next';
    }
    runBody(fn, scope) {
        if (fn.k === 'lambda')
            return (0, expressions_1.evalExpr)(this, fn.node.childForFieldName('body'), scope);
        const frame = { returns: [], extraUncertain: 0 };
        const flow = this.execBlock(fn.def.childForFieldName('body'), scope, frame);
        if (flow === 'raise' && frame.returns.length === 0)
            return (0, values_1.unknown)(`${fn.name}() raises`);
        if (flow === 'next' || flow === 'break' || flow === 'continue')
            frame.returns.push({ k: 'none' });
        if (isGenerator(fn.def))
            return (0, values_1.unknown)(`${fn.name}() is a generator`);
        return (0, values_1.oneOf)(frame.returns);
    }
    /** Calls a user-defined function or lambda with evaluated arguments. */
    callFunction(fn, args, self) {
        if (this.depth >= MAX_DEPTH)
            return (0, values_1.unknown)('call depth limit reached');
        const params = fn.k === 'func' ? fn.def.childForFieldName('parameters') : fn.node.childForFieldName('parameters');
        const scope = new scope_1.Scope(fn.mod, 'function', fn.closure);
        const positional = self ? [self, ...args.positional] : args.positional;
        if (params)
            bindParams(this, params, scope, positional, args.keywords, args.hasUnknownSplat);
        this.depth++;
        const saved = this.uncertain;
        try {
            const { value, frame: seen } = this.withEvidence(() => this.runBody(fn, scope));
            if (seen.specs.size) {
                // the value remembers the specs that went into it (`specs = build(); run(specs=specs)`)
                this.provenance.set(value, seen.specs);
                if (value.k === 'seq')
                    for (const item of value.items)
                        if (!this.provenance.has(item))
                            this.provenance.set(item, seen.specs);
            }
            return value;
        }
        finally {
            this.uncertain = saved;
            this.depth--;
        }
    }
}
exports.Interp = Interp;
/** Binds call arguments to a parameter list in a new scope. */
function bindParams(interp, params, scope, positional, keywords, splat) {
    let i = 0;
    let keywordOnly = false;
    const used = new Set();
    for (const p of (0, syntax_1.codeChildren)(params)) {
        if (p.type === 'keyword_separator') {
            keywordOnly = true;
            continue;
        }
        if (p.type === 'positional_separator')
            continue;
        if (p.type === 'list_splat_pattern') {
            scope.set((0, syntax_1.codeChildren)(p)[0]?.text ?? '_', { k: 'seq', tuple: true, items: positional.slice(i), inexact: splat });
            i = positional.length;
            keywordOnly = true;
            continue;
        }
        if (p.type === 'dictionary_splat_pattern') {
            const rest = [...keywords].filter(([k]) => !used.has(k)).map(([k, v]) => [{ k: 'str', v: k }, v]);
            scope.set((0, syntax_1.codeChildren)(p)[0]?.text ?? '_', { k: 'dict', entries: rest, inexact: splat });
            continue;
        }
        const nameNode = p.type === 'identifier' ? p : (p.childForFieldName('name') ?? (0, syntax_1.codeChildren)(p)[0]);
        const name = nameNode.text;
        used.add(name);
        let v;
        if (!keywordOnly && i < positional.length)
            v = positional[i++];
        else if (keywords.has(name))
            v = keywords.get(name);
        else if (splat)
            v = { k: 'unknown', why: `argument ${name} may come from *args/**kwargs`, input: true };
        else {
            const def = p.childForFieldName('value');
            v = def ? (0, expressions_1.evalExpr)(interp, def, scope.parent ?? scope) : (0, values_1.unknown)(`argument ${name} not given`);
        }
        scope.set(name, v);
    }
}
/** Whether a block ends in a `raise`. */
function surelyRaises(block) {
    return (0, syntax_1.codeChildren)(block).at(-1)?.type === 'raise_statement';
}
/** A guard clause: a `raise`, at most after printing why (no work that a path could need). */
function isGuard(block) {
    const stmts = (0, syntax_1.codeChildren)(block);
    return surelyRaises(block) && stmts.slice(0, -1).every((s) => s.type === 'expression_statement' && /^(print|logger\.\w+|logging\.\w+|warnings\.warn)\s*\(/.test(s.text));
}
const generatorCache = new WeakMap();
/** Whether a function body yields (looked up once per definition). */
function isGenerator(def) {
    let byId = generatorCache.get(def.tree);
    if (!byId)
        generatorCache.set(def.tree, (byId = new Map()));
    let hit = byId.get(def.id);
    if (hit === undefined)
        byId.set(def.id, (hit = scanForYield(def)));
    return hit;
}
function scanForYield(def) {
    const body = def.childForFieldName('body');
    if (!body)
        return false;
    const stack = [...(0, syntax_1.codeChildren)(body)];
    while (stack.length) {
        const n = stack.pop();
        if (n.type === 'yield')
            return true;
        if (n.type === 'function_definition' || n.type === 'lambda' || n.type === 'class_definition')
            continue;
        for (const c of (0, syntax_1.codeChildren)(n))
            stack.push(c);
    }
    return false;
}
function moduleName(path) {
    const base = path.replace(/\\/g, '/').split('/').pop() ?? path;
    return base.replace(/\.py$/, '');
}
//# sourceMappingURL=interpreter.js.map