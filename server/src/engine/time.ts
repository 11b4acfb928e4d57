import * as chrono from 'chrono-node';
import {
  continuousPatterns,
  dayMonthJoiner,
  dayOrdinal,
  eventTriggerPatterns,
  months,
  monthsReadWithFullStop,
  notDates,
  timePatterns,
} from '../words/en/time';
import { LruCache } from './cache';
import { compileWordList } from './patterns';

const timePattern = compileWordList(timePatterns, 'i');
const referenceDate = new Date(2026, 0, 1);

/**
 * "March 3, 2026", "Mar. 3", "3rd of March": the dates sellers write most,
 * which chrono-node reads as dates too, found without chrono's cost. Only a
 * shortcut: what it does not match still goes to chrono.
 */
const dayOfMonth = `(\\d{1,2})${dayOrdinal}`;
const withFullStop = monthsReadWithFullStop.join('|');
const monthDay = new RegExp(
  `(?<=^|[\\s(,;:])(?:(may|(?:${withFullStop})\\.?)\\s+${dayOfMonth}|${dayOfMonth}\\s+${dayMonthJoiner}(may|` +
    `${withFullStop}))(?=$|[\\s.,;:)!?])`,
  'gi',
);
const monthKeys = months.map((m) => m.name.slice(0, 3));

function hasPlainDate(text: string): boolean {
  monthDay.lastIndex = 0;
  for (let match = monthDay.exec(text); match; match = monthDay.exec(text)) {
    const month = (match[1] ?? match[4]).slice(0, 3).toLowerCase();
    const day = Number(match[2] ?? match[3]);
    const index = monthKeys.indexOf(month);
    if (day >= 1 && day <= months[index].days) return true;
  }
  return false;
}

/** Reads time expressions, remembering what chrono-node said of each text (a linter owns one). */
export class TimeReader {
  private readonly chronoSaid = new LruCache<boolean>(5000);

  /**
   * Whether a piece of text says when: a date, weekday, deadline, start, clock
   * time or frequency. chrono-node reads dates, weekdays and clock times; the
   * word list adds deadlines in durations, frequencies and quarters.
   */
  hasTimeExpression(text: string): boolean {
    if (timePattern.test(text) || hasPlainDate(text)) return true;
    const cached = this.chronoSaid.get(text);
    if (cached !== undefined) return cached;
    const found = chronoFindsTime(text);
    this.chronoSaid.set(text, found);
    return found;
  }

  clear(): void {
    this.chronoSaid.clear();
  }
}

const notADate = new RegExp(notDates, 'i');

/** chrono also reads some words and lone numbers as dates (see notDates); those say nothing about when. */
function isRealDate(text: string): boolean {
  return !notADate.test(text.trim());
}

/** What chrono alone says, without the shortcut (for the test that keeps the shortcut honest). */
export function chronoFindsTime(text: string): boolean {
  return chrono.parse(text, referenceDate).some((result) => isRealDate(result.text));
}

/** The time expressions of the word list and the plain dates, without chrono-node: cheap enough for every sentence. */
export function hasTimeWords(text: string): boolean {
  return timePattern.test(text) || hasPlainDate(text);
}

const eventTrigger = compileWordList([...eventTriggerPatterns, ...continuousPatterns], 'i');

/**
 * Whether a measure says which event sets it off ("before each listing goes
 * live", "whenever we add a supplier") or that it runs all the time ("in real time").
 */
export function hasEventTrigger(text: string): boolean {
  return eventTrigger.test(text);
}

export { hasPlainDate };
