"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.functionKey = functionKey;
exports.decide = decide;
exports.targetsOf = targetsOf;
const path_1 = require("path");
const values_1 = require("../analyze/eval/values");
const model_1 = require("../model");
const conflicts_1 = require("./conflicts");
const coverage_1 = require("./coverage");
const paths_1 = require("./paths");
const binding_1 = require("./binding");
const evidence_1 = require("./evidence");
/** Key of a function definition, unique across files. */
function functionKey(path, def) {
    return `${path}:${def.startIndex}`;
}
/**
 * Turns harness links into per-param findings: applies the rule to the
 * linked specs, propagates host directions to the L2 entries they call, and
 * reports what cannot be decided. Directions only go up.
 */
function decide(functions, invocations, problems, hostCalls, mode, extra = []) {
    const findings = [];
    const byKey = new Map(functions.map((f) => [functionKey(f.module.path, f.def), f]));
    const states = new Map();
    const stateOf = (fn, param) => {
        let s = states.get(param);
        if (!s)
            states.set(param, (s = { fn, param, wanted: 'In', evidence: [], undecided: [], linked: false }));
        return s;
    };
    for (const problem of problems) {
        findings.push({ kind: 'unlinked-harness', path: problem.site.path, ...pos(problem.site.node), detail: problem.why });
        for (const u of problem.unevaluated ?? [])
            unevaluatedHarness(problem, u, byKey, stateOf);
    }
    const link = (inv, into) => linkInvocation(inv, into, findings, byKey, mode);
    const regions = new Map();
    for (const inv of invocations) {
        if (!inv.path) {
            link(inv, stateOf);
            continue;
        }
        const runs = regions.get(inv.path.region) ?? [];
        regions.set(inv.path.region, runs);
        (runs[inv.path.run - 1] ??= []).push(inv);
    }
    // a region with several paths: each path is decided on its own, then they are combined
    for (const runs of regions.values()) {
        const perPath = runs.filter(Boolean).map((invs) => {
            const own = new Map();
            const ownOf = (fn, param) => {
                let st = own.get(param);
                if (!st)
                    own.set(param, (st = { fn, param, wanted: 'In', evidence: [], undecided: [], linked: false }));
                return st;
            };
            for (const inv of invs)
                link(inv, ownOf);
            return { label: invs[0].path.label, states: own };
        });
        (0, paths_1.combinePaths)(perPath, stateOf);
    }
    for (const x of extra) {
        const state = stateOf(x.fn, x.param);
        state.linked = true;
        // compare_fn declares a comparison like a spec does; the golden function only shows what it computes
        const declares = x.rule === 'compare-fn';
        if (x.undecided)
            state.undecided.push({ ...x.undecided, could: x.direction, evidence: x.evidence });
        else if ((0, model_1.rank)(x.direction) > (0, model_1.rank)(state.wanted)) {
            if (!declares)
                state.declared ??= state.wanted;
            state.wanted = x.direction;
            state.evidence = x.evidence;
            state.rule = x.rule;
        }
        if (declares && state.declared !== undefined && (0, model_1.rank)(x.direction) > (0, model_1.rank)(state.declared))
            state.declared = x.direction;
    }
    propagate(hostCalls.calls, states, stateOf);
    for (const u of hostCalls.unknown) {
        findings.push({ kind: 'unknown-callee', path: u.host.module.path, ...pos(u.site), entry: u.host.name, callee: u.name });
    }
    for (const fn of functions) {
        if (fn.role === 'inline') {
            for (const p of fn.params)
                if (p.direction !== 'In')
                    findings.push({ kind: 'inline-wrapper', ...ref(fn, p), direction: p.direction });
            continue;
        }
        if (fn.role !== 'l2' && fn.role !== 'host')
            continue;
        for (const param of fn.params) {
            const state = states.get(param);
            if (state)
                findings.push(...paramFindings(state));
            else
                findings.push({ kind: 'not-linked', ...ref(fn, param), direction: param.direction, ...(fn.params.some((p) => states.get(p)?.linked) ? { entryLinked: true } : {}) });
        }
    }
    // several paths of one region report the same harness-level finding once
    const seen = new Set();
    return findings.filter((f) => {
        const key = JSON.stringify(f);
        return !seen.has(key) && !!seen.add(key);
    });
}
/** An entry whose harness call was not evaluated: each tensor param is linked, and undecided up to InOut. */
function unevaluatedHarness(problem, u, byKey, stateOf) {
    const fn = byKey.get(functionKey(u.entry.path, u.entry.def));
    if (!fn || (fn.role !== 'l2' && fn.role !== 'host'))
        return;
    const harness = (0, evidence_1.evidenceAt)('harness', u.harness.path, u.harness.node);
    const at = problem.site.node === u.harness.node ? '' : ` (${(0, path_1.basename)(problem.site.path)}:${problem.site.node.startPosition.row + 1})`;
    const detail = `${problem.why}${at}`;
    for (const param of fn.params) {
        if (param.typeKind !== 'tensor')
            continue;
        const state = stateOf(fn, param);
        state.linked = true;
        (0, coverage_1.noteHarness)(state, harness);
        state.undecided.push({ reason: 'unevaluated-harness', detail, could: 'InOut', evidence: [harness] });
    }
}
/** Applies one harness invocation's specs to the params of the entries it links. */
function linkInvocation(inv, stateOf, findings, byKey, mode) {
    const harnessEvidence = (0, evidence_1.evidenceAt)('harness', inv.site.path, inv.site.node);
    const { entries, unknownWhy } = targetsOf(inv.target, byKey);
    if (unknownWhy) {
        findings.push({ kind: 'unlinked-harness', path: inv.site.path, ...pos(inv.site.node), detail: `entry undecidable: ${unknownWhy}` });
    }
    const specs = mode === 'all' ? inv.evidence : (0, evidence_1.reachableSpecs)(inv.specs);
    for (const [spec, certain] of specs) {
        if (spec.name.k === 'str')
            continue;
        const verdict = (0, evidence_1.specVerdict)(spec);
        if (verdict.kind === 'direction' && verdict.direction === 'In')
            continue;
        findings.push({
            kind: 'unlinked-harness',
            path: inv.site.path,
            ...pos(inv.site.node),
            detail: `a spec's name is undecidable (${spec.name.k === 'unknown' ? spec.name.why : spec.name.k})${certain ? '' : ' on a path that may not run'}`,
        });
    }
    const coverage = (0, coverage_1.specCoverage)(inv.specs);
    const final = (0, evidence_1.reachableSpecs)(inv.specs);
    for (const entry of entries) {
        const binding = (0, binding_1.bindEntry)(inv, entry);
        const grouped = (0, binding_1.specsByParam)(binding, specs);
        for (const param of entry.params) {
            const state = stateOf(entry, param);
            state.linked = true;
            (0, coverage_1.noteHarness)(state, harnessEvidence);
            for (const c of inv.callers ?? [])
                (0, coverage_1.noteHarness)(state, (0, evidence_1.evidenceAt)('harness', c.path, c.node));
            const matched = grouped.get(param) ?? [];
            for (const [spec, certain] of matched)
                applySpec(state, spec, certain, harnessEvidence);
            const contest = binding.contested.get(param);
            if (contest)
                applyContest(state, contest, specs, harnessEvidence);
            if (mode === 'all')
                findings.push(...(0, conflicts_1.conflicts)(entry, param, matched, final, harnessEvidence));
            // a linked tensor param the harness gives no spec is never silently In
            if (!matched.length && !contest && !binding.byPlace && param.typeKind === 'tensor' && !coverage.names.has(param.name))
                (0, coverage_1.noSpec)(state, coverage, harnessEvidence, inv.evidence);
        }
    }
}
/**
 * A param whose place holds a spec named after another param, or whose
 * named spec sits at another place: the runner gives it the spec at its
 * place, the names say otherwise. Where both readings ask for the same
 * direction, it is decided; otherwise it is left for the reorder the
 * `spec-order` finding asks for (never guessed).
 */
