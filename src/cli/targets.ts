import * as fs from 'fs';
import * as path from 'path';
import { FunctionOutline, outlineOf } from '../analyze/outline';
import type { Finding } from '../decide/findings';
import { ToolError } from '../errors';
import type { AnalysisResult } from '../run/pipeline';
import { displayPath } from '../report/summary';

/** `explain FILE:LINE`: a line of a file whose findings to show. */
export interface LineTarget {
  /** As given (for messages). */
  arg: string;
  /** The file, resolved. */
  file: string;
  line: number;
}

const isFile = (p: string) => {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
};

/**
 * Splits `explain`'s arguments into paths and FILE:LINE targets. An argument
 * that exists on disk is a path, whatever it looks like (a file named `a:1`);
 * otherwise `FILE:LINE` or `FILE:LINE:COL` (a location as `check` prints it;
 * the column is not needed) is a target when FILE is an existing file. The
 * rest stay paths (and fail as missing ones do). A target's file is analyzed
 * like a path.
 */
export function splitTargets(args: string[], cwd: string): { paths: string[]; targets: LineTarget[] } {
  const paths: string[] = [];
  const targets: LineTarget[] = [];
  for (const arg of args) {
    // the file part: the longest one that exists (`a:1:5` is `a:1` line 5 when `a:1` is a file)
    const file = arg === '-' || fs.existsSync(path.resolve(cwd, arg)) ? undefined : [/^(.+):(\d+)$/s, /^(.+):(\d+):\d+$/s].map((re) => re.exec(arg)).find((x) => x && isFile(path.resolve(cwd, x[1])));
    if (!file) {
      paths.push(arg);
      continue;
    }
    const line = Number(file[2]);
    if (line < 1) throw new ToolError('usage', undefined, `${arg}: lines count from 1`);
    targets.push({ arg, file: path.resolve(cwd, file[1]), line });
    if (!paths.includes(file[1])) paths.push(file[1]);
  }
  return { paths, targets };
}

/** A finding's position, by file. */
const key = (file: string, line: number, column: number) => `${path.resolve(file)}:${line}:${column}`;

/**
 * The positions a FILE:LINE means: on a decorator, the `def` line or another
 * line of a signature outside any param, every param of that function (and
 * what is reported at its `def`); on a param (any of its lines), that param
 * and any other starting on the same line; elsewhere, whatever is reported
 * on the line itself (a harness call's era, a spec's keyword).
 */
function positionsAt(target: LineTarget, outline: FunctionOutline[]): { positions: Set<string>; function?: FunctionOutline } {
  const inside = (s: { start: number; end: number }) => s.start <= target.line && target.line <= s.end;
  for (const fn of outline) {
    if (!inside(fn.header)) continue;
    const params = fn.params.filter((p) => inside(p.span));
    const whole = target.line <= fn.def.line || !params.length;
    const chosen = whole ? fn.params : params;
    const positions = new Set(chosen.map((p) => key(target.file, p.line, p.column)));
    if (whole) positions.add(key(target.file, fn.def.line, fn.def.column));
    return { positions, function: fn };
  }
  return { positions: new Set() };
}

/** `--param ENTRY.PARAM`: the entry's last dotted name (`Prog.orch.x` is `orch`'s `x`) and the param. */
function parseParam(spec: string): { entry: string; param: string } {
  const m = /^(?:.*\.)?([^.]+)\.([^.]+)$/.exec(spec);
  if (!m) throw new ToolError('usage', undefined, `--param ${spec}: expected ENTRY.PARAM (an entry's name, a dot, a param's name)`);
  return { entry: m[1], param: m[2] };
}

/**
 * What `explain` shows when given FILE:LINE targets or `--param`s: the
 * findings any of them selects (undefined: no selection, everything). A
 * target that selects nothing is a usage error naming it and what the file
 * holds; so is a `--param` that names no param. A file that could not be
 * analyzed is left to its own error.
 */
export async function selection(targets: LineTarget[], params: string[], result: AnalysisResult, cwd: string): Promise<((f: Finding) => boolean) | undefined> {
  if (!targets.length && !params.length) return undefined;
  const byFile = new Map(result.files.map((f) => [path.resolve(f.path), f]));
  const positions = new Set<string>();
  const lines = new Set<string>();
  const missing: string[] = [];
  for (const t of targets) {
    const file = byFile.get(t.file);
    if (!file || file.error) continue;
    const outline = await outlineOf(t.file, fs.readFileSync(t.file));
    const at = positionsAt(t, outline);
    const hits = file.findings.filter((f) => at.positions.has(key(f.path, f.line, f.column)));
    hits.forEach((f) => positions.add(key(f.path, f.line, f.column)));
    if (!at.function) {
      // not in a signature: what is reported on the line itself
      const here = file.findings.filter((f) => f.line === t.line);
      if (here.length) lines.add(`${t.file}:${t.line}`);
      if (here.length) continue;
    } else if (hits.length) {
      continue;
    }
    const where = outline.map((fn) => `${fn.name} (lines ${fn.header.start}-${fn.header.end})`).join(', ');
    missing.push(`${displayPath(t.file, cwd)}:${t.line}: ${at.function ? `nothing is reported for ${at.function.name} here` : 'no entry param, entry or harness call with a finding on this line'}${where ? ` (pypto functions in this file: ${where})` : ' (this file has no pypto function)'}`);
  }
  const wanted = params.map(parseParam);
  const found = new Set<number>();
  const paramMatch = (f: Finding) => {
    if (!('param' in f)) return false;
    const i = wanted.findIndex((w) => w.entry === f.entry && w.param === f.param);
    if (i >= 0) found.add(i);
    return i >= 0;
  };
  for (const file of result.files) file.findings.forEach(paramMatch);
  wanted.forEach((w, i) => {
    if (found.has(i)) return;
    const same = [...new Set(result.files.flatMap((file) => file.findings.flatMap((f) => ('param' in f && f.entry === w.entry ? [f.param] : []))))];
    missing.push(`--param ${params[i]}: no such param in the analyzed files${same.length ? ` (${w.entry} has ${same.join(', ')})` : ''}`);
  });
  if (missing.length) throw new ToolError('usage', undefined, missing.join('; '));
  return (f) => positions.has(key(f.path, f.line, f.column)) || lines.has(`${path.resolve(f.path)}:${f.line}`) || paramMatch(f);
}
