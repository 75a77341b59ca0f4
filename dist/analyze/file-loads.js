"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.siblingIn = exports.fileLoadedModules = void 0;
// the scan moved to facts/ (it is a per-file fact); kept here for code that imports it from analyze/
var file_loads_1 = require("../facts/file-loads");
Object.defineProperty(exports, "fileLoadedModules", { enumerable: true, get: function () { return file_loads_1.fileLoadedModules; } });
Object.defineProperty(exports, "siblingIn", { enumerable: true, get: function () { return file_loads_1.siblingIn; } });
//# sourceMappingURL=file-loads.js.map