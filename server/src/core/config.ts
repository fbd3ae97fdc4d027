/**
 * Configuration: the team file `.mudaqqiq.json` (shared through the repository) and the per-user editor
 * settings. Parsing never throws: a malformed file yields errors with their offsets and the defaults stay
 * in force. Every list is bounded and every team pattern is matched as literal text (folded), never as a
 * regular expression, so a team file cannot make the server hang.
 */
import { keyWords } from './keys';
import { foldString } from './normalize';
import type { SeveritySetting, Span } from './types';

export const CONFIG_FILE_NAME = '.mudaqqiq.json';
const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];
/** Upper bounds that keep a team file from slowing the server (entries, characters per entry). */
export const LIMITS = { listEntries: 5000, entryLength: 500 } as const;

export interface NameEntry {
  /** The team's spelling. */
  canonical: string;
  /** Known other spellings (optional: the rule also finds unlisted variants). */
  variants: string[];
}

export interface TeamConfig {
  rules: Record<string, SeveritySetting>;
  names: NameEntry[];
  /** name-spelling: whether disagreeing with the workspace majority is flagged or only shown in the hover. */
  workspaceNames: 'flag' | 'hover';
  boilerplate: { phrases: string[]; allow: string[] };
  quotes: { terms: string[] };
}

export function defaultTeamConfig(): TeamConfig {
  return { rules: {}, names: [], workspaceNames: 'hover', boilerplate: { phrases: [], allow: [] }, quotes: { terms: [] } };
}

export interface ConfigError {
  message: { ar: string; en: string };
  /** Offset range in the file the error refers to. */
  start: number;
  end: number;
  /** The whole file is unusable (not JSON, not an object): nothing of it applies. */
  fatal?: boolean;
}

/** Merged settings a check runs with. */
export interface EngineConfig {
  team: TeamConfig;
  /** Per-rule severity overrides from the editor (win over the team file). */
  userRules: Record<string, SeveritySetting>;
}

export function defaultEngineConfig(): EngineConfig {
  return { team: defaultTeamConfig(), userRules: {} };
}

export function isSeverity(v: unknown): v is SeveritySetting {
  return typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);
}

/**
 * Parses `.mudaqqiq.json`. Returns the config (defaults where a part is invalid) and the errors found,
 * each pointing at the offending key or entry. Unknown keys and rule ids are reported (a typo would
 * otherwise be ignored in silence); a bad entry of a list is dropped on its own, the rest stays.
 * `knownRules`: the rule ids of the registry (the engine's config module does not import the rules).
 */
