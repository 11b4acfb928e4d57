import assert from 'node:assert/strict';
import { parsePlanOfAction } from '../server/src/engine/parse';
import { lint } from './support/lint';

type Format = 'markdown' | 'plain';
const formats: Format[] = ['plain', 'markdown'];

const rootCause = 'Our one packer missed the 4 PM pickup on 9 days in May 2026, so 31 FBM orders shipped late.';
const prevention = [
  '• Since 10 June 2026 our owner checks every open order at 2 PM each working day.',
  '• Every Friday our owner compares 10 shipped orders with the pickup log.',
];

/** A plan with these lines under actions taken and under preventive measures, labels as either format writes them. */
function plan(format: Format, actions: string[], measures: string[] = prevention): string {
  const label = (name: string) => (format === 'markdown' ? `## ${name}` : `${name}:`);
  return [label('Root cause'), rootCause, '', label('Actions taken'), ...actions, '', label('Preventive measures'), ...measures, ''].join(
    '\n',
  );
}

/** What each rule reports, as the text it points at. */
function found(text: string, format: Format, ruleIds: string[]): string[] {
  return lint(text, { format })
    .findings.filter((f) => ruleIds.includes(f.ruleId))
    .map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
}

const smart = ['untimed-action', 'unmeasurable-action', 'no-owner'];

