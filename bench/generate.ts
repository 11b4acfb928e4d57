/**
 * Deterministic Plans of Action of a chosen size for the benchmark: front
 * matter, a subject, the three sections with sub-headings per ASIN or topic,
 * lists (nested and numbered), paragraphs, a quoted notification, code, HTML
 * comments, and the mistakes the rules flag at a realistic rate (blame,
 * vague promises, undated actions, placeholders, promises in actions taken).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const owners = [
  'our operations manager',
  'our warehouse lead',
  'our listing specialist',
  'our customer service lead',
  'the owner',
  'our inventory planner',
  'our quality inspector',
  'our compliance officer',
];
const things = [
  'the pick list',
  'the packing station',
  'the handling time',
  'the listing title',
  'the product images',
  'the invoice file',
  'the supplier contract',
  'the returns queue',
  'the label printer',
  'the stock count',
  'the carrier pickup',
  'the size chart',
  'the condition notes',
];
const topics = [
  'Warehouse',
  'Listings',
  'Customer service',
  'Suppliers',
  'Shipping',
  'Inventory',
  'Returns',
  'Quality control',
  'Training',
];
const products = [
  'kitchen scale',
  'yoga mat',
  'phone case',
  'water bottle',
  'desk lamp',
  'dog leash',
  'garden hose',
  'baby monitor',
  'coffee grinder',
  'bike light',
];

interface Writer {
  pick<T>(list: readonly T[]): T;
  int(low: number, high: number): number;
  chance(p: number): boolean;
}

function writer(seed: number): Writer {
  const next = random(seed);
  return {
    pick: (list) => list[Math.floor(next() * list.length)],
    int: (low, high) => low + Math.floor(next() * (high - low + 1)),
    chance: (p) => next() < p,
  };
}

const asinChars = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
function asin(w: Writer): string {
  let out = 'B0';
  for (let i = 0; i < 8; i++) out += w.pick([...asinChars]);
  return out;
}
function orderId(w: Writer): string {
  return `${w.int(100, 999)}-${w.int(1000000, 9999999)}-${w.int(1000000, 9999999)}`;
}
function date(w: Writer): string {
  return `${w.pick(months)} ${w.int(1, 28)}, ${w.pick([2025, 2026])}`;
}

function rootCauseSentence(w: Writer): string {
  const n = w.int(3, 240);
  const sentences = [
    `Between ${date(w)} and ${date(w)}, ${n} orders were confirmed after the ${w.int(1, 5)} PM cut-off because ` +
      `${w.pick(owners)} started the shift too late.`,
    `Our handling time was set to ${w.int(1, 3)} days for all ${w.int(20, 400)} SKUs, ` +
      `including ${w.int(2, 40)} oversized SKUs that take two people to pack.`,
    `Nobody reviewed ${w.pick(things)} each week, so the problem ran for ${w.int(2, 9)} weeks before we saw it.`,
    `We listed the ${w.pick(products)} as new although ${w.int(2, 30)} units came back from buyers and were resold without inspection.`,
    `Our supplier invoice did not match the brand name on the listing, and we did not check it before we sent ${n} units to FBA.`,
    `The size chart on the listing gave centimetres as inches, so ${w.int(2, 60)} buyers received a ${w.pick(products)} that did not fit.`,
  ];
  if (w.chance(0.12))
    return w.pick([
      'The delay was caused by the carrier, who missed three pickups.',
      'This was not our fault: the buyer gave a wrong address.',
      "Amazon's system made a mistake with our inventory.",
      'The problem was beyond our control.',
    ]);
  if (w.chance(0.05)) return `We were shocked to see this suspension, and we think it is unfair${w.pick(['!', '.'])}`;
  return w.pick(sentences);
}

function actionSentence(w: Writer): string {
  const sentences = [
    `On ${date(w)} ${w.pick(owners)} moved the packing shift to start at ${w.int(6, 9)} AM, ${w.int(2, 5)} hours before pickup.`,
    `On ${date(w)} we raised the handling time of ${w.int(5, 60)} SKUs from 1 to 2 days.`,
    `On ${date(w)} we confirmed shipment of all ${w.int(3, 40)} open orders and sent tracking to each buyer within ${w.int(1, 4)} hours.`,
    `On ${date(w)} we trained all ${w.int(2, 12)} packers on the new cut-off and checked ${w.pick(things)}.`,
    `On ${date(w)} we removed ${w.int(2, 80)} units of the ${w.pick(products)} from sale and sent them to our inspection bench.`,
  ];
  if (w.chance(0.1))
    return w.pick([
      'We will improve our processes.',
      'We refunded the buyer.',
      'We contacted the carrier about missed pickups.',
      'We plan to hire another packer.',
    ]);
  if (w.chance(0.06)) return `On [Date] we updated ${w.pick(things)} for ASIN B0XXXXXXXX.`;
  if (w.chance(0.05)) return `We will try to do better and make sure this does not happen again as soon as possible.`;
  return w.pick(sentences);
}

function preventionSentence(w: Writer): string {
  const sentences = [
    `Every ${w.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])} at ${w.int(8, 11)} AM ` +
      `${w.pick(owners)} reviews the late shipment rate and the ${w.int(5, 20)} slowest orders.`,
    `Since ${date(w)} a pick list is printed at 8 AM and again at 12 PM, so no order waits for the next shift.`,
    `Starting ${date(w)} a second packer joins the shift on days with more than ${w.int(30, 120)} orders.`,
    `By ${date(w)} we connect our shipping software to Buy Shipping so every order is confirmed within 1 hour of its label.`,
    `Each quarter ${w.pick(owners)} audits ${w.int(20, 100)} orders against their expected ship dates.`,
    `Daily, ${w.pick(owners)} compares ${w.pick(things)} with the supplier invoice before any unit ships.`,
  ];
  if (w.chance(0.1))
    return w.pick([
      'We will be more careful in the future.',
      'We will take appropriate measures.',
      'Our staff will double-check every order.',
      'We hopefully will not see this again.',
    ]);
  return w.pick(sentences);
}

/** A list item or paragraph of one to three sentences. */
function sentences(w: Writer, make: (w: Writer) => string, low: number, high: number): string {
  const out: string[] = [];
  for (let i = w.int(low, high); i > 0; i--) out.push(make(w));
  return out.join(' ');
}

