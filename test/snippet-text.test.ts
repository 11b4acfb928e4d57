import assert from 'node:assert/strict';
import { snippetToText } from '../server/src/lsp/snippet-text';

/** What a client without snippets inserts for a SMART fix or the template. */
describe('snippets as plain text', () => {
  it('keeps each placeholder as the blank to fill and drops the tab stops', () => {
    assert.equal(snippetToText('On ${1:[date]} ${2:[who]} ${3:[did what, how much]}$0'), 'On [date] [who] [did what, how much]');
  });

  it('gives a choice its first option and a mirror its placeholder, even a mirror written first', () => {
    assert.equal(snippetToText(' ${1|starting,by,every|} ${2:[date or day]}'), ' starting [date or day]');
    assert.equal(snippetToText('the $2 of ${1:us}: ${2:late shipment rate}'), 'the late shipment rate of us: late shipment rate');
  });

  it('unescapes \\$, \\} and \\\\, and leaves a lone $ as text', () => {
    assert.equal(snippetToText('cost \\$5 \\} \\\\ and $ alone'), 'cost $5 } \\ and $ alone');
  });

  it('gives a variable its default, or nothing', () => {
    assert.equal(snippetToText('${TM_FILENAME:plan} ${CLIPBOARD}|'), 'plan |');
  });
});
