/**
 * The rule API. A rule is metadata plus a pure `check(doc, ctx)` returning findings. Rules that learn from
 * the other articles of a workspace also export an indexer (see workspace.ts).
 */
import type { EngineConfig } from './config';
import type { ArticleDocument } from './document';
import type { Finding, RuleMeta } from './types';
import type { WorkspaceView } from './workspace';

export interface RuleContext {
  config: EngineConfig;
  /** What the other articles of the workspace hold; absent in a single-file check. */
  workspace?: WorkspaceView;
  /** URI or path of the document being checked (for workspace look-ups that exclude it). */
  uri?: string;
  /** Told when a rule throws (a bug): the other rules still run and the adapter reports it. */
  onRuleError?: (rule: string, error: unknown) => void;
}

export interface Rule extends RuleMeta {
  /** Whether the rule runs when no configuration mentions it (optional rules are off by default). */
  check(doc: ArticleDocument, ctx: RuleContext): Finding[];
}
