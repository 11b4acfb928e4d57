import assert from 'node:assert/strict';
import type { PlanFiles } from '../server/src/common/plan-files';
import type { LintOptions } from '../server/src/engine/linter';
import { noticeTypes } from '../server/src/words/en/notice';
import { policyPacks } from '../server/src/words/en/policy';
import { lint } from './support/lint';

/** Files beside a plan, in memory: path to text; the text `other` stands for a folder or a FIFO. */
export function memoryFiles(files: Record<string, string>): PlanFiles {
  return {
    kind: (path) => (files[path] === undefined ? 'missing' : files[path] === 'other' ? 'other' : 'file'),
    readText: (path) => (files[path] === undefined || files[path] === 'other' ? undefined : files[path]),
    list: () => Object.keys(files).filter((path) => files[path] !== 'other' && !path.includes('/')),
    uriOf: (path) => `file:///plans/${path}`,
  };
}

const findingsOf = (text: string, ruleId: string, options: LintOptions = {}) =>
  lint(text, options).findings.filter((finding) => finding.ruleId === ruleId);

const trademarkNotice = [
  '```notification',
  'Brand : Kettlewise',
  'ASIN: B0KTL00001 Title : Kettle',
  'ASIN: B0KTL00002 Title : Jug',
  '```',
  '',
];

describe('notice-coverage', () => {
  const plan = [
    ...trademarkNotice,
    '## Root cause',
    '',
    'We listed Kettlewise items without a letter of authorisation.',
    '',
    '## Actions taken',
    '',
    '- On March 3, 2026 we deleted the listing of B0KTL00001.',
    '',
  ].join('\n');

  it('sits on the unanswered ASIN inside the notice, and its fix adds a line for it at the end of the actions taken', () => {
    const [finding, ...rest] = findingsOf(plan, 'notice-coverage');
    assert.equal(rest.length, 0);
    assert.equal(plan.slice(finding.start, finding.end), 'B0KTL00002');
    const [fix] = finding.fixes;
    assert.equal(fix.title, 'Add B0KTL00002 to the actions taken');
    assert.ok(!fix.preferred, 'fix-all never adds it: the seller must say what was done');
    const [edit] = fix.edits;
    const fixed = plan.slice(0, edit.start) + edit.newText + plan.slice(edit.end);
    assert.match(fixed, /B0KTL00001\.\n- B0KTL00002: \[what you found and did about this ASIN, and when\]\n/);
    assert.ok(edit.start > plan.indexOf('## Actions taken'), 'the notice is left as it is');
    assert.deepEqual(findingsOf(fixed, 'notice-coverage'), []);
  });

  it("reads the sidecar beside the plan, or the notice the host gives, and points at the plan's first line", () => {
    const body = plan.slice(plan.indexOf('## Root cause'));
    const files = memoryFiles({ 'draft.notification.txt': 'ASIN: B0KTL00001 ASIN: B0KTL00002' });
    const [fromSidecar] = findingsOf(body, 'notice-coverage', { sources: { path: 'draft.poa.md', files } });
    assert.match(fromSidecar.message, /^ASIN B0KTL00002 of the notice \(in draft\.notification\.txt\) appears nowhere/);
    assert.equal(fromSidecar.range.start.line, 0);
    const given = { text: 'ASIN: B0KTL00003', file: 'notice.txt' };
    const fromHost = findingsOf(body, 'notice-coverage', { sources: { path: 'draft.poa.md', files, notification: given } });
    assert.deepEqual(
      fromHost.map((finding) => finding.message.split(' ')[1]),
      ['B0KTL00003'],
    );
  });

  it('says nothing without a notice, and nothing of a sidecar that is a folder or a FIFO', () => {
    const body = plan.slice(plan.indexOf('## Root cause'));
    assert.deepEqual(findingsOf(body, 'notice-coverage'), []);
    const files = memoryFiles({ 'draft.notification.txt': 'other' });
    assert.deepEqual(findingsOf(body, 'notice-coverage', { sources: { path: 'draft.poa.md', files } }), []);
  });

  it('counts an ASIN typed in lower case as named, and leaves its capitals to malformed-id: one finding, not two', () => {
    const text = plan.replace('We listed Kettlewise items', 'We listed Kettlewise items (b0ktl00002 too)');
    const ids = lint(text).findings.filter((f) => f.ruleId === 'notice-coverage' || f.ruleId === 'malformed-id');
    assert.deepEqual(
      ids.map((f) => f.ruleId),
      ['malformed-id'],
    );
  });

  it('counts an ID the seller wrote in a table, in code or in a quote, but not one only in a comment or the front matter', () => {
    const base = [...trademarkNotice, '## Actions taken', '', '- On March 3, 2026 we deleted B0KTL00001.', ''].join('\n');
    assert.equal(findingsOf(`${base}\n| ASIN |\n|---|\n| \`B0KTL00002\` |\n`, 'notice-coverage').length, 0);
    assert.equal(findingsOf(`${base}\n<!-- B0KTL00002 -->\n`, 'notice-coverage').length, 1);
  });
});

