/** The evaluations `npm run eval` runs, one per rule (one line each). */
import type { CorpusArticle } from '../corpus';
import { boilerplateEval, duplicateParagraphEval } from './boilerplate';
import { nameSpellingEvaluation } from './name-spelling';
import { unattributedQuoteEval } from './unattributed-quote';

export interface Evaluation {
  rule: string;
  run(corpus: CorpusArticle[], opts: { show: boolean }): Promise<void> | void;
}

export const EVALUATIONS: Evaluation[] = [boilerplateEval, duplicateParagraphEval, unattributedQuoteEval, nameSpellingEvaluation];
