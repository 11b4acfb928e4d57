import { configFileName } from './config-text';
import { maxPhraseLength, maxPhrases, ruleLevels, settingsTable } from '../common/settings';

interface RuleSummary {
  id: string;
  description: string;
  defaultSeverity: string;
}

type Schema = Record<string, unknown>;

/**
 * The JSON Schema of a .poarc.json, from the settings table and the rule
 * list, so that VS Code completes and checks the file as the CLI and the
 * server read it (a test checks that they agree): every number setting is a
 * whole number, a phrase is at most maxPhraseLength characters, a rule id
 * must be one of the rules.
 */
export function configSchema(rules: readonly RuleSummary[]): Schema {
  const properties: Schema = { $schema: { type: 'string' } };
  for (const spec of Object.values(settingsTable)) {
    const [head, ...rest] = spec.key.split('.');
    let schema: Schema = {
      type: spec.type === 'number' ? 'integer' : spec.type,
      markdownDescription: spec.description,
      default: spec.default,
      ...spec.schema,
    };
    if (spec.key === 'rules')
      schema = {
        ...schema,
        properties: Object.fromEntries(
          rules.map((rule) => [
            rule.id,
            { enum: [...ruleLevels], markdownDescription: `${rule.description} (default: \`${rule.defaultSeverity}\`)` },
          ]),
        ),
        additionalProperties: false,
      };
    if (spec.type === 'array') schema = { ...schema, items: phrase, maxItems: maxPhrases };
    if (spec.key === 'sections.aliases')
      schema = {
        ...schema,
        properties: Object.fromEntries(Object.keys(schema.properties as Schema).map((kind) => [kind, { type: 'array', items: phrase }])),
      };
    if (rest.length === 0) properties[head] = schema;
    else {
      const group = (properties[head] ??= { type: 'object', properties: {}, additionalProperties: false }) as { properties: Schema };
      group.properties[rest.join('.')] = schema;
    }
  }
  // The client's own setting, accepted beside the others.
  properties.trace = { type: 'object' };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `POA Lint ${configFileName}`,
    description: 'Rules and limits for POA Lint, found upward from each plan; the same keys as the poa.* settings.',
    type: 'object',
    properties,
    additionalProperties: false,
  };
}

const phrase = { type: 'string', maxLength: maxPhraseLength };
