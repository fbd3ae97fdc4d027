import * as assert from 'node:assert/strict';
import { escapeMarkdown, hoverMarkdown } from '../../server/src/lsp/convert';

describe('hover Markdown', () => {
  it('escapes Markdown syntax in a plain-text message quoting the draft', () => {
    assert.equal(escapeMarkdown('«*بنسبة* `المقبل` | #وسم»'), '«\\*بنسبة\\* \\`المقبل\\` \\| \\#وسم»');
  });

  it('heads the hover with the tool name in the locale, then the rule and the message', () => {
    const f = { rule: 'r', span: { start: 0, end: 1 }, message: { ar: 'رسالة *مهمة*', en: 'a *message*' }, explanation: { ar: 'شرح', en: 'why' }, fixes: [] };
    assert.equal(hoverMarkdown([f], 'ar'), '**مدقق** `r` — رسالة \\*مهمة\\*\n\nشرح');
    assert.equal(hoverMarkdown([f, f], 'en'), '**mudaqqiq** `r` — a \\*message\\*\n\nwhy\n\n---\n\n**mudaqqiq** `r` — a \\*message\\*\n\nwhy');
  });
});
