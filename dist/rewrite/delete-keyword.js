"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.deleteKeywordEdit = deleteKeywordEdit;
/** Start of the line holding `offset`. */
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** End of the line holding `offset` (at its `\r\n` or `\n`, or the end of text). */
function lineEnd(text, offset) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0)
        return text.length;
    return nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
}
/** The line terminator after `end` (`\r\n`, `\n` or nothing). */
function terminator(text, end) {
    return text.startsWith('\r\n', end) ? '\r\n' : text.startsWith('\n', end) ? '\n' : '';
}
/**
 * The edit deleting one keyword argument (`is_output=...`) of a call, as
 * little as possible: the argument and its separating comma. A line that
 * holds only the argument goes whole; comments on or inside it stay, each
 * as a line of its own at the argument's indentation. The edit is marked
 * with the argument's range so the verifier can check exactly that.
 * Undefined when a comment inside an argument that shares its line could
 * not be kept. As `harness-drop` (a `runtime_cfg=` merged into `config=`),
 * the comments inside the argument move with its keys and are not kept here.
 */
function deleteKeywordEdit(text, kw, kind = 'delete-keyword') {
    const moves = kind === 'harness-drop';
    const list = kw.parent;
    const siblings = list.children.filter((c) => !!c);
    const i = siblings.findIndex((c) => c.startIndex === kw.startIndex && c.endIndex === kw.endIndex);
    const before = siblings.slice(0, i).reverse().find((c) => c.type !== 'comment');
    const after = siblings.slice(i + 1).find((c) => c.type !== 'comment');
    const commaBefore = before?.type === ',' ? before : undefined;
    const commaAfter = after?.type === ',' ? after : undefined;
    const marker = { start: kw.startIndex, end: kw.endIndex };
    const inner = moves ? [] : kw.descendantsOfType('comment').filter((c) => !!c);
    const comments = (from, to) => siblings.filter((c) => c.type === 'comment' && c.startIndex >= from && c.endIndex <= to).concat(inner);
    const ls = lineStart(text, kw.startIndex);
    const indent = text.slice(ls, kw.startIndex);
    const tailEnd = commaAfter ? commaAfter.endIndex : kw.endIndex;
    const le = lineEnd(text, tailEnd);
    const rest = text.slice(tailEnd, le);
    const restIsComment = /^\s*(#.*)?$/.test(rest);
    if (/^[ \t]*$/.test(indent) && restIsComment && ls > list.startIndex) {
        // the line holds only the argument (and maybe a comment): the whole line goes, its comments stay
        const end = le + terminator(text, le).length;
        const eol = terminator(text, le) || '\n';
        const byStart = new Map(comments(kw.startIndex, end).map((c) => [c.startIndex, c]));
        const kept = [...byStart.values()].sort((a, b) => a.startIndex - b.startIndex).map((c) => c.text.replace(/\r$/, ''));
        return { start: ls, end, text: kept.map((c) => indent + c + eol).join(''), kind, keyword: marker };
    }
    if (inner.length)
        return undefined; // a comment inside it would have nowhere to go
    if (commaBefore && lineStart(text, commaBefore.startIndex) === ls && !text.slice(commaBefore.endIndex, kw.startIndex).includes('#')) {
        // `a, is_output=True` -> `a`: the comma before it goes with it
        return { start: commaBefore.startIndex, end: kw.endIndex, text: '', kind, keyword: marker };
    }
    if (commaAfter) {
        // `is_output=True, b` -> `b`: the comma after it and the spaces up to the next argument on the line
        let end = commaAfter.endIndex;
        while (end < le && (text[end] === ' ' || text[end] === '\t'))
            end++;
        if (end === le)
            end = commaAfter.endIndex; // nothing follows on the line: keep the line's end as it is
        return { start: kw.startIndex, end, text: '', kind, keyword: marker };
    }
    return { start: kw.startIndex, end: kw.endIndex, text: '', kind, keyword: marker };
}
//# sourceMappingURL=delete-keyword.js.map