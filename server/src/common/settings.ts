/**
 * The settings, shared by the client, the server and the CLI. One schema with
 * defaults; package.json's contributes.configuration mirrors it (a test checks).
 */
export const ruleLevels = ['off', 'hint', 'info', 'warning', 'error'] as const;
export type RuleLevel = (typeof ruleLevels)[number];
export type Severity = Exclude<RuleLevel, 'off'>;

export const mainSectionKinds = ['root-cause', 'actions-taken', 'preventive-measures'] as const;
export type MainSectionKind = (typeof mainSectionKinds)[number];

export interface PoaSettings {
  rules: Record<string, RuleLevel>;
  maxWords: number;
  maxSentenceWords: number;
  sections: { aliases: Partial<Record<MainSectionKind, string[]>> };
  vocabulary: { blame: string[]; vague: string[] };
}

export const defaultSettings: PoaSettings = {
  rules: {},
  maxWords: 800,
  maxSentenceWords: 35,
  sections: { aliases: {} },
  vocabulary: { blame: [], vague: [] },
};

/** A user phrase longer than this is left out: it is a paste gone wrong, not a phrase. */
export const maxPhraseLength = 200;
/** At most this many phrases of one list are used (matching cost does not grow with their number; building the trie does). */
export const maxPhrases = 10_000;

export interface SettingProblem {
  key: string;
  message: string;
}

interface SettingDescription {
  key: string;
  type: 'object' | 'number' | 'array' | 'string';
  default: unknown;
  description: string;
}

/** The `poa.*` keys as VS Code shows them; `trace.server` is the client's alone. */
export const settingDescriptions: SettingDescription[] = [
  { key: 'rules', type: 'object', default: {}, description: 'Severity per rule id: "off", "hint", "info", "warning" or "error". Rules not named keep their default.' },
  { key: 'maxWords', type: 'number', default: 800, description: 'The excessive-length rule flags a plan longer than this many words.' },
  { key: 'maxSentenceWords', type: 'number', default: 35, description: 'The long-sentence rule flags a sentence longer than this many words.' },
  { key: 'sections.aliases', type: 'object', default: {}, description: 'Extra section labels, as literal phrases, per section: {"root-cause": ["Problem analysis"], "actions-taken": [...], "preventive-measures": [...]}.' },
  { key: 'vocabulary.blame', type: 'array', default: [], description: 'Extra literal phrases the blame rule flags.' },
  { key: 'vocabulary.vague', type: 'array', default: [], description: 'Extra literal phrases the vague rule flags.' },
  { key: 'trace.server', type: 'string', default: 'off', description: 'Traces the communication between VS Code and the POA language server.' },
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function phraseList(value: unknown, key: string, problems: SettingProblem[]): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push({ key, message: 'expected a list of phrases, e.g. ["phrase one", "phrase two"]' });
    return undefined;
  }
  const phrases: string[] = [];
  const tooLong: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') {
      problems.push({ key, message: `expected phrases as strings, found ${JSON.stringify(item)}` });
      return undefined;
    }
    const trimmed = item.trim();
    // Cut short, a phrase would flag words it never named: it is left out, and the message says so.
    if (trimmed.length > maxPhraseLength) tooLong.push(trimmed);
    else if (trimmed) phrases.push(trimmed);
  }
  if (tooLong.length > 0) {
    const first = `"${tooLong[0].slice(0, 40)}…" (${tooLong[0].length} characters)`;
    problems.push({ key, message: `${tooLong.length === 1 ? `the phrase ${first} is` : `${tooLong.length} phrases, the first ${first}, are`} longer than ${maxPhraseLength} characters; left out` });
  }
  if (phrases.length > maxPhrases) {
    problems.push({ key, message: `only the first ${maxPhrases} of ${phrases.length} phrases are used` });
    phrases.length = maxPhrases;
  }
  return phrases;
}

function positiveInteger(value: unknown, key: string, problems: SettingProblem[]): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    problems.push({ key, message: `expected a whole number above 0, found ${JSON.stringify(value)}` });
    return undefined;
  }
  return value;
}

/**
 * Reads settings from an untrusted object (VS Code settings or .poarc.json).
 * Each bad value is reported and left out, so the defaults stay in force for it.
 * `knownRules` lets the caller flag unknown rule ids.
 */
