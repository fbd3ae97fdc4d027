/**
 * Runs the enabled rules over a parsed document: severity from the configuration (editor settings win
 * over the team file, which wins over the rule default), suppression comments honoured, findings sorted.
 */
import type { EngineConfig } from './config';
import type { ArticleDocument } from './document';
import type { Rule, RuleContext } from './rule';
import type { Finding, SeveritySetting } from './types';

/** At most this many findings of one rule per document are reported. */
export const MAX_FINDINGS_PER_RULE = 1000;

export function severityOf(rule: Rule, config: EngineConfig): SeveritySetting {
  return config.userRules[rule.id] ?? config.team.rules[rule.id] ?? rule.defaultSeverity;
}

export function runRules(doc: ArticleDocument, rules: readonly Rule[], ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    const severity = severityOf(rule, ctx.config);
    if (severity === 'off') continue;
    let kept = 0;
    let found: Finding[];
    try {
      found = rule.check(doc, ctx);
    } catch (e) {
      // One faulty rule must not take the others (or the server) down with it.
      ctx.onRuleError?.(rule.id, e);
      continue;
    }
    for (const f of found) {
      if (doc.suppressions.isSuppressed(rule.id, f.span.start)) continue;
      // A pathological draft (thousands of stray marks) must not flood the editor.
      if (++kept > MAX_FINDINGS_PER_RULE) break;
      // A copy (a rule may keep its findings), with the rule and severity set. Object.assign onto a fresh
      // object gives the same object as a spread ({ ...f, rule, severity }) and is several times faster
      // when findings of many shapes pass through this one line.
      const copy: Finding = Object.assign({}, f);
      copy.rule = rule.id;
      copy.severity = severity;
      out.push(copy);
    }
  }
  out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
  return out;
}

/** Applies non-overlapping edits to a text (later edits first so offsets stay valid). */
export function applyEdits(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) continue; // overlapping: skip, never corrupt the text
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/**
 * The edits of every auto-fixable finding, with overlapping edits dropped (the first finding wins), for
 * "fix all" actions. `rule` limits to one rule.
 */
export function fixAllEdits(findings: readonly Finding[], rule?: string): { start: number; end: number; newText: string }[] {
  const chosen: { start: number; end: number; newText: string }[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const f of findings) {
    if (rule && f.rule !== rule) continue;
    const fix = f.fixes.find((x) => (x.fixAll ?? x.preferred) && x.edits.length > 0);
    if (!fix) continue;
    if (fix.edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end || (e.start === e.end && e.start === t.start)))) continue;
    for (const e of fix.edits) {
      chosen.push(e);
      taken.push(e);
    }
  }
  return chosen;
}