function subsection(w: Writer, kind: 'root' | 'actions' | 'prevention', small: boolean): string {
  const make = kind === 'root' ? rootCauseSentence : kind === 'actions' ? actionSentence : preventionSentence;
  const heading = w.chance(0.5) ? `### ASIN ${asin(w)}, ${w.pick(products)}` : `### ${w.pick(topics)}`;
  const parts = [heading, ''];
  if (!small && w.chance(0.6)) parts.push(sentences(w, make, 1, 3), '');
  const numbered = kind === 'prevention' && w.chance(0.5);
  for (let i = 1, n = small ? 2 : w.int(2, 6); i <= n; i++) {
    parts.push(`${numbered ? `${i}.` : '-'} ${sentences(w, make, 1, 2)}`);
    if (w.chance(0.15)) parts.push(`${numbered ? '   ' : '  '}- ${make(w)}`);
  }
  parts.push('');
  if (w.chance(0.08)) parts.push(`> Order ${orderId(w)} was flagged on ${date(w)}. We blocked the account. Tell us why this happened!`, '');
  if (w.chance(0.05)) parts.push('```', `order_id,asin,shipped`, `${orderId(w)},${asin(w)},${date(w).replace(/,/g, '')}`, '```', '');
  if (w.chance(0.05)) parts.push(`<!-- poa-disable-next-line vague -->`, `We will take appropriate measures for order ${orderId(w)}.`, '');
  return parts.join('\n');
}

/** A Markdown POA of about `bytes` characters (all ASCII, so bytes = characters), from `seed`. */
export function generatePlanOfAction(bytes: number, seed = 1): string {
  const w = writer(seed);
  const head = [
    '---',
    `seller: ${w.pick(['Whitfield Home Goods LLC', 'Northwind Outdoor', 'Bluebird Kitchen'])}`,
    `case: ${w.int(10000000, 99999999)}`,
    '---',
    '',
    `# Plan of Action: ${w.pick(['late shipment rate', 'order defect rate', 'item not as described', 'used sold as new'])}`,
    '',
    `Seller ID: A${w.int(1000000, 9999999)}QX4M1LZ8`,
    '',
    'Dear Seller Performance Team,',
    '',
    `Our late shipment rate reached ${w.int(4, 9)}.${w.int(0, 9)}% for the 30 days ending ${date(w)}, ` +
      `above the 4% target. This plan explains why it happened, what we have done and how we prevent it. ` +
      `See https://sellercentral.amazon.com/performance/dashboard for the figures.`,
    '',
    '',
  ].join('\n');
  const tail = ['', 'Sincerely,', 'Dana Whitfield, Whitfield Home Goods LLC', ''].join('\n');
  // Root cause, actions and prevention share the space 1 : 1.2 : 1.4, as a good plan does.
  const budget = Math.max(0, bytes - head.length - tail.length);
  const shares = [1, 1.2, 1.4].map((share) => (budget * share) / 3.6);
  const out = [head];
  (['root', 'actions', 'prevention'] as const).forEach((kind, index) => {
    out.push(`## ${['Root cause', 'Actions taken', 'Preventive measures'][index]}\n\n`);
    // Whole sub-sections only, so many as come nearest the share (never none).
    for (let written = 0; ;) {
      const part = subsection(w, kind, shares[index] < 1500);
      if (written > 0 && written + part.length / 2 > shares[index]) break;
      out.push(part, '\n');
      written += part.length + 1;
    }
  });
  out.push(tail);
  return out.join('');
}

export const benchSizes = [
  { label: '2.5 KB', bytes: 2.5 * 1024 },
  { label: '25 KB', bytes: 25 * 1024 },
  { label: '250 KB', bytes: 250 * 1024 },
  { label: '1 MB', bytes: 1024 * 1024 },
] as const;

// `tsx bench/generate.ts [dir]` writes the four sizes for a look.
if (require.main === module) {
  const dir = process.argv[2] ?? tmpdir();
  mkdirSync(dir, { recursive: true });
  for (const { label, bytes } of benchSizes) {
    const file = `${dir}/${label.replace(' ', '').replace('.', '_')}.poa.md`;
    writeFileSync(file, generatePlanOfAction(bytes));
    console.log(`${file}: ${generatePlanOfAction(bytes).length} characters`);
  }
}
