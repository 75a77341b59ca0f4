"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ToolError = exports.main = exports.writeAtomic = exports.sortEdits = exports.applyAndVerify = exports.applyEdits = exports.WARNING_KINDS = exports.PENDING_KINDS = exports.isPending = exports.isEditFinding = exports.DEFAULT_OPTIONS = exports.analyzePaths = exports.analyzeFiles = void 0;
/**
 * Library API of pypto-direction: analyze PyPTO sources, compute the
 * direction edits their golden specs require, and apply them.
 */
var pipeline_1 = require("./run/pipeline");
Object.defineProperty(exports, "analyzeFiles", { enumerable: true, get: function () { return pipeline_1.analyzeFiles; } });
Object.defineProperty(exports, "analyzePaths", { enumerable: true, get: function () { return pipeline_1.analyzePaths; } });
Object.defineProperty(exports, "DEFAULT_OPTIONS", { enumerable: true, get: function () { return pipeline_1.DEFAULT_OPTIONS; } });
var findings_1 = require("./decide/findings");
Object.defineProperty(exports, "isEditFinding", { enumerable: true, get: function () { return findings_1.isEditFinding; } });
Object.defineProperty(exports, "isPending", { enumerable: true, get: function () { return findings_1.isPending; } });
Object.defineProperty(exports, "PENDING_KINDS", { enumerable: true, get: function () { return findings_1.PENDING_KINDS; } });
Object.defineProperty(exports, "WARNING_KINDS", { enumerable: true, get: function () { return findings_1.WARNING_KINDS; } });
var apply_1 = require("./rewrite/apply");
Object.defineProperty(exports, "applyEdits", { enumerable: true, get: function () { return apply_1.applyEdits; } });
Object.defineProperty(exports, "applyAndVerify", { enumerable: true, get: function () { return apply_1.applyAndVerify; } });
Object.defineProperty(exports, "sortEdits", { enumerable: true, get: function () { return apply_1.sortEdits; } });
var write_1 = require("./rewrite/write");
Object.defineProperty(exports, "writeAtomic", { enumerable: true, get: function () { return write_1.writeAtomic; } });
var main_1 = require("./cli/main");
Object.defineProperty(exports, "main", { enumerable: true, get: function () { return main_1.main; } });
var errors_1 = require("./errors");
Object.defineProperty(exports, "ToolError", { enumerable: true, get: function () { return errors_1.ToolError; } });
//# sourceMappingURL=index.js.map