import assert from 'node:assert/strict';
import { parsePlanOfAction } from '../server/src/engine/parse';
import { lint } from './support/lint';
import type { DocumentFormat } from '../server/src/engine/model';
import type { MainSectionKind } from '../server/src/common/settings';
import { realLabelForms } from './support/label-forms';

const formats: DocumentFormat[] = ['plain', 'markdown'];
const body = 'On March 3, 2026 our packer shipped 14 orders after the 2 PM pickup.';

function firstSection(text: string, format: DocumentFormat) {
  return parsePlanOfAction(text, { format }).sections[0];
}

describe('section labels of real POAs', () => {
  for (const [kind, forms] of Object.entries(realLabelForms) as [MainSectionKind, string[]][]) {
    for (const form of forms) {
      for (const format of formats) {
        it(`reads ${JSON.stringify(form)} as ${kind} in ${format}, with a body line after it`, () => {
          const section = firstSection(`${form}\n${body}\n`, format);
          assert.ok(section, 'no section read');
          assert.ok(section.kinds.includes(kind), `read as ${section.kinds.join('+') || section.kind}`);
          assert.ok(!section.guessed, 'read only as a guess');
          // The body is the section's, not part of its label.
          assert.ok(section.label.end <= form.length + 1 && section.body.end > section.label.end);
        });
      }
    }
  }
});

