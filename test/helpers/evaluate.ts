import { Interp } from '../../src/analyze/eval/interpreter';
import { ModuleContext } from '../../src/analyze/eval/module-context';
import type { SpecRecord, Value } from '../../src/analyze/eval/values';
import { Project } from '../../src/analyze/project';
import { parseModule } from '../../src/parse/module';

/** Runs a Python snippet's top level with the static evaluator and returns its globals. */
export async function evaluate(source: string): Promise<{ get(name: string): Value; interp: Interp }> {
  const parsed = await parseModule('snippet.py', Buffer.from(source));
  const project = new Project([]);
  const ctx: ModuleContext = project.add(parsed);
  const interp = new Interp(project);
  interp.ensureModule(ctx);
  return {
    interp,
    get(name: string) {
      const v = ctx.globals.vars.get(name);
      if (!v) throw new Error(`${name} is not bound`);
      return v;
    },
  };
}

/** The specs of a list value, as plain records for assertions. */
export function specsOf(v: Value): SpecRecord[] {
  if (v.k !== 'seq') throw new Error(`expected a list, got ${v.k}`);
  return v.items.map((i) => {
    if (i.k !== 'spec') throw new Error(`expected a spec, got ${i.k}`);
    return i.spec;
  });
}

/** A literal value's plain JS form, or the value kind for anything else. */
export function plain(v: Value | undefined): unknown {
  if (!v) return undefined;
  switch (v.k) {
    case 'str':
    case 'num':
    case 'bool':
      return v.v;
    case 'none':
      return null;
    case 'seq':
      return v.items.map(plain);
    default:
      return `<${v.k}>`;
  }
}
