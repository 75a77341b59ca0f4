/** A spec-era golden package: TensorSpec takes is_output (as pypto-lib up to Aug 2026). */
export const SPEC_ERA_SPEC = `from dataclasses import dataclass, field


@dataclass
class TensorSpec:
    name: str
    shape: list
    dtype: object
    init_value: object = None
    is_output: bool = False
    resident: object = None


@dataclass
class ScalarSpec:
    name: str
    dtype: object
    value: object
`;

/** A signature-era golden package: the direction is stamped by the harness; is_output is a property. */
export const SIGNATURE_ERA_SPEC = `from dataclasses import dataclass, field


@dataclass
class TensorSpec:
    name: str
    shape: list
    dtype: object
    init_value: object = None
    resident: object = None
    direction: str | None = field(default=None, init=False)

    @property
    def is_output(self):
        if self.direction is None:
            raise RuntimeError("direction not stamped yet")
        return self.direction != "In"


@dataclass
class ScalarSpec:
    name: str
    dtype: object
    value: object
`;

/** golden/__init__.py re-exporting the spec classes and harnesses. */
export const GOLDEN_INIT = `from .spec import ScalarSpec, TensorSpec
from .runner import run, run_jit
`;

export const GOLDEN_RUNNER = `def run_jit(fn=None, specs=None, golden_fn=None, **kw):
    raise NotImplementedError


def run(fn=None, program=None, specs=None, golden_fn=None, **kw):
    raise NotImplementedError
`;

/** The files of a golden package of one era. */
export function goldenPackage(era: 'spec' | 'signature'): Record<string, string> {
  return { 'golden/__init__.py': GOLDEN_INIT, 'golden/spec.py': era === 'spec' ? SPEC_ERA_SPEC : SIGNATURE_ERA_SPEC, 'golden/runner.py': GOLDEN_RUNNER };
}