export function readSettings(raw: unknown, knownRules: readonly string[]): { settings: Partial<PoaSettings>; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const settings: Partial<PoaSettings> = {};
  if (raw === undefined || raw === null) return { settings, problems };
  if (!isRecord(raw)) {
    problems.push({ key: '(top level)', message: 'expected an object such as {"rules": {"blame": "off"}}' });
    return { settings, problems };
  }
  const known = new Set(['rules', 'maxWords', 'maxSentenceWords', 'sections', 'vocabulary', 'trace', '$schema']);
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) problems.push({ key, message: 'unknown setting; known: rules, maxWords, maxSentenceWords, sections.aliases, vocabulary.blame, vocabulary.vague' });
  }

  if (raw.rules !== undefined && raw.rules !== null) {
    if (!isRecord(raw.rules)) {
      problems.push({ key: 'rules', message: 'expected an object of rule id to level, e.g. {"blame": "off"}' });
    } else {
      const rules: Record<string, RuleLevel> = {};
      for (const [id, level] of Object.entries(raw.rules)) {
        if (!knownRules.includes(id)) {
          problems.push({ key: `rules.${id}`, message: `unknown rule id "${id}"` });
        } else if (typeof level !== 'string' || !(ruleLevels as readonly string[]).includes(level)) {
          problems.push({ key: `rules.${id}`, message: `expected one of ${ruleLevels.join(', ')}, found ${JSON.stringify(level)}` });
        } else {
          rules[id] = level as RuleLevel;
        }
      }
      settings.rules = rules;
    }
  }

  const maxWords = positiveInteger(raw.maxWords, 'maxWords', problems);
  if (maxWords !== undefined) settings.maxWords = maxWords;
  const maxSentenceWords = positiveInteger(raw.maxSentenceWords, 'maxSentenceWords', problems);
  if (maxSentenceWords !== undefined) settings.maxSentenceWords = maxSentenceWords;

  if (raw.sections !== undefined && raw.sections !== null) {
    if (!isRecord(raw.sections)) {
      problems.push({ key: 'sections', message: 'expected an object such as {"aliases": {"root-cause": ["Problem analysis"]}}' });
    } else if (raw.sections.aliases !== undefined && raw.sections.aliases !== null) {
      const aliasesRaw = raw.sections.aliases;
      if (!isRecord(aliasesRaw)) {
        problems.push({ key: 'sections.aliases', message: 'expected an object of section kind to a list of labels' });
      } else {
        const aliases: Partial<Record<MainSectionKind, string[]>> = {};
        for (const [kind, list] of Object.entries(aliasesRaw)) {
          if (!(mainSectionKinds as readonly string[]).includes(kind)) {
            problems.push({ key: `sections.aliases.${kind}`, message: `unknown section kind; use ${mainSectionKinds.join(', ')}` });
            continue;
          }
          const phrases = phraseList(list, `sections.aliases.${kind}`, problems);
          if (phrases) aliases[kind as MainSectionKind] = phrases;
        }
        settings.sections = { aliases };
      }
    }
  }

  if (raw.vocabulary !== undefined && raw.vocabulary !== null) {
    if (!isRecord(raw.vocabulary)) {
      problems.push({ key: 'vocabulary', message: 'expected an object such as {"blame": ["phrase"], "vague": ["phrase"]}' });
    } else {
      const vocabulary = { blame: [] as string[], vague: [] as string[] };
      for (const key of Object.keys(raw.vocabulary)) {
        if (key !== 'blame' && key !== 'vague') problems.push({ key: `vocabulary.${key}`, message: 'unknown list; use blame or vague' });
      }
      vocabulary.blame = phraseList(raw.vocabulary.blame, 'vocabulary.blame', problems) ?? [];
      vocabulary.vague = phraseList(raw.vocabulary.vague, 'vocabulary.vague', problems) ?? [];
      settings.vocabulary = vocabulary;
    }
  }
  return { settings, problems };
}

/** Later layers win key by key; rule levels merge rule by rule. */
export function mergeSettings(...layers: Partial<PoaSettings>[]): PoaSettings {
  const merged: PoaSettings = structuredClone(defaultSettings);
  for (const layer of layers) {
    if (layer.rules) merged.rules = { ...merged.rules, ...layer.rules };
    if (layer.maxWords !== undefined) merged.maxWords = layer.maxWords;
    if (layer.maxSentenceWords !== undefined) merged.maxSentenceWords = layer.maxSentenceWords;
    if (layer.sections) merged.sections = { aliases: { ...merged.sections.aliases, ...layer.sections.aliases } };
    if (layer.vocabulary) {
      merged.vocabulary = {
        blame: [...merged.vocabulary.blame, ...layer.vocabulary.blame],
        vague: [...merged.vocabulary.vague, ...layer.vocabulary.vague],
      };
    }
  }
  return merged;
}