function applyContest(state, contest, specs, harness) {
    const asks = (list) => {
        let most = 'In';
        for (const s of list) {
            const v = (0, evidence_1.specVerdict)(s);
            if (v.kind !== 'direction')
                return undefined;
            if ((0, model_1.rank)(v.direction) > (0, model_1.rank)(most))
                most = v.direction;
        }
        return most;
    };
    const place = asks(contest.byPlace);
    const name = contest.byName.length ? asks(contest.byName) : place;
    const all = [...contest.byPlace, ...contest.byName];
    if (place !== undefined && place === name) {
        for (const s of all)
            applySpec(state, s, specs.get(s) ?? true, harness);
        return;
    }
    const could = all.map((s) => (0, evidence_1.specVerdict)(s)).reduce((m, v) => {
        const d = v.kind === 'direction' ? v.direction : v.could;
        return (0, model_1.rank)(d) > (0, model_1.rank)(m) ? d : m;
    }, 'In');
    const nameOf = (s) => (s.name.k === 'str' ? `"${s.name.v}"` : 'of undecided name');
    const atPlace = contest.byPlace.map(nameOf).join(' or ');
    const detail = atPlace
        ? `the runner gives it spec ${atPlace} by position${contest.byName.length ? `, while spec "${state.param.name}" sits at another place` : ''}; the two ask different directions`
        : `spec "${state.param.name}" sits at another place and the spec at its place asks a different direction`;
    state.undecided.push({ reason: 'binding-conflict', detail, could, evidence: [...all.map(evidence_1.specEvidence), harness] });
}
function applySpec(state, spec, certain, harness) {
    const verdict = (0, evidence_1.specVerdict)(spec);
    const ev = [(0, evidence_1.specEvidence)(spec), harness];
    if (verdict.kind === 'undecidable') {
        state.undecided.push({ reason: 'undecidable-spec', detail: verdict.detail, could: verdict.could, evidence: ev });
        return;
    }
    if (verdict.direction === 'In')
        return;
    if (!certain) {
        if ((0, model_1.rank)(verdict.direction) > (0, model_1.rank)(state.wanted)) {
            state.undecided.push({ reason: 'maybe-output', detail: `spec wants ${verdict.direction} but is built on a path that may not run`, could: verdict.direction, evidence: ev });
        }
        return;
    }
    if ((0, model_1.rank)(verdict.direction) > (0, model_1.rank)(state.wanted)) {
        state.wanted = verdict.direction;
        state.evidence = ev;
    }
}
function targetsOf(target, byKey) {
    const entries = [];
    const unknowns = [];
    for (const opt of (0, values_1.optionsOf)(target)) {
        if (opt.k === 'func') {
            const fn = byKey.get(functionKey(opt.mod.path, opt.def));
            // a plain (or other-DSL) function is decided, just not ours: no link, nothing pending
            if (fn && (fn.role === 'l2' || fn.role === 'host'))
                entries.push(fn);
        }
        else if (opt.k === 'class') {
            const methods = [...byKey.values()].filter((f) => f.programClass && f.programClass.startIndex === opt.def.startIndex && f.module.path === opt.mod.path && (f.role === 'l2' || f.role === 'host'));
            if (methods.length)
                entries.push(...methods);
            else
                unknowns.push(`${opt.name} has no orchestration function`);
        }
        else if (opt.k === 'opaque' && opt.why === 'object()') {
            // `run(program=object(), ...)` in tests of the harness itself: not a link
        }
        else {
            unknowns.push(opt.k === 'unknown' ? opt.why : `a ${opt.k} value`);
        }
    }
    return { entries: [...new Set(entries)], unknownWhy: unknowns.length ? unknowns.join('; ') : undefined };
}
/**
 * Host -> L2: the callee param receiving a host param gets the host's
 * direction, unless some receiver already has it (the requirement is met;
 * a consumer that only reads stays as it is). With several receivers and
 * none satisfied, nothing is guessed: each receiver is reported.
 */
