import assert from 'node:assert/strict';
import fc from 'fast-check';
import { deadlineDate, describeMetric, findIds, noticeTypeFromName, readNotice, readRejection } from '../server/src/engine/notice';
import { sampleNotices, sampleRejection } from './notices/samples';

const idsOf = (text: string, kind: string) =>
  readNotice(text)
    .ids.filter((id) => id.kind === kind)
    .map((id) => id.id);

describe('reading the notice', () => {
  it(`has a notice of every one of at least eight types to read (${sampleNotices.length})`, () => {
    assert.ok(new Set(sampleNotices.map((sample) => sample.type)).size >= 8);
  });

  for (const sample of sampleNotices) {
    it(`reads a ${sample.type} notice: its type, IDs, brand, metric and deadline`, () => {
      const notice = readNotice(sample.text);
      assert.equal(notice.type, sample.type);
      assert.deepEqual(idsOf(sample.text, 'asin'), sample.asins ?? []);
      assert.deepEqual(idsOf(sample.text, 'order'), sample.orders ?? []);
      assert.deepEqual(idsOf(sample.text, 'shipment'), sample.shipments ?? []);
      assert.deepEqual(idsOf(sample.text, 'complaint'), sample.complaints ?? []);
      assert.deepEqual(
        notice.brands.map((brand) => brand.name),
        sample.brands ?? [],
      );
      assert.equal(notice.metric && describeMetric(notice.metric), sample.metric);
      if (sample.deadline?.within) assert.equal(notice.deadline?.within?.amount, sample.deadline.within);
      if (sample.deadline?.date) {
        const date = notice.deadline?.date;
        assert.ok(date, 'a deadline date');
        assert.equal(
          `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`,
          sample.deadline.date,
        );
      }
      for (const id of notice.ids) assert.equal(sample.text.slice(id.start, id.end), id.id, 'each ID at its offset');
    });
  }

  it('counts a deadline "within 17 days" from the date of the notice', () => {
    const notice = readNotice('Notice of November 20, 2026. Send your plan of action within 17 days.');
    assert.equal(deadlineDate(notice)?.toDateString(), new Date(2026, 11, 7).toDateString());
    assert.equal(deadlineDate(notice, new Date(2026, 10, 1))?.toDateString(), new Date(2026, 10, 18).toDateString());
  });

  it('leaves masked IDs alone: B07TLXXXXX and 111-XXXXXXX-XXXXXXX are not IDs to check', () => {
    assert.deepEqual(findIds('ASIN: B07TLXXXXX order 111-XXXXXXX-XXXXXXX B0XXXXXXXX'), []);
  });

  it('reads no type from a text that names none, and the type from `issue:` in the ways a seller writes it', () => {
    assert.equal(readNotice('Hello, thank you for your message.').type, undefined);
    assert.equal(noticeTypeFromName('inauthentic'), 'inauthentic');
    assert.equal(noticeTypeFromName('Used sold as new'), 'condition');
    assert.equal(noticeTypeFromName('ODR'), 'order-defect-rate');
    assert.equal(noticeTypeFromName('late_shipment_rate'), 'late-shipment-rate');
    assert.equal(noticeTypeFromName('spaceships'), undefined);
  });

  it('finds any ASIN, order or shipment ID planted in a messy notice, at its offset', () => {
    const alnum = fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWYZ0123456789'.split(''));
    const digits = (n: number) =>
      fc.array(fc.constantFrom(...'0123456789'.split('')), { minLength: n, maxLength: n }).map((d) => d.join(''));
    const asin = fc.array(alnum, { minLength: 8, maxLength: 8 }).map((chars) => `B0${chars.join('')}`);
    const order = fc.tuple(digits(3), digits(7), digits(7)).map((groups) => groups.join('-'));
    const shipment = fc.array(alnum, { minLength: 9, maxLength: 9 }).map((chars) => `FBA${chars.join('')}1`);
    const id = fc.oneof(
      asin.map((v) => ['asin', v]),
      order.map((v) => ['order', v]),
      shipment.map((v) => ['shipment', v]),
    );
    const noise = fc.oneof(
      fc.constantFrom(' ', '\n', '\r\n', '\t', ', ', '; ', ' (', ') ', ': ', '\u00a0', ' • ', ' – ', '"', '. ', '\n> ', '\n-- '),
      fc.constantFrom('ASIN:', 'Title : Kettle', 'Complaint: Expired', 'Order ID', 'Dear Seller', 'Brand : Acme', '**', '123', '4%'),
      fc.string({ maxLength: 12 }).map((s) => ` ${s} `),
    );
    // An ID runs into no letter or digit: "ASIN:B0…" and "(B0…)" are IDs, "B0…Title" is not one.
    const before = fc.tuple(noise, fc.constantFrom(' ', ':', '\n', '(', '#', ',')).map(([n, s]) => n + s);
    const after = fc.tuple(fc.constantFrom(' ', ',', '.', ')', '\n', ';'), noise).map(([s, n]) => s + n);
    fc.assert(
      fc.property(fc.array(fc.tuple(before, id, after), { minLength: 1, maxLength: 12 }), (pieces) => {
        const text = pieces.map(([before, [, value], after]) => `${before}${value}${after}`).join('');
        const found = findIds(text);
        for (const [, [kind, value]] of pieces) {
          const hit = found.find((candidate) => candidate.id === value);
          assert.ok(hit, `${value} not found in ${JSON.stringify(text)}`);
          assert.equal(hit.kind, kind);
          assert.equal(text.slice(hit.start, hit.end), value);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('reading the rejection', () => {
  it('reads each "Greater detail on …" request with the part it asks about, and the other kinds of request', () => {
    const rejection = readRejection(sampleRejection);
    const summary = rejection.requests.map((request) => `${request.kind} ${request.part ?? ''} ${request.subject ?? ''}`.trim());
    assert.deepEqual(summary, [
      'greater-detail root-cause the late shipments',
      'greater-detail actions-taken the late shipments',
      'greater-detail preventive-measures the late shipments',
      'not-implemented',
      'invalid-documents',
    ]);
    for (const request of rejection.requests) assert.match(sampleRejection.slice(request.start, request.end), /^[A-Z]/);
  });

  it('reads "Explain how you will prevent …" and a numbered request, and no request in a rejection that asks nothing', () => {
    const requests = readRejection(
      '1. Explain how you will prevent this issue in the future.\n2. Describe the root cause of the complaints.',
    ).requests;
    assert.deepEqual(
      requests.map((request) => request.part),
      ['preventive-measures', 'root-cause'],
    );
    assert.deepEqual(readRejection('Your account remains deactivated. Review the Code of Conduct.').requests, []);
  });
});
