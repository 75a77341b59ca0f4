"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rank = rank;
const RANK = { In: 0, Out: 1, InOut: 2 };
/** Directions are ordered In < Out < InOut; the tool only ever raises them. */
function rank(d) {
    return RANK[d];
}
//# sourceMappingURL=model.js.map