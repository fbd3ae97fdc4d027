/**
 * Rule `name-spelling`: one name, one spelling — in the article, against the team's list, and (when the
 * team asks) against the rest of the workspace.
 *
 * The names and their occurrences come from names/clusters.ts; when two spellings count as one name is
 * decided in names/spelling.ts. Per name:
 *   - the team's list names the spelling to use: every other spelling is flagged, even in a consistent article;
 *   - otherwise, with `nameSpelling.workspace: "flag"`, the spelling most articles of the workspace use;
 *   - otherwise the spelling this article uses most (on a tie, the one that comes first), so the minority
 *     spelling is flagged, pointing at the others.
 * The hover shows every spelling with its count here, in the workspace's other articles (the workspace
 * counts never include this article) and the team's choice.
 */
import type { ArticleDocument } from '../core/document';
import type { Rule, RuleContext } from '../core/rule';
import type { Bilingual, Finding, Fix, RelatedLocation, TextEdit } from '../core/types';
import type { Indexer, WorkspaceView } from '../core/workspace';
import { BUNDLED } from '../names/lexicon-index';
import { findClusters, oneSpelling, type Cluster, type Occurrence } from '../names/clusters';
import { foldString } from '../core/normalize';
import { skeleton } from '../names/spelling';
import { ARTICLES_AR, TIMES_AR, arCount, enCount } from '../core/plural';

const ID = 'name-spelling';
export const NAMES_INDEXER_ID = 'names';
/** Other occurrences listed in `related`, at most. */
const MAX_RELATED = 20;
/** Workspace examples listed in `related`, at most. */
const MAX_EXAMPLES = 3;

/** The workspace index contribution: (name key, spelling) for every name of an article, each pair once. */
export const namesIndexer: Indexer = {
  id: NAMES_INDEXER_ID,
  *extract(doc: ArticleDocument) {
    // Cluster keys are distinct: a spelling repeated within a cluster is the only repeated pair.
    for (const c of findClusters(doc)) {
      let last: string | undefined;
      let seen: Set<string> | undefined;
      for (const o of c.occurrences) {
        const v = o.value;
        if (v === last) continue;
        if (last !== undefined) {
          seen ??= new Set([last]);
          if (seen.has(v)) continue;
          seen.add(v);
        }
        last = v;
        yield [c.key, v];
      }
    }
  },
};

/** The workspace key of a cluster: team clusters use the key the indexer (which knows no team list) gives the name. */
function workspaceKey(c: Cluster): string {
  if (c.source !== 'team' || !c.listed) return c.key;
  const folded = foldString(c.listed.spellings[0]!);
  const m = BUNDLED.match(folded) ?? BUNDLED.match('ال' + folded);
  if (m) return m.name.key;
  return folded.includes(' ') ? 'C:' + folded.replace(/ /g, '') : 'N:' + skeleton(folded);
}

interface Decision {
  preferred: string;
  why: 'team' | 'workspace' | 'article';
  /** Spellings in this document: value → occurrences, in order of first appearance. */
  here: Map<string, Occurrence[]>;
  workspace: Map<string, number>;
  /** "Use x everywhere" edits by spelling, built once per cluster and shared by its findings. */
  everywhere: Map<string, TextEdit[]>;
  /** The spellings a finding may offer (see `fixesFor`), once asked. */
  candidates?: string[];
  /** The fixes of spelling x that do not depend on the finding ("everywhere", "add to the team list"), by spelling, once asked. */
  shared?: Map<string, Fix[]>;
}

function decide(c: Cluster, ctx: RuleContext): Decision | undefined {
  // Without a team spelling or a workspace majority to follow, a name this article spells one way has
  // nothing to flag (most names): no maps built for it.
  const teamSpelling = c.source === 'team' && c.listed !== undefined;
  const byWorkspace = ctx.config.team.workspaceNames === 'flag' && ctx.workspace !== undefined;
  if (!teamSpelling && !byWorkspace && oneSpelling(c)) return undefined;
  const here = new Map<string, Occurrence[]>();
  for (const o of c.occurrences) {
    const list = here.get(o.value);
    if (list) list.push(o);
    else here.set(o.value, [o]);
  }
  const ws = ctx.workspace?.values(NAMES_INDEXER_ID, workspaceKey(c), ctx.uri) ?? new Map<string, number>();
  const everywhere = new Map<string, TextEdit[]>();
  if (c.source === 'team' && c.listed) return { preferred: c.listed.spellings[0]!, why: 'team', here, workspace: ws, everywhere };
  if (ctx.config.team.workspaceNames === 'flag' && ws.size > 0) {
    const ranked = [...ws].sort((a, b) => b[1] - a[1]);
    const [top, second] = ranked;
    // A clear majority only: more articles than any other spelling, and at least two.
    if (top![1] >= 2 && (!second || top![1] > second[1])) return { preferred: top![0], why: 'workspace', here, workspace: ws, everywhere };
  }
  if (here.size < 2) return undefined;
  let best: string | undefined;
  for (const [v, occs] of here) if (best === undefined || occs.length > here.get(best)!.length) best = v;
  return { preferred: best!, why: 'article', here, workspace: ws, everywhere };
}

