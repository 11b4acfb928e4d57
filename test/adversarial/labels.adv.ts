import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePlanOfAction } from '../../server/src/engine/parse';
import type { DocumentFormat } from '../../server/src/engine/model';
import type { MainSectionKind } from '../../server/src/common/settings';
import { realLabelForms } from '../support/label-forms';
import { count, runs } from './support/tally';

/**
 * The section reader over generated variants of every real label form (case ×
 * closing punctuation × numbering × wrapper × format), and the opposite: no
 * sentence of a body, however it mentions a root cause or an action, is read
 * as a label.
 */

const forms = (Object.entries(realLabelForms) as [MainSectionKind, string[]][])
  .flatMap(([kind, list]) => list.map((form) => ({ kind, form })))
  // A label followed by its first sentence is not a form to vary.
  .filter(({ form }) => !/:\s*\S/.test(form.replace(/^(?:part|step)\s+\d+:/i, '')));
const bare = (form: string) => form.replace(/\s*[:.?\-–—]+\s*$/, '');
const isQuestion = (form: string) => /^(?:\w\)\s*)?(?:what|why|how)\b/i.test(form);

const letterCase = fc.constantFrom<(s: string) => string>(
  (s) => s,
  (s) => s.toLowerCase(),
  (s) => s.toUpperCase(),
  (s) => s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()),
  (s) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase(),
);
const numbering = fc.constantFrom(
  '',
  '1. ',
  '1) ',
  '2.',
  'a) ',
  'A. ',
  '(b) ',
  'C) ',
  'Part 1: ',
  'Step 2 – ',
  'Section 3 - ',
  'II. ',
  'Question 1: ',
);
const closing = fc.constantFrom('', ':', ' :', '.', ' -', ' –', ' —', ':-', '?');
const wrapper = fc.constantFrom<[string, string]>(['', ''], ['**', '**'], ['__', '__'], ['+', '+'], ['## ', ''], ['**', ':**']);
const format = fc.constantFrom<DocumentFormat>('plain', 'markdown');
const bodies = fc.constantFrom(
  'On March 3, 2026 our packer shipped all 14 late orders.',
  'Our stock count was wrong from March 1 to March 9, 2026.',
  '• Every Monday our lead checks 20 orders.',
  '- We refunded 14 buyers on March 4, 2026.',
  'We did not check the expiry dates of 3 lots.',
);

describe('section reader (generated)', () => {
  it('reads every real label form as its part, in any case, closing, numbering, wrapper and format', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...forms),
        letterCase,
        numbering,
        closing,
        wrapper,
        fc.boolean(),
        format,
        bodies,
        (entry, cased, number, end, [open, close], wrapOutside, fmt, body) => {
          const punctuation = end === '?' && !isQuestion(bare(entry.form)) ? ':' : end;
          const words = cased(bare(entry.form)) + (close === ':**' ? '' : punctuation);
          const line = wrapOutside || open === '## ' ? `${open}${number}${words}${close}` : `${number}${open}${words}${close}`;
          count('label variants tried');
          const sections = parsePlanOfAction(`${line}\n${body}\n`, { format: fmt }).sections;
          assert.equal(sections.length, 1, `${JSON.stringify(line)} in ${fmt}: ${sections.length} sections`);
          assert.ok(
            sections[0].kinds.includes(entry.kind),
            `${JSON.stringify(line)} in ${fmt} read as ${sections[0].kinds.join('+') || sections[0].kind}`,
          );
        },
      ),
      { numRuns: runs(3000) },
    );
  });

  const subjects = fc.constantFrom(
    'We',
    'I',
    'Our team',
    'Our warehouse lead',
    'The carrier',
    'Our packer',
    'They',
    'After that we',
    'In March we',
    'As a result, we',
  );
  const verbs = fc.constantFrom(
    'identified',
    'found',
    'fixed',
    'reviewed',
    'traced',
    'have analysed',
    'removed',
    'will review',
    'have checked',
    'did not check',
    'are now preventing',
    'will prevent',
    'explained',
  );
  const objects = fc.constantFrom(
    'the root cause',
    'the root causes of the late shipments',
    'our corrective actions',
    'the preventive measures',
    'the reason for the delay',
    'what went wrong',
    'why it happened',
    'the actions taken so far',
    'the steps to prevent a recurrence',
    'the cause of the problem',
    'the immediate actions',
  );
  const tails = fc.constantFrom(
    '',
    ' on March 3, 2026',
    ' within 48 hours',
    ' every Monday',
    ' so it will not happen again',
    ' before publishing',
    ' with our supplier',
  );
  const statements = fc.oneof(
    fc.tuple(subjects, verbs, objects, tails).map(([s, v, o, t]) => `${s} ${v} ${o}${t}.`),
    fc
      .tuple(
        fc.constantFrom(
          'The root cause',
          'Root cause of the delay',
          'The main reason',
          'Our corrective action',
          'Preventive measures',
          'The immediate action',
        ),
        fc.constantFrom('was', 'is', 'were', 'will be', 'has been'),
        fc.constantFrom(
          'a missed pickup',
          'that our packer missed the 2 PM pickup',
          'in place since March 2026',
          'the retraining of all 6 packers',
        ),
      )
      .map(([s, v, c]) => `${s} ${v} ${c}.`),
    fc
      .tuple(
        objects,
        fc.constantFrom('were', 'are', 'have been'),
        fc.constantFrom('reviewed by our manager', 'shared with all staff', 'documented in our log'),
      )
      .map(([o, v, c]) => `${o.charAt(0).toUpperCase()}${o.slice(1)} ${v} ${c}.`),
  );

  it('reads no sentence of a body as a label, however it mentions a root cause, an action or prevention', () => {
    fc.assert(
      fc.property(statements, format, bodies, fc.boolean(), (sentence, fmt, body, inSection) => {
        count('body sentences tried');
        const before = inSection ? 'Root cause:\nOur packer missed the pickup on March 2, 2026.\n' : 'Dear Seller Performance Team,\n\n';
        const sections = parsePlanOfAction(`${before}${sentence}\n${body}\n`, { format: fmt }).sections;
        assert.equal(sections.length, inSection ? 1 : 0, `${JSON.stringify(sentence)} in ${fmt} read as a label`);
      }),
      { numRuns: runs(3000) },
    );
  });
});
