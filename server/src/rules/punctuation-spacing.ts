/**
 * Rule `punctuation-spacing`: Arabic punctuation is written against the word before it and followed by
 * a space. Flags
 *   - a space before ، ؛ ؟ ! : .  after an Arabic word («مصطفى ،» → «مصطفى،»);
 *   - no space after ، ؛ before an Arabic letter («قال،إن» → «قال، إن»);
 *   - Latin , ; ? between Arabic words (→ ، ؛ ؟);
 *   - «..» where «.» or «…» was meant.
 * Left alone: numbers (3,5 / 1.5 / 3،5), URLs and e-mails (masked by the parser), Latin text, ellipses
 * («...» and «…») and punctuation inside quoted Latin.
 */
import type { ArticleDocument } from '../core/document';
import type { Rule } from '../core/rule';
import type { Bilingual, Finding, Span } from '../core/types';

const ID = 'punctuation-spacing';

/** Arabic letters (U+0620–U+064A, U+066E–U+06D3, U+06FA–U+06FC; no digits, marks or punctuation). */
const AR_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FC]/;
const CLOSERS = /[»”"’)\]›]/;
const LATIN_TO_ARABIC: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' };
/** Opening quotes and brackets a word may stand behind. */
const OPENERS = /[«“"‹(\[]/;

/** The characters the checks start from (the `marks` of `check`), by UTF-16 code unit: bit flags, 0 for every other character. */
const SPACED_MARK = 1; // ، ؛ ؟ ! : .  (check 1: no space before them)
const ARABIC_SEPARATOR = 2; // ، ؛  (check 2: a space after them)
const LATIN_MARK = 4; // , ; ?  (check 3)
const FULL_STOP = 8; // .  (check 4: two of them)
const MARK_CLASS = new Uint8Array(65536);
const markAs = (chars: string, flag: number) => {
  for (const ch of chars) MARK_CLASS[ch.charCodeAt(0)] = MARK_CLASS[ch.charCodeAt(0)]! | flag;
};
markAs('،؛؟!:.', SPACED_MARK);
markAs('،؛', ARABIC_SEPARATOR);
markAs(',;?', LATIN_MARK);
markAs('.', FULL_STOP);
/** 1 for the spaces and direction marks that may stand before a mark (space, tab, no-break space, LRM, RLM, ALM). */
const SPACE_CLASS = new Uint8Array(65536);
for (const ch of ' \t\u00A0\u200E\u200F\u061C') SPACE_CLASS[ch.charCodeAt(0)] = 1;

/** AR_LETTER on a code unit (NaN past the end of the text is no letter). */
function isArLetter(c: number): boolean {
  return (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06fc);
}

function endsArabicWord(text: string, at: number): boolean {
  // The character before `at`, skipping closing quotes/brackets, must be an Arabic letter or mark.
  let i = at - 1;
  while (i >= 0 && CLOSERS.test(text[i]!)) i--;
  return i >= 0 && (AR_LETTER.test(text[i]!) || /[\u064B-\u065F\u0670\u0640]/.test(text[i]!));
}

/** Before an Arabic mark (، ؛ ؟): an Arabic word, or a number or symbol in Arabic text (بين 10 ، 20 / 100$ ،). */
function endsWordOrNumber(text: string, at: number): boolean {
  if (endsArabicWord(text, at)) return true;
  let i = at - 1;
  while (i >= 0 && CLOSERS.test(text[i]!)) i--;
  if (i < 0) return false;
  if (/[0-9\u0660-\u0669%$€£]/.test(text[i]!)) return true;
  // An emoji (a surrogate pair or a BMP pictograph) after a word: «أنصار 😀 ،».
  const ch = i > 0 && /[\uDC00-\uDFFF]/.test(text[i]!) ? text.slice(i - 1, i + 1) : text[i]!;
  return /\p{Extended_Pictographic}/u.test(ch);
}

/** Whether the sentence around `at` holds an Arabic word. */
function inArabicSentence(doc: ArticleDocument, at: number): boolean {
  const sentence = doc.sentenceAt(at) ?? doc.sentenceAt(at - 1);
  if (!sentence) return false;
  for (let k = sentence.tokens[0]; k < sentence.tokens[1]; k++) if (doc.tokenArabic[k] === 1) return true;
  return false;
}

function startsArabicWord(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && OPENERS.test(text[i]!)) i++;
  return i < text.length && AR_LETTER.test(text[i]!);
}

export const punctuationSpacing: Rule = {
  id: ID,
  description: {
    en: 'Spacing around Arabic punctuation, Latin punctuation in Arabic text, and doubled full stops.',
    ar: 'المسافات حول علامات الترقيم العربية، والعلامات اللاتينية في النص العربي، والنقطتان المكررتان.',
  },
  defaultSeverity: 'warning',
  check(doc: ArticleDocument): Finding[] {
    const out: Finding[] = [];
    const m = doc.masked;
    const t = doc.text;
    // Spaces, possibly with invisible direction marks (RLM/LRM/ALM) typed around them.
    const isProseSpace = (a: number, b: number) => /^[ \t\u00A0\u200E\u200F\u061C]+$/.test(t.slice(a, b)) && /[ \t\u00A0]/.test(t.slice(a, b));

    // One pass over the masked text: each of the four checks starts at a punctuation mark, so only marks
    // are looked at (found by one regular expression: faster than a loop over every code unit, and `test`
    // allocates no match), and the spaces before a mark are read backwards from it. Each check finds
    // exactly what its own regular expression over the whole text would (noted with each).
    const marks = /[،؛؟!:.,;?]/g;
    while (marks.test(m)) {
      const i = marks.lastIndex - 1;
      const cls = MARK_CLASS[m.charCodeAt(i)]!;

      // 1. Space before punctuation: /([ \t\u00A0\u200E\u200F\u061C]+)([،؛؟!:.])/g — the whole run of
      //    spaces and direction marks right before the mark.
      if (cls & SPACED_MARK) {
        let spaceStart = i;
        while (spaceStart > 0 && SPACE_CLASS[m.charCodeAt(spaceStart - 1)] === 1) spaceStart--;
        if (spaceStart < i) spaceBefore(spaceStart, i);
      }

      // 2. No space after ، ؛ before an Arabic letter: /[،؛](?=[«“"‹(\[]?[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FC])/g.
      if (cls & ARABIC_SEPARATOR && (isArLetter(m.charCodeAt(i + 1)) || (OPENERS.test(m[i + 1] ?? '') && isArLetter(m.charCodeAt(i + 2))))) spaceAfter(i);

      // 3. Latin , ; ? in Arabic text: /[ \t]*([,;?])/g — the mark with the spaces and tabs right before it.
      if (cls & LATIN_MARK) {
        let before = i;
        while (before > 0 && (m[before - 1] === ' ' || m[before - 1] === '\t')) before--;
        latinMark(before, i);
      }

      // 4. Exactly two full stops: /(?<!\.)\.\.(?![.\d])/g.
      if (cls & FULL_STOP && m[i + 1] === '.' && m[i - 1] !== '.' && !/[.\d]/.test(m[i + 2] ?? '')) doubleDot(i);
    }

    /**
     * Where the spaces that check 1 would flag before `mark` placed at `markAt` start (`markAt` when none):
     * spaces (with direction marks) in the original text after an Arabic word — or, before ، ؛ ؟, a number.
     */
    function flaggedSpaceStart(markAt: number, mark: string): number {
      let spaceStart = markAt;
      while (spaceStart > 0 && SPACE_CLASS[m.charCodeAt(spaceStart - 1)] === 1) spaceStart--;
      if (spaceStart === markAt || !isProseSpace(spaceStart, markAt)) return markAt;
      const arabicMark = mark === '،' || mark === '؛' || mark === '؟';
      return (arabicMark ? endsWordOrNumber(m, spaceStart) : endsArabicWord(m, spaceStart)) ? spaceStart : markAt;
    }

    /** The direction marks of [from, to) without the spaces (what a fix keeps of a flagged run of spaces). */
    function directionMarksOf(from: number, to: number): string {
      return t.slice(from, to).replace(/[ \t\u00A0]/g, '');
    }

    function spaceBefore(spaceStart: number, markAt: number): void {
      const mark = m[markAt]!;
      if (flaggedSpaceStart(markAt, mark) !== spaceStart) return;
      if (mark === '.' && (m[markAt + 1] === '.' || /\d/.test(m[markAt + 1] ?? ''))) return; // ellipsis, .5
      if (mark === ':' && m[markAt + 1] === ':') return;
      // Only the spaces go; direction marks typed with them stay (they may order a mixed-direction line).
      out.push(finding({ start: spaceStart, end: markAt + 1 }, 'space-before', mark, [{ start: spaceStart, end: markAt, newText: directionMarksOf(spaceStart, markAt) }]));
    }

    function spaceAfter(at: number): void {
      if (!endsArabicWord(m, at) && !/[ \t]/.test(m[at - 1] ?? '')) return;
      if (/\d/.test(m[at - 1] ?? '')) return;
      out.push(finding({ start: at, end: at + 2 }, 'space-after', m[at]!, [{ start: at + 1, end: at + 1, newText: ' ' }]));
    }

    function latinMark(before: number, markAt: number): void {
      const mark = m[markAt]!;
      // Before the mark: an Arabic word — or, for , and ;, any word or number when an Arabic word follows
      // (iOS 17.2, وقال). A digit right after the mark is a number (3,5), never a separator.
      const afterMark = m[markAt + 1] ?? '';
      if (/\d/.test(afterMark)) return;
      const latinBefore = mark !== '?' && before === markAt && /[\p{L}\p{N}]/u.test(m[before - 1] ?? '') && /[ \t]/.test(afterMark);
      if (!endsArabicWord(m, before) && !latinBefore) return;
      let after = markAt + 1;
      while (after < m.length && (m[after] === ' ' || m[after] === '\t')) after++;
      const atEnd = after >= m.length || m[after] === '\n' || m[after] === '\r' || CLOSERS.test(m[after]!);
      if (!(startsArabicWord(m, after) || (!latinBefore && mark === '?' && (atEnd || /[!?؟.]/.test(m[after] ?? ''))))) return;
      // One round of fixing leaves nothing for checks 1 and 2: the spaces before the Arabic mark go, and
      // after ، ؛ a space comes before a word written against it («الوزير ,ثم» → «الوزير، ثم»).
      const arabic = LATIN_TO_ARABIC[mark]!;
      const from = flaggedSpaceStart(markAt, arabic);
      const spaceAfter = mark !== '?' && (isArLetter(m.charCodeAt(markAt + 1)) || (OPENERS.test(m[markAt + 1] ?? '') && isArLetter(m.charCodeAt(markAt + 2)))) ? ' ' : '';
      out.push(finding({ start: markAt, end: markAt + 1 }, 'latin', mark, [{ start: from, end: markAt + 1, newText: directionMarksOf(from, markAt) + arabic + spaceAfter }]));
    }

    function doubleDot(at: number): void {
      if (!endsWordOrNumber(m, at) && !/[ \t]/.test(m[at - 1] ?? '')) return;
      if (!endsArabicWord(m, at) && !inArabicSentence(doc, at)) return; // 1.5.. in Latin text
      if (/[\p{Script=Latin}]/u.test(m[at - 1] ?? '')) return;
      // The full stop takes the place of both dots and, like any full stop, sits against the word before
      // it (« .. » → «.»); an ellipsis may stand after a space.
      const from = flaggedSpaceStart(at, '.');
      out.push(finding({ start: at, end: at + 2 }, 'double-dot', '..', [{ start: from, end: at + 2, newText: directionMarksOf(from, at) + '.' }], [{ start: at, end: at + 2, newText: '…' }]));
    }

    // Findings of the four checks interleave; none start at the same offset (each starts at a different kind of character).
    out.sort((a, b) => a.span.start - b.span.start);
    return out;
  },
};

type Kind = 'space-before' | 'space-after' | 'latin' | 'double-dot';

function finding(span: Span, kind: Kind, mark: string, edits: { start: number; end: number; newText: string }[], alt?: { start: number; end: number; newText: string }[]): Finding {
  const replacement = LATIN_TO_ARABIC[mark];
  const text = kindText(kind, mark, replacement);
  const fixes = [{ title: text.fix, edits, preferred: true }];
  if (alt) fixes.push({ title: { ar: 'ضع «…» مكان «..»', en: 'Replace ".." with "…"' }, edits: alt, preferred: false });
  return { rule: ID, span, message: text.message, explanation: text.explanation, fixes };
}

/** The messages of one kind of finding (built only for that kind). */
function kindText(kind: Kind, mark: string, replacement: string | undefined): { message: Bilingual; explanation: Bilingual; fix: Bilingual } {
  switch (kind) {
    case 'space-before':
      return {
        message: { ar: `مسافة قبل «${mark}»`, en: `Space before "${mark}"` },
        explanation: {
          ar: `في الكتابة العربية تلتصق علامة الترقيم «${mark}» بالكلمة التي قبلها وتليها مسافة. احذف المسافة قبلها.`,
          en: `In Arabic typography the mark "${mark}" sits against the word before it and is followed by a space. Remove the space before it.`,
        },
        fix: { ar: `احذف المسافة قبل «${mark}»`, en: `Remove the space before "${mark}"` },
      };
    case 'space-after':
      return {
        message: { ar: `لا مسافة بعد «${mark}»`, en: `No space after "${mark}"` },
        explanation: {
          ar: `تلي علامةَ الترقيم «${mark}» مسافةٌ قبل الكلمة التالية؛ بدونها تلتصق الكلمتان ويفشل البحث عنهما.`,
          en: `The mark "${mark}" is followed by a space before the next word; without it the two words run together and searches miss them.`,
        },
        fix: { ar: `أضف مسافة بعد «${mark}»`, en: `Add a space after "${mark}"` },
      };
    case 'latin':
      return {
        message: { ar: `علامة لاتينية «${mark}» في نص عربي: استعمل «${replacement}»`, en: `Latin "${mark}" in Arabic text: use "${replacement}"` },
        explanation: {
          ar: `النص العربي يستعمل «${replacement}» لا العلامة اللاتينية «${mark}». تبقى العلامة اللاتينية في الأرقام (3,5) والنص اللاتيني.`,
          en: `Arabic text uses "${replacement}", not the Latin "${mark}". The Latin mark stays in numbers (3,5) and in Latin text.`,
        },
        fix: { ar: `ضع «${replacement}» مكان «${mark}»`, en: `Replace "${mark}" with "${replacement}"` },
      };
    case 'double-dot':
      return {
        message: { ar: 'نقطتان «..»: نقطة واحدة أم علامة حذف «…»؟', en: 'Two full stops "..": a full stop or an ellipsis "…"?' },
        explanation: {
          ar: 'النقطتان المتتاليتان ليستا علامة ترقيم: الجملة تنتهي بنقطة واحدة «.»، وعلامة الحذف تُكتب «…» (أو ثلاث نقاط).',
          en: 'Two dots are not a punctuation mark: a sentence ends with one full stop ".", an omission is written "…" (or three dots).',
        },
        fix: { ar: 'ضع «.» مكان «..»', en: 'Replace ".." with "."' },
      };
  }
}
