import { readDisableComments } from '../engine/disable';
import type { Rule, RuleFinding } from '../engine/rule';
import { disableCommentRuleId } from '../engine/unused-disables';
import { editDistance } from '../rule-kit/missing-section';

/** The rule id closest to a mistyped one, if one is close enough to be what was meant. */
function closestId(id: string, known: readonly string[]): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const candidate of known) {
    const d = editDistance(id.toLowerCase(), candidate, 3);
    if (d <= 3 && (!best || d < best.distance)) best = { id: candidate, distance: d };
  }
  return best?.id;
}

/** Unknown ids here; the comments that disable nothing are the linter's to find, after every other rule has run. */
export const disableComment: Rule = {
  id: disableCommentRuleId,
  description: 'A disable comment that names no POA Lint rule, or disables nothing.',
  defaultSeverity: 'warning',
  fixable: false,
  *check({ poa, ruleIds }): Iterable<RuleFinding> {
    for (const comment of readDisableComments(poa.text)) {
      for (const { id, span } of comment.ids) {
        if (ruleIds.includes(id)) continue;
        const meant = closestId(id, ruleIds);
        yield {
          ...span,
          message:
            `'${id}' is not a POA Lint rule, so this comment disables nothing for it: ` +
            (meant ? `did you mean '${meant}'?` : `use a rule id as the Problems view shows it, e.g. 'blame'.`),
        };
      }
    }
  },
};
