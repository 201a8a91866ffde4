import fc from 'fast-check';
import { formatLocaleNumber, parseLocaleNumber } from './locale-number';

const value = (text: string, locale: 'vi' | 'en', units?: string[]) => {
  const r = parseLocaleNumber(text, locale, { units });
  return r.ok ? r.value : r.problem;
};

describe('parseLocaleNumber', () => {
  it('reads a thousands grouping and a decimal as Vietnamese officials write them', () => {
    expect(value('1.500', 'vi')).toBe(1500);
    expect(value('85,5', 'vi')).toBe(85.5);
    expect(value('1.234.567', 'vi')).toBe(1_234_567);
    expect(value('1.234,5', 'vi')).toBe(1234.5);
    expect(value('0,5', 'vi')).toBe(0.5);
    expect(value(',5', 'vi')).toBe(0.5);
    expect(value('85,50', 'vi')).toBe(85.5);
    expect(value('1500', 'vi')).toBe(1500);
  });

  it('reads them the English way in English', () => {
    expect(value('1,500', 'en')).toBe(1500);
    expect(value('85.5', 'en')).toBe(85.5);
    expect(value('1,234,567', 'en')).toBe(1_234_567);
    expect(value('1,234.5', 'en')).toBe(1234.5);
    expect(value('0.5', 'en')).toBe(0.5);
    expect(value('.5', 'en')).toBe(0.5);
    expect(value('85.50', 'en')).toBe(85.5);
  });

  it('gives the same keys their own meaning in each language', () => {
    expect(value('1.500', 'en')).toBe(1.5);
    expect(value('1,500', 'vi')).toBe(1.5);
  });

  it('refuses a dot or comma that is neither a grouping nor the decimal separator, instead of guessing', () => {
    expect(value('1.5', 'vi')).toBe('grouping');
    expect(value('1.50', 'vi')).toBe('grouping');
    expect(value('1.2345', 'vi')).toBe('grouping');
    expect(value('12.34.567', 'vi')).toBe('grouping');
    expect(value('0.500', 'vi')).toBe('grouping');
    expect(value('1,5.3', 'vi')).toBe('grouping');
    expect(value('1,234,567', 'vi')).toBe('decimal');
    expect(value('12,3,4', 'vi')).toBe('decimal');
    expect(value('12,3,4', 'en')).toBe('grouping');
    expect(value('85,50', 'en')).toBe('grouping');
    expect(value('1.234.567', 'en')).toBe('decimal');
    expect(value('5,', 'vi')).toBe('decimal');
    expect(value('1 500.000', 'vi')).toBe('grouping');
  });

  it('takes spaces around and as a grouping in both languages', () => {
    expect(value('  1.500 ', 'vi')).toBe(1500);
    expect(value('1 500', 'vi')).toBe(1500);
    expect(value('1 500', 'en')).toBe(1500);
    expect(value('1\u00a0234\u00a0567,5', 'vi')).toBe(1_234_567.5);
    expect(value('1\u202f500', 'en')).toBe(1500);
  });

  it('reads a minus sign; whether a negative number is allowed is the field’s rule', () => {
    expect(value('-3', 'vi')).toBe(-3);
    expect(value('\u22121.500,5', 'vi')).toBe(-1500.5);
  });

  it('refuses what is no number', () => {
    expect(value('', 'vi')).toBe('empty');
    expect(value('   ', 'en')).toBe('empty');
    expect(value('1e3', 'vi')).toBe('notANumber');
    expect(value('1e3', 'en')).toBe('notANumber');
    expect(value('abc', 'vi')).toBe('notANumber');
    expect(value('+3', 'vi')).toBe('notANumber');
    expect(value('-', 'vi')).toBe('notANumber');
    expect(value(',', 'vi')).toBe('notANumber');
    expect(value('85 %', 'vi')).toBe('notANumber');
    expect(value('1.500 triệu', 'vi')).toBe('notANumber');
  });

  it('reads past the unit the field shows, and only that one', () => {
    expect(value('85,5 %', 'vi', ['%'])).toBe(85.5);
    expect(value('85,5%', 'vi', ['%'])).toBe(85.5);
    expect(value('1.500 triệu đồng', 'vi', ['triệu đồng', 'triệu'])).toBe(1500);
    expect(value('1.500 triệu', 'vi', ['triệu đồng', 'triệu'])).toBe(1500);
    expect(value('1.500 Triệu', 'vi', ['triệu'])).toBe(1500);
    expect(value('15 ngày', 'vi', ['%'])).toBe('notANumber');
    expect(value('%', 'vi', ['%'])).toBe('empty');
  });
});

describe('parseLocaleNumber on any text', () => {
  it('never throws, and what it reads is a finite number', () => {
    const typed = fc.stringMatching(/^[-\d.,  %a-z]{0,14}$/);
    fc.assert(
      fc.property(
        fc.oneof(typed, fc.string()),
        fc.constantFrom('vi' as const, 'en' as const),
        (text, locale) => {
          const r = parseLocaleNumber(text, locale, { units: ['%'] });
          if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
        },
      ),
    );
  });
});

describe('formatLocaleNumber', () => {
  it('writes each language’s separators', () => {
    expect(formatLocaleNumber(1500, 'vi')).toBe('1.500');
    expect(formatLocaleNumber(85.5, 'vi')).toBe('85,5');
    expect(formatLocaleNumber(1_234_567.891, 'vi')).toBe('1.234.567,89');
    expect(formatLocaleNumber(1500, 'en')).toBe('1,500');
    expect(formatLocaleNumber(85.5, 'en')).toBe('85.5');
    expect(formatLocaleNumber(2025, 'vi', { grouping: false })).toBe('2025');
    expect(formatLocaleNumber(85.555, 'vi', { maximumFractionDigits: 6 })).toBe('85,555');
  });

  it('is read back by parseLocaleNumber in both languages', () => {
    const hundredths = fc.integer({ min: -1e14, max: 1e14 }).map((n) => n / 100);
    fc.assert(
      fc.property(
        hundredths,
        fc.constantFrom('vi' as const, 'en' as const),
        fc.boolean(),
        (n, locale, grouping) => {
          const back = parseLocaleNumber(formatLocaleNumber(n, locale, { grouping }), locale);
          expect(back).toEqual({ ok: true, value: n === 0 ? 0 : n });
        },
      ),
    );
  });
});
