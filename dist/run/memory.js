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
exports.collectIfAbove = collectIfAbove;
const v8 = __importStar(require("v8"));
const vm = __importStar(require("vm"));
let collect;
/** V8's full collector, made reachable without a command-line flag (null where that fails). */
function collector() {
    if (collect === undefined) {
        try {
            v8.setFlagsFromString('--expose-gc');
            collect = vm.runInNewContext('gc');
        }
        catch {
            collect = null;
        }
    }
    return collect;
}
/** Heap in use right after the last forced collection: what is live, not garbage. */
let live = 0;
/**
 * Between groups of files most of the heap is garbage (syntax nodes and
 * evaluator values of the finished group), but V8 grows the heap rather than
 * collect it. A full collection once the heap has grown half of `limitMb` past what
 * was live after the last one keeps the peak near what a group needs instead
 * of what the whole run allocated (and never collects again and again in a
 * host process whose own heap is large).
 */
function collectIfAbove(limitMb) {
    if (process.memoryUsage().heapUsed - live < (limitMb / 2) * 1024 * 1024)
        return;
    const gc = collector();
    if (!gc)
        return;
    gc();
    live = process.memoryUsage().heapUsed;
}
//# sourceMappingURL=memory.js.map