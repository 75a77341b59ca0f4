import { ToolError } from '../errors';
import { fixSafety, RULES, ruleById } from '../rules';
import type { Rule } from '../rules';

function describe(rule: Rule, full: boolean): string {
  const on = (rule.defaultOn === 'detect' ? 'auto' : rule.defaultOn ? 'on' : 'off').padEnd(4);
  const head = `${rule.id.padEnd(20)} ${on}  fix: ${fixSafety(rule).padEnd(11)}  ${rule.summary}`;
  if (!full) return head;
  const example = rule.example.split('\n').map((l) => `    ${l}`).join('\n');
  const fixes = Object.entries(rule.fixes).map(([k, v]) => `${k} (${v})`).join(', ') || 'none';
  const when = rule.defaultOn === 'detect' ? `\n  auto: on by default where the tree calls for it (see the README), else with --extend-select ${rule.id}` : '';
  return `${head}${when}\n  finding kinds: ${rule.kinds.join(', ')}\n  fixes: ${fixes}\n  example:\n${example}`;
}

/**
 * `pypto-direction rules [ids..]`: the rule registry (id, default, fix
 * safety, summary); with ids, each rule's finding kinds and example.
 */
export function renderRules(ids: string[]): string {
  if (!ids.length) return ['rule                 on?   fix               summary', ...RULES.map((r) => describe(r, false))].join('\n') + '\n';
  return ids
    .map((id) => {
      const rule = ruleById(id);
      if (!rule) throw new ToolError('usage', undefined, `unknown rule "${id}"`, `known rules: ${RULES.map((r) => r.id).join(', ')}`);
      return describe(rule, true);
    })
    .join('\n\n') + '\n';
}