describe('notice-coverage of a performance notice', () => {
  const metricFinding = (notice: string, rootCause: string) =>
    findingsOf(
      `\`\`\`notification\n${notice}\n\`\`\`\n\nRoot cause:\n${rootCause}\n\nActions taken:\n• On May 2, 2026 we refunded all 14 buyers.\n`,
      'notice-coverage',
      { format: 'plain' },
    );
  const odr = 'Your seller account has been deactivated because your Order Defect Rate is above our target of 1%.';
  const lsr = 'Your Late Shipment Rate is 9%, above our target of 4%.';

  it('is answered by a root cause that names what the metric counts: the defects, the orders shipped late', () => {
    assert.deepEqual(
      metricFinding(odr, '• 9 negative feedbacks and 3 A-to-z claims in April 2026 were about kettles that arrived dented.'),
      [],
    );
    assert.deepEqual(metricFinding(lsr, '• 31 orders were confirmed 2 days after the expected ship date because our packer was away.'), []);
  });

  it('still asks a root cause that names neither the metric nor what it counts', () => {
    assert.equal(metricFinding(odr, '• Our packer used thin boxes in April 2026.').length, 1);
    assert.equal(metricFinding(lsr, '• Our packer was away in April 2026.').length, 1);
  });
});

describe('rejection-point', () => {
  const plan = (prevention: string) =>
    [
      '---',
      'previous: v1.poa.md',
      '---',
      '```rejection',
      '-- Greater detail on the steps you have taken to prevent the late shipments going forward',
      '```',
      '## Preventive measures',
      '',
      prevention,
      '',
    ].join('\n');
  const measures =
    '- Since March 4, 2026 our operations manager checks the Late Shipment Rate every Monday and adds a packer when it is above 2%.\n' +
    '- Since March 5, 2026 our operations manager confirms each shipment in Seller Central before 6 PM on its expected ship date.';
  const previous = memoryFiles({ 'v1.poa.md': `## Preventive measures\n\n${measures}\n` });

  it('flags a part that is the rejected version again, and names that version', () => {
    const [finding] = findingsOf(plan(measures), 'rejection-point', { sources: { path: 'v2.poa.md', files: previous } });
    assert.match(finding.message, /says nothing new since v1\.poa\.md, the version it rejected/);
    assert.match(plan(measures).slice(finding.start, finding.end), /^Greater detail on the steps/);
  });

  it('is answered by new sentences, and says nothing of the previous version without a file system', () => {
    const added =
      `${measures}\n` +
      "- Since March 6, 2026 both packers print labels from one checklist, so either covers the other's orders on any day.";
    assert.deepEqual(findingsOf(plan(added), 'rejection-point', { sources: { path: 'v2.poa.md', files: previous } }), []);
    assert.deepEqual(findingsOf(plan(measures), 'rejection-point'), []);
  });
});

