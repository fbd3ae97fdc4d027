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

/**
 * `limit`: findings kept per rule (MAX_FINDINGS_PER_RULE for an editor; `Infinity` when every finding
 * matters, as for `--fix`).
 */
export function runRules(doc: ArticleDocument, rules: readonly Rule[], ctx: RuleContext, limit = MAX_FINDINGS_PER_RULE): Finding[] {
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
      if (++kept > limit) break;
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

/**
 * Applies edits to a text. Where edits overlap, the one starting later wins and the other is skipped
 * (never a corrupt text). Linear in the text length plus the number of edits.
 */
export function applyEdits(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  // Choose from the end backwards, then assemble front to back in one join.
  const kept: { start: number; end: number; newText: string }[] = [];
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) continue;
    kept.push(e);
    limit = e.start;
  }
  const parts: string[] = [];
  let at = 0;
  for (let k = kept.length - 1; k >= 0; k--) {
    const e = kept[k]!;
    parts.push(text.slice(at, e.start), e.newText);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * The edits of every auto-fixable finding, with conflicting edits dropped (the first finding wins), for
 * "fix all" actions. `rule` limits to one rule. Two edits conflict when they overlap or when one inserts
 * at the start of the other. Taken edits are kept sorted, so each test is a binary search.
 */
export function fixAllEdits(findings: readonly Finding[], rule?: string): { start: number; end: number; newText: string }[] {
  const chosen: { start: number; end: number; newText: string }[] = [];
  /** Taken edits, sorted by start then end; they never overlap, so their ends are sorted too. */
  const taken: { start: number; end: number }[] = [];
  /** Index of the first taken edit whose key (start or end) is ≥ / > `at`. */
  const lowerBound = (at: number, key: 'start' | 'end', strict: boolean): number => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const v = taken[mid]![key];
      if (strict ? v <= at : v < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const conflicts = (e: { start: number; end: number }): boolean => {
    // An overlap: the first taken edit ending after e starts must start at or after e's end.
    const i = lowerBound(e.start, 'end', true);
    if (i < taken.length && taken[i]!.start < e.end) return true;
    // An insertion at the start of a taken edit.
    if (e.start === e.end) {
      const j = lowerBound(e.start, 'start', false);
      if (j < taken.length && taken[j]!.start === e.start) return true;
    }
    return false;
  };
  for (const f of findings) {
    if (rule && f.rule !== rule) continue;
    const fix = f.fixes.find((x) => (x.fixAll ?? x.preferred) && x.edits.length > 0);
    if (!fix) continue;
    if (fix.edits.some(conflicts)) continue;
    for (const e of fix.edits) {
      chosen.push(e);
      let k = lowerBound(e.start, 'start', false);
      while (k < taken.length && taken[k]!.start === e.start && taken[k]!.end <= e.end) k++;
      taken.splice(k, 0, e);
    }
  }
  return chosen;
}
