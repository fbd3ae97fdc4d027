import * as assert from 'node:assert/strict';
import { cliticReadings, deepestReading } from '../../server/src/core/clitics';
import { ArticleDocument } from '../../server/src/core/document';
import { foldString, foldWithMap, toOriginal } from '../../server/src/core/normalize';
import { WorkspaceIndex } from '../../server/src/core/workspace';
import { parseTeamConfig } from '../../server/src/core/config';
import { applyEdits, fixAllEdits, runRules } from '../../server/src/core/engine';
import { defaultEngineConfig } from '../../server/src/core/config';
import { punctuationSpacing } from '../../server/src/rules/punctuation-spacing';

describe('folding', () => {
  it('folds alef forms, ya/alef maqsura, ta marbuta, diacritics, tatweel, bidi marks and digits', () => {
    assert.equal(foldString('أإآٱ'), 'اااا');
    assert.equal(foldString('مصطفى'), 'مصطفي');
    assert.equal(foldString('الأميركيّة'), 'الاميركيه');
    assert.equal(foldString('جـــيفري'), 'جيفري');
    assert.equal(foldString('ترمب\u200F\u200C'), 'ترمب');
    assert.equal(foldString('٢٠٢٦'), '2026');
    assert.equal(foldString('Café'), 'cafe');
    assert.equal(foldString('ﻻ'), 'لا');
    // Presentation-block code points without a decomposition stay themselves (no endless recursion).
    assert.equal(foldString('﴿إن مع العسر يسرا﴾ ﷽'), '﴿ان مع العسر يسرا﴾ ﷽');
  });

  it('folds NFC and NFD spellings alike (إ written as ا + U+0655)', () => {
    assert.equal(foldString('\u0625سرائيل'), foldString('\u0627\u0655سرائيل'));
  });

  it('maps folded ranges back to the original text', () => {
    const text = 'قالَ الـوزيرُ';
    const f = foldWithMap(text);
    assert.equal(f.text, 'قال الوزير');
    const at = f.text.indexOf('الوزير');
    assert.deepEqual(toOriginal(f, at, at + 'الوزير'.length), { start: 5, end: 13 });
    assert.equal(text.slice(5, 13), 'الـوزيرُ');
    assert.equal(f.foldAt[5], at);
  });
});

describe('clitics', () => {
  it('lists every reading, least stripped first, with لل for ل + ال', () => {
    assert.deepEqual(
      cliticReadings('وللرييس').map((r) => [r.prefix, r.stem]),
      [['', 'وللرييس'], ['و', 'للرييس'], ['ول', 'لرييس'], ['ولل', 'رييس']],
    );
    assert.deepEqual(cliticReadings('بالاسد').map((r) => r.prefix), ['', 'ب', 'بال']);
  });

  it('keeps a stem of at least two letters and picks the deepest name reading', () => {
    assert.deepEqual(cliticReadings('ول').map((r) => r.prefix), ['']);
    assert.equal(deepestReading('وترمب').stem, 'ترمب');
    assert.equal(deepestReading('والاميركيه').stem, 'اميركيه');
  });
});

