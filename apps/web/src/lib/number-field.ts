import { type LocaleNumberProblem, formatLocaleNumber, parseLocaleNumber } from '@cchc/domain';
import type { Locale } from './format';

/**
 * What a number field holds: a number once its text reads as one, '' when it is
 * empty, and otherwise the text as typed, so that the form stays invalid (the
 * contract's schema refuses a string) and the field can tell why.
 */
export type NumberDraft = number | string;

export interface NumberFieldFormat {
  /** The unit shown after the number ("%", "ngày"); typed after it, it is read past. */
  suffix?: string;
  /** Thousands grouped (default); off for a year. */
  grouping?: boolean;
}

/** Decimals an input shows back: all that a person types, not the two of a report. */
const INPUT_FRACTION_DIGITS = 6;

/** The draft that typed `text` makes in `locale` (the domain's `parseLocaleNumber`). */
export function readNumberText(
  text: string,
  locale: Locale,
  { suffix }: NumberFieldFormat = {},
): NumberDraft {
  const read = parseLocaleNumber(text, locale, { units: suffix ? [suffix] : [] });
  if (read.ok) return read.value;
  return read.problem === 'empty' ? '' : text;
}

/** Why the draft's text reads as no number, or null when it is a number or empty. */
export function numberDraftProblem(
  draft: NumberDraft,
  locale: Locale,
  { suffix }: NumberFieldFormat = {},
): Exclude<LocaleNumberProblem, 'empty'> | null {
  if (typeof draft === 'number') return null;
  const read = parseLocaleNumber(draft, locale, { units: suffix ? [suffix] : [] });
  return read.ok || read.problem === 'empty' ? null : read.problem;
}

/** The draft as the field shows it when it is not being typed in: "1.500", "85,5 %". */
export function showNumberDraft(
  draft: NumberDraft,
  locale: Locale,
  { suffix, grouping = true }: NumberFieldFormat = {},
): string {
  if (typeof draft !== 'number') return draft;
  const text = formatLocaleNumber(draft, locale, { maximumFractionDigits: INPUT_FRACTION_DIGITS, grouping });
  return suffix ? `${text} ${suffix}` : text;
}

/** A draft that is a number, or nothing: what a total may count while it is typed. */
export function draftNumber(draft: NumberDraft): number | undefined {
  return typeof draft === 'number' ? draft : undefined;
}
