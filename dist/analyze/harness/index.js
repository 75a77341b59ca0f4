"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.keywordHarness = exports.CLASS_HARNESSES = exports.CALL_HARNESSES = void 0;
const run_fn_1 = require("./run-fn");
const run_jit_1 = require("./run-jit");
const run_program_1 = require("./run-program");
const test_case_1 = require("./test-case");
/** Call-style harnesses, tried in order. */
exports.CALL_HARNESSES = [run_jit_1.runJit, run_program_1.runProgram, run_fn_1.runFn];
/** Class-style harnesses: test-case classes linked per instance. */
exports.CLASS_HARNESSES = [test_case_1.ptoTestCase];
/** A harness for extra function names from configuration (`fn=`/`program=` + `specs=`). */
var adapter_1 = require("./adapter");
Object.defineProperty(exports, "keywordHarness", { enumerable: true, get: function () { return adapter_1.keywordHarness; } });
//# sourceMappingURL=index.js.map