describe('section reader', () => {
  const kindsOf = (text: string, format: DocumentFormat = 'plain') =>
    parsePlanOfAction(text, { format }).sections.map((s) => s.kinds.join('+') || 'other');

  it('reads a label that merges actions and prevention as both parts, so neither is reported missing', () => {
    const text = [
      'Root cause:',
      'Our packer missed the 2 PM pickup on March 2, 2026.',
      '',
      'Corrective actions we have taken to prevent future complaints',
      '• On March 3, 2026 we moved the pickup to 4 PM.',
      '• Every Monday our lead will check 20 orders.',
      '',
    ].join('\n');
    assert.deepEqual(kindsOf(text), ['root-cause', 'actions-taken+preventive-measures']);
    const ids = lint(text, { format: 'plain' }).findings.map((f) => f.ruleId);
    assert.ok(!ids.some((id) => id.startsWith('missing-')), ids.join(', '));
  });

  it('judges a promise under a merged label as a preventive measure, not as an action not taken', () => {
    const text = [
      'Root cause:',
      'Our packer missed the 2 PM pickup on March 2, 2026.',
      '',
      'Actions taken and preventive measures:',
      '• On March 3, 2026 we moved the pickup to 4 PM.',
      '• Every Monday our lead will check 20 orders.',
      '',
    ].join('\n');
    const poa = parsePlanOfAction(text, { format: 'plain' });
    assert.deepEqual(
      poa.items.filter((i) => i.section.kinds.length > 1).map((i) => i.kind),
      ['actions-taken', 'preventive-measures'],
    );
    assert.ok(!lint(text, { format: 'plain' }).findings.some((f) => f.ruleId === 'actions-not-taken'));
  });

  it('reads a sentence that introduces a list ("The main reasons were:") as a guessed part, whose items no timing rule judges', () => {
    const text = [
      'Dear Seller Performance,',
      '',
      'The main reasons for the late orders were the following:',
      '• Our packer missed the 2 PM pickup.',
      '',
      'What we did:',
      '• We retrained our packer.',
      '',
    ].join('\n');
    const poa = parsePlanOfAction(text, { format: 'plain' });
    assert.deepEqual(
      poa.sections.map((s) => [s.kind, s.guessed === true]),
      [
        ['root-cause', true],
        ['actions-taken', false],
      ],
    );
    const ids = lint(text, { format: 'plain' }).findings.map((f) => f.ruleId);
    assert.ok(!ids.includes('missing-root-cause'));
    assert.ok(ids.includes('untimed-action'), 'the labelled part is still judged');
  });

  it('leaves a lead-in sentence as prose where a label already names its part', () => {
    const text = [
      'Root cause:',
      'Our packer missed the 2 PM pickup on March 2, 2026.',
      'The reasons for this were these:',
      '• The pickup time changed.',
      '',
    ].join('\n');
    assert.deepEqual(kindsOf(text), ['root-cause']);
  });

  it('applies an alias to a bare line, a numbered line, a bold line and a line in capitals', () => {
    const aliases = { 'root-cause': ['Lessons learned'] };
    for (const form of ['Lessons learned', '1. Lessons learned', '**Lessons learned**', 'LESSONS LEARNED', 'Lessons learned -']) {
      for (const format of formats) {
        const section = parsePlanOfAction(`${form}\n${body}\n`, { format, aliases }).sections[0];
        assert.equal(section?.kind, 'root-cause', `${form} in ${format}`);
      }
    }
  });

  it('does not read a body sentence that mentions the root cause as a label', () => {
    for (const line of [
      'We identified the root cause of the late shipments.',
      'The root cause was that our packer missed the pickup.',
      'Our root cause analysis showed a gap in training',
      'Going forward we will audit every listing',
      'Preventive measures are in place since March 2026.',
      'Root cause of the delay was the carrier cut-off time',
      'We have taken corrective actions and will prevent this in future.',
    ]) {
      for (const format of formats) assert.deepEqual(kindsOf(`Dear team,\n\n${line}\n${body}\n`, format), [], `${line} in ${format}`);
    }
  });

  it('reads a header field that names the notice ("Issue: Late Shipment Rate") as a field, and the root cause from its own label', () => {
    const text = [
      'Merchant token: A1B2C3D4E5F6G7',
      'Problem: LATE SHIPMENTS',
      '',
      '1. What went wrong:',
      'Our packer missed the 2 PM pickup on March 2, 2026.',
      '',
    ].join('\n');
    for (const format of formats) {
      const root = parsePlanOfAction(text, { format }).sections.filter((s) => s.kinds.includes('root-cause'));
      assert.equal(root.length, 1, format);
      assert.equal(text.slice(root[0].label.start, root[0].label.end), 'What went wrong:', format);
    }
    // The same weak word before a sentence still opens the root cause.
    for (const line of ['Issue: Our packer missed the 2 PM pickup.', 'Problem: two pickups were missed.']) {
      assert.deepEqual(kindsOf(`${line}\n\nActions taken:\n${body}\n`), ['root-cause', 'actions-taken'], line);
    }
  });

  it('reads the label forms sellers type: run in with a dash or as a question, bare numbers, keycaps, Q and A, part plans', () => {
    const plans: Record<string, string[]> = {
      'a dash or an en dash before the first sentence': [
        'Root cause - Our packer missed the 2 PM pickup on 12 days in May 2026 because nobody else was trained.',
        'Actions taken – On June 3, 2026 we trained 2 more staff to confirm orders.',
        'Preventive measures — Since June 4, 2026 our warehouse lead checks all open orders at 1 PM every day.',
      ],
      "Seller Central's questions with the answer on the same line": [
        'What caused the issue? Our packer missed the 2 PM pickup on 12 days in May 2026 because nobody else was trained.',
        'What actions have you taken to resolve the issue? On June 3, 2026 we trained 2 more staff to confirm orders.',
        'What steps have you taken to prevent the issue from happening again? Since June 4, 2026 our lead checks all open orders daily.',
      ],
      'a number with no dot, and a keycap': [
        '1 Root cause',
        'Our packer missed the 2 PM pickup on 12 days in May 2026 because nobody else was trained.',
        '',
        '2️⃣ Actions taken',
        'On June 3, 2026 we trained 2 more staff to confirm orders.',
        '',
        '3 Preventive measures',
        'Since June 4, 2026 our warehouse lead checks all open orders at 1 PM every day.',
      ],
      'labels in square brackets': [
        '[ROOT CAUSE]',
        'Our packer missed the 2 PM pickup on 12 days in May 2026 because nobody else was trained.',
        '',
        '[Actions taken]',
        '• On June 3, 2026 we trained 2 more staff to confirm orders.',
        '',
        '[PREVENTIVE MEASURES]',
        '• Since June 4, 2026 our warehouse lead checks all open orders at 1 PM every day.',
      ],
      'questions and answers': [
        'Q: What caused the issue?',
        'A: Our packer missed the 2 PM pickup on 12 days in May 2026 because nobody else was trained.',
        '',
        'Q: What actions have you taken?',
        'A: On June 3, 2026 we trained 2 more staff to confirm orders.',
        '',
        'Q: What will you do so this does not happen again?',
        'A: Since June 4, 2026 our warehouse lead checks all open orders at 1 PM every day.',
      ],
      'an action plan of each part, short-term and long-term': [
        'Rootcause:',
        'Our packer missed the 2 PM pickup on 12 days in May 2026 because nobody else was trained.',
        '',
        'Short-term corrective action plan:',
        '• On June 3, 2026 we trained 2 more staff to confirm orders.',
        '',
        'Long-term actions:',
        '• Since June 4, 2026 our warehouse lead checks all open orders at 1 PM every day.',
      ],
    };
    for (const [form, lines] of Object.entries(plans)) {
      for (const format of formats) {
        const text = `${lines.join('\n')}\n`;
        assert.deepEqual(kindsOf(text, format), ['root-cause', 'actions-taken', 'preventive-measures'], `${form} in ${format}`);
        const ids = lint(text, { format }).findings.map((f) => f.ruleId);
        const wrong = ids.filter((id) => id.startsWith('missing-') || id === 'question-to-reviewer' || id === 'placeholder');
        assert.deepEqual(wrong, [], `${form} in ${format}`);
      }
    }
  });

  it('reads the heading of each of several problems as a part of its own, not as a measure of the problem before it', () => {
    const text = [
      'Issue 1 - Late dispatch',
      'Root cause: Our packer missed the 2 PM pickup on 12 days in May 2026.',
      'Action taken: On June 3, 2026 we trained 2 more staff to confirm orders.',
      'Prevention: Since June 4, 2026 our warehouse lead checks all open orders at 1 PM every day.',
      '',
      'Issue #2: Missing tracking',
      'Root cause: We typed tracking numbers by hand and 9 had a wrong digit in May 2026.',
      'Action taken: On June 3, 2026 we switched all orders to Buy Shipping.',
      'Prevention: Every Friday our office manager checks 20 random orders for valid tracking.',
      '',
    ].join('\n');
    for (const format of formats) {
      assert.deepEqual(
        kindsOf(text, format),
        ['other', 'root-cause', 'actions-taken', 'preventive-measures', 'other', 'root-cause', 'actions-taken', 'preventive-measures'],
        format,
      );
      assert.deepEqual(
        lint(text, { format }).findings.map((f) => f.ruleId),
        [],
        format,
      );
    }
    // A problem's own sentence after the number is not a heading that would hide it.
    assert.notDeepEqual(kindsOf('Issue 1: Our packer missed the pickup on 12 days in May 2026.\n'), ['other']);
  });

  it('reads other names sellers give the parts', () => {
    const forms: [MainSectionKind, string][] = [
      ['root-cause', 'RCA:'],
      ['actions-taken', 'Actions performed:'],
      ['actions-taken', 'Solution:'],
      ['actions-taken', 'Remedy:'],
      ['preventive-measures', 'Quality control measures:'],
      ['preventive-measures', 'Policy changes:'],
      ['preventive-measures', 'Steps to ensure compliance:'],
      ['preventive-measures', 'Systemic changes:'],
      ['preventive-measures', 'New procedures:'],
    ];
    for (const [kind, form] of forms) {
      for (const format of formats) assert.deepEqual(firstSection(`${form}\n${body}\n`, format)?.kinds, [kind], `${form} in ${format}`);
    }
  });

  it('reads a label shaped as a heading with a full stop, with its body on the very next line', () => {
    for (const [form, kind] of [
      ['How we will make sure this does not happen again.', 'preventive-measures'],
      ['Actions we took to fix the problem.', 'actions-taken'],
    ] as const) {
      for (const format of formats) assert.deepEqual(firstSection(`${form}\n${body}\n`, format)?.kinds, [kind], `${form} in ${format}`);
    }
  });

  it('still reports a placeholder inside a heading; only a label that is wholly in brackets is no slot', () => {
    const text = '## Actions taken\n\n### On [Date]\n\n- We refunded 14 buyers.\n';
    assert.ok(lint(text).findings.some((f) => f.ruleId === 'placeholder' && text.slice(f.start, f.end) === '[Date]'));
  });

  it('keeps a dash or a question inside a sentence as prose', () => {
    for (const line of [
      'Our packer - who was new - missed the pickup on 12 days.',
      'The root cause - as we found out later - was a missed scan.',
      'How did it happen? Our packer missed the pickup on 12 days.',
      '12 Orders shipped late in May 2026.',
    ]) {
      for (const format of formats) assert.deepEqual(kindsOf(`Dear team,\n\n${line}\n`, format), [], `${line} in ${format}`);
    }
  });

  it('does not read a wrapped line of a pasted PDF as a label', () => {
    const text =
      'Our staff did not know that the rules for the packaging of orders shipped from the\nroot cause\nof every complaint we had.\n';
    assert.deepEqual(kindsOf(text), []);
  });
});

