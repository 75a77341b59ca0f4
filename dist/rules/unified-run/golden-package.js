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
exports.goldenPackageOf = goldenPackageOf;
const path = __importStar(require("path"));
const syntax_1 = require("../../analyze/syntax");
function paramNames(def) {
    const out = [];
    for (const p of (0, syntax_1.codeChildren)(def.childForFieldName('parameters'))) {
        const id = p.type === 'identifier' ? p : p.childForFieldName('name') ?? (0, syntax_1.codeChildren)(p).find((c) => c.type === 'identifier');
        if (id?.type === 'identifier')
            out.push(id.text);
    }
    return out;
}
/** The golden package `import golden` finds from a file, or undefined when none resolves. */
function goldenPackageOf(a, file) {
    let memo = a.memo.get('golden-package');
    if (!memo)
        a.memo.set('golden-package', (memo = new Map()));
    if (memo.has(file))
        return memo.get(file);
    const mod = a.moduleNames(file, 'golden');
    let out;
    if (mod) {
        const run = mod.names.get('run');
        const params = run?.k === 'func' ? paramNames(run.def) : [];
        out = { unified: params.includes('fn') && params.includes('config') && !mod.names.has('run_jit'), dir: path.dirname(path.resolve(mod.path)) };
    }
    memo.set(file, out);
    return out;
}
//# sourceMappingURL=golden-package.js.map