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
exports.specEra = specEra;
exports.invocationEra = invocationEra;
exports.eraFindings = eraFindings;
const path = __importStar(require("path"));
const evidence_1 = require("../decide/evidence");
/** The era a spec call is treated in: the configured one, or the one detected at the call. */
function specEra(spec, setting) {
    if (setting !== 'auto')
        return { era: setting, why: `era = "${setting}" in the configuration` };
    return spec.era ?? { era: 'spec', why: 'spec class not resolved: spec era' };
}
/**
 * The era of a harness call: signature when any TensorSpec built for it is
 * signature era (they come from one golden package), else spec era when any
 * is, else unknown when a golden package could not be resolved for them.
 */
function invocationEra(inv, setting) {
    if (setting !== 'auto')
        return { era: setting, why: `era = "${setting}" in the configuration` };
    const tensors = [...inv.evidence.keys()].filter((s) => s.cls === 'TensorSpec');
    for (const era of ['signature', 'spec', 'unknown']) {
        const found = tensors.find((s) => s.era?.era === era);
        if (found)
            return found.era;
    }
    return { era: 'spec', why: 'no TensorSpec call was evaluated for it: spec era' };
}
/** One `era` finding per harness call, for explain and JSON. */
function eraFindings(a) {
    return a.invocations.map((inv) => {
        const e = invocationEra(inv, a.era);
        // the class's path depends on whether its module was analyzed or imported: absolute, shown relative by reporters
        const evidence = e.at ? [{ ...(0, evidence_1.evidenceAt)('spec-class', path.resolve(e.at.path), e.at.node) }] : [];
        return { kind: 'era', path: inv.site.path, line: inv.site.node.startPosition.row + 1, column: inv.site.node.startPosition.column + 1, harness: inv.harness, era: e.era, why: e.why, evidence };
    });
}
//# sourceMappingURL=era.js.map