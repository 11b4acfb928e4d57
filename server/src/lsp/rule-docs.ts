import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A rule's doc as shipped beside the bundle (dist/rules/<id>.md), read once. */
const cache = new Map<string, string | undefined>();

export function readRuleDoc(ruleId: string): string | undefined {
  if (!/^[a-z][a-z0-9-]*$/.test(ruleId)) return undefined;
  if (!cache.has(ruleId)) {
    let text: string | undefined;
    try {
      text = readFileSync(join(__dirname, 'rules', `${ruleId}.md`), 'utf8');
    } catch {
      text = undefined;
    }
    cache.set(ruleId, text);
  }
  return cache.get(ruleId);
}

/** The first fenced example under the doc's "## Good" heading. */
export function goodExample(doc: string): string | undefined {
  const heading = /^##[ \t]+Good\b[^\r\n]*$/m.exec(doc);
  if (!heading) return undefined;
  const fence = /^(`{3,}|~{3,})[^\r\n]*\r?\n([\s\S]*?)\r?\n\1[ \t]*$/m.exec(doc.slice(heading.index + heading[0].length));
  return fence ? fence[2] : undefined;
}
