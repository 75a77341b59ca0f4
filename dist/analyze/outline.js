"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.outlineOf = outlineOf;
const module_1 = require("../parse/module");
const entries_1 = require("./entries");
const pypto_symbols_1 = require("./pypto-symbols");
/**
 * The pypto functions of one file (entries, host drivers, inline kernels, as
 * the analysis finds them) with the lines of their headers and params, so a
 * FILE:LINE can be mapped to the findings it means. Throws the file's
 * ToolError when it cannot be parsed.
 */
async function outlineOf(path, bytes) {
    const module = await (0, module_1.parseModule)(path, bytes);
    try {
        return (0, entries_1.findFunctions)(module, (0, pypto_symbols_1.pyptoSymbols)(module.tree.rootNode, module.source.text)).map((fn) => {
            const top = fn.def.parent?.type === 'decorated_definition' ? fn.def.parent : fn.def;
            const signature = fn.def.childForFieldName('return_type') ?? fn.def.childForFieldName('parameters');
            return {
                name: fn.name,
                def: { line: fn.def.startPosition.row + 1, column: fn.def.startPosition.column + 1 },
                header: { start: top.startPosition.row + 1, end: signature.endPosition.row + 1 },
                params: fn.params.map((p) => ({ name: p.name, line: p.line, column: p.node.startPosition.column + 1, span: { start: p.node.startPosition.row + 1, end: p.node.endPosition.row + 1 } })),
            };
        });
    }
    finally {
        module.tree.delete();
    }
}
//# sourceMappingURL=outline.js.map