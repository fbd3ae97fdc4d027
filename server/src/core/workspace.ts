/**
 * The workspace index: facts about every article of a workspace, so a rule checking one draft can say
 * "this line is in 5 other articles" or "ترمب in 37 articles, ترامب in 2". Rules contribute an indexer
 * that turns a parsed document into (group, value) pairs; the index counts, per group and value, how
 * many articles hold the pair. Updating one file removes its old pairs first, so the counts stay exact
 * as files change. Engine code: no editor or file-system access here (the adapters feed it).
 */
import type { ArticleDocument } from './document';

export interface Indexer {
  id: string;
  /** Distinct (group, value) pairs of a document. Must be linear in the document's length. */
  extract(doc: ArticleDocument): Iterable<[group: string, value: string]>;
}

export interface WorkspaceView {
  /** Number of indexed articles. */
  readonly size: number;
  /** Articles holding (group, value), not counting `exceptUri`. */
  count(indexer: string, group: string, value: string, exceptUri?: string): number;
  /** value → number of articles, for every value of a group, not counting `exceptUri`. */
  values(indexer: string, group: string, exceptUri?: string): Map<string, number>;
  /** Up to `limit` URIs of articles holding (group, value). */
  examples(indexer: string, group: string, value: string, limit: number, exceptUri?: string): string[];
}

const SEP = '\u0001';

export class WorkspaceIndex implements WorkspaceView {
  /** indexer → group → value → set of URIs. */
  private readonly data = new Map<string, Map<string, Map<string, Set<string>>>>();
  /** uri → the keys it contributed (indexer SEP group SEP value). */
  private readonly byUri = new Map<string, string[]>();

  constructor(private readonly indexers: readonly Indexer[]) {}

  get size(): number {
    return this.byUri.size;
  }

  has(uri: string): boolean {
    return this.byUri.has(uri);
  }

  /** Adds or replaces the facts of one article. */
  update(uri: string, doc: ArticleDocument): void {
    this.remove(uri);
    const keys: string[] = [];
    for (const ix of this.indexers) {
      let groups = this.data.get(ix.id);
      if (!groups) this.data.set(ix.id, (groups = new Map()));
      const seen = new Set<string>();
      for (const [group, value] of ix.extract(doc)) {
        const k = group + SEP + value;
        if (seen.has(k)) continue;
        seen.add(k);
        let values = groups.get(group);
        if (!values) groups.set(group, (values = new Map()));
        let uris = values.get(value);
        if (!uris) values.set(value, (uris = new Set()));
        uris.add(uri);
        keys.push(ix.id + SEP + k);
      }
    }
    this.byUri.set(uri, keys);
  }

  remove(uri: string): void {
    const keys = this.byUri.get(uri);
    if (!keys) return;
    for (const key of keys) {
      const [ix, group, value] = key.split(SEP) as [string, string, string];
      const values = this.data.get(ix)?.get(group);
      const uris = values?.get(value);
      if (!uris) continue;
      uris.delete(uri);
      if (uris.size === 0) values!.delete(value);
      if (values!.size === 0) this.data.get(ix)!.delete(group);
    }
    this.byUri.delete(uri);
  }

  clear(): void {
    this.data.clear();
    this.byUri.clear();
  }

  count(indexer: string, group: string, value: string, exceptUri?: string): number {
    const uris = this.data.get(indexer)?.get(group)?.get(value);
    if (!uris) return 0;
    return uris.size - (exceptUri !== undefined && uris.has(exceptUri) ? 1 : 0);
  }

  values(indexer: string, group: string, exceptUri?: string): Map<string, number> {
    const out = new Map<string, number>();
    const values = this.data.get(indexer)?.get(group);
    if (!values) return out;
    for (const [value, uris] of values) {
      const n = uris.size - (exceptUri !== undefined && uris.has(exceptUri) ? 1 : 0);
      if (n > 0) out.set(value, n);
    }
    return out;
  }

  examples(indexer: string, group: string, value: string, limit: number, exceptUri?: string): string[] {
    const uris = this.data.get(indexer)?.get(group)?.get(value);
    if (!uris) return [];
    const out: string[] = [];
    for (const u of uris) {
      if (u === exceptUri) continue;
      out.push(u);
      if (out.length >= limit) break;
    }
    return out;
  }
}
