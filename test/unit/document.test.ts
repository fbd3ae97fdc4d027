import * as assert from 'node:assert/strict';
import { ArticleDocument } from '../../server/src/core/document';
import { defaultEngineConfig } from '../../server/src/core/config';
import { runRules } from '../../server/src/core/engine';
import { WORDS } from '../../server/src/core/keys';
import { splitLines } from '../../server/src/core/mask';
import { foldWithMap, origEndAt, toOriginal } from '../../server/src/core/normalize';
import { scanQuotes } from '../../server/src/core/quotes';
import { RULES } from '../../server/src/rules';

/** The default configuration with every rule on (anonymous-source is off by default). */
function everyRule() {
  const config = defaultEngineConfig();
  for (const r of RULES) config.userRules[r.id] = 'warning';
  return config;
}

describe('ArticleDocument (parsing details)', () => {
  it('numbers the distinct folded words of a document', () => {
    const doc = ArticleDocument.parse('قال الوزير إن الوزيرَ قال. الـوزير');
    const [a, b, c] = [0, 1, 2].map((k) => doc.tokens[k]!.word);
    assert.deepEqual(doc.tokens.map((t) => t.word), [a, b, c, b, a, b]);
    assert.equal(new Set([a, b, c]).size, 3);
    assert.deepEqual([a, b, c].map((id) => WORDS.word(id!)), ['قال', 'الوزير', 'ان']);
    for (const t of doc.tokens) assert.equal(t.folded, WORDS.word(t.word));
    assert.deepEqual([...doc.wordIds()], doc.tokens.map((t) => t.word));
  });

  it('numbers its words again when WORDS has forgotten them since the parse', () => {
    const doc = ArticleDocument.parse('قال الوزير إن الوزير قال');
    WORDS.clear();
    ArticleDocument.parse('كلمة أخرى تماما');
    const ids = doc.wordIds();
    assert.deepEqual([...ids].map((id) => WORDS.word(id)), ['قال', 'الوزير', 'ان', 'الوزير', 'قال']);
  });

  it('gives the tokens as key runs when they are exactly the runs of letters and digits of the folded text', () => {
    const runs = (text: string) => {
      const doc = ArticleDocument.parse(text);
      const r = doc.keyRuns();
      return r && [...r.starts].map((s, k) => doc.folded.text.slice(s, r.ends[k]!) + '=' + WORDS.word(r.ids[k]!));
    };
    assert.deepEqual(runs('قال الوزيرُ: «نعم» 2025.'), ['قال=قال', 'الوزير=الوزير', 'نعم=نعم', '2025=2025']);
    // A bidi mark between two words is dropped by the fold: the letters touch, one run of two tokens.
    assert.equal(runs('قال\u200Fالوزير'), undefined);
    // The rial sign is no word character but folds to letters.
    assert.equal(runs('مئة \uFDFC'), undefined);
    // A letter outside the BMP.
    assert.equal(runs('قال \u{1D400}'), undefined);
  });

  it('skips words that fold to nothing and keeps sentence/paragraph indexes', () => {
    const doc = ArticleDocument.parse('ـــ وصل. «قال» الوزير!\n\nثانية');
    assert.deepEqual(doc.tokens.map((t) => [t.folded, t.sentence, t.paragraph, t.index]), [
      ['وصل', 0, 0, 0],
      ['قال', 1, 0, 1],
      ['الوزير', 1, 0, 2],
      ['ثانيه', 2, 1, 3],
    ]);
    assert.deepEqual(doc.sentences.map((s) => s.tokens), [[0, 1], [1, 3], [3, 4]]);
  });

  it('finds quotation marks inside a run of sentence-final punctuation', () => {
    const text = 'قال: «انتهى الأمر.» ثم قال: "نعم!" وخرج.';
    const doc = ArticleDocument.parse(text);
    assert.deepEqual(doc.quotes.map((q) => text.slice(q.start, q.end)), ['«انتهى الأمر.»', '"نعم!"']);
    // The same as scanning every character.
    assert.deepEqual(scanQuotes(doc.masked, doc.paragraphs), { quotes: doc.quotes, lonely: doc.lonelyQuoteMarks });
  });

  it('keeps the end sentinel of the offset map when a ligature lengthens the text', () => {
    const f = foldWithMap('ﻻا');
    assert.equal(f.text, 'لاا');
    assert.deepEqual([...f.origStart], [0, 0, 1, 2]);
    assert.deepEqual([...f.origEnd], [1, 1, 2, 2]);
  });

  it('gives a surrogate pair two original units and dropped characters none in the offset map', () => {
    // 𝐀 (U+1D400) folds to itself as a pair; the tatweel and the fatha are dropped.
    const text = 'ب\u{1D400}ـَكx';
    const f = foldWithMap(text);
    assert.equal(f.text, 'ب\u{1D400}كx');
    assert.deepEqual([...f.origStart], [0, 1, 1, 5, 6, 7]);
    assert.deepEqual([...f.origEnd], [1, 3, 3, 6, 7, 7]);
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((k) => origEndAt(f, k)), [...f.origEnd]);
    // The range of 𝐀 maps back to both of its units, and takes the tatweel and the fatha dropped after it.
    assert.deepEqual(toOriginal(f, 1, 3), { start: 1, end: 5 });
    assert.deepEqual(toOriginal(f, 3, 4), { start: 5, end: 6 });
  });
});

