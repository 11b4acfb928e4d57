import * as chrono from 'chrono-node';
import { timePatterns } from '../words/time';
import { compileWordList } from './patterns';

const timePattern = compileWordList(timePatterns, 'i');
const referenceDate = new Date(2026, 0, 1);
const cache = new Map<string, boolean>();

/**
 * Whether a piece of text says when: a date, weekday, deadline, start, clock
 * time or frequency. chrono-node reads dates, weekdays and clock times; the
 * word list adds deadlines in durations, frequencies and quarters.
 */
export function hasTimeExpression(text: string): boolean {
  if (timePattern.test(text)) return true;
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const found = chrono.parse(text, referenceDate).some((result) => isRealDate(result.text));
  if (cache.size > 5000) cache.clear();
  cache.set(text, found);
  return found;
}

/** chrono also reads "now" or a lone number as a date; those say nothing about when. */
function isRealDate(text: string): boolean {
  return !/^(?:now|\d{1,2}|second|a second|one)$/i.test(text.trim());
}
