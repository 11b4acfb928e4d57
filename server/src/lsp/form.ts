import type { CodeLens } from 'vscode-languageserver';
import { commands, type CopySectionArgs, type FormFieldText } from '../common/protocol';
import { formFields, type PoaSettings } from '../common/settings';
import { exportFormField, formFieldOf } from '../engine/export';
import type { PlanOfAction } from '../engine/model';

const count = (n: number) => n.toLocaleString('en-US');

/** Each field of Seller Central's form that the plan fills, with its text and count. */
export function formFieldTexts(poa: PlanOfAction, settings: PoaSettings): FormFieldText[] {
  return formFields
    .map((field) => ({ field, exported: exportFormField(poa, field) }))
    .filter(({ exported }) => exported.sections.length > 0)
    .map(({ field, exported }) => ({
      field,
      text: exported.text,
      words: exported.words,
      characters: exported.characters,
      ...(settings.form.limits[field] !== undefined && { budget: settings.form.limits[field] }),
    }));
}

/**
 * With a budget set for a field, every section that fills it shows the
 * field's count above its label ("1,240 / 2,000 characters"); clicking it
 * copies the field for the form.
 */
export function formLenses(uri: string, poa: PlanOfAction, settings: PoaSettings): CodeLens[] {
  const limits = settings.form.limits;
  if (!formFields.some((field) => limits[field] !== undefined)) return [];
  const fields = formFieldOf(poa);
  const texts = new Map(formFieldTexts(poa, settings).map((text) => [text.field, text]));
  const lenses: CodeLens[] = [];
  for (const [section, field] of fields) {
    const text = texts.get(field);
    if (!text || text.budget === undefined) continue;
    const over = text.characters - text.budget;
    const args: CopySectionArgs = [uri, field];
    const line = poa.lines.positionAt(section.label.start).line;
    lenses.push({
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      command: {
        title: `${count(text.characters)} / ${count(text.budget)} characters${over > 0 ? ` (${count(over)} over)` : ''}`,
        command: commands.copySection,
        arguments: args,
      },
    });
  }
  return lenses;
}
