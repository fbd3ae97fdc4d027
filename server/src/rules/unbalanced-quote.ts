/**
 * Rule `unbalanced-quote`: a quotation mark with no partner in its paragraph — an opening mark never
 * closed, or a closing mark never opened. Reported on the lonely mark itself (one character). The
 * journalistic multi-paragraph quotation (no closing mark at the end of a paragraph when the next one
 * opens with the same mark) is not unbalanced: the quote scanner records it as a continued quote.
 * No fix: only the writer knows where the quotation ends.
 */
import type { ArticleDocument } from '../core/document';
import type { Rule } from '../core/rule';
import type { Finding } from '../core/types';

const ID = 'unbalanced-quote';

export const unbalancedQuote: Rule = {
  id: ID,
  description: {
    en: 'A quotation mark with no matching mark in its paragraph.',
    ar: 'علامة تنصيص لا تقابلها علامة في فقرتها.',
  },
  defaultSeverity: 'warning',
  check(doc: ArticleDocument): Finding[] {
    return doc.lonelyQuoteMarks.map((m): Finding => {
      const open = m.role === 'open';
      return {
        rule: ID,
        span: { start: m.offset, end: m.offset + 1 },
        message: open
          ? { ar: `علامة التنصيص (${m.mark}) تفتح اقتباساً لا يُغلق في هذه الفقرة`, en: `Opening quotation mark (${m.mark}) is never closed in this paragraph` }
          : { ar: `علامة التنصيص (${m.mark}) تغلق اقتباساً لم يُفتح في هذه الفقرة`, en: `Closing quotation mark (${m.mark}) has no opening mark in this paragraph` },
        explanation: open
          ? {
              ar: `تفتح هذه العلامة اقتباساً لا تغلقه أي علامة قبل نهاية الفقرة، فلا يُعرف أين ينتهي كلام القائل. أغلق الاقتباس في موضعه، أو احذف العلامة إن لم يكن اقتباساً. الاقتباس الممتد على عدة فقرات مقبول إذا افتُتحت الفقرة التالية بالعلامة نفسها.`,
              en: `This mark opens a quotation that no mark closes before the end of the paragraph, so the reader cannot tell where the speaker's words end. Close the quotation where it ends, or remove the mark if it is not a quotation. A quotation running over several paragraphs is fine when the next paragraph opens with the same mark.`,
            }
          : {
              ar: `تغلق هذه العلامة اقتباساً لم تفتحه أي علامة قبلها في الفقرة، فلا يُعرف أين يبدأ كلام القائل. أضف علامة الفتح في موضعها، أو احذف هذه العلامة.`,
              en: `This mark closes a quotation that no mark opened earlier in the paragraph, so the reader cannot tell where the speaker's words begin. Add the opening mark where the quotation starts, or remove this mark.`,
            },
        fixes: [],
      };
    });
  },
};
