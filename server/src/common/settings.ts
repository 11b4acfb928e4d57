/**
 * The settings, shared by the client, the server and the CLI. One schema with
 * defaults; package.json's contributes.configuration mirrors it (a test checks).
 */
export const ruleLevels = ['off', 'hint', 'info', 'warning', 'error'] as const;
export type RuleLevel = (typeof ruleLevels)[number];
export type Severity = Exclude<RuleLevel, 'off'>;

export const mainSectionKinds = ['root-cause', 'actions-taken', 'preventive-measures'] as const;
export type MainSectionKind = (typeof mainSectionKinds)[number];

/** The fields of Seller Central's appeal form, each a question with its own text box. */
export const formFields = ['root-cause', 'actions', 'prevention', 'additional'] as const;
export type FormField = (typeof formFields)[number];

/** Where a setting applies: every tool, or only the editor (how the server runs the analysis). */
type SettingScope = 'lint' | 'editor';

interface SettingSpec<T> {
  /** The key under `poa.` in VS Code, and in .poarc.json (dots are nested objects there). */
  key: string;
  /** The JSON Schema type, as package.json and the .poarc.json schema declare it. */
  type: 'object' | 'number' | 'array' | 'string';
  default: T;
  description: string;
  scope: SettingScope;
  /** More JSON Schema for package.json: enum, minimum, items. */
  schema?: Record<string, unknown>;
  /** Reads an untrusted value; a bad one is reported and gives undefined (the default stays). */
  read(value: unknown, key: string, problems: SettingProblem[], context: { knownRules: readonly string[] }): T | undefined;
  /** How a later layer (a .poarc.json over editor settings) combines with an earlier one; by default it replaces it. */
  merge?(earlier: T, later: T): T;
}

const setting = <T>(spec: SettingSpec<T>) => spec;

/**
 * The one settings table: it gives the types (PoaSettings below), the
 * defaults, the validation and its messages, and the descriptions that
 * package.json contributes (a test checks every key's type, default and
 * description against package.json).
 */
export const settingsTable = {
  rules: setting<Record<string, RuleLevel>>({
    key: 'rules',
    type: 'object',
    default: {},
    scope: 'lint',
    description:
      'Severity per rule id: `off`, `hint`, `info`, `warning` or `error`. ' +
      'Rules not named keep their default. A `.poarc.json` beside the document wins over this setting.',
    schema: { additionalProperties: { type: 'string', enum: [...ruleLevels] } },
    read: readRuleLevels,
    merge: (earlier, later) => ({ ...earlier, ...later }),
  }),
  maxWords: setting<number>({
    key: 'maxWords',
    type: 'number',
    default: 800,
    scope: 'lint',
    description: 'The excessive-length rule flags a plan longer than this many words.',
    schema: { minimum: 1 },
    read: positiveInteger,
  }),
  maxSentenceWords: setting<number>({
    key: 'maxSentenceWords',
    type: 'number',
    default: 35,
    scope: 'lint',
    description: 'The long-sentence rule flags a sentence longer than this many words.',
    schema: { minimum: 1 },
    read: positiveInteger,
  }),
  'sections.aliases': setting<Partial<Record<MainSectionKind, string[]>>>({
    key: 'sections.aliases',
    type: 'object',
    default: {},
    scope: 'lint',
    description:
      'Extra section labels, as literal phrases, per section: ' +
      '`{"root-cause": ["Problem analysis"], "actions-taken": [...], "preventive-measures": [...]}`.',
    schema: {
      properties: Object.fromEntries(mainSectionKinds.map((kind) => [kind, { type: 'array', items: { type: 'string' } }])),
      additionalProperties: false,
    },
    read: readAliases,
    merge: (earlier, later) => ({ ...earlier, ...later }),
  }),
  'vocabulary.blame': setting<string[]>({
    key: 'vocabulary.blame',
    type: 'array',
    default: [],
    scope: 'lint',
    description: 'Extra literal phrases the blame rule flags.',
    schema: { items: { type: 'string' } },
    read: phraseList,
    merge: (earlier, later) => [...earlier, ...later],
  }),
  'vocabulary.vague': setting<string[]>({
    key: 'vocabulary.vague',
    type: 'array',
    default: [],
    scope: 'lint',
    description: 'Extra literal phrases the vague rule flags.',
    schema: { items: { type: 'string' } },
    read: phraseList,
    merge: (earlier, later) => [...earlier, ...later],
  }),
  'form.limits': setting<Partial<Record<FormField, number>>>({
    key: 'form.limits',
    type: 'object',
    default: {},
    scope: 'lint',
    description:
      "Character budgets for the fields of Seller Central's appeal form, whose limits Amazon does not publish: " +
      '`{"root-cause": 2000, "actions": 2000, "prevention": 2000, "additional": 1000}`. ' +
      'A field over its budget gets a form-limit finding, and each section shows its count. Empty: no budgets.',
    schema: {
      properties: Object.fromEntries(formFields.map((field) => [field, { type: 'integer', minimum: 1 }])),
      additionalProperties: false,
    },
    read: readFormLimits,
    merge: (earlier, later) => ({ ...earlier, ...later }),
  }),
  run: setting<'onType' | 'onSave'>({
    key: 'run',
    type: 'string',
    default: 'onType',
    scope: 'editor',
    description:
      'When the editor checks the plan: `onType` (as you type, after `poa.debounceMs` of quiet) ' +
      'or `onSave` (when the file opens and each time it is saved).',
    schema: { enum: ['onType', 'onSave'] },
    read: (value, key, problems) => oneOf(value, key, problems, ['onType', 'onSave'] as const),
  }),
  debounceMs: setting<number>({
    key: 'debounceMs',
    type: 'number',
    default: 75,
    scope: 'editor',
    description:
      'With `poa.run` at `onType`: how many milliseconds of quiet after a keystroke before the plan is checked again (0 checks at once).',
    schema: { minimum: 0 },
    read: (value, key, problems) => wholeNumber(value, key, problems, 0),
  }),
};

