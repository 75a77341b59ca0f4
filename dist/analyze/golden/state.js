"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GoldenState = void 0;
const BIT = { U: 1, R: 2, W: 4, D: 8 };
const NEXT = {
    // event:   read      whole write  dependent write
    U: { U: 'U', R: 'R', W: 'W', D: 'D' },
    R: { U: 'R', R: 'R', W: 'D', D: 'D' },
    W: { U: 'W', R: 'W', W: 'W', D: 'W' },
    D: { U: 'D', R: 'D', W: 'D', D: 'D' },
};
/** NEXT on sets of statuses (bit masks): AFTER[event][mask]. */
const AFTER = Object.fromEntries(['U', 'R', 'W', 'D'].map((event) => [
    event,
    Array.from({ length: 16 }, (_, mask) => ['U', 'R', 'W', 'D'].reduce((m, s) => (mask & BIT[s] ? m | BIT[NEXT[s][event]] : m), 0)),
]));
const FIELDS = ['read', 'write', 'dirty'];
const UNTOUCHED = { s: BIT.U };
/**
 * Every state a tensor can be in before a loop body, as far as the body
 * can tell them apart: a set of statuses and which evidence nodes are
 * already set (their nodes are placeholders). Only consistent ones occur
 * (each step and each merge keeps them so): a status other than U has its
 * node (R a read, W a write, D a dirty one), a dirty node means D, a read
 * node means R or D. That leaves 28 of 120.
 */
const ANY_BEFORE = Array.from({ length: 15 * 8 }, (_, i) => {
    const lane = { s: (i >> 3) + 1 };
    FIELDS.forEach((f, b) => {
        if (i & (1 << b))
            lane[f] = { before: f };
    });
    return lane;
}).filter((l) => consistent(l));
/** Where each state (by {@link indexOf}) is in ANY_BEFORE, -1 if it never occurs. */
const SLOT = (() => {
    const slots = new Array(15 * 8).fill(-1);
    ANY_BEFORE.forEach((l, i) => (slots[indexOf(l)] = i));
    return slots;
})();
/** A state's number among all 120: (mask - 1) * 8 + the bits of the set fields. */
function indexOf(l) {
    return ((l.s - 1) << 3) | (l.read ? 1 : 0) | (l.write ? 2 : 0) | (l.dirty ? 4 : 0);
}
function consistent(l) {
    const has = (st) => (l.s & BIT[st]) !== 0;
    return (!has('R') || !!l.read) && (!has('W') || !!l.write) && has('D') === !!l.dirty && (!l.read || has('R') || has('D'));
}
/** A lane of a body's summary, with the placeholders filled from the state before the body. */
function fill(l, before) {
    const out = { s: l.s };
    for (const f of FIELDS) {
        const w = l[f];
        const v = w && 'before' in w ? before[w.before] : w;
        if (v)
            out[f] = v;
    }
    return out;
}
function step(l, event, at) {
    const s = AFTER[event][l.s];
    const out = { ...l, s };
    if (event === 'R' && !out.read && l.s & BIT.U)
        out.read = at;
    if (event === 'W' && !out.write)
        out.write = at;
    if (s & BIT.D && !out.dirty)
        out.dirty = event === 'W' && out.read ? out.read : at;
    return out;
}
/**
 * What a golden function may have done to each harness tensor, over all
 * paths. Each tensor's lanes are its state for each possible starting state
 * (one at the top of a function; every one inside a loop body, so the body
 * is read once and its effect applied as often as needed: loops nested n
 * deep cost n walks, not 2^n). Tensors keep the order they were first met in.
 */
