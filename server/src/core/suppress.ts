/**
 * Suppression comments.
 *   <!-- mudaqqiq-disable RULE[, RULE…] -->  …  <!-- mudaqqiq-enable [RULE…] -->
 *   <!-- mudaqqiq-disable-next-line [RULE…] -->
 *   … text … <!-- mudaqqiq-disable-line [RULE…] -->   (the line holding the comment)
 * No rule named means every rule. In plain text the same words stand on a line of their own (with or
 * without the comment marks); in YAML front matter they are YAML comments (# mudaqqiq-disable-next-line …).
 */
import type { Span } from './types';

interface Region extends Span {
  /** null = every rule. */
  rules: Set<string> | null;
}

export class Suppressions {
  constructor(readonly regions: Region[]) {}
  isSuppressed(rule: string, offset: number): boolean {
    for (const r of this.regions) if (offset >= r.start && offset < r.end && (!r.rules || r.rules.has(rule))) return true;
    return false;
  }
}

const DIRECTIVE = /^mudaqqiq-(disable-next-line|disable-line|disable|enable)\b\s*(.*)$/s;

export function parseSuppressions(comments: { span: Span; body: string }[], lines: readonly Span[], masked: string): Suppressions {
  const regions: Region[] = [];
  const open: { start: number; rules: Set<string> | null }[] = [];
  const end = masked.length;
  for (const c of comments) {
    const d = DIRECTIVE.exec(c.body.trim());
    if (!d) continue;
    const names = d[2]!.split(/[\s,،]+/).map((s) => s.trim()).filter((s) => /^[a-z][a-z0-9-]*$/.test(s));
    const rules = names.length ? new Set(names) : null;
    if (d[1] === 'disable-line') {
      const line = lines.find((l) => l.start <= c.span.start && c.span.start <= l.end);
      if (line) regions.push({ start: line.start, end: line.end + 1, rules });
    } else if (d[1] === 'disable-next-line') {
      // The next line holding prose.
      let li = lines.findIndex((l) => l.start > c.span.end);
      while (li >= 0 && li < lines.length && masked.slice(lines[li]!.start, lines[li]!.end).trim() === '') li++;
      if (li >= 0 && li < lines.length) regions.push({ start: lines[li]!.start, end: lines[li]!.end + 1, rules });
    } else if (d[1] === 'disable') {
      open.push({ start: c.span.end, rules });
    } else {
      // enable: closes the matching open regions (all of them when no rule is named).
      for (let k = open.length - 1; k >= 0; k--) {
        const o = open[k]!;
        if (!rules || !o.rules || [...rules].some((r) => o.rules!.has(r))) {
          regions.push({ start: o.start, end: c.span.start, rules: o.rules });
          open.splice(k, 1);
        }
      }
    }
  }
  for (const o of open) regions.push({ start: o.start, end, rules: o.rules });
  return new Suppressions(regions);
}
