/**
 * The rule registry: one line per rule. Order is the order findings are produced in for equal ranges.
 */
import type { Rule } from '../core/rule';
import type { Indexer } from '../core/workspace';
import { punctuationSpacing } from './punctuation-spacing';
import { unattributedQuote } from './unattributed-quote';
import { unbalancedQuote } from './unbalanced-quote';
import { anonymousSource } from './anonymous-source';
import { boilerplate, boilerplateIndexer } from './boilerplate';
import { duplicateParagraph } from './duplicate-paragraph';
import { nameSpelling, namesIndexer } from './name-spelling';

export const RULES: readonly Rule[] = [
  punctuationSpacing,
  unattributedQuote,
  unbalancedQuote,
  anonymousSource,
  boilerplate,
  duplicateParagraph,
  nameSpelling,
];

/** Indexers of the rules that learn from the whole workspace. */
export const INDEXERS: readonly Indexer[] = [boilerplateIndexer, namesIndexer];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