describe('action items', () => {
  describe('a list item goes on over the unmarked lines that go on with it', () => {
    for (const format of formats) {
      it(`reads a bullet line wrapped mid-sentence with its second line, in ${format}`, () => {
        const text = plan(format, ['• Our owner handed the pickup of all', '31 FBM orders to a later carrier on 10 June 2026.']);
        assert.deepEqual(found(text, format, smart), []);
      });

      it(`reads a line that goes on in lower case after a full stop with the item, in ${format}`, () => {
        const text = plan(format, ['• On 10 June 2026 we trained 2 office staff on fragile goods, e.g.', 'glass and china.']);
        assert.deepEqual(found(text, format, smart), []);
        const items = parsePlanOfAction(text, { format }).items.map((item) => item.text.replace(/\s+/g, ' '));
        assert.ok(items.includes('On 10 June 2026 we trained 2 office staff on fragile goods, e.g. glass and china.'), items.join('\n'));
      });

      it(`keeps a new sentence after a finished item out of it, so the item still needs its date, in ${format}`, () => {
        const text = plan(format, ['• We refunded all 31 buyers in full.', 'On 10 June 2026 our owner moved the pickup to 4 PM.']);
        assert.deepEqual(found(text, format, ['untimed-action']), ['untimed-action: We refunded all 31 buyers in full.']);
      });
    }

    it('reads a numbered topic line in plain text with the sentence under it, as Markdown does', () => {
      for (const format of formats) {
        const text = plan(format, ['1. Cover', 'On 10 June 2026 our owner trained 2 office staff to pack and confirm orders.']);
        assert.deepEqual(found(text, format, smart), [], format);
      }
    });

    it('leaves a label and a sign-off after an item with no full stop out of the item', () => {
      const text = [
        'Root cause:',
        rootCause,
        '',
        'Actions taken:',
        '• On 10 June 2026 our owner moved the pickup to 4 PM for all 31 FBM orders',
        'Preventive measures:',
        '• Since 10 June 2026 our owner checks every open order at 2 PM each working day',
        'Regards,',
        'The owner',
      ].join('\n');
      const poa = parsePlanOfAction(text, { format: 'plain' });
      assert.deepEqual(
        poa.items.filter((item) => item.source === 'list-item').map((item) => item.text),
        [
          'On 10 June 2026 our owner moved the pickup to 4 PM for all 31 FBM orders',
          'Since 10 June 2026 our owner checks every open order at 2 PM each working day',
        ],
      );
      assert.deepEqual(found(text, 'plain', ['missing-preventive-measures']), []);
    });
  });

  describe("the letter's closing holds no action item", () => {
    const measures = ['Since 10 June 2026 our owner checks every open order at 2 PM each working day.'];
    for (const format of formats) {
      it(`does not ask the closing paragraph for a date, in ${format}`, () => {
        const text = plan(
          format,
          ['• On 10 June 2026 our owner moved the pickup to 4 PM.'],
          [...measures, '', 'We look forward to selling on Amazon again.', 'We request you to reinstate our account.'],
        );
        assert.deepEqual(found(text, format, smart), []);
      });

      it(`still asks a measure before the closing for its date, in ${format}`, () => {
        const text = plan(
          format,
          ['• On 10 June 2026 our owner moved the pickup to 4 PM.'],
          ['Our owner checks every open order.', '', 'Thank you for reading our plan. Please reactivate our selling privileges.'],
        );
        assert.deepEqual(found(text, format, ['untimed-action']), ['untimed-action: Our owner checks every open order.']);
      });
    }
  });

  describe('what is said to the reviewer is not an action item', () => {
    for (const format of formats) {
      it(`gives a question and a support case under actions taken question-to-reviewer's findings only, in ${format}`, () => {
        const text = plan(format, [
          'On 10 June 2026 our owner moved the pickup to 4 PM.',
          'Can you tell us what else we should change? Our support case 5566778899 has the details.',
        ]);
        assert.deepEqual(found(text, format, [...smart, 'prefer-bullets']), []);
        assert.equal(found(text, format, ['question-to-reviewer']).length, 2);
      });
    }
  });

  describe('prefer-bullets', () => {
    const actions = [
      'On 10 June 2026 we refunded all 31 buyers.',
      'On 10 June 2026 our owner moved the pickup to 4 PM.',
      'On 11 June 2026 we trained 2 office staff to pack orders.',
    ];
    for (const format of formats) {
      it(`leaves alone sentences that each start their own line, in ${format}`, () => {
        assert.deepEqual(found(plan(format, actions), format, ['prefer-bullets']), []);
      });

      it(`still asks for a list where the sentences run on in one line, in ${format}`, () => {
        assert.equal(found(plan(format, [actions.join(' ')]), format, ['prefer-bullets']).length, 1);
      });
    }
  });

  describe('actions-not-taken: a promise with a describing "-ed" word', () => {
    const promises = [
      'We will throw away our old dented stock.',
      'We are going to brief our staff on the restricted products rules.',
      'We are planning to hire 2 more packers.',
      'We plan on adding a second pickup.',
      'Our old damaged boxes will be replaced.',
    ];
    for (const format of formats) {
      it(`reports each as a promise, and untimed-action does not ask it for a past date, in ${format}`, () => {
        const text = plan(
          format,
          promises.map((p) => `• ${p}`),
        );
        const findings = found(text, format, ['actions-not-taken', ...smart]);
        assert.deepEqual(
          findings,
          promises.map((p) => `actions-not-taken: ${p}`),
        );
      });
    }

    it('leaves alone an item that reports what was done before what comes next', () => {
      const text = plan('plain', ['• On 10 June 2026 we refunded all 31 buyers and will reship their orders by 14 June 2026.']);
      assert.deepEqual(found(text, 'plain', ['actions-not-taken']), []);
    });
  });

  describe('untimed-action: a measure that says when it runs', () => {
    const measures = [
      '• Our owner asks each new carrier for 2 references before the first pickup.',
      '• Our owner reviews all 3 shipping metrics every 3rd day.',
      '• Our shipping tool marks all 31 daily orders as shipped in real time.',
      '• Our owner checks 5 packed orders every second week.',
    ];
    for (const format of formats) {
      it(`reads the first of a series, an ordinal frequency and real time as when it runs, in ${format}`, () => {
        assert.deepEqual(found(plan(format, ['• On 10 June 2026 our owner moved the pickup to 4 PM.'], measures), format, smart), []);
      });
    }

    it('still asks an action taken before the first pickup for its date', () => {
      const text = plan('plain', ['• Our owner asked the new carrier for 2 references before the first pickup.']);
      assert.equal(found(text, 'plain', ['untimed-action']).length, 1);
    });
  });
});
