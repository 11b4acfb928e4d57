import { ruleDocs } from '../registry';

/** A rule's doc, as bundled (no file system needed: a web worker has none). */
export function readRuleDoc(ruleId: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(ruleDocs, ruleId) ? ruleDocs[ruleId] : undefined;
}

/** The first fenced example under the doc's "## Good" heading. */
export function goodExample(doc: string): string | undefined {
  const heading = /^##[ \t]+Good\b[^\r\n]*$/m.exec(doc);
  if (!heading) return undefined;
  const fence = /^(`{3,}|~{3,})[^\r\n]*\r?\n([\s\S]*?)\r?\n\1[ \t]*$/m.exec(doc.slice(heading.index + heading[0].length));
  return fence ? fence[2] : undefined;
}
