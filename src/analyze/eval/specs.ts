import type { Node } from '../../parse/syntax-tree';
import { FALSE, Site, SpecRecord, Value, truthy, unknown } from './values';

/** Arguments of an evaluated call. */
export interface EvaluatedArgs {
  positional: Value[];
  keywords: Map<string, Value>;
  /** `*x`/`**x` whose contents are unknown: unbound params are then unknown. */
  hasUnknownSplat: boolean;
}

/** Positional parameter order of the spec classes (golden and pypto.runtime agree). */
const SIGNATURES: Record<SpecRecord['cls'], string[]> = {
  TensorSpec: ['name', 'shape', 'dtype', 'init_value', 'is_output'],
  ScalarSpec: ['name', 'dtype', 'value'],
};

/** Whether a class or function name denotes a golden spec class. */
export function specClassOf(name: string, specClassNames: ReadonlySet<string>): SpecRecord['cls'] | undefined {
  const last = name.slice(name.lastIndexOf('.') + 1);
  if (!specClassNames.has(last)) return undefined;
  return last.startsWith('Scalar') ? 'ScalarSpec' : 'TensorSpec';
}

/** Builds the spec record of a `TensorSpec(...)`/`ScalarSpec(...)` call. */
export function makeSpec(cls: SpecRecord['cls'], args: EvaluatedArgs, path: string, node: Node, fieldOrder?: string[]): SpecRecord {
  const site: Site = { path, node };
  const order = fieldOrder ?? SIGNATURES[cls];
  const get = (param: string): Value | undefined => {
    const kw = args.keywords.get(param);
    if (kw) return kw;
    const i = order.indexOf(param);
    if (i >= 0 && i < args.positional.length) return args.positional[i];
    if (args.hasUnknownSplat) return unknown(`${param} may be passed through *args/**kwargs`, site);
    return undefined;
  };
  return {
    cls,
    name: get('name') ?? unknown('spec without a name', site),
    isOutput: cls === 'ScalarSpec' ? FALSE : (get('is_output') ?? FALSE),
    initValue: get('init_value'),
    shape: get('shape') ?? unknown('no shape', site),
    dtype: get('dtype') ?? unknown('no dtype', site),
    site,
  };
}

/** Reads a field of a spec the way Python attribute access would. */
export function specAttribute(spec: SpecRecord, attr: string): Value | undefined {
  switch (attr) {
    case 'name':
      return spec.name;
    case 'is_output':
      return spec.isOutput;
    case 'is_input': {
      const t = truthy(spec.isOutput);
      return t === undefined ? unknown('is_input of an undecidable is_output') : { k: 'bool', v: !t };
    }
    case 'init_value':
      return spec.initValue ?? { k: 'none' };
    case 'shape':
      return spec.shape;
    case 'dtype':
      return spec.dtype;
    default:
      return undefined;
  }
}

/** Field name -> keyword used when re-making a spec with `dataclasses.replace`. */
export function replaceSpec(spec: SpecRecord, changes: Map<string, Value>, path: string, node: Node): SpecRecord {
  const pick = (kw: string, cur: Value | undefined) => (changes.has(kw) ? changes.get(kw) : cur);
  return {
    ...spec,
    name: pick('name', spec.name)!,
    isOutput: pick('is_output', spec.isOutput)!,
    initValue: pick('init_value', spec.initValue),
    shape: pick('shape', spec.shape)!,
    dtype: pick('dtype', spec.dtype)!,
    site: { path, node },
  };
}
