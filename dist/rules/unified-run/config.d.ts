import type { Node } from '../../parse/syntax-tree';
/** One key of a literal config dict, with the comments that belong to it. */
interface Entry {
    key: string;
    value: Node;
    /** The entry as written (`k=v` or `"k": v`). */
    node: Node;
    /** Comments on lines of their own before it. */
    before: string[];
    /** A comment after it on its last line. */
    after?: string;
}
/** A literal `dict(k=v, ...)` or `{"k": v, ...}`. */
interface Literal {
    form: 'call' | 'dict';
    node: Node;
    entries: Entry[];
    /** Comments after the last entry. */
    trailing: string[];
    multiline: boolean;
}
/** Why a config value cannot be merged key by key, or how it can. */
export type ConfigValue = {
    k: 'literal';
    lit: Literal;
} | {
    k: 'opaque';
    node: Node;
} | {
    k: 'splat';
    why: string;
};
/** Reads a `compile_cfg=`/`runtime_cfg=` value: a literal dict (its keys, in order, with their comments), another expression, or a literal with a `**` splat. */
export declare function readConfig(value: Node): ConfigValue;
/** A key given twice with different values (source text), or undefined. */
export declare function conflictingKey(lits: Literal[]): {
    key: string;
    a: string;
    b: string;
} | undefined;
/**
 * One literal holding every key of `lits` in source order (a key given again
 * with the same value once), in the first one's spelling (`dict(k=v)` or
 * `{"k": v}`; `{...}` when a key is no identifier), values and comments as
 * written. One line when every literal is on one line without comments;
 * otherwise one key per line at the indentation of the first multi-line
 * literal's keys.
 */
export declare function mergeLiterals(text: string, lits: Literal[], eol: string): string;
/**
 * Whether an expression is a dict on every path, by the text of its scope:
 * a dict display, `dict(...)` or a dict comprehension, or a name every
 * binding of which in its function (or, when the function binds it nowhere,
 * in its module) is `NAME = <one of those>`. A parameter, a loop or `with`
 * target, an augmented assignment or any other binding: not sure.
 */
export declare function surelyDict(value: Node, depth?: number): boolean;
export {};
