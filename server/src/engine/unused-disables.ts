import type { DisableComments } from './disable';
import type { Finding } from './linter';
import type { PlanOfAction } from './model';
import type { TextEdit } from './rule';

/** The rule that judges disable comments: it names unknown ids, and its hints are the unused comments. */
export const disableCommentRuleId = 'disable-comment';

const switchName = (kind: string) => `poa-${kind}`;

/** One hint per comment that disabled nothing, or per id in it that disabled nothing. */
export function unusedDisableFindings(disabled: DisableComments, ruleIds: readonly string[], poa: PlanOfAction): Finding[] {
  const findings: Finding[] = [];
  const finding = (start: number, end: number, message: string, fix?: TextEdit): Finding => ({
    ruleId: disableCommentRuleId,
    severity: 'hint',
    message,
    start,
    end,
    range: { start: poa.lines.positionAt(start), end: poa.lines.positionAt(end) },
    fixes: fix ? [{ title: 'Remove this unused disable comment', edits: [fix] }] : [],
  });
  for (const { comment, ids } of disabled.unused(ruleIds)) {
    const name = switchName(comment.kind);
    if (ids.length === 0 || ids.length === comment.ids.length) {
      const what = ids.length === 0 ? 'every rule' : listed(ids.map((entry) => entry.id));
      findings.push(
        finding(
          comment.span.start,
          comment.span.end,
          `This ${name} comment disables ${what}, but nothing here is flagged for it to hide: remove the comment.`,
          removal(poa.text, comment.span),
        ),
      );
      continue;
    }
    for (const entry of ids)
      findings.push(
        finding(
          entry.span.start,
          entry.span.end,
          `This ${name} comment disables ${entry.id}, but no ${entry.id} finding is here for it to hide: remove '${entry.id}' from it.`,
        ),
      );
  }
  return findings;
}

const listed = (ids: string[]) => (ids.length === 1 ? ids[0] : `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`);

/** Deletes a comment: with its line when it stands alone on one, else with the space before it. */
function removal(text: string, span: { start: number; end: number }): TextEdit {
  const lineStart = Math.max(text.lastIndexOf('\n', span.start - 1), text.lastIndexOf('\r', span.start - 1)) + 1;
  const after = /^[ \t]*(\r\n|\r|\n|$)/.exec(text.slice(span.end));
  if (text.slice(lineStart, span.start).trim() === '' && after) return { start: lineStart, end: span.end + after[0].length, newText: '' };
  const spaceBefore = /[ \t]*$/.exec(text.slice(lineStart, span.start))![0].length;
  return { start: span.start - spaceBefore, end: span.end, newText: '' };
}
