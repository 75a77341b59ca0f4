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
exports.hoverAt = hoverAt;
const path = __importStar(require("path"));
const messages_1 = require("../report/messages");
const diagnostics_1 = require("./diagnostics");
/** The direction a param has and the one its evidence wants ("?" where none is decided). */
function directions(f) {
    switch (f.kind) {
        case 'fix':
        case 'suppressed':
            return { now: f.from, wanted: f.to };
        case 'unresolved':
            return { now: f.from, wanted: '?' };
        case 'stronger-than-needed':
        case 'no-output-evidence':
            return { now: f.direction, wanted: f.needed };
        case 'ok':
            return { now: f.direction, wanted: f.direction };
        case 'abi-mismatch':
            return { now: f.artifact, wanted: f.spec };
        case 'fix-breaks-abi':
            return { now: f.before, wanted: f.artifact };
        default:
            return { now: f.direction, wanted: '?' };
    }
}
const code = (s) => `\`${s.replace(/`/g, "'")}\``;
/**
 * Hover on an entry param's name: its direction now and the one wanted, each
 * finding's message and rule, and the evidence chain (spec, harness, host
 * call) as links.
 */
function hoverAt(doc, res, position, cwd) {
    const inside = (f) => {
        if (!('param' in f))
            return false;
        const r = (0, diagnostics_1.findingRange)(f, doc);
        return r.start.line === position.line && r.start.character <= position.character && position.character <= r.end.character;
    };
    const here = res.findings.filter(inside);
    if (!here.length)
        return undefined;
    const first = here.find((f) => f.kind === 'fix') ?? here[0];
    const { now, wanted } = directions(first);
    const lines = [`**${first.entry}.${first.param}**: ${code(now)} now, wanted ${wanted === '?' ? 'undecided' : code(wanted)}`, ''];
    const seen = new Set();
    for (const f of here) {
        lines.push(`- ${code(f.kind)} ${(0, messages_1.messageOf)(f)}`);
        const rule = (0, messages_1.ruleInWords)(f);
        if (rule)
            lines.push(`  - rule: ${rule}`);
        for (const e of 'evidence' in f ? f.evidence : []) {
            const where = `${path.relative(cwd, path.resolve(e.path)) || e.path}:${e.line}`;
            if (seen.has(`${where} ${e.role}`))
                continue;
            seen.add(`${where} ${e.role}`);
            lines.push(`  - ${e.role} [${where}](${(0, diagnostics_1.uriOf)(e.path)}#L${e.line}): ${code(e.text)}${e.says ? ` (${e.says})` : ''}`);
        }
    }
    return { contents: { kind: 'markdown', value: lines.join('\n') }, range: (0, diagnostics_1.findingRange)(first, doc) };
}
//# sourceMappingURL=hover.js.map