describe('ArticleDocument', () => {
  it('splits plain text into one paragraph per line, sentences on Arabic and Latin punctuation', () => {
    const doc = ArticleDocument.parse('العنوان\n\nوصل الوفد. هل نجح؟ نعم! انتهى الأمر…\nسطر آخر بنسبة 1.5 بالمئة.');
    assert.deepEqual(doc.paragraphs.map((p) => doc.text.slice(p.start, p.end)), ['العنوان', 'وصل الوفد. هل نجح؟ نعم! انتهى الأمر…', 'سطر آخر بنسبة 1.5 بالمئة.']);
    assert.deepEqual(doc.sentences.map((s) => doc.text.slice(s.start, s.end)), ['العنوان', 'وصل الوفد.', 'هل نجح؟', 'نعم!', 'انتهى الأمر…', 'سطر آخر بنسبة 1.5 بالمئة.']);
  });

  it('tokenises words with their folded form and paragraph/sentence', () => {
    const doc = ArticleDocument.parse('قالَ الوزيرُ: وصلنا.');
    assert.deepEqual(doc.tokens.map((t) => [t.text, t.folded, t.start, t.end, t.sentence]), [
      ['قالَ', 'قال', 0, 4, 0],
      ['الوزيرُ', 'الوزير', 5, 12, 0],
      ['وصلنا', 'وصلنا', 14, 19, 0],
    ]);
    assert.equal(doc.stemStart(doc.tokens[1]!, 2), 7);
  });

  it('parses Markdown: front matter title checked, other keys, code, comments, link targets and URLs masked', () => {
    const text = [
      '---',
      'title: "عنوان الخبر"',
      'url: https://example.com/x',
      '---',
      '# عنوان فرعي',
      '',
      'نص [الرابط](https://example.com/a) و`رمز` هنا <!-- ملاحظة --> وwww.example.org والبريد a@b.com.',
      '',
      '```',
      'شيفرة',
      '```',
    ].join('\n');
    const doc = ArticleDocument.parse(text, { format: 'markdown' });
    assert.deepEqual(doc.paragraphs.map((p) => [p.kind, doc.masked.slice(p.start, p.end)]), [
      ['title', 'عنوان الخبر'],
      ['heading', 'عنوان فرعي'],
      ['text', 'نص  الرابط                         و      هنا                 و                والبريد        .'],
    ]);
    assert.deepEqual(doc.frontMatter?.fields.map((f) => [f.key, f.value]), [['title', 'عنوان الخبر'], ['url', 'https://example.com/x']]);
    assert.equal(doc.masked.length, text.length);
  });

  it('reads YAML block scalars in front matter: title and subtitle checked, other keys not', () => {
    const text = '---\ntitle: >\n  وصل الوفد\n  إلى العاصمة\nsummary: |\n  نص لا يدقق\nsubtitle: |-\n  سطر فرعي\n---\nالنص.';
    const doc = ArticleDocument.parse(text, { format: 'markdown' });
    assert.deepEqual(doc.paragraphs.map((p) => [p.kind, doc.text.slice(p.start, p.end)]), [
      ['title', 'وصل الوفد'],
      ['title', 'إلى العاصمة'],
      ['title', 'سطر فرعي'],
      ['text', 'النص.'],
    ]);
    assert.deepEqual(doc.frontMatter?.fields.map((f) => [f.key, f.value]), [['title', 'وصل الوفد إلى العاصمة'], ['summary', 'نص لا يدقق'], ['subtitle', 'سطر فرعي']]);
  });

  it('joins soft-wrapped Markdown lines into one paragraph and splits list items', () => {
    const doc = ArticleDocument.parse('سطر أول\nيكمل الفقرة\n\n- بند أول\n- بند ثان\n', { format: 'markdown' });
    assert.deepEqual(doc.paragraphs.map((p) => doc.text.slice(p.start, p.end)), ['سطر أول\nيكمل الفقرة', 'بند أول', 'بند ثان']);
    assert.equal(doc.sentences.length, 4, 'a line break ends a sentence');
  });

  it('finds quote spans: guillemets, nested, over sentences, ASCII direction from context', () => {
    const text = 'قال: «نحن هنا. وسنبقى "حتى النهاية" معاً» ثم أضاف "لا تراجع".';
    const doc = ArticleDocument.parse(text);
    assert.deepEqual(doc.quotes.map((q) => [text.slice(q.start, q.end), q.depth]), [
      ['«نحن هنا. وسنبقى "حتى النهاية" معاً»', 0],
      ['"حتى النهاية"', 1],
      ['"لا تراجع"', 0],
    ]);
    assert.deepEqual(doc.lonelyQuoteMarks, []);
  });

  it('treats German-style „…“ and English “…” quotes, and records unbalanced marks', () => {
    const text = 'قال „نعم“ وقال “لا” ثم «بلا نهاية\nسطر » آخر';
    const doc = ArticleDocument.parse(text);
    assert.deepEqual(doc.quotes.map((q) => text.slice(q.start, q.end)), ['„نعم“', '“لا”']);
    assert.deepEqual(doc.lonelyQuoteMarks.map((m) => [m.mark, m.role, m.offset]), [['«', 'open', text.indexOf('«')], ['»', 'close', text.indexOf('»')]]);
  });

  it('carries a quote over paragraphs when the next paragraph reopens it', () => {
    const text = '«الفقرة الأولى من الكلام\n«والفقرة الثانية منه»';
    const doc = ArticleDocument.parse(text);
    assert.deepEqual(doc.quotes.map((q) => [text.slice(q.start, q.end), q.continues, q.continuation]), [
      ['«الفقرة الأولى من الكلام', true, false],
      ['«والفقرة الثانية منه»', false, true],
    ]);
    assert.deepEqual(doc.lonelyQuoteMarks, []);
  });

  it('answers position queries', () => {
    const doc = ArticleDocument.parse('سطر\nثان');
    assert.deepEqual(doc.positionAt(5), { line: 1, character: 1 });
    assert.equal(doc.offsetAt(1, 1), 5);
    assert.equal(doc.sentenceAt(5)?.index, 1);
    assert.deepEqual(doc.tokensIn({ start: 0, end: 5 }).map((t) => t.text), ['سطر', 'ثان']);
    assert.equal(doc.arabicShare(), 1);
  });
});

