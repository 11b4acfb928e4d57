import type { DocumentLink } from 'vscode-languageserver';
import { attachmentReferences } from '../engine/attachments';
import type { LintResult } from '../engine/linter';

/** Each attachment the plan names that is there beside it: a link that opens it. */
export function attachmentLinks(result: LintResult): DocumentLink[] {
  const files = result.notices.files;
  if (!files) return [];
  const { poa } = result;
  return attachmentReferences(poa)
    .filter((reference) => reference.accepted && files.kind(reference.path) === 'file')
    .map((reference) => ({
      range: { start: poa.lines.positionAt(reference.start), end: poa.lines.positionAt(reference.end) },
      target: files.uriOf(reference.path),
      tooltip: `Open the attachment ${reference.path}`,
    }));
}