type Table = typeof settingsTable;
type Flat = { [K in keyof Table]: Table[K]['default'] };
/** Dotted keys as nested objects: "vocabulary.blame" is `vocabulary: { blame }`. */
type Nested<T> = {
  [K in keyof T as K extends `${infer Head}.${string}` ? Head : K]: K extends `${infer Head}.${string}`
    ? Nested<{ [P in keyof T as P extends `${Head}.${infer Rest}` ? Rest : never]: T[P] }>
    : T[K];
};

export type PoaSettings = Nested<Flat>;
export type SettingKey = keyof Table;

const specs = Object.values(settingsTable) as SettingSpec<unknown>[];

/** The `poa.*` keys as VS Code shows them; `trace.server` is the client's alone. */
export const settingDescriptions = [
  ...specs.map(({ key, type, default: value, description, schema }) => ({ key, type, default: value, description, schema })),
  {
    key: 'trace.server',
    type: 'string',
    default: 'off',
    description: 'Traces the communication between VS Code and the POA language server.',
    schema: { enum: ['off', 'messages', 'verbose'] },
  },
];

function pathOf(key: string): string[] {
  return key.split('.');
}

function getPath(root: unknown, path: string[]): unknown {
  let value = root;
  for (const name of path) {
    if (!isRecord(value) || !Object.prototype.hasOwnProperty.call(value, name)) return undefined;
    value = value[name];
  }
  return value;
}

function setPath(root: Record<string, unknown>, path: string[], value: unknown): void {
  let node = root;
  for (const name of path.slice(0, -1)) {
    if (!isRecord(node[name])) node[name] = {};
    node = node[name] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}

export const defaultSettings: PoaSettings = (() => {
  const settings: Record<string, unknown> = {};
  for (const spec of specs) setPath(settings, pathOf(spec.key), structuredClone(spec.default));
  return settings as PoaSettings;
})();

/** A user phrase longer than this is left out: it is a paste gone wrong, not a phrase. */
export const maxPhraseLength = 200;
/** At most this many phrases of one list are used (matching cost does not grow with their number; building the trie does). */
export const maxPhrases = 10_000;

export interface SettingProblem {
  key: string;
  message: string;
}

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
    const which = tooLong.length === 1 ? `the phrase ${first} is` : `${tooLong.length} phrases, the first ${first}, are`;
    problems.push({ key, message: `${which} longer than ${maxPhraseLength} characters; left out` });
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

function wholeNumber(value: unknown, key: string, problems: SettingProblem[], minimum: number): number | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) {
    problems.push({ key, message: `expected a whole number of at least ${minimum}, found ${JSON.stringify(value)}` });
    return undefined;
  }
  return value;
}

function oneOf<T extends string>(value: unknown, key: string, problems: SettingProblem[], allowed: readonly T[]): T | undefined {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  problems.push({ key, message: `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}, found ${JSON.stringify(value)}` });
  return undefined;
}

function readRuleLevels(value: unknown, key: string, problems: SettingProblem[], { knownRules }: { knownRules: readonly string[] }) {
  if (!isRecord(value)) {
    problems.push({ key, message: 'expected an object of rule id to level, e.g. {"blame": "off"}' });
    return undefined;
  }
  const rules: Record<string, RuleLevel> = {};
  for (const [id, level] of Object.entries(value)) {
    if (!knownRules.includes(id)) {
      problems.push({ key: `rules.${id}`, message: `unknown rule id "${id}"` });
    } else if (typeof level !== 'string' || !(ruleLevels as readonly string[]).includes(level)) {
      problems.push({ key: `rules.${id}`, message: `expected one of ${ruleLevels.join(', ')}, found ${JSON.stringify(level)}` });
    } else {
      rules[id] = level as RuleLevel;
    }
  }
  return rules;
}

