/**
 * The rule registry: one line per rule. Order is the order findings are produced in for equal ranges.
 */
import type { Rule } from '../core/rule';
import type { Indexer } from '../core/workspace';
import { punctuationSpacing } from './punctuation-spacing';
import { boilerplate, boilerplateIndexer } from './boilerplate';
import { duplicateParagraph } from './duplicate-paragraph';

export const RULES: readonly Rule[] = [
  punctuationSpacing,
  boilerplate,
  duplicateParagraph,
];

/** Indexers of the rules that learn from the whole workspace. */
export const INDEXERS: readonly Indexer[] = [boilerplateIndexer];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
