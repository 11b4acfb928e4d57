import assert from 'node:assert/strict';
import { parsePlanOfAction } from '../server/src/engine/parse';

describe('the model', () => {
  it("says why each hidden span is not the seller's voice: a quoted notice, a notification block, a comment, front matter, a URL", () => {
    const text = [
      '---',
      'issue: inauthentic',
      '---',
      '',
      '> Your account has been deactivated.',
      '',
      '```notification',
      'ASIN: B0ABCDEFGH',
      '```',
      '',
      '<!-- a note to myself -->',
      '',
      'See [our invoice](https://example.com/invoice.pdf) and `code`.',
      '',
    ].join('\n');
    const poa = parsePlanOfAction(text, { format: 'markdown' });
    const reasonOf = (needle: string) => {
      const at = text.indexOf(needle);
      return poa.hidden.find((span) => span.start <= at && at < span.end);
    };
    assert.equal(reasonOf('issue:')?.reason, 'frontmatter');
    assert.equal(reasonOf('Your account')?.reason, 'quote');
    assert.deepEqual([reasonOf('ASIN:')?.reason, reasonOf('ASIN:')?.info], ['code', 'notification']);
    assert.equal(reasonOf('a note')?.reason, 'comment');
    assert.equal(reasonOf('https://')?.reason, 'url');
    assert.equal(reasonOf('code`')?.reason, 'code');
    assert.equal(reasonOf('our invoice'), undefined, 'the link text is the seller voice');
  });

  it('reads the same reasons in pasted plain text', () => {
    const text = '> Your account has been deactivated.\n<!-- note -->\nSee https://example.com/a.pdf today.\n';
    const poa = parsePlanOfAction(text, { format: 'plain' });
    const reasons = poa.hidden.map((span) => span.reason).sort();
    assert.deepEqual(reasons, ['comment', 'quote', 'url']);
  });
});