function propagate(hostCalls, states, stateOf) {
    const byHostParam = new Map();
    for (const call of hostCalls) {
        const list = byHostParam.get(call.hostParam) ?? [];
        list.push(call);
        byHostParam.set(call.hostParam, list);
    }
    for (const [hostParam, calls] of byHostParam) {
        const host = states.get(hostParam);
        if (!host)
            continue;
        if (host.wanted === 'In') {
            // a linked host passes this param on: the receiver is linked (it gets In), not unlinked
            for (const call of calls) {
                const state = stateOf(call.callee, call.calleeParam);
                state.linked = true;
                const via = (0, evidence_1.evidenceAt)('host-call', call.host.module.path, call.site);
                if (!state.evidence.length)
                    state.evidence = [via, ...(0, coverage_1.withHarnesses)(host, host.evidence)];
                // what the host may need on some paths is named on a receiver that already has it; an open
                // question is reported once, on the host (its answer reaches the receiver on the next run)
                for (const u of host.undecided)
                    if ((0, model_1.rank)(u.could) <= (0, model_1.rank)(call.calleeParam.direction))
                        state.undecided.push({ ...u, evidence: [via, ...u.evidence] });
            }
            continue;
        }
        const need = host.wanted;
        const receivers = [...new Set(calls.map((c) => c.calleeParam))];
        const has = (p) => (0, model_1.rank)(p.direction) >= (0, model_1.rank)(need) || (0, model_1.rank)(states.get(p)?.wanted ?? 'In') >= (0, model_1.rank)(need);
        // several receivers, one of which already has it: the others may only read (leave them)
        if (receivers.length > 1 && receivers.some(has))
            continue;
        for (const call of calls) {
            const state = stateOf(call.callee, call.calleeParam);
            state.linked = true;
            const ev = [(0, evidence_1.evidenceAt)('host-call', call.host.module.path, call.site, undefined, call.hostParam.name), ...host.evidence];
            if (receivers.length === 1) {
                if ((0, model_1.rank)(need) > (0, model_1.rank)(state.wanted)) {
                    // the receiver is declared what the host is declared, or what it was itself
                    const hostDeclared = host.declared ?? host.wanted;
                    const own = state.declared ?? state.wanted;
                    const declared = (0, model_1.rank)(hostDeclared) > (0, model_1.rank)(own) ? hostDeclared : own;
                    state.declared = declared === need ? undefined : declared;
                    state.wanted = need;
                    state.evidence = ev;
                    state.rule = host.rule;
                }
            }
            else {
                state.undecided.push({
                    reason: 'ambiguous-propagation',
                    detail: `${call.host.name}.${hostParam.name} (${need}) reaches ${receivers.length} L2 params and none has the direction`,
                    could: need,
                    evidence: ev,
                });
            }
        }
    }
}
function paramFindings(s) {
    const r = ref(s.fn, s.param);
    const cur = s.param.direction;
    const out = [];
    if ((0, model_1.rank)(s.wanted) > (0, model_1.rank)(cur)) {
        // conservative: evidence that could ask for more than the certain part blocks the edit
        const pendingUndecided = s.undecided.filter((u) => (0, model_1.rank)(u.could) > (0, model_1.rank)(s.wanted));
        if (s.param.suppressed)
            return [{ kind: 'suppressed', ...r, from: cur, to: s.wanted, evidence: s.evidence }];
        if (pendingUndecided.length) {
            const u = pendingUndecided[0];
            return [{ kind: 'unresolved', ...r, reason: u.reason, from: cur, detail: u.detail, evidence: [...s.evidence, ...u.evidence] }];
        }
        if (s.param.typeKind === 'scalar') {
            return [{ kind: 'unresolved', ...r, reason: 'scalar-output', from: cur, detail: `its spec asks for ${s.wanted}`, evidence: s.evidence }];
        }
        if (s.param.typeKind !== 'tensor') {
            return [{ kind: 'unresolved', ...r, reason: 'unrecognized-annotation', from: cur, detail: s.param.annotation ? `annotation ${s.param.annotation.text.slice(0, 40)} is not a Tensor` : 'no annotation', evidence: s.evidence }];
        }
        // an In param that nothing but the golden function makes an output: the fix starts comparing it
        const undeclared = cur === 'In' && s.declared === 'In' ? { undeclared: true } : {};
        return [{ kind: 'fix', ...r, from: cur, to: s.wanted, rule: s.rule ?? (s.wanted === 'InOut' ? 'inout' : 'out'), ...undeclared, evidence: (0, coverage_1.withHarnesses)(s, s.evidence) }];
    }
    // What is there meets the certain evidence; undecided evidence may still ask for more.
    const beyond = s.undecided.filter((u) => (0, model_1.rank)(u.could) > (0, model_1.rank)(cur));
    if (beyond.length && !s.param.suppressed) {
        const u = beyond[0];
        out.push({ kind: 'unresolved', ...r, reason: u.reason, from: cur, detail: u.detail, evidence: [...s.evidence, ...u.evidence] });
    }
    else {
        out.push({ kind: 'ok', ...r, direction: cur, evidence: (0, coverage_1.withHarnesses)(s, s.evidence) });
    }
    // an output spec on a path that may not run is named, not denied
    const maybe = s.undecided.find((u) => (0, model_1.rank)(u.could) > (0, model_1.rank)(s.wanted));
    const onSomePaths = maybe ? { onSomePaths: maybe.detail, evidence: [...s.evidence, ...maybe.evidence] } : { evidence: s.evidence };
    if (s.linked && cur === 'In' && s.wanted === 'In' && s.param.typeKind === 'tensor' && writtenParams(s.fn).has(s.param.name)) {
        out.push({ kind: 'looks-written', ...r, direction: cur, ...onSomePaths });
    }
    if ((0, model_1.rank)(cur) > (0, model_1.rank)(s.wanted) && s.linked && !beyond.length) {
        if (s.wanted === 'In')
            out.push({ kind: 'no-output-evidence', ...r, direction: cur, needed: s.wanted, ...onSomePaths });
        else
            out.push({ kind: 'stronger-than-needed', ...r, direction: cur, needed: s.wanted, evidence: s.evidence });
    }
    return out;
}
const written = new WeakMap();
/**
 * Params an entry's body assigns to (`out = pl.assemble(out, ...)`,
 * `a, out = kernel(...)`, `out[i] = ...`, `out += ...`): writes that usually
 * mean an output.
 */
function writtenParams(fn) {
    let names = written.get(fn);
    if (names)
        return names;
    names = new Set();
    const body = fn.def.childForFieldName('body');
    const targets = (n) => {
        if (!n)
            return;
        if (n.type === 'identifier')
            names.add(n.text);
        else if (n.type === 'subscript')
            targets(n.childForFieldName('value'));
        else if (['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'expression_list', 'parenthesized_expression'].includes(n.type))
            n.namedChildren.forEach((c) => targets(c));
    };
    for (const a of body ? body.descendantsOfType(['assignment', 'augmented_assignment']) : [])
        targets(a?.childForFieldName('left') ?? null);
    written.set(fn, names);
    return names;
}
function ref(fn, p) {
    return { path: fn.module.path, line: p.line, column: p.node.startPosition.column + 1, entry: fn.name, param: p.name };
}
function pos(node) {
    return { line: node.startPosition.row + 1, column: node.startPosition.column + 1 };
}
//# sourceMappingURL=decide.js.map