describe('suppressions', () => {
  it('disables a region until enable, and the next prose line', () => {
    const text = 'أ\n<!-- mudaqqiq-disable a-rule -->\nب\n<!-- mudaqqiq-enable -->\nج\n<!-- mudaqqiq-disable-next-line -->\n\nد\nه';
    const doc = ArticleDocument.parse(text, { format: 'markdown' });
    const at = (s: string) => text.indexOf(s);
    assert.equal(doc.suppressions.isSuppressed('a-rule', at('ب')), true);
    assert.equal(doc.suppressions.isSuppressed('other', at('ب')), false);
    assert.equal(doc.suppressions.isSuppressed('a-rule', at('ج')), false);
    assert.equal(doc.suppressions.isSuppressed('any', at('د')), true);
    assert.equal(doc.suppressions.isSuppressed('any', at('ه')), false);
  });
});

describe('team configuration', () => {
  it('parses every section and reports errors without throwing', () => {
    const { config, errors } = parseTeamConfig(
      JSON.stringify({ rules: { 'name-spelling': 'error' }, names: ['ترمب', { canonical: 'جيفري', variants: ['جفري'] }], boilerplate: { allow: ['سطر'] }, quotes: { terms: ['الربيع العربي'] }, nameSpelling: { workspace: 'flag' } }),
    );
    assert.deepEqual(errors, []);
    assert.equal(config.rules['name-spelling'], 'error');
    assert.deepEqual(config.names, [{ canonical: 'ترمب', variants: [] }, { canonical: 'جيفري', variants: ['جفري'] }]);
    assert.equal(config.workspaceNames, 'flag');
    assert.deepEqual(parseTeamConfig('[1]').errors.map((e) => e.message.en), ['.mudaqqiq.json must hold a JSON object.']);
    const bad = '{\n  "rules": {"nope": "off", "boilerplate": "loud"},\n  "names": ["ترمب", 5, {"canonical": "جيفري", "variants": ["جفري", 7]}],\n  "boilerplate": {"phrases": ["أ", 3], "alow": []}\n}';
    const r = parseTeamConfig(bad, ['boilerplate', 'name-spelling']);
    assert.deepEqual(
      r.errors.map((e) => [e.message.en, bad.slice(e.start, e.end)]),
      [
        ['Unknown rule "nope" (known: boilerplate, name-spelling).', '"nope"'],
        ['Severity of "boilerplate" must be one of error, warning, information, hint, off.', '"boilerplate"'],
        ['Each entry of "names" is a spelling or {"canonical": spelling, "variants": [...]}; this one is ignored.', '5'],
        ['A variant must be a non-empty string (up to 500 characters); it is ignored.', '7'],
        ['Unknown key "boilerplate.alow" (known: phrases, allow).', '"alow"'],
        ['Entries of "boilerplate.phrases" must be non-empty strings (up to 500 characters); this one is ignored.', '3'],
      ],
    );
    assert.deepEqual(r.config.names, [{ canonical: 'ترمب', variants: [] }, { canonical: 'جيفري', variants: ['جفري'] }]);
    assert.deepEqual(r.config.boilerplate.phrases, ['أ']);
    assert.deepEqual(r.config.rules, {});
  });
});

describe('workspace index', () => {
  it('counts articles per (group, value) and forgets a file on update and removal', () => {
    const ix = new WorkspaceIndex([{ id: 'w', extract: (d) => d.tokens.map((t) => ['word', t.folded] as [string, string]) }]);
    ix.update('a', ArticleDocument.parse('ترمب ترمب'));
    ix.update('b', ArticleDocument.parse('ترامب'));
    ix.update('c', ArticleDocument.parse('ترمب'));
    assert.equal(ix.count('w', 'word', 'ترمب'), 2);
    assert.equal(ix.count('w', 'word', 'ترمب', 'a'), 1);
    assert.deepEqual([...ix.values('w', 'word')], [['ترمب', 2], ['ترامب', 1]]);
    ix.update('a', ArticleDocument.parse('ترامب'));
    assert.deepEqual([...ix.values('w', 'word')], [['ترمب', 1], ['ترامب', 2]]);
    ix.remove('b');
    assert.equal(ix.size, 2);
    assert.deepEqual(ix.examples('w', 'word', 'ترامب', 5), ['a']);
  });
});

