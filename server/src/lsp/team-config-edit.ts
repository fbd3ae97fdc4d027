/**
 * Turns a fix's ConfigChange into a new `.mudaqqiq.json` text. Keeps every key the team wrote; only the
 * touched list changes. Returns undefined when the current file is not valid JSON (the fix is then not
 * offered: we never overwrite a file we cannot read).
 */
import { foldString } from '../core/normalize';
import type { ConfigChange } from '../core/types';

export function applyConfigChange(current: string | undefined, change: ConfigChange): string | undefined {
  let obj: Record<string, unknown>;
  if (current === undefined || current.trim() === '') obj = {};
  else {
    try {
      const parsed = JSON.parse(current);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
      obj = parsed;
    } catch {
      return undefined;
    }
  }
  if (change.kind === 'add-to-list') {
    const [section, key] = change.key.split('.') as [string, string];
    const sec = (typeof obj[section] === 'object' && obj[section] !== null && !Array.isArray(obj[section]) ? obj[section] : {}) as Record<string, unknown>;
    const list = Array.isArray(sec[key]) ? (sec[key] as unknown[]) : [];
    for (const v of Array.isArray(change.value) ? change.value : [change.value]) if (!list.includes(v)) list.push(v);
    sec[key] = list;
    obj[section] = sec;
  } else {
    const names = Array.isArray(obj.names) ? (obj.names as unknown[]) : [];
    const key = foldString(change.canonical);
    const spellings = new Set([change.canonical, ...change.variants].map(foldString));
    // Replace the entry that holds any of these spellings; otherwise add one.
    const idx = names.findIndex((n) => {
      const e = n as { canonical?: unknown; variants?: unknown };
      const all = [e.canonical, ...(Array.isArray(e.variants) ? e.variants : [])].filter((s): s is string => typeof s === 'string');
      return all.some((s) => spellings.has(foldString(s)) || foldString(s) === key);
    });
    const prev = idx >= 0 ? (names[idx] as { canonical?: unknown; variants?: unknown }) : undefined;
    const variants = new Set<string>();
    for (const v of [...(Array.isArray(prev?.variants) ? (prev!.variants as unknown[]) : []), prev?.canonical, ...change.variants]) {
      if (typeof v === 'string' && v !== change.canonical) variants.add(v);
    }
    const entry = { canonical: change.canonical, variants: [...variants] };
    if (idx >= 0) names[idx] = entry;
    else names.push(entry);
    obj.names = names;
  }
  // Keep the file's own indentation and line ends, so the team's diff shows only the change.
  const indent = current ? (/^([ \t]+)"/m.exec(current)?.[1] ?? '  ') : '  ';
  const eol = current?.includes('\r\n') ? '\r\n' : '\n';
  return (JSON.stringify(obj, null, indent) + '\n').replace(/\n/g, eol);
}
