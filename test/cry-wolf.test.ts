import assert from 'node:assert/strict';
import { lint } from './support/lint';

/**
 * A linter that cries wolf gets switched off. These are the look-alikes each
 * rule must leave alone, beside one true case so the check is not vacuous.
 */
const frame = (rootCause: string, format: 'markdown' | 'plain' = 'markdown') =>
  format === 'markdown'
    ? [
        '## Root cause',
        rootCause,
        '',
        '## Actions taken',
        '- On March 15, 2026 our operations manager moved the packing shift to 7 AM for all 5 packers.',
        '',
        '## Preventive measures',
        '- Every Monday at 9 AM our operations manager checks the 10 slowest orders.',
        '- Starting March 16, 2026 every order is confirmed within 4 hours of pickup.',
        '',
      ].join('\n')
    : [
        'Root cause:',
        rootCause,
        '',
        'Actions taken:',
        '• On March 15, 2026 our operations manager moved the packing shift to 7 AM for all 5 packers.',
        '',
        'Preventive measures:',
        '• Every Monday at 9 AM our operations manager checks the 10 slowest orders.',
        '• Starting March 16, 2026 every order is confirmed within 4 hours of pickup.',
        '',
      ].join('\n');

function found(text: string, ruleId: string, format: 'markdown' | 'plain' = 'markdown'): string[] {
  return lint(text, { format })
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => text.slice(f.start, f.end));
}

