import * as chrono from 'chrono-node';
import { timePatterns } from '../words/en/time';
import { LruCache } from './cache';
import { compileWordList } from './patterns';

const timePattern = compileWordList(timePatterns, 'i');
const referenceDate = new Date(2026, 0, 1);

/**
 * "March 3, 2026", "Mar. 3", "3rd of March": the dates sellers write most,
 * which chrono-node reads as dates too, found without chrono's cost. Only a
 * shortcut: what it does not match still goes to chrono.
 */
const monthsButMay = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const dayOfMonth = '(\\d{1,2})(?:st|nd|rd|th)?';
// chrono reads "Mar. 3" but not "May. 3".
const monthDay = new RegExp(`(?<=^|[\\s(,;:])(?:(may|(?:${monthsButMay})\\.?)\\s+${dayOfMonth}|${dayOfMonth}\\s+(?:of\\s+)?(may|${monthsButMay}))(?=$|[\\s.,;:)!?])`, 'gi');
const daysIn = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function hasPlainDate(text: string): boolean {
  monthDay.lastIndex = 0;
  for (let match = monthDay.exec(text); match; match = monthDay.exec(text)) {
    const month = (match[1] ?? match[4]).slice(0, 3).toLowerCase();
    const day = Number(match[2] ?? match[3]);
    const index = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(month);
    if (day >= 1 && day <= daysIn[index]) return true;
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

/** chrono also reads "now", a lone number, or "9 A" of "9 A-to-z claims" as a date; those say nothing about when. */
function isRealDate(text: string): boolean {
  return !/^(?:now|\d{1,2}|\d{1,2} ?[ap]|second|a second|one)$/i.test(text.trim());
}

/** What chrono alone says, without the shortcut (for the test that keeps the shortcut honest). */
export function chronoFindsTime(text: string): boolean {
  return chrono.parse(text, referenceDate).some((result) => isRealDate(result.text));
}

export { hasPlainDate };