describe('letter-style POAs', () => {
  const letter = [
    'Dear Seller Performance Team,',
    '',
    'Our late orders happened because our only packer was off sick from May 4 to May 8, 2026. We did not train a second person.',
    '',
    'Actions taken:',
    '• On May 9, 2026 we trained 2 more staff members to pack orders.',
    '',
    'Preventive measures:',
    '• Every Friday our manager checks that 3 staff members can pack orders.',
    '',
  ].join('\n');
  const rootCauseFinding = (text: string) => lint(text, { format: 'plain' }).findings.find((f) => f.ruleId === 'missing-root-cause');

  it('points the missing root cause at the paragraph that reads like one, and labels it there', () => {
    const finding = rootCauseFinding(letter);
    assert.ok(finding);
    assert.equal(
      finding.message,
      "No labelled root cause: the paragraph at line 3 reads like one. Label it 'Root cause:' so the reviewer finds it.",
    );
    assert.equal(finding.range.start.line, 2);
    const [edit] = finding.fixes[0].edits;
    const fixed = letter.slice(0, edit.start) + edit.newText + letter.slice(edit.end);
    assert.equal(fixed, letter.replace('Our late orders', 'Root cause:\nOur late orders'));
    assert.equal(rootCauseFinding(fixed), undefined);
  });

  it('points at a cause told in one plain sentence: "The root cause was …", "We found that …"', () => {
    for (const cause of [
      'The root cause was that our assistant put a card offering a gift for a 5-star review in 900 parcels in August 2026.',
      'We found that our assistant put a card offering a gift for a 5-star review in 900 parcels, and we did not check it.',
    ]) {
      const finding = rootCauseFinding(letter.replace(/^Our late orders.*$/m, cause));
      assert.match(finding?.message ?? '', /^No labelled root cause: the paragraph at line 3 reads like one/, cause);
    }
  });

  it('names a label with a slip in its key word and offers to mend it', () => {
    const finding = rootCauseFinding(`Root cuase:\n${letter.split('\n').slice(2).join('\n')}`);
    assert.ok(finding);
    assert.match(finding.message, /label at line 1 looks like one, but 'cuase' is not a word the reader knows\. Write 'cause'\./);
    assert.equal(finding.fixes[0].edits[0].newText, 'cause');
  });

  it('keeps the message of a plan where nothing reads like the part', () => {
    const finding = rootCauseFinding(letter.replace(/^Our late orders.*$/m, 'We are sorry for the late orders.'));
    assert.match(finding?.message ?? '', /^No root cause section: Amazon asks first why the problem happened/);
    assert.equal(finding?.range.start.line, 0);
  });
});
