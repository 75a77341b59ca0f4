"use strict";
/**
 * Checks of the shape of plain data read back from disk (cache entries):
 * small predicates that compose, so each kind of stored data states its
 * shape once and anything else is refused before it is used.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.isIndex = exports.isNumber = exports.isBoolean = exports.isString = void 0;
exports.literal = literal;
exports.isRecord = isRecord;
exports.arrayOf = arrayOf;
exports.recordOf = recordOf;
exports.optional = optional;
exports.object = object;
const isString = (v) => typeof v === 'string';
exports.isString = isString;
const isBoolean = (v) => typeof v === 'boolean';
exports.isBoolean = isBoolean;
/** A finite number. */
const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
exports.isNumber = isNumber;
/** A whole number >= 0 (an offset, a count, an index). */
const isIndex = (v) => Number.isSafeInteger(v) && v >= 0;
exports.isIndex = isIndex;
/** One of the given values. */
function literal(...values) {
    const set = new Set(values);
    return (v) => set.has(v);
}
/** A plain object (not null, not an array). */
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** An array whose every item has the shape. */
function arrayOf(item) {
    return (v) => Array.isArray(v) && v.every((x) => item(x));
}
/** An object used as a map: every value has the shape. */
function recordOf(value) {
    return (v) => isRecord(v) && Object.values(v).every((x) => value(x));
}
/** Absent (undefined) or of the shape. */
function optional(shape) {
    return (v) => v === undefined || shape(v);
}
/**
 * An object with at least these fields of these shapes (other fields are
 * allowed: a newer writer may add some). Use `optional` for fields that may
 * be missing.
 */
function object(fields) {
    const entries = Object.entries(fields);
    return (v) => isRecord(v) && entries.every(([k, shape]) => shape(v[k]));
}
//# sourceMappingURL=shape.js.map