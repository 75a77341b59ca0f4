"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.orderCheck = void 0;
const evidence_1 = require("../../../decide/evidence");
const param_types_1 = require("../param-types");
const names_1 = require("./names");
/**
 * The order: an exact list naming exactly the entry's params, in another
 * order. The runner compiles by place (every level) and dispatches an L2
 * entry by place, so a misplaced spec gives its shape, dtype and tensor to
 * another param; an L3 host is dispatched by name.
 */
exports.orderCheck = {
    part: 'order',
    run(ctx) {
        const specs = (0, names_1.namedList)(ctx);
        if (!specs)
            return [];
        const params = ctx.link.entry.params;
        const names = specs.map((s) => s.name.v);
        if (names.length !== params.length || new Set(names).size !== names.length || !params.every((p) => names.includes(p.name)))
            return [];
        const misplaced = params.map((p, i) => ({ p, at: specs[i], own: specs.find((s) => s.name.v === p.name) })).filter((x) => x.at.name.v !== x.p.name);
        if (!misplaced.length)
            return [];
        const pairs = misplaced.map((x) => `${x.p.name} gets spec "${x.at.name.v}"`).join(', ');
        const fix = 'put the specs in param order';
        let unchecked;
        if (ctx.level === 'l2') {
            unchecked = `the runner binds by place: ${pairs} (shape, dtype and tensor); ${fix}`;
        }
        else if (ctx.compile === 'position') {
            // the compile takes each param's shape and dtype from the spec at its place
            const same = misplaced.every((x) => {
                const [a, b] = [(0, param_types_1.specDims)(x.at), (0, param_types_1.specDims)(x.own)];
                const [da, db] = [(0, param_types_1.specDtype)(x.at), (0, param_types_1.specDtype)(x.own)];
                return a && b && !a.includes(undefined) && !b.includes(undefined) && !(0, param_types_1.shapesDiffer)(a, b) && da && db && da.pl === db.pl;
            });
            unchecked = same
                ? `compiled as if in order (the misplaced specs agree in shape and dtype) and dispatched by name: no effect in this tree; ${fix}`
                : `compiled with the shape of another spec (${pairs}), then dispatched by name; ${fix}`;
        }
        else {
            unchecked = `dispatched by name: no effect in this tree; ${fix}`;
        }
        const e = ctx.link.entry;
        return [
            {
                kind: 'spec-order',
                path: e.module.path,
                line: e.def.startPosition.row + 1,
                column: e.def.startPosition.column + 1,
                entry: e.name,
                detail: orderDetail(names, params.map((p) => p.name)),
                evidence: [...misplaced.map((x) => (0, evidence_1.specEvidence)(x.at)), ctx.harness],
                ...ctx.say('order', unchecked),
            },
        ];
    },
};
/** Both orders; a long list is shown around its misplaced stretch (`...` for what agrees). */
function orderDetail(specs, params) {
    const wrong = specs.map((n, i) => n !== params[i]);
    const [first, last] = [wrong.indexOf(true), wrong.lastIndexOf(true)];
    const long = specs.length > 8;
    const from = long ? Math.max(0, first - 1) : 0;
    const to = long ? Math.min(specs.length, last + 2) : specs.length;
    const show = (list) => `[${from > 0 ? '..., ' : ''}${list.slice(from, to).join(', ')}${to < list.length ? ', ...' : ''}]`;
    return `specs ${show(specs)} vs params ${show(params)}`;
}
//# sourceMappingURL=order.js.map