"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findCompileError = findCompileError;
const web_tree_sitter_1 = require("web-tree-sitter");
/**
 * Errors CPython's parser and compiler raise on trees tree-sitter-python
 * builds without an ERROR node: duplicate parameters, a parameter without
 * a default after one with a default, repeated or misplaced call
 * arguments, a trailing comma in an unparenthesized `from ... import`, and
 * `return`/`yield`/`await`/`break`/`continue` where they cannot stand,
 * `x as y` outside `with`/`except`/`case`, `a: b: c` and `a = b: c` annotations, annotated tuples, Python 2's `print x` and
 * `exec code`. One
 * query finds the few node kinds concerned; only they are looked at.
 */
const PATTERNS = `
(parameters) @params
(lambda_parameters) @params
(argument_list) @args
(import_from_statement) @import
(return_statement) @return
(yield) @yield
(await) @await
(break_statement) @break
(continue_statement) @continue
(as_pattern) @as
(print_statement) @py2
(exec_statement) @py2
(constrained_type) @constrained
(assignment type: (_)) @annotated
`;
const queries = new WeakMap();
function queryFor(language) {
    let q = queries.get(language);
    if (!q)
        queries.set(language, (q = new web_tree_sitter_1.Query(language, PATTERNS)));
    return q;
}
/** The first such error in source order, or undefined. */
function findCompileError(tree) {
    let first;
    for (const { name, node } of queryFor(tree.language).captures(tree.rootNode)) {
        const message = check(name, node);
        if (message === undefined)
            continue;
        const e = { line: node.startPosition.row + 1, column: node.startPosition.column + 1, error: 'SyntaxError', message };
        if (!first || e.line < first.line || (e.line === first.line && e.column < first.column))
            first = e;
    }
    return first;
}
function check(name, node) {
    switch (name) {
        case 'params':
            return checkParams(node);
        case 'args':
            return checkArgs(node);
        case 'import': {
            const kids = node.children;
            const last = kids[kids.length - 1];
            return last?.type === ',' && !kids.some((k) => k?.type === '(') ? 'trailing comma not allowed without surrounding parentheses' : undefined;
        }
        case 'return':
            return scopeOf(node, false)?.type === 'function_definition' ? undefined : "'return' outside function";
        case 'yield': {
            const scope = scopeOf(node, true);
            return scope && scope.type !== 'class_definition' ? undefined : "'yield' outside function";
        }
        case 'await': {
            const scope = scopeOf(node, true);
            if (!scope || scope.type === 'class_definition')
                return "'await' outside function";
            return scope.type === 'function_definition' && scope.children.some((k) => k?.type === 'async') ? undefined : "'await' outside async function";
        }
        case 'break':
            return inLoop(node) ? undefined : "'break' outside loop";
        case 'continue':
            return inLoop(node) ? undefined : "'continue' not properly in loop";
        case 'as': {
            const p = node.parent;
            const ok = p && (AS_PARENTS.has(p.type) || ((p.type === 'parenthesized_expression' || p.type === 'tuple') && p.parent?.type === 'with_item'));
            return ok ? undefined : 'invalid syntax';
        }
        case 'constrained': {
            // \`T: int\` is a type parameter's bound, nothing else
            for (let p = node.parent; p; p = p.parent)
                if (p.type === 'type_parameter')
                    return undefined;
            return 'invalid syntax';
        }
        case 'annotated': {
            // \`a = b: T\` (an annotation in a chain) and \`a, b: T\`
            if (node.parent?.type === 'assignment' || node.parent?.type === 'augmented_assignment')
                return 'invalid syntax';
            const left = node.childForFieldName('left')?.type;
            if (left === 'pattern_list' || left === 'tuple_pattern')
                return 'only single target (not tuple) can be annotated';
            return left === 'list_pattern' ? 'only single target (not list) can be annotated' : undefined;
        }
        case 'py2':
            return node.type === 'print_statement' ? "Missing parentheses in call to 'print'" : 'invalid syntax';
    }
    return undefined;
}
/** Where `x as y` may stand; `with (open(p) as f):` and `with (a as b,):` put it in parentheses or a tuple. */
const AS_PARENTS = new Set(['with_item', 'except_clause', 'case_pattern']);
/** The nearest enclosing function (or lambda, when asked), class, or undefined at module level. */
function scopeOf(node, lambdas) {
    for (let p = node.parent; p; p = p.parent) {
        if (p.type === 'function_definition' || p.type === 'class_definition' || (lambdas && p.type === 'lambda'))
            return p;
    }
    return undefined;
}
/** Whether a statement sits in the body of a loop of its own function (a loop's `else:` is not its body). */
function inLoop(node) {
    let child = node;
    for (let p = node.parent; p; child = p, p = p.parent) {
        if (p.type === 'function_definition' || p.type === 'class_definition')
            return false;
        if ((p.type === 'for_statement' || p.type === 'while_statement') && child.type !== 'else_clause')
            return true;
    }
    return false;
}
function paramName(p) {
    switch (p.type) {
        case 'identifier':
            return p.text;
        case 'default_parameter':
        case 'typed_default_parameter':
            return p.childForFieldName('name')?.text;
        case 'typed_parameter':
        case 'list_splat_pattern':
        case 'dictionary_splat_pattern': {
            const inner = p.namedChildren[0];
            return inner && inner.type !== 'identifier' ? paramName(inner) : inner?.text;
        }
    }
    return undefined;
}
function checkParams(list) {
    const seen = new Set();
    let defaulted = false;
    let keywordOnly = false;
    for (const p of list.namedChildren) {
        if (!p || p.type === 'comment')
            continue;
        const name = paramName(p);
        if (name !== undefined) {
            if (seen.has(name))
                return `duplicate argument '${name}' in function definition`;
            seen.add(name);
        }
        const splat = p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern' || (p.type === 'typed_parameter' && p.namedChildren[0]?.type !== 'identifier');
        if (p.type === 'keyword_separator' || splat)
            keywordOnly = true;
        else if (p.type === 'default_parameter' || p.type === 'typed_default_parameter')
            defaulted = true;
        else if (defaulted && !keywordOnly && p.type !== 'positional_separator')
            return 'non-default argument follows default argument';
    }
    return undefined;
}
function checkArgs(list) {
    const keywords = new Set();
    let afterKeyword = false;
    let afterUnpacking = false;
    for (const a of list.namedChildren) {
        if (!a || a.type === 'comment')
            continue;
        if (a.type === 'keyword_argument') {
            const name = a.childForFieldName('name')?.text ?? '';
            if (keywords.has(name))
                return `keyword argument repeated: ${name}`;
            keywords.add(name);
            afterKeyword = true;
        }
        else if (a.type === 'dictionary_splat') {
            afterUnpacking = true;
        }
        else if (a.type === 'list_splat') {
            if (afterUnpacking)
                return 'iterable argument unpacking follows keyword argument unpacking';
        }
        else if (afterUnpacking) {
            return 'positional argument follows keyword argument unpacking';
        }
        else if (afterKeyword) {
            return 'positional argument follows keyword argument';
        }
    }
    return undefined;
}
//# sourceMappingURL=compile-checks.js.map