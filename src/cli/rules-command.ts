import { ToolError } from '../errors';
import { RULES, ruleById } from '../rules';
import type { Rule } from '../rules';

function describe(rule: Rule, full: boolean): string {
  const head = `${rule.id.padEnd(20)} ${rule.defaultOn ? 'on ' : 'off'}  fix: ${rule.fix.padEnd(4)}  ${rule.summary}`;
  if (!full) return head;
  const example = rule.example.split('\n').map((l) => `    ${l}`).join('\n');
  return `${head}\n  finding kinds: ${rule.kinds.join(', ')}\n  example:\n${example}`;
}

/**
 * `pypto-direction rules [ids..]`: the rule registry (id, default, fix
 * safety, summary); with ids, each rule's finding kinds and example.
 */
export function renderRules(ids: string[]): string {
  if (!ids.length) return ['rule                 on?  fix        summary', ...RULES.map((r) => describe(r, false))].join('\n') + '\n';
  return ids
    .map((id) => {
      const rule = ruleById(id);
      if (!rule) throw new ToolError('usage', undefined, `unknown rule "${id}"`, `known rules: ${RULES.map((r) => r.id).join(', ')}`);
      return describe(rule, true);
    })
    .join('\n\n') + '\n';
}