const q = (s: string) => `«${s}»`;
const qe = (s: string) => `"${s}"`;

/** The word as written with its spelling part replaced by `value` (الأمريكية → الأميركية). */
function wordWith(doc: ArticleDocument, o: Occurrence, value: string): string {
  return doc.text.slice(o.word.start, o.span.start) + value + doc.text.slice(o.span.end, o.word.end);
}

function wordOf(doc: ArticleDocument, o: Occurrence): string {
  return doc.text.slice(o.word.start, o.word.end);
}

/** The file name of a workspace article, for a related entry. */
function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function message(doc: ArticleDocument, o: Occurrence, d: Decision): Bilingual {
  const word = wordOf(doc, o);
  if (d.why === 'team') {
    const p = wordWith(doc, o, d.preferred);
    return { en: `${qe(word)}: the team spells this name ${qe(p)}`, ar: `${q(word)}: يكتب الفريق هذا الاسم ${q(p)}` };
  }
  if (d.why === 'workspace') {
    const p = wordWith(doc, o, d.preferred);
    const n = d.workspace.get(d.preferred)!;
    const mine = d.workspace.get(o.value) ?? 0;
    // The counts are of the workspace's other articles (this one excluded), and the message says so.
    return {
      en: `${qe(word)}: the other articles of the workspace write ${qe(p)} (${enCount(n, 'article', 'articles')}; ${mine ? `${qe(word)} in ${mine}` : `none writes ${qe(word)}`})`,
      ar: `${q(word)}: تكتب مقالات مساحة العمل الأخرى ${q(p)} (${arCount(n, ARTICLES_AR)}؛ ${mine ? `${q(word)} في ${arCount(mine, ARTICLES_AR)}` : `ولا يكتب أيٌّ منها ${q(word)}`})`,
    };
  }
  const others = [...d.here].filter(([v]) => v !== o.value);
  const en = others.map(([v, occs]) => `${qe(wordWith(doc, o, v))} (${enCount(occs.length, 'time', 'times')})`).join(', ');
  const ar = others.map(([v, occs]) => `${q(wordWith(doc, o, v))} (${arCount(occs.length, TIMES_AR)})`).join('، ');
  return { en: `${qe(word)}: this article also writes ${en}`, ar: `${q(word)}: يكتب المقال أيضاً ${ar}` };
}

function explanation(d: Decision, c: Cluster, ws: WorkspaceView | undefined): Bilingual {
  const spellings = [...new Set([...(c.listed?.team ? [c.listed.spellings[0]!] : []), ...d.here.keys(), ...d.workspace.keys()])];
  const team = c.source === 'team' && c.listed ? c.listed.spellings[0] : undefined;
  const rowsEn = spellings.map((s) => `| ${s} | ${d.here.get(s)?.length ?? 0} | ${ws ? d.workspace.get(s) ?? 0 : '–'} | ${s === team ? '✓' : ''} |`);
  const rowsAr = spellings.map((s) => `| ${s} | ${d.here.get(s)?.length ?? 0} | ${ws ? d.workspace.get(s) ?? 0 : '–'} | ${s === team ? '✓' : ''} |`);
  const whyEn = {
    team: `The team's list (.mudaqqiq.json → names) spells this name "${d.preferred}".`,
    workspace: `Most other articles of the workspace spell this name "${d.preferred}" (nameSpelling.workspace is "flag").`,
    article: `One name should have one spelling in an article; "${d.preferred}" is the spelling used most here.`,
  }[d.why];
  const whyAr = {
    team: `قائمة الفريق (‎.mudaqqiq.json ← names) تكتب هذا الاسم «${d.preferred}».`,
    workspace: `أغلب مقالات مساحة العمل الأخرى تكتب هذا الاسم «${d.preferred}» (الإعداد nameSpelling.workspace هو "flag").`,
    article: `للاسم الواحد تهجئة واحدة في المقال؛ «${d.preferred}» هي التهجئة الأكثر استعمالاً هنا.`,
  }[d.why];
  return {
    en: `${whyEn}\n\n| Spelling | Here | Other articles | Team choice |\n|---|---|---|---|\n${rowsEn.join('\n')}`,
    ar: `${whyAr}\n\n| التهجئة | هنا | المقالات الأخرى | اختيار الفريق |\n|---|---|---|---|\n${rowsAr.join('\n')}`,
  };
}

