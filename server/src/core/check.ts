/**
 * The engine's front door: parse a text once and run the registered rules on it.
 */
import { defaultEngineConfig, type EngineConfig } from './config';
import { ArticleDocument, type DocFormat } from './document';
import { runRules } from './engine';
import type { Finding } from './types';
import type { WorkspaceView } from './workspace';
import { RULES } from '../rules';

export interface CheckOptions {
  format?: DocFormat;
  config?: EngineConfig;
  workspace?: WorkspaceView;
  uri?: string;
}

export function checkDocument(doc: ArticleDocument, options: CheckOptions = {}): Finding[] {
  return runRules(doc, RULES, { config: options.config ?? defaultEngineConfig(), workspace: options.workspace, uri: options.uri });
}

export function checkText(text: string, options: CheckOptions = {}): { doc: ArticleDocument; findings: Finding[] } {
  const doc = ArticleDocument.parse(text, { format: options.format });
  return { doc, findings: checkDocument(doc, options) };
}
