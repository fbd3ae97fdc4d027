import * as assert from 'node:assert/strict';
import { ArticleDocument } from '../../server/src/core/document';

function scan(text: string, format: 'markdown' | 'plaintext' = 'plaintext') {
  const doc = ArticleDocument.parse(text, { format });
  return {
    quotes: doc.quotes.map((q) => text.slice(q.inner.start, q.inner.end)),
    lonely: doc.lonelyQuoteMarks.map((l) => [l.offset, l.mark, l.role]),
  };
}

describe('quote scanner', () => {
  it('opens an ASCII quote after a clitic written with a tatweel (بـ"…"، لـ"…")', () => {
    assert.deepEqual(scan('وأشاد الرئيس بـ"العلاقات المتينة" وقال لـ"الأنباء" إنه متفائل.'), {
      quotes: ['العلاقات المتينة', 'الأنباء'],
      lonely: [],
    });
  });

  it('pairs ASCII marks typed with a space inside (" Apple "، فيتش:" نتيجة …")', () => {
    assert.deepEqual(scan('وتضع " Apple " رقابة الأهل. وتابعت الوكالة:" نتيجة الانتخابات واضحة".'), {
      quotes: [' Apple ', ' نتيجة الانتخابات واضحة'],
      lonely: [],
    });
  });

  it('reads YAML-escaped quotes in a front-matter title, inner text without the backslash', () => {
    const text = '---\ntitle: "\\"الطريق\\" يفوز بجائزة \\"الأفلام القصيرة\\""\n---\n\nنص الخبر.';
    assert.deepEqual(scan(text, 'markdown'), { quotes: ['الطريق', 'الأفلام القصيرة'], lonely: [] });
  });

  it('calls a lonely ASCII mark before a full stop or comma a closing mark', () => {
    const text = 'وقال إن الأسعار سترتفع".\nوأضاف أن العمل مستمر"، ثم غادر.';
    assert.deepEqual(scan(text).lonely, [
      [text.indexOf('"'), '"', 'close'],
      [text.lastIndexOf('"'), '"', 'close'],
    ]);
  });
});
