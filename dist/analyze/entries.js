"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.roleOf = roleOf;
exports.paramInfo = paramInfo;
exports.subscriptParts = subscriptParts;
exports.functionsOf = functionsOf;
exports.findFunctions = findFunctions;
const pypto_symbols_1 = require("./pypto-symbols");
const syntax_1 = require("./syntax");
const SUPPRESS = /#\s*pypto-direction:\s*ignore\b/;
const KERNEL_JIT = new Set(['jit.incore', 'jit.opaque', 'jit.extern']);
/** The role given by a function's decorators (and its class's). */
function roleOf(def, symbols) {
    for (const deco of (0, syntax_1.decoratorsOf)(def)) {
        const target = deco.type === 'call' ? deco.childForFieldName('function') : deco;
        const member = (0, pypto_symbols_1.pyptoMember)(target, symbols);
        if (!member)
            continue;
        if (member === 'jit')
            return { role: 'l2' };
        if (member === 'jit.host')
            return { role: 'host' };
        if (member === 'jit.inline')
            return { role: 'inline' };
        if (KERNEL_JIT.has(member))
            return { role: 'kernel' };
        if (member === 'function') {
            const cls = enclosingProgram(def, symbols);
            if (!cls)
                return { role: 'kernel' };
            return { role: functionRole(deco, symbols), programClass: cls };
        }
    }
    return { role: 'none' };
}
function functionRole(deco, symbols) {
    if (deco.type !== 'call')
        return 'kernel'; // default type is a kernel (InCore)
    const { keywords } = (0, syntax_1.callArgs)(deco);
    const type = (0, pypto_symbols_1.pyptoMember)(keywords.get('type'), symbols);
    if (type === 'FunctionType.Orchestration' || type === 'FunctionType.Opaque')
        return 'l2';
    const level = (0, pypto_symbols_1.pyptoMember)(keywords.get('level'), symbols);
    const role = (0, pypto_symbols_1.pyptoMember)(keywords.get('role'), symbols);
    if (level === 'Level.HOST' && role === 'Role.Orchestrator')
        return 'host';
    return 'kernel';
}
function enclosingProgram(def, symbols) {
    const body = def.parent?.type === 'decorated_definition' ? def.parent.parent : def.parent;
    const cls = body?.parent;
    if (!cls || cls.type !== 'class_definition')
        return undefined;
    const isProgram = (0, syntax_1.decoratorsOf)(cls).some((d) => (0, pypto_symbols_1.pyptoMember)(d.type === 'call' ? d.childForFieldName('function') : d, symbols) === 'program');
    return isProgram ? cls : undefined;
}
/** Reads a param's annotation: its direction wrapper and the type inside. */
function paramInfo(param, lines) {
    let nameNode = null;
    let annotation;
    switch (param.type) {
        case 'identifier':
            nameNode = param;
            break;
        case 'typed_parameter':
        case 'typed_default_parameter':
            nameNode = param.type === 'typed_parameter' ? (0, syntax_1.codeChildren)(param)[0] : param.childForFieldName('name');
            annotation = param.childForFieldName('type') ? (0, syntax_1.codeChildren)(param.childForFieldName('type'))[0] : undefined;
            break;
        case 'default_parameter':
            nameNode = param.childForFieldName('name');
            break;
        default:
            return undefined; // *args, **kwargs, separators
    }
    if (!nameNode || nameNode.type !== 'identifier')
        return undefined;
    const first = param.startPosition.row;
    const last = param.endPosition.row;
    const suppressed = SUPPRESS.test(lines[first] ?? '') || SUPPRESS.test(lines[last] ?? '');
    const info = { name: nameNode.text, node: param, annotation, direction: 'In', typeKind: 'none', suppressed, line: first + 1 };
    if (!annotation)
        return info;
    let inner = (0, syntax_1.unparen)(annotation);
    const parts = subscriptParts(inner);
    if (parts) {
        const head = (0, syntax_1.dottedName)(parts.head);
        const last = head?.slice(head.lastIndexOf('.') + 1);
        if ((last === 'Out' || last === 'InOut') && parts.args.length === 1) {
            const nameNode = parts.head.type === 'attribute' ? parts.head.childForFieldName('attribute') : parts.head;
            info.direction = last;
            info.wrapper = { node: inner, nameNode, inner: parts.args[0] };
            inner = (0, syntax_1.unparen)(parts.args[0]);
        }
    }
    info.typeKind = typeKindOf(inner);
    return info;
}
/**
 * `X[a, b]` as head and arguments. tree-sitter reads `pl.Out[...]` as a
 * subscript but a bare `Out[...]` in an annotation as a generic type.
 */
function subscriptParts(node) {
    if (node.type === 'subscript')
        return { head: node.childForFieldName('value'), args: node.childrenForFieldName('subscript') };
    if (node.type === 'generic_type') {
        const [head, params] = (0, syntax_1.codeChildren)(node);
        if (!head || params?.type !== 'type_parameter')
            return undefined;
        return { head, args: (0, syntax_1.codeChildren)(params).map((t) => (t.type === 'type' ? (0, syntax_1.codeChildren)(t)[0] ?? t : t)) };
    }
    return undefined;
}
function typeKindOf(node) {
    const base = subscriptParts(node)?.head ?? node;
    const name = (0, syntax_1.dottedName)(base);
    const last = name?.slice(name.lastIndexOf('.') + 1);
    if (last === 'Tensor')
        return 'tensor';
    if (last === 'Scalar')
        return 'scalar';
    return 'other';
}
const found = new WeakMap();
/**
 * {@link findFunctions} with the module's own symbols (`pyptoSymbols` of its
 * tree), remembered per parse: a pure function of its syntax, asked again by
 * every run of a language server's session, which keeps the parses. The
 * functions are shared between runs: nothing may change them.
 */
function functionsOf(module, ownSymbols) {
    let fns = found.get(module);
    if (!fns)
        found.set(module, (fns = findFunctions(module, ownSymbols)));
    return fns;
}
/** All pypto functions of a module with their role and params. */
function findFunctions(module, symbols) {
    const out = [];
    if (symbols.moduleAliases.size === 0 && symbols.members.size === 0)
        return out;
    const lines = module.source.text.split('\n');
    // every pypto function is decorated: visit only the definitions under an `@` line
    const seen = new Set();
    const root = module.tree.rootNode;
    for (const m of module.source.text.matchAll(/^[ \t]*@/gm)) {
        let deco = root.descendantForIndex(m.index + m[0].length - 1);
        while (deco && deco.type !== 'decorated_definition')
            deco = deco.parent;
        const def = deco?.childForFieldName('definition');
        if (!def || def.type !== 'function_definition' || seen.has(def.startIndex))
            continue;
        seen.add(def.startIndex);
        const { role, programClass } = roleOf(def, symbols);
        if (role === 'none')
            continue;
        const params = (0, syntax_1.codeChildren)(def.childForFieldName('parameters'))
            .map((p) => paramInfo(p, lines))
            .filter((p) => !!p);
        if (programClass && params[0]?.name === 'self')
            params.shift();
        out.push({ role, name: def.childForFieldName('name').text, def, programClass, params, module });
    }
    return out;
}
//# sourceMappingURL=entries.js.map