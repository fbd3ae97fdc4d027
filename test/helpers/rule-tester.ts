/**
 * A RuleTester in the ESLint/textlint manner: `valid` texts give no finding of the rule; `invalid` texts
 * give exactly the listed findings (range, English and optionally Arabic message) and, when `output` is
 * given, applying every finding's preferred fix yields exactly that text.
 */
import * as assert from 'node:assert/strict';
import { defaultEngineConfig, type EngineConfig, type TeamConfig } from '../../server/src/core/config';
import { ArticleDocument, type DocFormat } from '../../server/src/core/document';
import { applyEdits, fixAllEdits, runRules } from '../../server/src/core/engine';
import type { Rule } from '../../server/src/core/rule';
import type { Finding } from '../../server/src/core/types';
import type { WorkspaceView } from '../../server/src/core/workspace';

export interface CaseOptions {
  format?: DocFormat;
  team?: Partial<TeamConfig>;
  workspace?: WorkspaceView;
  uri?: string;
  name?: string;
}

export interface ExpectedFinding {
  /** The exact flagged text, located at its `nth` occurrence (0-based) — or give `span`. */
  text?: string;
  nth?: number;
  span?: [number, number];
  message?: string;
  messageAr?: string;
}

export interface InvalidCase extends CaseOptions {
  text: string;
  errors: ExpectedFinding[];
  output?: string;
}

export function engineConfig(team?: Partial<TeamConfig>): EngineConfig {
  const c = defaultEngineConfig();
  if (team) c.team = { ...c.team, ...team };
  return c;
}

export function runRule(rule: Rule, text: string, opts: CaseOptions = {}): { doc: ArticleDocument; findings: Finding[] } {
  const doc = ArticleDocument.parse(text, { format: opts.format });
  const findings = runRules(doc, [{ ...rule, defaultSeverity: rule.defaultSeverity === 'off' ? 'warning' : rule.defaultSeverity }], {
    config: engineConfig(opts.team),
    workspace: opts.workspace,
    uri: opts.uri,
  });
  return { doc, findings };
}

/** Offset range of the nth occurrence of `needle` in `text`. Throws when absent (a broken test, not a pass). */
export function spanOf(text: string, needle: string, nth = 0): [number, number] {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`test setup: "${needle}" (#${nth}) not in text`);
  }
  return [at, at + needle.length];
}

export function ruleTester(rule: Rule, cases: { valid: (string | ({ text: string } & CaseOptions))[]; invalid: InvalidCase[] }): void {
  describe(`rule ${rule.id}`, () => {
    for (const v of cases.valid) {
      const c = typeof v === 'string' ? { text: v } : v;
      it(`valid: ${c.name ?? c.text.slice(0, 60)}`, () => {
        const { findings } = runRule(rule, c.text, c);
        assert.deepEqual(findings.map((f) => [f.span.start, f.span.end, f.message.en]), []);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name ?? c.text.slice(0, 60)}`, () => {
        const { findings } = runRule(rule, c.text, c);
        const actual = findings.map((f) => ({ span: [f.span.start, f.span.end], message: f.message.en, messageAr: f.message.ar }));
        const expected = c.errors.map((e, i) => {
          const span = e.span ?? spanOf(c.text, e.text!, e.nth ?? 0);
          return {
            span,
            message: e.message ?? actual[i]?.message,
            messageAr: e.messageAr ?? actual[i]?.messageAr,
          };
        });
        assert.deepEqual(actual, expected);
        for (const f of findings) {
          assert.ok(f.message.ar.length > 0 && f.message.en.length > 0, 'bilingual message');
          assert.ok(f.explanation.ar.length > 0 && f.explanation.en.length > 0, 'bilingual explanation');
        }
        if (c.output !== undefined) {
          const fixed = applyEdits(c.text, fixAllEdits(findings));
          assert.equal(fixed, c.output);
          // Fixing is idempotent: the fixed text has nothing left that a fix would change.
          const again = runRule(rule, fixed, c).findings;
          assert.equal(applyEdits(fixed, fixAllEdits(again)), fixed);
        }
      });
    }
  });
}