class GoldenState {
    starts;
    lanes = new Map();
    /** @param starts the possible states of a tensor not yet touched (one per lane) */
    constructor(starts = [UNTOUCHED]) {
        this.starts = starts;
    }
    of(key) {
        return this.lanes.get(key) ?? this.starts;
    }
    /** An event on a tensor: `R` a read, `W` a whole overwrite, `D` a write that keeps or needs old contents. */
    apply(key, event, node) {
        this.lanes.set(key, this.of(key).map((l) => step(l, event, node)));
    }
    clone() {
        const c = new GoldenState(this.starts);
        for (const [k, v] of this.lanes)
            c.lanes.set(k, v);
        return c;
    }
    /** Merges paths: the statuses of `others` (all of them), the evidence first set here, then in `others`' order. */
    absorb(others) {
        const keys = new Set(others.flatMap((o) => [...o.lanes.keys()]));
        for (const k of keys) {
            const mine = this.of(k);
            const theirs = others.map((o) => o.of(k));
            if (this.lanes.has(k) && theirs.every((t) => t === mine))
                continue; // untouched on every path
            this.lanes.set(k, mine.map((l, i) => {
                const out = { s: 0 };
                for (const t of theirs)
                    out.s |= t[i].s;
                for (const f of FIELDS) {
                    const v = l[f] ?? theirs.find((t) => t[i][f])?.[i][f];
                    if (v)
                        out[f] = v;
                }
                return out;
            }));
        }
    }
    /**
     * Branches: each arm from the current state; `fallthrough` when no arm may
     * run. Keys `absent` on the fallthrough path (`if "k" in tensors:`) are not
     * harness tensors there, so that path says nothing about them.
     */
    branch(arms, fallthrough, absent = []) {
        const results = arms.map((arm) => {
            const s = this.clone();
            arm(s);
            return s;
        });
        const rest = this.clone();
        if (results.length) {
            for (const k of absent) {
                if (!results[0].lanes.has(k))
                    continue;
                const arm = results[0].of(k);
                rest.lanes.set(k, rest.of(k).map((l, i) => ({ ...l, s: arm[i].s })));
            }
        }
        this.absorb(fallthrough ? [rest, ...results] : results);
    }
    /**
     * A loop body that may run zero, one or more times (twice covers every
     * status a path can reach: none changes more than twice). `walk` reads
     * the body once into a summary and says whether a second reading would
     * be the same (false when the first one changed bindings it read); only
     * then is the body read a second time.
     */
    loop(walk) {
        const first = new GoldenState(ANY_BEFORE);
        const second = walk(first) ? first : new GoldenState(ANY_BEFORE);
        if (second !== first)
            walk(second);
        const once = this.after(first);
        const twice = once.after(second);
        this.absorb([this.clone(), once, twice]);
    }
    /** This state followed by a body's summary. */
    after(body) {
        const out = this.clone();
        for (const [k, summary] of body.lanes) {
            out.lanes.set(k, this.of(k).map((l) => {
                const slot = SLOT[indexOf(l)];
                if (slot < 0)
                    throw new Error(`golden reader: a tensor state outside the loop summaries (${JSON.stringify(l)})`);
                return fill(summary[slot], l);
            }));
        }
        return out;
    }
    /** The direction each tensor's treatment asks for; merged (highest) into `uses`. */
    finish(uses) {
        for (const [key, lanes] of this.lanes) {
            if (lanes.length !== 1)
                throw new Error('a loop body summary has no single direction');
            const { s, write, dirty } = lanes[0];
            let use;
            if (s & BIT.D)
                use = { name: key, direction: 'InOut', role: 'golden-read', ...(dirty ?? write) };
            else if (s & BIT.W) {
                // written on some paths only: where it is not, the harness compares the old contents
                use = s & (BIT.U | BIT.R) ? { name: key, direction: 'InOut', role: 'golden-read', ...write } : { name: key, direction: 'Out', role: 'golden-write', ...write };
            }
            if (!use)
                continue;
            const prev = uses.get(key);
            if (!prev || (prev.direction === 'Out' && use.direction === 'InOut'))
                uses.set(key, use);
        }
    }
}
exports.GoldenState = GoldenState;
//# sourceMappingURL=state.js.map