describe('splitLines', () => {
  it('splits on \\n, \\r\\n and \\r alike, the break excluded', () => {
    const spans = (t: string) => splitLines(t).map((l) => [l.start, l.end, l.index]);
    assert.deepEqual(spans('ab\ncd\n'), [[0, 2, 0], [3, 5, 1], [6, 6, 2]]);
    assert.deepEqual(spans('ab\r\ncd\rx'), [[0, 2, 0], [4, 6, 1], [7, 8, 2]]);
    assert.deepEqual(spans(''), [[0, 0, 0]]);
  });
});

describe('word ids and token objects across checks', () => {
  // A draft we wrote: a paragraph repeated, a boilerplate line, a name spelled two ways.
  const P = 'عقد مجلس البلدية جلسة طارئة مساء الأحد لبحث أزمة المياه في الأحياء الشرقية من المدينة.';
  const draft = (glue: string) =>
    [`قال دونالد ترامب${glue}إن الاجتماع انتهى.`, P, 'اقرأ أيضاً: مجلس البلدية يقر الميزانية', P, 'وأضاف دونالد ترمب أن الأزمة ستنتهي قريباً.'].join('\n\n');
  const all = (doc: ArticleDocument) => runRules(doc, RULES, { config: everyRule() }).map((f) => `${f.rule} ${f.span.start}-${f.span.end} ${f.message.en}`);

  it('reports the same findings when WORDS forgot its words between the parse and the check', () => {
    const expected = all(ArticleDocument.parse(draft(' '), { format: 'markdown' }));
    assert.ok(expected.some((f) => f.startsWith('duplicate-paragraph')) && expected.some((f) => f.startsWith('name-spelling')) && expected.some((f) => f.startsWith('boilerplate')));
    const doc = ArticleDocument.parse(draft(' '), { format: 'markdown' });
    WORDS.clear();
    assert.deepEqual(all(doc), expected);
  });

  it('reports the same findings when the key runs must be scanned (a bidi mark between two words)', () => {
    // «ترامب\u200Fإن» reads as two words, and folds to one run of letters: the runs are scanned.
    const pure = ArticleDocument.parse(draft(' '), { format: 'markdown' });
    const impure = ArticleDocument.parse(draft('\u200F'), { format: 'markdown' });
    assert.ok(pure.keyRuns());
    assert.equal(impure.keyRuns(), undefined);
    // The same length: the mark stands where the space was, so every range is the same.
    assert.deepEqual(all(impure), all(pure));
  });

  it('makes token objects on request, the same objects that tokens lists', () => {
    const doc = ArticleDocument.parse('قال الوزير إن الاجتماع انتهى');
    const third = doc.token(2)!;
    assert.equal(third.folded, 'ان');
    assert.equal(doc.token(2), third);
    assert.equal(doc.token(5), undefined);
    assert.equal(doc.token(-1), undefined);
    assert.equal(doc.tokens[2], third);
    assert.deepEqual(doc.tokens.map((t) => [t.start, t.end, t.index]), [[0, 3, 0], [4, 10, 1], [11, 13, 2], [14, 22, 3], [23, 28, 4]]);
  });
});