function readAliases(value: unknown, key: string, problems: SettingProblem[]) {
  if (!isRecord(value)) {
    problems.push({ key, message: 'expected an object of section kind to a list of labels' });
    return undefined;
  }
  const aliases: Partial<Record<MainSectionKind, string[]>> = {};
  for (const [kind, list] of Object.entries(value)) {
    if (!(mainSectionKinds as readonly string[]).includes(kind)) {
      problems.push({ key: `${key}.${kind}`, message: `unknown section kind; use ${mainSectionKinds.join(', ')}` });
      continue;
    }
    const phrases = phraseList(list, `${key}.${kind}`, problems);
    if (phrases) aliases[kind as MainSectionKind] = phrases;
  }
  return aliases;
}

function readFormLimits(value: unknown, key: string, problems: SettingProblem[]) {
  if (!isRecord(value)) {
    problems.push({ key, message: 'expected an object of form field to a number of characters, e.g. {"root-cause": 2000}' });
    return undefined;
  }
  const limits: Partial<Record<FormField, number>> = {};
  for (const [field, limit] of Object.entries(value)) {
    if (!(formFields as readonly string[]).includes(field)) {
      problems.push({ key: `${key}.${field}`, message: `unknown form field; use ${formFields.join(', ')}` });
      continue;
    }
    const read = positiveInteger(limit, `${key}.${field}`, problems);
    if (read !== undefined) limits[field as FormField] = read;
  }
  return limits;
}

/** The top-level keys and what each holds, for the messages on an unknown key or a group that is not an object. */
const groups = new Map<string, string[]>();
for (const spec of specs) {
  const [head, ...rest] = pathOf(spec.key);
  if (rest.length > 0) groups.set(head, [...(groups.get(head) ?? []), rest.join('.')]);
}
const groupExamples: Record<string, string> = {
  sections: '{"aliases": {"root-cause": ["Problem analysis"]}}',
  vocabulary: '{"blame": ["phrase"], "vague": ["phrase"]}',
  form: '{"limits": {"root-cause": 2000}}',
};

/**
 * Reads settings from an untrusted object (VS Code settings or .poarc.json).
 * Each bad value is reported and left out, so the defaults stay in force for it.
 * `knownRules` lets the caller flag unknown rule ids.
 */
export function readSettings(raw: unknown, knownRules: readonly string[]): { settings: Partial<PoaSettings>; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const settings: Record<string, unknown> = {};
  if (raw === undefined || raw === null) return { settings, problems };
  if (!isRecord(raw)) {
    problems.push({ key: '(top level)', message: 'expected an object such as {"rules": {"blame": "off"}}' });
    return { settings, problems };
  }
  const topLevel = new Set([...specs.map((spec) => pathOf(spec.key)[0]), 'trace', '$schema']);
  for (const key of Object.keys(raw)) {
    if (!topLevel.has(key)) problems.push({ key, message: `unknown setting; known: ${specs.map((spec) => spec.key).join(', ')}` });
  }
  for (const [group, members] of groups) {
    const value = raw[group];
    if (value === undefined || value === null) continue;
    if (!isRecord(value)) {
      problems.push({ key: group, message: `expected an object such as ${groupExamples[group] ?? '{}'}` });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (!members.includes(key))
        problems.push({ key: `${group}.${key}`, message: `unknown ${group} setting; use ${members.join(' or ')}` });
    }
  }
  for (const spec of specs) {
    const path = pathOf(spec.key);
    if (path.length > 1 && !isRecord(raw[path[0]])) continue;
    const value = getPath(raw, path);
    if (value === undefined || value === null) continue;
    const read = spec.read(value, spec.key, problems, { knownRules });
    if (read !== undefined) setPath(settings, path, read);
  }
  return { settings, problems };
}

/** Later layers win key by key; rule levels merge rule by rule, aliases kind by kind, vocabularies add up. */
export function mergeSettings(...layers: Partial<PoaSettings>[]): PoaSettings {
  const merged = structuredClone(defaultSettings) as unknown as Record<string, unknown>;
  for (const layer of layers) {
    for (const spec of specs) {
      const path = pathOf(spec.key);
      const value = getPath(layer, path);
      if (value === undefined) continue;
      setPath(merged, path, spec.merge ? spec.merge(getPath(merged, path), value) : value);
    }
  }
  return merged as unknown as PoaSettings;
}