describe('edits', () => {
  it('applies non-overlapping edits and drops overlapping ones in fix-all', () => {
    assert.equal(applyEdits('abcdef', [{ start: 1, end: 2, newText: 'X' }, { start: 4, end: 4, newText: 'Y' }]), 'aXcdYef');
    const f = (start: number, end: number, rule = 'r') => ({ rule, span: { start, end }, message: { ar: '', en: '' }, explanation: { ar: '', en: '' }, fixes: [{ title: { ar: '', en: '' }, edits: [{ start, end, newText: '' }], preferred: true }] });
    assert.deepEqual(fixAllEdits([f(0, 3), f(2, 4), f(5, 6, 's')]), [{ start: 0, end: 3, newText: '' }, { start: 5, end: 6, newText: '' }]);
    assert.deepEqual(fixAllEdits([f(0, 3), f(5, 6, 's')], 's'), [{ start: 5, end: 6, newText: '' }]);
  });

  it('treats an insertion at the start of a taken edit as a conflict, and one at its end as none', () => {
    const ins = (at: number, text: string) => ({ rule: 'r', span: { start: at, end: at }, message: { ar: '', en: '' }, explanation: { ar: '', en: '' }, fixes: [{ title: { ar: '', en: '' }, edits: [{ start: at, end: at, newText: text }], preferred: true }] });
    const del = (start: number, end: number) => ({ ...ins(start, ''), span: { start, end }, fixes: [{ title: { ar: '', en: '' }, edits: [{ start, end, newText: '' }], preferred: true }] });
    assert.deepEqual(
      fixAllEdits([del(2, 4), ins(2, 'a'), ins(4, 'b'), ins(3, 'c'), ins(7, 'd'), ins(7, 'e'), del(7, 9)]).map((e) => [e.start, e.end, e.newText]),
      [[2, 4, ''], [4, 4, 'b'], [7, 7, 'd'], [7, 9, '']],
    );
    assert.equal(applyEdits('0123456789', [{ start: 2, end: 4, newText: '' }, { start: 4, end: 4, newText: 'b' }, { start: 7, end: 7, newText: 'd' }, { start: 7, end: 9, newText: '' }]), '01b456d9');
  });

  it('agrees with the pairwise definition on many random edits (fix-all and apply)', () => {
    // A fixed-seed generator: the same cases on every run.
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    type E = { start: number; end: number; newText: string };
    const naiveFixAll = (fixes: E[][]): E[] => {
      const chosen: E[] = [];
      for (const edits of fixes) {
        if (edits.some((e) => chosen.some((t) => (e.start < t.end && t.start < e.end) || (e.start === e.end && e.start === t.start)))) continue;
        chosen.push(...edits);
      }
      return chosen;
    };
    const naiveApply = (text: string, edits: E[]): string => {
      let out = text;
      let limit = Infinity;
      for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
        if (e.end > limit) continue;
        out = out.slice(0, e.start) + e.newText + out.slice(e.end);
        limit = e.start;
      }
      return out;
    };
    const text = 'abcdefghijklmnopqrstuvwxyz0123456789';
    for (let round = 0; round < 300; round++) {
      const fixes: E[][] = [];
      for (let k = 0; k < 1 + rand(12); k++) {
        const edits: E[] = [];
        let at = rand(30);
        for (let n = 0; n < 1 + rand(3) && at < text.length; n++) {
          const len = rand(3);
          edits.push({ start: at, end: Math.min(text.length, at + len), newText: String(rand(10)) });
          at += len + 1 + rand(5);
        }
        fixes.push(edits);
      }
      const findings = fixes.map((edits) => ({ rule: 'r', span: edits[0]!, message: { ar: '', en: '' }, explanation: { ar: '', en: '' }, fixes: [{ title: { ar: '', en: '' }, edits, preferred: true }] }));
      const chosen = fixAllEdits(findings);
      assert.deepEqual(chosen, naiveFixAll(fixes), `round ${round}`);
      const all = fixes.flat();
      assert.equal(applyEdits(text, chosen), naiveApply(text, chosen), `round ${round}`);
      assert.equal(applyEdits(text, all), naiveApply(text, all), `round ${round}`);
    }
  });
});

describe('runRules', () => {
  it('keeps going when a rule throws, and reports the failure', () => {
    const failures: string[] = [];
    const broken = { id: 'broken', description: { ar: 'x', en: 'x' }, defaultSeverity: 'warning' as const, check: (): never => { throw new Error('boom'); } };
    const doc = ArticleDocument.parse('وصل الوفد ، ثم غادر.');
    const found = runRules(doc, [broken, punctuationSpacing], { config: defaultEngineConfig(), onRuleError: (rule, e) => failures.push(`${rule}: ${(e as Error).message}`) });
    assert.deepEqual(found.map((f) => [f.rule, f.span.start, f.span.end]), [['punctuation-spacing', 9, 11]]);
    assert.deepEqual(failures, ['broken: boom']);
  });
});