/** The replacement text for an occurrence: a preposition ل before a spelling with ال drops the alef (لل). */
function fixesFor(doc: ArticleDocument, o: Occurrence, d: Decision, c: Cluster): Fix[] {
  // The preferred spelling first, then the others of this article (by first appearance) and of the
  // workspace (most articles first), each once.
  d.candidates ??= [...new Set([d.preferred, ...d.here.keys(), ...[...d.workspace].sort((a, b) => b[1] - a[1]).map(([v]) => v)])];
  const shared = (d.shared ??= new Map());
  const fixes: Fix[] = [];
  for (const x of d.candidates) {
    if (x === o.value) continue;
    const first = x === d.preferred;
    const shown = wordWith(doc, o, x);
    fixes.push({
      title: { en: `Use the spelling "${shown}" here`, ar: `استعمل التهجئة «${shown}» هنا` },
      edits: [{ start: o.span.start, end: o.span.end, newText: x }],
      preferred: first,
      fixAll: first,
    });
    let others = shared.get(x);
    if (!others) shared.set(x, (others = sharedFixes(d, x, c)));
    for (const f of others) fixes.push(f);
  }
  return fixes;
}

/** The fixes of spelling x that are the same for every finding of the cluster (built once, shared). */
function sharedFixes(d: Decision, x: string, c: Cluster): Fix[] {
  const fixes: Fix[] = [
    {
      title: { en: `Use "${x}" everywhere in this document`, ar: `استعمل «${x}» في المستند كله` },
      edits: everywhereEdits(d, x),
      preferred: false,
      fixAll: false,
    },
  ];
  if (c.source !== 'team') {
    const variants = [...new Set([...d.here.keys(), ...d.workspace.keys(), ...(c.listed?.spellings ?? [])])].filter((v) => v !== x);
    fixes.push({
      title: { en: `Add "${x}" to the team list as the canonical spelling`, ar: `أضف «${x}» إلى قائمة الفريق تهجئةً معتمدة` },
      edits: [],
      preferred: false,
      fixAll: false,
      configChange: { kind: 'set-name', canonical: x, variants },
    });
  }
  return fixes;
}

/** The edits that give every occurrence of the cluster the spelling `x` (the same for all its findings). */
function everywhereEdits(d: Decision, x: string): TextEdit[] {
  let edits = d.everywhere.get(x);
  if (!edits) {
    // In the order of `here` (spellings by first appearance, then position), as the hover lists them.
    edits = [];
    for (const occs of d.here.values()) for (const a of occs) if (a.value !== x) edits.push({ start: a.span.start, end: a.span.end, newText: x });
    d.everywhere.set(x, edits);
  }
  return edits;
}

/** An occurrence listed in a finding's `related` (the same object for every finding of its name). */
function relatedNote(doc: ArticleDocument, x: Occurrence): RelatedLocation {
  const line = doc.lineAt(x.word.start) + 1;
  const word = wordOf(doc, x);
  return { span: x.word, message: { en: `"${word}" here (line ${line})`, ar: `«${word}» هنا (السطر ${line})` } };
}

export const nameSpelling: Rule = {
  id: ID,
  description: {
    en: 'One name, one spelling: the same name spelled two ways in an article, against the team list or the workspace.',
    ar: 'اسم واحد بتهجئة واحدة: الاسم نفسه بتهجئتين في المقال أو خلافاً لقائمة الفريق أو لمقالات مساحة العمل.',
  },
  defaultSeverity: 'warning',
  check(doc: ArticleDocument, ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const c of findClusters(doc, ctx.config.team.names)) {
      const d = decide(c, ctx);
      if (!d) continue;
      const expl = explanation(d, c, ctx.workspace);
      /** The related entries of the cluster's first occurrences (by index), shared by its findings. */
      const notes: RelatedLocation[] = [];
      /**
       * The messages of the cluster's findings by the word as written and where its spelling part sits in it:
       * what a message depends on besides the cluster (many findings repeat one word).
       */
      const messages = new Map<string, Bilingual>();
      const occs = c.occurrences;
      for (const o of occs) {
        if (o.value === d.preferred) continue;
        const related: RelatedLocation[] = [];
        for (let k = 0; k < occs.length && related.length < MAX_RELATED; k++) {
          const x = occs[k]!;
          if (x === o) continue;
          related.push((notes[k] ??= relatedNote(doc, x)));
        }
        if (d.why === 'workspace' && ctx.workspace) {
          for (const uri of ctx.workspace.examples(NAMES_INDEXER_ID, workspaceKey(c), d.preferred, MAX_EXAMPLES, ctx.uri)) {
            const file = fileName(uri);
            related.push({ uri, message: { en: `"${d.preferred}" in another article (${file})`, ar: `«${d.preferred}» في مقال آخر (${file})` } });
          }
        }
        const { word, span } = o;
        const key = `${span.start - word.start} ${word.end - span.end} ${doc.text.slice(word.start, word.end)}`;
        let m = messages.get(key);
        if (!m) messages.set(key, (m = message(doc, o, d)));
        out.push({ rule: ID, span: word, message: { en: m.en, ar: m.ar }, explanation: expl, fixes: fixesFor(doc, o, d, c), related });
      }
    }
    out.sort((a, b) => a.span.start - b.span.start);
    return out;
  },
};