describe('no crying wolf', () => {
  describe('emotional-tone: acronyms are not shouting', () => {
    const acronyms = [
      'Our FBA and FBM orders for ASIN B07XJ8C8F5 (SKU MUG-16, FNSKU X001ABC123) shipped with UPS and USPS before the 2 PM PST cut-off.',
      'Our ODR, LSR, VTR and OTDR stayed in range, our A-to-z claims fell to 0.2% and our AHR is 230.',
      'The IP complaint named our LLC; our CEO, our QA lead and our 3PL read the SOP on the FBA15FWTFL6R shipment.',
      'The UK and USA marketplaces use the same SKU list, and DHL, FedEx and USPS all scan at the dock.',
      'Our team printed labels in CAPS on ASIN B07XJ8C8F5 for the UPS SurePost service.',
    ];
    for (const sentence of acronyms) {
      it(`leaves alone: ${sentence.slice(0, 60)}…`, () => {
        assert.deepEqual(found(frame(sentence), 'emotional-tone'), []);
      });
    }

    it('still flags capitals that shout, and says so', () => {
      assert.deepEqual(found(frame('We did NOT sell fakes. THIS IS NOT OUR FAULT.'), 'emotional-tone'), ['NOT', 'THIS IS NOT OUR FAULT']);
    });

    it('leaves alone NO as an abbreviation of number', () => {
      assert.deepEqual(
        found(frame('Invoice NO. 4471 and NO: 12 cover all 240 units we sold from March 1 to March 14, 2026.'), 'emotional-tone'),
        [],
      );
    });

    it('leaves alone capitals in quotation marks: a label printed on a box', () => {
      assert.deepEqual(found(frame('Our boxes said "FRAGILE – DO NOT DROP" and ‘THIS SIDE UP’ from March 1, 2026.'), 'emotional-tone'), []);
    });

    it('leaves alone capitals named as the wording on a sticker or a carton, without quotation marks', () => {
      for (const sentence of [
        'The 24 units had a NOT FOR RESALE sticker that our packer did not see in March 2026.',
        'The cartons were marked DO NOT STACK, and our packer stacked 40 of them in March 2026.',
      ]) {
        assert.deepEqual(found(frame(sentence), 'emotional-tone'), [], sentence);
      }
      assert.deepEqual(found(frame('We did NOT print a label for the 24 units in March 2026.'), 'emotional-tone'), ['NOT']);
    });

    it('leaves alone a price that was not fair to buyers, and flags a complaint that the suspension is unfair to the seller', () => {
      assert.deepEqual(
        found(frame('The price was not fair to buyers in May 2026, so we lowered it by 10% on all 4 ASINs.'), 'emotional-tone'),
        [],
      );
      assert.deepEqual(found(frame('It is not fair that we are punished for one complaint.'), 'emotional-tone'), [
        'It is not fair',
        'we are punished',
      ]);
    });

    it('leaves alone a plain request to reinstate the account, and still flags a doubled or hardship plea', () => {
      const close = (words: string) => `${frame('Our packer shipped 38 orders late from March 1 to March 14, 2026.')}\n${words}\n`;
      assert.deepEqual(found(close('Please reinstate our account.'), 'emotional-tone'), []);
      assert.deepEqual(found(close('Please, please reinstate our account.'), 'emotional-tone'), ['Please, please']);
      assert.deepEqual(found(close('Please reinstate our account, I have a family to feed.'), 'emotional-tone'), ['I have a family']);
    });

    it('leaves alone headings and labels in capitals', () => {
      const text = frame('Our packer shipped 38 orders late from March 1 to March 14, 2026.', 'plain')
        .replace('Root cause:', 'ROOT CAUSE:')
        .replace('Actions taken:', 'ACTIONS TAKEN');
      assert.deepEqual(found(text, 'emotional-tone', 'plain'), []);
    });
  });

  describe('sensitive-data: what is not a phone number', () => {
    const lookalikes = [
      'On March 1, 2026 we turned on two-factor authentication for all 4 staff accounts.',
      'Order 112-1234567-1234567 and order 114-9876543-2109876 shipped 1-2 days late.',
      'Orders from 2026-03-01 to 2026-03-14 and from 03/01/2026 to 03/14/2026 were late.',
      'ASIN B07XJ8C8F5 and ASIN 0316769487 (a book) shipped from FBA15FWTFL6R.',
      'UPS 1Z999AA10123456784 and USPS 9400 1000 0000 0000 0000 00 uploaded 2-3 days late.',
      'We shipped 1,250 units worth $12,499.50 in weeks 10-14 from ZIP 30301.',
    ];
    for (const sentence of lookalikes) {
      it(`leaves alone: ${sentence.slice(0, 60)}…`, () => {
        assert.deepEqual(found(frame(sentence), 'sensitive-data'), []);
      });
    }

    it('still flags a real phone number in each common shape', () => {
      const text = frame('We called the buyer at (555) 123-4567, 555-123-4567, 555.123.4567, +1 555 123 4567 and +44 20 7946 0958.');
      assert.deepEqual(found(text, 'sensitive-data'), [
        '(555) 123-4567',
        '555-123-4567',
        '555.123.4567',
        '+1 555 123 4567',
        '+44 20 7946 0958',
      ]);
    });
  });

  describe("sensitive-data: the seller's own contact details are not buyer data", () => {
    it('leaves alone the sign-off, labelled contact lines and an organisation mailbox', () => {
      const body = frame(
        'Our packer shipped 38 orders late from March 1 to March 14, 2026; we wrote to the rights owner at legal@brand-owner.com.',
      );
      const text =
        `Seller: Whitfield Home Goods\nEmail: dana@whitfieldhome.com\nPhone: (555) 201-3344\n\n${body}\n` +
        'Sincerely,\nDana Whitfield\n450 Industrial Way, Columbus, OH 43215\ndana@whitfieldhome.com, +1 555 201 3344\n';
      assert.deepEqual(found(text, 'sensitive-data'), []);
    });

    it("still flags a buyer's details pasted into the root cause on lines of their own", () => {
      const text = frame(
        'Our packer sent the parcel to an old address on March 3, 2026.\nBuyer email: jane.doe@example.com\n' +
          'Phone: 555-867-5309\nAddress: 1428 Elm Street, Springfield, IL 62704',
      );
      assert.deepEqual(found(text, 'sensitive-data'), ['jane.doe@example.com', '555-867-5309', '1428 Elm Street']);
    });

    it("still flags a buyer's details in the plan, and a card number even in the sign-off", () => {
      const body = frame('We wrote to the buyer at jane.doe@example.com and called (555) 123-4567 on March 3, 2026.');
      const text = `${body}\nSincerely,\nDana, card 4111 1111 1111 1111\n`;
      assert.deepEqual(found(text, 'sensitive-data'), ['jane.doe@example.com', '(555) 123-4567', '4111 1111 1111 1111']);
    });
  });

  describe('sensitive-data: the seller’s own premises are not a buyer’s address', () => {
    it('leaves alone "our warehouse at 450 Industrial Way" and flags a buyer’s street', () => {
      const text = frame(
        'On March 3, 2026 our warehouse at 450 Industrial Way shipped the parcel to the buyer at 12 Oak Lane instead of 21 Oak Lane.',
      );
      assert.deepEqual(found(text, 'sensitive-data'), ['12 Oak Lane', '21 Oak Lane']);
    });

    it('leaves alone a street owned by the words before it in the sentence, not only the words just before it', () => {
      const text = frame(
        'On May 2, 2026 he moved his stock to his own warehouse in 15 Pine Road. On May 3, 2026 we changed the return address ' +
          'of all 3 of our marketplaces in Seller Central to 14 Mill Lane. We moved to our new warehouse, Unit 4, 450 Industrial Way.',
      );
      assert.deepEqual(found(text, 'sensitive-data'), []);
    });

    it('still flags a street a parcel went to, or one named after a buyer or a bare address', () => {
      const text = frame(
        'On May 2, 2026 our warehouse at 450 Industrial Way shipped the parcel to 12 Oak Lane. The customer gave her return ' +
          'address as 21 Oak Lane. Our office manager typed the address 30 Oak Lane wrong.',
      );
      assert.deepEqual(found(text, 'sensitive-data'), ['12 Oak Lane', '21 Oak Lane', '30 Oak Lane']);
    });
  });

  describe("sensitive-data: Amazon's own addresses are not buyer data", () => {
    it("leaves alone Amazon's fulfilment centre, head office and mail addresses, and still flags the buyer's", () => {
      const text = frame(
        "On March 3, 2026 we sent 40 units to Amazon's fulfilment centre LTN4 at 1 Boscombe Road, wrote to Amazon.com Services LLC, " +
          '410 Terry Avenue North, and to ann.roe@amazon.com; the buyer at 12 Oak Lane wrote from bob@example.com.',
      );
      assert.deepEqual(found(text, 'sensitive-data'), ['12 Oak Lane', 'bob@example.com']);
    });
  });

  describe('sensitive-data: an order ID is not a card number', () => {
    it('leaves alone order IDs, even ones whose digits pass the Luhn check', () => {
      // 4111-1111111-111111x: the digits of a test Visa number, in order-ID shape.
      const ids = ['411-1111111-1111111', '401-2888888-8881881', '112-1234567-1234567', '555-5555555-5554444'];
      assert.deepEqual(found(frame(`We refunded orders ${ids.join(', ')} on March 3, 2026.`), 'sensitive-data'), []);
    });

    it('leaves alone a long number that fails the Luhn check or has no card prefix', () => {
      assert.deepEqual(found(frame('Tracking 4111 1111 1111 1112 and 9400100000000000 were late.'), 'sensitive-data'), []);
    });

    it('still flags a card number that passes the Luhn check', () => {
      assert.deepEqual(
        found(frame('We refunded card 4111 1111 1111 1111 and 5555-5555-5555-4444 and 378282246310005.'), 'sensitive-data'),
        ['4111 1111 1111 1111', '5555-5555-5555-4444', '378282246310005'],
      );
    });
  });

  describe('malformed-id: what is not a broken ID', () => {
    it('leaves alone valid IDs, placeholders, phone numbers and words that start like an ASIN', () => {
      const text = frame(
        'Order 112-1234567-1234567, digital order D01-1234567-1234567, ASIN B07XJ8C8F5, B0XXXXXXXX, ' +
          'XXX-XXXXXXX-XXXXXXX, 1-800-555-0199, 555-123-4567 and our bookkeeping boosted Boston orders.',
      );
      assert.deepEqual(found(text, 'malformed-id'), []);
    });

    it('still flags near misses', () => {
      assert.deepEqual(
        found(
          frame(
            'Order 112-123456-1234567, order 112-O123456-1234567, ASIN B07XJ8C8F, ASIN B07XJ8C8F55, ASIN b07xj8c8f5 and ASIN BO7XJ8C8F5.',
          ),
          'malformed-id',
        ),
        ['112-123456-1234567', '112-O123456-1234567', 'B07XJ8C8F', 'B07XJ8C8F55', 'b07xj8c8f5', 'BO7XJ8C8F5'],
      );
    });
  });

  describe('quoted notifications and code are never judged', () => {
    const everything =
      'The carrier is to blame and Amazon made a mistake! We will improve our processes ASAP. ' +
      'We take customer satisfaction very seriously. We THINK this is UNFAIR, hopefully. ' +
      'Mistakes were made. Call the buyer at (555) 123-4567 or jane@example.com at 123 Main Street. ' +
      'Order 112-123456-1234567, ASIN B07XJ8C8F, [Date], TBD.';

    it('a Markdown blockquote', () => {
      const text = frame(`Our packer shipped 38 orders late from March 1 to March 14, 2026.\n\n> ${everything}\n> ${everything}`);
      assert.deepEqual(
        lint(text).findings.map((f) => f.ruleId),
        [],
      );
    });

    it('a plain-text quote', () => {
      const text = frame(`Our packer shipped 38 orders late from March 1 to March 14, 2026.\n> ${everything}`, 'plain');
      assert.deepEqual(
        lint(text, { format: 'plain' }).findings.map((f) => f.ruleId),
        [],
      );
    });

    it('fenced and inline code, comments and link URLs', () => {
      const text = frame(
        `Our packer shipped 38 orders late from March 1 to March 14, 2026 ` +
          `(see \`${everything}\` and [the log](https://example.com/jane@example.com/112-123456-1234567)).\n\n` +
          `\`\`\`\n${everything}\n\`\`\`\n\n<!-- ${everything} -->`,
      );
      assert.deepEqual(
        lint(text).findings.map((f) => f.ruleId),
        [],
      );
    });
  });

  describe('actions-not-taken: what is not a promise', () => {
    const actions = (item: string) =>
      frame('Our packer shipped 38 orders late from March 1 to March 14, 2026.').replace(
        '- On March 15, 2026 our operations manager',
        `- ${item}\n- On March 15, 2026 our operations manager`,
      );

    for (const item of [
      'On March 3, 2026 our listing manager changed the title of all 4 ASINs to say "oak veneer", so buyers will know what they get.',
      'Since March 3, 2026 our listing says "ships within 2 days", which we will keep as long as the 2 packers are on shift.',
      'On March 4, 2026 we added the note "This item will ship in 2 business days" to all 12 listings.',
      'On March 5, 2026 we removed all 14 returned units from sale and will relist them after inspection.',
      'Our returns lead has inspected 60 units since March 6, 2026 and will finish the last 20 by March 20, 2026.',
    ]) {
      it(`leaves alone: ${item.slice(0, 70)}…`, () => {
        assert.deepEqual(found(actions(item), 'actions-not-taken'), []);
      });
    }

    it('still flags an item that only promises', () => {
      const item = 'By March 20, 2026 we will retrain all 5 packers.';
      assert.deepEqual(found(actions(item), 'actions-not-taken'), [item]);
    });
  });

  describe('blame: owning a mistake, and naming others in plain facts, is not blame', () => {
    for (const sentence of [
      'We mistakenly believed that our wholesaler was an authorised distributor, and we never asked for its letter.',
      'Our listing gave the size in inches only, due to which 14 buyers ordered a size that did not fit.',
      'Because of our own labelling error, 6 customers mistakenly received the 250 g pack.',
      'Our packer shipped 38 orders late from March 1 to March 14, 2026, because we had one packer for 90 orders a day.',
      'Our staff made 3 typing errors in the size chart, and no one checked it before it went live.',
      'On March 3, 2026 we wrote to the rights owner and asked how we may resell the brand.',
      'The issues reported by the buyers were all about the lid, which we did not test.',
      'In 2025 our manufacturer changed hands, and we did not update the 4 listings that describe its packaging.',
      'We asked friends for fake reviews in January 2026, which breaks the policy on reviews.',
      'Our courier picked up 30 parcels late in May 2026, but we had no second pickup, so the fault is ours.',
      'The factory shipped the lids late, and it was our mistake to promise a date before they arrived.',
      "It was not the buyers' fault: our size chart gave inches only.",
      'This was not caused by the courier; we packed 20 jars without dividers.',
      'Since May 3, 2026 we no longer use the courier that lost 6 parcels.',
      'On May 3, 2026 we replaced the supplier who sent us damaged units with an authorised distributor.',
      'Our wholesaler may have sent 40 units without labels in May 2026, and we did not check them.',
      'In May 2026 we made it impossible for buyers to choose the 40 cm size, because our listing hid it.',
    ]) {
      it(`leaves alone: ${sentence.slice(0, 70)}…`, () => {
        assert.deepEqual(found(frame(sentence), 'blame'), []);
      });
    }

    it('still flags the carrier when the sentence denies its own fault, or takes none', () => {
      for (const sentence of [
        'It was not our fault; the courier lost 6 parcels.',
        "The supplier's mistake, not ours, left 40 units without labels.",
        'The courier lost 6 parcels, and we had no control over it.',
        'We found that the courier who collected our boxes lost 6 parcels.',
      ]) {
        assert.equal(found(frame(sentence), 'blame').length, 1, sentence);
      }
    });

    it('still flags a mistaken belief pinned on the buyers, and says whom it blames', () => {
      const sentence = 'Several buyers, who saw the day-first date on the lid, mistakenly believed that the tea had expired.';
      const finding = lint(frame(sentence)).findings.find((f) => f.ruleId === 'blame');
      assert.ok(finding?.message.includes('the buyer'));
    });
  });

  describe('vague: the concrete change follows, or the words say what was missing', () => {
    for (const sentence of [
      'In May 2026 we improved our packing process by adding a 4-foot drop test of 3 boxes every Friday.',
      'We did not check returned units closely, so 9 used units went back on sale in May 2026.',
      'Our checks on 40 date labels were not sufficiently robust, and no one compared them with the US format.',
      'In April 2026 I failed to answer 12 buyer messages in a timely and professional manner.',
      'In May 2026 we did not pay attention to the condition notes on 4 return requests.',
      'On March 2, 2026 our returns lead resolved the issue by moving all 9 used units to our outlet listing.',
      'We introduced stricter checks on March 2, 2026: every returned unit is opened and graded.',
      'I have carefully read the policy on expiry dates, and I listed 14 ASINs without checking it in May 2026.',
      'On March 2, 2026 we took the necessary steps to remove all 6 listings: we closed them and deleted the images.',
      'Every week the owner does a spot check of 20 orders to make sure this does not happen again.',
      'We were not aware of this policy because our packer started in May 2026 and we did not train her.',
    ]) {
      it(`leaves alone: ${sentence.slice(0, 70)}…`, () => {
        assert.deepEqual(found(frame(sentence), 'vague'), []);
      });
    }

    it('still flags the stock purpose without a measure, and the excuse without the missing step', () => {
      assert.deepEqual(found(frame('On March 2, 2026 we spoke to our team to make sure this does not happen again.'), 'vague'), [
        'make sure this does not happen',
      ]);
      assert.deepEqual(found(frame('We were not aware of this policy because we had just started.'), 'vague'), [
        'We were not aware of this policy',
      ]);
    });

    it('still flags the same words where nothing concrete follows, as one finding that names both', () => {
      const sentence = 'We will closely monitor our listings and improve our packing process.';
      assert.deepEqual(found(frame(sentence), 'vague'), ['closely monitor our listings and improve our packing process']);
      const [finding] = lint(frame(sentence)).findings.filter((f) => f.ruleId === 'vague');
      assert.match(finding.message, /^'closely monitor' .* Also vague here: 'improve our packing process'\./);
    });
  });

  describe('hedging: a hope about the plan at the close is courtesy', () => {
    const close = (words: string) => `${frame('Our packer shipped 38 orders late from March 1 to March 14, 2026.')}\n${words}\n`;
    for (const words of [
      'We hope this plan is acceptable.',
      'We hope that our plan meets your requirements.',
      'We hope to hear from you.',
    ]) {
      it(`leaves alone: ${words}`, () => {
        assert.deepEqual(found(close(words), 'hedging'), []);
      });
    }

    it('still flags a hope that a measure will work', () => {
      assert.deepEqual(found(close('We hope this plan will prevent late shipments.'), 'hedging'), ['We hope']);
    });
  });

  describe('boilerplate: the fix removes the sentence and nothing else', () => {
    const fixOf = (text: string) => {
      const finding = lint(text).findings.find((f) => f.ruleId === 'boilerplate');
      assert.ok(finding, 'a boilerplate finding');
      const [fix] = finding.fixes;
      assert.equal(fix.title, 'Remove this sentence');
      assert.equal(fix.preferred, true);
      assert.equal(fix.edits.length, 1);
      const [edit] = fix.edits;
      assert.equal(edit.newText, '');
      return { finding, edit, after: text.slice(0, edit.start) + text.slice(edit.end) };
    };

    it('takes the one space after it when another sentence follows on the same line, and the finding covers the same range', () => {
      const text = frame('We take customer satisfaction very seriously. Our packer shipped 38 orders late.');
      const { finding, edit, after } = fixOf(text);
      assert.equal(text.slice(edit.start, edit.end), 'We take customer satisfaction very seriously. ');
      assert.deepEqual([finding.start, finding.end], [edit.start, edit.end]);
      assert.match(after, /^## Root cause\nOur packer shipped 38 orders late\.\n/);
    });

    it('takes no space when the sentence ends its line, and leaves the sentence before it alone', () => {
      const { finding, edit, after } = fixOf(frame('Our packer shipped 38 orders late.  We sincerely apologize for any inconvenience.'));
      assert.deepEqual([edit.start, edit.end], [finding.start, finding.end]);
      assert.match(after, /^## Root cause\nOur packer shipped 38 orders late\. {2}\n/);
    });

    it('keeps the list marker of a one-sentence item', () => {
      const text = frame('Our packer shipped 38 orders late.').replace(
        '- On March 15',
        '- We have been selling on Amazon for 8 years.\n- On March 15',
      );
      const { after } = fixOf(text);
      assert.match(after, /\n- \n- On March 15/);
    });

    it('offers no fix for a sentence that gives facts besides the stock line, and reports the stock words alone', () => {
      const text = frame(
        'We take customer satisfaction very seriously, so on March 3, 2026 our owner called all 38 buyers and refunded their shipping.',
      );
      const finding = lint(text).findings.find((f) => f.ruleId === 'boilerplate');
      assert.ok(finding);
      assert.deepEqual(finding.fixes, []);
      assert.equal(text.slice(finding.start, finding.end), 'We take customer satisfaction very seriously');
      assert.match(finding.message, /keep the facts of the sentence/);
    });

    it('leaves alone a stock phrase whose clause goes on with the facts of the cause', () => {
      for (const sentence of [
        'We have been selling on Amazon for 3 years with only one packer, so we had no backup when she was ill.',
        'I have been selling since 2021 with one supplier for all 40 ASINs, because no other stocked the brand.',
      ]) {
        assert.deepEqual(found(frame(sentence), 'boilerplate'), [], sentence);
      }
    });

    it('still removes a sentence made only of stock lines', () => {
      const stock = 'We believe this suspension was made in error, and we have reviewed our policies and procedures.';
      const text = frame(`Our packer shipped 38 orders late. ${stock}`);
      const { edit } = fixOf(text);
      assert.equal(text.slice(edit.start, edit.end), stock);
    });
  });

  describe('question-to-reviewer: what is not a question to Amazon', () => {
    const lookalikes = [
      'How did it happen? Our packer shipped 38 orders late from March 1 to March 14, 2026.',
      'In our case the packer worked alone, and in any case we refunded all 38 buyers on March 15, 2026.',
      'One buyer asked "can you tell me where my parcel is?" on March 3, 2026, and our packer answered within 2 hours.',
      'If you need any further information, please let us know.',
      'On March 3, 2026 we opened a case with the courier and got refunds for 6 lost parcels.',
      'On March 3, 2026 we opened a ticket with UPS (ticket 55012346) for the 6 lost parcels.',
    ];
    for (const sentence of lookalikes) {
      it(`leaves alone: ${sentence.slice(0, 60)}…`, () => {
        assert.deepEqual(found(frame(sentence), 'question-to-reviewer'), []);
      });
    }

    it("leaves alone Seller Central's own question standing alone on its line", () => {
      const text = frame(
        'Our packer shipped 38 orders late from March 1 to March 14, 2026.\nWhat steps will you take to prevent this happening again?',
      );
      assert.deepEqual(found(text, 'question-to-reviewer'), []);
    });

    it('still flags a case with Seller Support, and a case number in a sentence that names Amazon', () => {
      const text = frame(
        'On March 3, 2026 we opened a case with Seller Support. We filed a claim with UPS, and Amazon gave us case 24681357913.',
      );
      assert.deepEqual(found(text, 'question-to-reviewer'), ['opened a case', 'case 24681357913']);
    });

    it('still flags a question put to Amazon, a request and a case reference', () => {
      const text = frame('Why was my account suspended? Please advise what documents we need. Our packer was late (case 24681357913).');
      assert.deepEqual(found(text, 'question-to-reviewer'), ['Why was my account suspended?', 'Please advise what', 'case 24681357913']);
    });
  });

  describe('no-owner: what names an owner', () => {
    const owned = [
      'Every Monday I check 5 listings against the brand sheet.',
      'Every Monday the returns team checks 5 listings against the brand sheet.',
      'Every Monday Anna checks 5 listings against the brand sheet.',
      'Every Monday our repricer checks 5 listings against the brand sheet.',
      'Every Monday 2 people check 5 listings against the brand sheet.',
    ];
    const prevention = (measure: string) =>
      frame('Our packer shipped 38 orders late from March 1 to March 14, 2026.').replace(
        '- Every Monday at 9 AM our operations manager checks the 10 slowest orders.',
        `- ${measure}`,
      );
    for (const measure of owned) {
      it(`leaves alone: ${measure}`, () => {
        assert.deepEqual(found(prevention(measure), 'no-owner'), []);
      });
    }

    it("still flags 'we' and a passive check, which name no one", () => {
      assert.deepEqual(found(prevention('Every Monday we check 5 listings against the brand sheet.'), 'no-owner'), [
        'Every Monday we check 5 listings against the brand sheet.',
      ]);
      assert.deepEqual(found(prevention('Every Monday 5 listings are checked against the brand sheet.'), 'no-owner'), [
        'Every Monday 5 listings are checked against the brand sheet.',
      ]);
    });
  });
});