describe('policy packs and policy-topic', () => {
  it('has a pack for every notice type, each topic with a reason, mentions that compile, and a source', () => {
    for (const type of noticeTypes) {
      const pack = policyPacks[type];
      assert.equal(pack.type, type);
      assert.ok(pack.topics.length > 0, type);
      assert.equal(new Set(pack.topics.map((topic) => topic.id)).size, pack.topics.length, `${type}: topic ids are unique`);
      for (const topic of pack.topics) {
        assert.ok(topic.why.length > 20 && topic.topic.length > 5, `${type}/${topic.id}`);
        for (const mention of topic.mentions) new RegExp(mention, 'iu');
        assert.ok(topic.sources.length > 0, `${type}/${topic.id} cites a source`);
        for (const source of topic.sources) assert.match(source, /^(?:https:\/\/sellercentral\.amazon\.com\/|DOMAIN\.md )/);
      }
    }
  });

  const plan = (head: string) =>
    `${head}## Root cause\n\nWe listed two knife sets without checking the rules for blades.\n\n` +
    '## Actions taken\n\n- On March 3, 2026 we set their stock to zero.\n';

  it('reads issue: in front matter after a byte order mark, with any line ends (old Mac files end lines with CR alone)', () => {
    const head = '---\nissue: restricted products\n---\n';
    const expected = findingsOf(plan(head), 'policy-topic').map((f) => f.message);
    assert.ok(expected.length > 0);
    for (const end of ['\r\n', '\r']) {
      const text = `\uFEFF${plan(head).replace(/\n/g, end)}`;
      assert.deepEqual(
        findingsOf(text, 'policy-topic').map((f) => f.message),
        expected,
        JSON.stringify(end),
      );
    }
  });

  it('reads no front matter in plain text, with a byte order mark or without', () => {
    const text = plan('---\nissue: restricted products\n---\n');
    assert.deepEqual(findingsOf(text, 'policy-topic', { format: 'plain' }), []);
    assert.deepEqual(findingsOf(`\uFEFF${text}`, 'policy-topic', { format: 'plain' }), []);
  });

  it('names a missing topic only when the type is known: from issue:, or from the notice', () => {
    assert.deepEqual(findingsOf(plan(''), 'policy-topic'), []);
    const fromIssue = findingsOf(plan('---\nissue: restricted products\n---\n'), 'policy-topic');
    assert.ok(fromIssue.some((finding) => /every restricted listing deleted, not only set out of stock/.test(finding.message)));
    assert.ok(
      fromIssue.every((finding) => finding.range.start.line === 1),
      'on the issue: line',
    );
    const fromNotice = findingsOf(plan('```notification\nThese listings violate our Restricted Products policy.\n```\n'), 'policy-topic');
    assert.deepEqual(
      fromNotice.map((finding) => finding.message),
      fromIssue.map((finding) => finding.message),
    );
    assert.deepEqual(findingsOf(plan('---\nissue: something else\n---\n'), 'policy-topic'), [], 'an issue: name not known says nothing');
  });
});

describe('policy-topic reads the words a seller uses for a topic', () => {
  const topicsOf = (notice: string, plan: string) =>
    findingsOf(`\`\`\`notification\n${notice}\n\`\`\`\n\n${plan}`, 'policy-topic', { format: 'plain' }).map((f) => f.message);

  it('counts cartons as packaging in an ODR plan, and returned units and relisting as Used in a condition plan', () => {
    const odr = topicsOf(
      'Your Order Defect Rate is above our target of 1%.',
      'Root cause:\n• 9 negative feedbacks in April 2026 were about dented kettles.\n\nActions' +
        ' taken:\n• On May 2, 2026 we moved all 420 kettles to double-wall cartons.\n',
    );
    assert.ok(!odr.some((m) => /packaging, carrier or listing changes/.test(m)), odr.join('\n'));
    const condition = topicsOf(
      'We received complaints that items sold as new were used. Used sold as new.',
      'Root cause:\n• Our clerk put returned headphones back on the shelf with new' +
        ' stock.\n\nActions taken:\n• On May 2, 2026 we relisted 9 opened units as Used.\n',
    );
    assert.ok(condition.length > 0, 'the condition pack applies');
    assert.ok(!condition.some((m) => /where the units come from|how each unit is listed/.test(m)), condition.join('\n'));
  });
});

describe('evidence', () => {
  const plan =
    '## Actions taken\n\n- On March 3, 2026 we sent the invoices.\n\nAttachment 1: invoice-2026-03.pdf\nAttachment 2: contract.docx\n' +
    'See https://example.com/terms.pdf for the terms.\n';

  it('says nothing without a file system (a web editor, standard input)', () => {
    assert.deepEqual(findingsOf(plan, 'evidence'), []);
  });

  it('flags a named attachment that is not beside the plan and one of a type Amazon refuses, never a web address', () => {
    const found = findingsOf(plan, 'evidence', { sources: { path: 'plan.poa.md', files: memoryFiles({}) } });
    assert.deepEqual(
      found.map((finding) => plan.slice(finding.start, finding.end)),
      ['invoice-2026-03.pdf', 'contract.docx'],
    );
    const beside = memoryFiles({ 'invoice-2026-03.pdf': '%PDF' });
    assert.deepEqual(
      findingsOf(plan, 'evidence', { sources: { path: 'plan.poa.md', files: beside } }).map((finding) =>
        plan.slice(finding.start, finding.end),
      ),
      ['contract.docx'],
    );
  });

  it('reads "see the attached invoices" as naming attachments: some PDF or picture must be beside the plan', () => {
    const text = '## Actions taken\n\n- On March 3, 2026 we refunded 14 buyers; see the attached invoices.\n';
    assert.equal(findingsOf(text, 'evidence', { sources: { path: 'plan.poa.md', files: memoryFiles({}) } }).length, 1);
    const beside = memoryFiles({ 'scan.png': 'png' });
    assert.deepEqual(findingsOf(text, 'evidence', { sources: { path: 'plan.poa.md', files: beside } }), []);
  });
});
