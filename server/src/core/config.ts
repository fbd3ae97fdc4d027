/**
 * Configuration: the team file `.mudaqqiq.json` (shared through the repository) and the per-user editor
 * settings. Parsing never throws: a malformed file yields errors with their offsets and the defaults stay
 * in force. Every list is bounded and every team pattern is matched as literal text (folded), never as a
 * regular expression, so a team file cannot make the server hang.
 */
import { foldString } from './normalize';
import type { SeveritySetting } from './types';

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
 * Parses `.mudaqqiq.json`. Returns the config (defaults where a part is invalid) and the errors found.
 * Unknown keys are reported (a typo in a key would otherwise be silently ignored).
 */
export function parseTeamConfig(text: string): { config: TeamConfig; errors: ConfigError[] } {
  const config = defaultTeamConfig();
  const errors: ConfigError[] = [];
  const at = (key: string): { start: number; end: number } => {
    const i = text.indexOf(`"${key}"`);
    return i >= 0 ? { start: i, end: i + key.length + 2 } : { start: 0, end: Math.min(1, text.length) };
  };
  const err = (key: string, en: string, ar: string) => errors.push({ message: { en, ar }, ...at(key) });
  let raw: unknown;
  try {
    raw = text.trim() === '' ? {} : JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    // Node reports "… at position N" for most errors and nothing for a truncated file (then: its end).
    const start = pos ? Math.min(Number(pos[1]), Math.max(0, text.length - 1)) : Math.max(0, text.trimEnd().length - 1);
    errors.push({
      message: { en: `.mudaqqiq.json is not valid JSON (${msg}); the defaults are in force.`, ar: `الملف ‎.mudaqqiq.json ليس JSON صالحاً (${msg})؛ الإعدادات الافتراضية سارية.` },
      start,
      end: Math.min(start + 1, text.length),
    });
    return { config, errors };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    errors.push({ message: { en: '.mudaqqiq.json must hold a JSON object; the defaults are in force.', ar: 'يجب أن يحوي ‎.mudaqqiq.json كائن JSON؛ الإعدادات الافتراضية سارية.' }, start: 0, end: Math.min(1, text.length) });
    return { config, errors };
  }
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!['$schema', 'rules', 'names', 'nameSpelling', 'boilerplate', 'quotes'].includes(key)) {
      err(key, `Unknown key "${key}" in .mudaqqiq.json (known: rules, names, nameSpelling, boilerplate, quotes).`, `مفتاح غير معروف "${key}" في ‎.mudaqqiq.json (المعروفة: rules وnames وnameSpelling وboilerplate وquotes).`);
    }
  }
  if (obj.rules !== undefined) {
    if (!isPlainObject(obj.rules)) err('rules', '"rules" must be an object of rule id → severity.', '"rules" يجب أن يكون كائناً: معرّف القاعدة ← الدرجة.');
    else
      for (const [id, sev] of Object.entries(obj.rules)) {
        if (isSeverity(sev)) config.rules[id] = sev;
        else err(id, `Severity of "${id}" must be one of ${SEVERITIES.join(', ')}.`, `درجة "${id}" يجب أن تكون إحدى: ${SEVERITIES.join('، ')}.`);
      }
  }
  if (obj.names !== undefined) {
    if (!Array.isArray(obj.names)) err('names', '"names" must be a list of {"canonical", "variants"}.', '"names" يجب أن تكون قائمة من {"canonical", "variants"}.');
    else
      for (const entry of obj.names.slice(0, LIMITS.listEntries)) {
        const e = entry as Record<string, unknown>;
        if (typeof entry === 'string' && validEntry(entry)) config.names.push({ canonical: entry.trim(), variants: [] });
        else if (isPlainObject(entry) && typeof e.canonical === 'string' && validEntry(e.canonical)) {
          const variants = Array.isArray(e.variants) ? e.variants.filter((v): v is string => typeof v === 'string' && validEntry(v)).map((v) => v.trim()) : [];
          config.names.push({ canonical: e.canonical.trim(), variants });
        } else err('names', 'Each entry of "names" needs a non-empty "canonical" spelling.', 'كل عنصر في "names" يحتاج إلى تهجئة "canonical" غير فارغة.');
      }
  }
  if (obj.nameSpelling !== undefined) {
    const ns = obj.nameSpelling as Record<string, unknown>;
    if (isPlainObject(ns) && (ns.workspace === 'flag' || ns.workspace === 'hover')) config.workspaceNames = ns.workspace;
    else err('nameSpelling', '"nameSpelling" must be {"workspace": "flag" | "hover"}.', '"nameSpelling" يجب أن يكون {"workspace": "flag" أو "hover"}.');
  }
  for (const [section, keys] of [['boilerplate', ['phrases', 'allow']], ['quotes', ['terms']]] as const) {
    const v = obj[section];
    if (v === undefined) continue;
    if (!isPlainObject(v)) {
      err(section, `"${section}" must be an object.`, `"${section}" يجب أن يكون كائناً.`);
      continue;
    }
    for (const k of keys) {
      const list = (v as Record<string, unknown>)[k];
      if (list === undefined) continue;
      if (!Array.isArray(list) || !list.every((s) => typeof s === 'string')) {
        err(k, `"${section}.${k}" must be a list of strings.`, `"${section}.${k}" يجب أن تكون قائمة نصوص.`);
        continue;
      }
      (config[section] as Record<string, string[]>)[k] = (list as string[]).filter(validEntry).slice(0, LIMITS.listEntries).map((s) => s.trim());
    }
  }
  return { config, errors };
}

function validEntry(s: string): boolean {
  return s.trim().length > 0 && s.length <= LIMITS.entryLength;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Folded, whitespace-collapsed key for comparing team phrases with document text. */
export function phraseKey(s: string): string {
  return foldString(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
