/**
 * Numbers as people type them in each of the app's languages. A Vietnamese
 * official writes one thousand five hundred "1.500" and eighty-five and a half
 * "85,5"; an English reader writes "1,500" and "85.5". The same keys mean
 * opposite things, so a separator that does not fit its locale's grammar is
 * refused, never guessed: "1.5" in Vietnamese is neither a grouping (a group
 * has three digits) nor a decimal point (that is the comma).
 */
export type NumberLocale = 'vi' | 'en';

/**
 * Why a text is no number: `empty`; `notANumber` (letters, an exponent, a stray
 * sign, a unit not allowed here); `grouping` (a thousands separator that does not
 * split the whole part in groups of three, or one after the decimal separator);
 * `decimal` (more than one decimal separator, or one with no digits after it).
 */
export type LocaleNumberProblem = 'empty' | 'notANumber' | 'grouping' | 'decimal';

export type LocaleNumberResult = { ok: true; value: number } | { ok: false; problem: LocaleNumberProblem };

export interface ParseLocaleNumberOptions {
  /**
   * Units the field itself shows after the number ("%", "ngày", "triệu đồng"):
   * typed (or left) after it, one of them is read past. Any other text is refused.
   */
  units?: readonly string[];
}

const SEPARATORS: Record<NumberLocale, { decimal: string; group: string }> = {
  vi: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

/** Spaces a number may be grouped with in either language: space, no-break space, narrow no-break space. */
const SPACES = /[\u0020\u00a0\u202f]/g;

const fail = (problem: LocaleNumberProblem): LocaleNumberResult => ({ ok: false, problem });

/** The number `text` says in `locale`, or why it says none. */
export function parseLocaleNumber(
  text: string,
  locale: NumberLocale,
  options: ParseLocaleNumberOptions = {},
): LocaleNumberResult {
  let s = text.replace(SPACES, ' ').trim();
  for (const unit of options.units ?? []) {
    const u = unit.trim().toLocaleLowerCase('vi');
    if (u !== '' && s.toLocaleLowerCase('vi').endsWith(u)) {
      s = s.slice(0, s.length - u.length).trimEnd();
      break;
    }
  }
  if (s === '') return fail('empty');
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    sign = -1;
    s = s.slice(1).trimStart();
  }
  if (!/^[\d., ]+$/.test(s)) return fail('notANumber');
  const { decimal, group } = SEPARATORS[locale];
  const parts = s.split(decimal);
  if (parts.length > 2) return fail('decimal');
  const whole = parts[0] as string;
  const fraction = parts[1];
  if (fraction !== undefined) {
    if (fraction === '') return fail(whole === '' ? 'notANumber' : 'decimal');
    if (!/^\d+$/.test(fraction)) return fail('grouping');
  }
  let digits: string;
  if (/^\d*$/.test(whole)) digits = whole;
  else {
    // Grouped with one separator throughout: the locale's own, or spaces.
    const sep = whole.includes(' ') ? ' ' : group;
    const groups = whole.split(sep);
    const [first, ...rest] = groups as [string, ...string[]];
    const wellGrouped =
      /^[1-9]\d{0,2}$/.test(first) && rest.length > 0 && rest.every((g) => /^\d{3}$/.test(g));
    if (!wellGrouped) return fail('grouping');
    digits = groups.join('');
  }
  if (digits === '' && fraction === undefined) return fail('notANumber');
  const value = Number(`${digits === '' ? '0' : digits}.${fraction ?? '0'}`);
  return { ok: true, value: sign * value };
}

export interface FormatLocaleNumberOptions {
  /** Decimals shown at most (default 2, as plans write amounts and percentages). */
  maximumFractionDigits?: number;
  /** Thousands grouped (default); off for a year (2025). */
  grouping?: boolean;
}

const INTL_LOCALE: Record<NumberLocale, string> = { vi: 'vi-VN', en: 'en-GB' };
const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number as `locale` writes it: "1.500", "85,5" in Vietnamese; "1,500", "85.5"
 * in English. Intl's data ships with Node (full ICU since Node 13) and every browser.
 * What it writes, `parseLocaleNumber` reads back.
 */
export function formatLocaleNumber(
  value: number,
  locale: NumberLocale,
  { maximumFractionDigits = 2, grouping = true }: FormatLocaleNumberOptions = {},
): string {
  const key = `${locale}:${maximumFractionDigits}:${grouping}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits, useGrouping: grouping });
    formats.set(key, format);
  }
  return format.format(value);
}