export function parseTeamConfig(text: string, knownRules?: readonly string[]): { config: TeamConfig; errors: ConfigError[] } {
  const config = defaultTeamConfig();
  const errors: ConfigError[] = [];
  let raw: unknown;
  try {
    raw = text.trim() === '' ? {} : JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    // Node reports "… at position N" for most errors and nothing for a truncated file (then: its end).
    const start = pos ? Math.min(Number(pos[1]), Math.max(0, text.length - 1)) : Math.max(0, text.trimEnd().length - 1);
    errors.push({
      message: { en: `.mudaqqiq.json is not valid JSON (${msg}).`, ar: `الملف ‎.mudaqqiq.json ليس JSON صالحاً (${msg}).` },
      fatal: true,
      start,
      end: Math.min(start + 1, text.length),
    });
    return { config, errors };
  }
  const where = locateJson(text);
  const err = (path: string, en: string, ar: string) => {
    const span = where.get(path) ?? where.get(path.split('/').slice(0, -1).join('/')) ?? { start: 0, end: Math.min(1, text.length) };
    errors.push({ message: { en, ar }, start: span.start, end: span.end });
  };
  if (!isPlainObject(raw)) {
    err('', '.mudaqqiq.json must hold a JSON object.', 'يجب أن يحوي ‎.mudaqqiq.json كائن JSON.');
    errors[errors.length - 1]!.fatal = true;
    return { config, errors };
  }
  const obj = raw;
  for (const key of Object.keys(obj)) {
    if (!['$schema', 'rules', 'names', 'nameSpelling', 'boilerplate', 'quotes'].includes(key)) {
      err(key, `Unknown key "${key}" in .mudaqqiq.json (known: rules, names, nameSpelling, boilerplate, quotes).`, `مفتاح غير معروف "${key}" في ‎.mudaqqiq.json (المفاتيح المعروفة: rules وnames وnameSpelling وboilerplate وquotes).`);
    }
  }
  if (obj.rules !== undefined) {
    if (!isPlainObject(obj.rules)) err('rules', '"rules" must be an object of rule id → severity.', '"rules" يجب أن يكون كائناً: معرّف القاعدة ← الدرجة.');
    else
      for (const [id, sev] of Object.entries(obj.rules)) {
        if (knownRules && !knownRules.includes(id)) {
          err(`rules/${id}`, `Unknown rule "${id}" (known: ${knownRules.join(', ')}).`, `قاعدة غير معروفة "${id}" (القواعد المعروفة: ${knownRules.join('، ')}).`);
        } else if (isSeverity(sev)) config.rules[id] = sev;
        else err(`rules/${id}`, `Severity of "${id}" must be one of ${SEVERITIES.join(', ')}.`, `درجة "${id}" يجب أن تكون إحدى: ${SEVERITIES.join('، ')}.`);
      }
  }
  if (obj.names !== undefined) {
    if (!Array.isArray(obj.names)) err('names', '"names" must be a list of {"canonical", "variants"}.', '"names" يجب أن تكون قائمة من {"canonical", "variants"}.');
    else {
      if (obj.names.length > LIMITS.listEntries) err('names', `"names" has ${obj.names.length} entries; only the first ${LIMITS.listEntries} are used.`, `في "names" ${obj.names.length} عنصراً؛ تُستعمل أول ${LIMITS.listEntries} منها فقط.`);
      obj.names.slice(0, LIMITS.listEntries).forEach((entry: unknown, i: number) => {
        const e = entry as Record<string, unknown>;
        if (typeof entry === 'string' && validEntry(entry)) config.names.push({ canonical: entry.trim(), variants: [] });
        else if (isPlainObject(entry) && typeof e.canonical === 'string' && validEntry(e.canonical)) {
          const variants: string[] = [];
          if (e.variants !== undefined && !Array.isArray(e.variants)) err(`names/${i}/variants`, '"variants" must be a list of strings.', '"variants" يجب أن تكون قائمة نصوص.');
          (Array.isArray(e.variants) ? e.variants : []).forEach((v: unknown, k: number) => {
            if (typeof v === 'string' && validEntry(v)) variants.push(v.trim());
            else err(`names/${i}/variants/${k}`, 'A variant must be a non-empty string (up to 500 characters); it is ignored.', 'التهجئة البديلة يجب أن تكون نصاً غير فارغ (حتى 500 حرف)؛ تم تجاهلها.');
          });
          config.names.push({ canonical: e.canonical.trim(), variants });
        } else err(`names/${i}`, 'Each entry of "names" is a spelling or {"canonical": spelling, "variants": [...]}; this one is ignored.', 'كل عنصر في "names" تهجئة أو {"canonical": تهجئة, "variants": [...]}؛ تم تجاهل هذا العنصر.');
      });
    }
  }
  if (obj.nameSpelling !== undefined) {
    const ns = obj.nameSpelling as Record<string, unknown>;
    if (isPlainObject(ns) && Object.keys(ns).length === 0) {
      // {} is valid (as in the schema): the default stays.
    } else if (isPlainObject(ns) && (ns.workspace === 'flag' || ns.workspace === 'hover') && Object.keys(ns).length === 1) config.workspaceNames = ns.workspace;
    else err('nameSpelling', '"nameSpelling" must be {"workspace": "flag" | "hover"}.', '"nameSpelling" يجب أن يكون {"workspace": "flag" أو "hover"}.');
  }
  for (const [section, keys] of [['boilerplate', ['phrases', 'allow']], ['quotes', ['terms']]] as const) {
    const v = obj[section];
    if (v === undefined) continue;
    if (!isPlainObject(v)) {
      err(section, `"${section}" must be an object.`, `"${section}" يجب أن يكون كائناً.`);
      continue;
    }
    for (const key of Object.keys(v)) {
      if (!(keys as readonly string[]).includes(key)) err(`${section}/${key}`, `Unknown key "${section}.${key}" (known: ${keys.join(', ')}).`, `مفتاح غير معروف "${section}.${key}" (المفاتيح المعروفة: ${keys.join('، ')}).`);
    }
    for (const k of keys) {
      const list = v[k];
      if (list === undefined) continue;
      if (!Array.isArray(list)) {
        err(`${section}/${k}`, `"${section}.${k}" must be a list of strings.`, `"${section}.${k}" يجب أن تكون قائمة نصوص.`);
        continue;
      }
      if (list.length > LIMITS.listEntries) err(`${section}/${k}`, `"${section}.${k}" has ${list.length} entries; only the first ${LIMITS.listEntries} are used.`, `في "${section}.${k}" ${list.length} عنصراً؛ تُستعمل أول ${LIMITS.listEntries} منها فقط.`);
      const kept: string[] = [];
      list.slice(0, LIMITS.listEntries).forEach((item: unknown, i: number) => {
        if (typeof item === 'string' && validEntry(item)) kept.push(item.trim());
        else err(`${section}/${k}/${i}`, `Entries of "${section}.${k}" must be non-empty strings (up to 500 characters); this one is ignored.`, `عناصر "${section}.${k}" يجب أن تكون نصوصاً غير فارغة (حتى 500 حرف)؛ تم تجاهل هذا العنصر.`);
      });
      (config[section] as Record<string, string[]>)[k] = kept;
    }
  }
  return { config, errors };
}

/**
 * Offsets of the keys and values of a valid JSON text, by path ('' = root, 'rules/name-spelling',
 * 'names/2', 'names/2/variants/0'). Object members point at their key, array items at their value.
 */
function locateJson(text: string): Map<string, Span> {
  const out = new Map<string, Span>();
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const str = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      while (text[i] !== '}' && i < text.length) {
        ws();
        const keyStart = i;
        const key = str();
        out.set(path ? `${path}/${key}` : key, { start: keyStart, end: i });
        ws();
        i++; // ':'
        value(path ? `${path}/${key}` : key);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (c === '[') {
      i++;
      ws();
      let n = 0;
      while (text[i] !== ']' && i < text.length) {
        const itemPath = path ? `${path}/${n}` : String(n);
        value(itemPath);
        n++;
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (c === '"') str();
    else while (i < text.length && /[^,\]}\s]/.test(text[i]!)) i++;
    if (!out.has(path)) out.set(path, { start, end: i });
  };
  value('');
  return out;
}

function validEntry(s: string): boolean {
  return s.trim().length > 0 && s.length <= LIMITS.entryLength;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Folded, whitespace-collapsed key for comparing team phrases with document text. */
export function phraseKey(s: string): string {
  return keyWords(foldString(s)).join(' ');
}
