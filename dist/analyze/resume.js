"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RegionResume = void 0;
const clone_1 = require("./eval/clone");
const syntax_1 = require("./syntax");
/**
 * Lets the paths of a harness region share the work before their first
 * choice. Every path runs the same statements up to the test where the first
 * run made its first choice; when that test sits in a statement of the
 * region's body (or of a function the body calls as `f()`), the second run
 * takes a snapshot there (the values built so far are copied, see
 * {@link Cloner}) and every later run starts from a copy of it: the calls on
 * the way to that statement are made again, the statements before it are
 * not. Anything unusual there (inside `try`, under an undecided branch, a
 * closure over a scope the snapshot cannot copy) leaves the runs as they
 * were: each from the start.
 */
class RegionResume {
    body;
    mod;
    globalsMark;
    invocations;
    modules;
    bodyDepth;
    bodyEvidence = 0;
    /** The `f()` statement of the body being run, while it runs. */
    spine;
    last;
    wanted;
    snapshot;
    resuming;
    run = 0;
    invocationsFrom = 0;
    readsFrom = 0;
    constructor(body, mod, globalsMark, invocations, modules) {
        this.body = body;
        this.mod = mod;
        this.globalsMark = globalsMark;
        this.invocations = invocations;
        this.modules = modules;
    }
    /** Called before each run of the region. */
    startRun(run, interp) {
        this.run = run;
        this.spine = undefined;
        this.last = undefined;
        this.invocationsFrom = this.invocations.length;
        this.readsFrom = interp.directionReads.length;
        this.resuming = undefined;
    }
    /** Called after the first run: where it made its first choice, if in a resumable statement. */
    endFirstRun(madeChoices) {
        this.wanted = madeChoices ? this.last : undefined;
    }
    enter(interp, block, scope, frame) {
        const kind = this.kindOf(interp, block);
        if (!kind || this.run < 3 || !this.snapshot)
            return 0;
        const at = this.snapshot.position;
        if (kind === 'body') {
            if (this.resuming)
                return 0;
            this.resuming = new clone_1.Cloner(this.snapshot.keep, interp.provenance);
            for (const [name, v] of this.snapshot.globals)
                this.mod.globals.set(name, this.resuming.value(v));
            if (at.spine !== undefined)
                return at.spine; // the call of the function the position is in runs again
            this.restore(interp, scope, frame);
            return at.index;
        }
        if (at.spine === undefined || block.id !== at.block || this.spine !== at.spine || !this.resuming)
            return 0;
        this.restore(interp, scope, frame);
        return at.index;
    }
    before(interp, block, index, scope, frame) {
        const kind = this.kindOf(interp, block);
        if (!kind)
            return;
        if (kind === 'body')
            this.spine = isPlainCall((0, syntax_1.codeChildren)(block)[index]) ? index : undefined;
        const paths = interp.paths;
        if (!paths?.straight || interp.catchingDepth > 0 || interp.evidence.length !== this.bodyEvidence + (kind === 'body' ? 0 : 1))
            return;
        const here = { block: block.id, index, ...(kind === 'callee' ? { spine: this.spine } : {}) };
        if (this.run === 1)
            this.last = here;
        else if (this.run === 2 && this.wanted && !this.snapshot && samePosition(here, this.wanted))
            this.take(interp, here, scope, frame);
    }
    /** `body` for the region's body, `callee` for the body of a function it calls as `f()`, at the depths they run at. */
    kindOf(interp, block) {
        if (block.id === this.body.id && block.tree === this.body.tree) {
            if (this.bodyDepth === undefined && interp.uncertain === 0 && interp.catchingDepth === 0) {
                this.bodyDepth = interp.depth;
                this.bodyEvidence = interp.evidence.length;
            }
            return interp.depth === this.bodyDepth ? 'body' : undefined;
        }
        if (this.spine === undefined || this.bodyDepth === undefined || interp.depth !== this.bodyDepth + 1)
            return undefined;
        return block.parent?.type === 'function_definition' ? 'callee' : undefined;
    }
    take(interp, position, scope, frame) {
        const local = scope === this.mod.globals ? undefined : scope;
        // what module globals reach stays one object for every path, as when each run starts again
        const keep = (0, clone_1.reachableFrom)(this.modules().map((m) => m.globals));
        const copy = new clone_1.Cloner(keep, interp.provenance);
        const globals = new Map([...this.mod.globals.writtenSince(this.globalsMark)].map(([k, v]) => [k, copy.value(v)]));
        this.snapshot = {
            position,
            globals,
            local: local && copy.scope(local),
            returns: frame.returns.map((v) => copy.value(v)),
            extraUncertain: frame.extraUncertain,
            steps: interp.steps,
            cells: interp.cells,
            uncertain: interp.uncertain,
            evidence: interp.evidence.map((f) => copy.evidence(f.specs)),
            assumed: interp.paths.assumptions(),
            invocations: this.invocations.slice(this.invocationsFrom).map((inv) => cloneInvocation(inv, copy)),
            directionReads: interp.directionReads.slice(this.readsFrom).map((r) => ({ ...r, spec: copy.spec(r.spec) })),
            keep,
        };
    }
    /** Puts a copy of the snapshot in place in a resumed run, at its position. */
    restore(interp, scope, frame) {
        const s = this.snapshot;
        const copy = this.resuming;
        if (s.local) {
            copy.mapScope(s.local, scope);
            for (const [name, v] of s.local.vars)
                scope.set(name, copy.value(v));
        }
        frame.returns.push(...s.returns.map((v) => copy.value(v)));
        frame.extraUncertain = s.extraUncertain;
        interp.steps = s.steps;
        interp.cells = s.cells;
        interp.uncertain = s.uncertain;
        s.evidence.forEach((specs, i) => {
            for (const [spec, certain] of specs)
                interp.evidence[i].specs.set(copy.spec(spec), certain);
        });
        interp.paths.assumeAll(s.assumed);
        for (const inv of s.invocations)
            this.invocations.push(cloneInvocation(inv, copy));
        for (const r of s.directionReads)
            interp.directionReads.push({ ...r, spec: copy.spec(r.spec) });
        interp.runs.resumed++;
    }
}
exports.RegionResume = RegionResume;
function samePosition(a, b) {
    return a.block === b.block && a.index === b.index && a.spine === b.spine;
}
/** `f()`: a call of a plain name with no arguments, as a statement. */
function isPlainCall(stmt) {
    if (stmt?.type !== 'expression_statement')
        return false;
    const [call] = (0, syntax_1.codeChildren)(stmt);
    return call?.type === 'call' && call.childForFieldName('function')?.type === 'identifier' && (0, syntax_1.codeChildren)(call.childForFieldName('arguments') ?? call).length === 0;
}
function cloneInvocation(inv, copy) {
    const out = { ...inv, target: copy.value(inv.target), evidence: copy.evidence(inv.evidence), specs: copy.value(inv.specs) };
    if (inv.golden)
        out.golden = copy.value(inv.golden);
    if (inv.compare)
        out.compare = copy.value(inv.compare);
    delete out.path;
    return out;
}
//# sourceMappingURL=resume.js.map