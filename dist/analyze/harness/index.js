"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.keywordHarness = exports.CALL_HARNESSES = void 0;
const run_jit_1 = require("./run-jit");
const run_program_1 = require("./run-program");
const run_fn_1 = require("./run-fn");
/** Call-style harnesses, tried in order. Class-style ones live in `test-case.ts`. */
exports.CALL_HARNESSES = [run_jit_1.runJit, run_program_1.runProgram, run_fn_1.runFn];
/** A harness for extra function names from configuration (`fn=`/`program=` + `specs=`). */
var adapter_1 = require("./adapter");
Object.defineProperty(exports, "keywordHarness", { enumerable: true, get: function () { return adapter_1.keywordHarness; } });
//# sourceMappingURL=index.js.map