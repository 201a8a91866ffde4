import { LOCALES, type MessageKey, makeI18n, translate } from '.';
import { en } from './en';
import { vi } from './vi';

const english = makeI18n('en', () => {});
const vietnamese = makeI18n('vi', () => {});

describe('messages that count', () => {
  it('say "1 target" and "2 targets" in English', () => {
    expect(english.t('children.bad', { count: 1 })).toBe('1 target below a floor');
    expect(english.t('children.bad', { count: 2 })).toBe('2 targets below a floor');
    expect(english.t('children.bad', { count: 0 })).toBe('0 targets below a floor');
    expect(english.t('units.search.results', { count: 1 })).toBe('1 matching unit');
    expect(english.t('cascade.selected', { selected: 1, count: 1 })).toBe('1 of 1 unit selected');
    expect(english.t('cascade.selected', { selected: 2, count: 11 })).toBe('2 of 11 units selected');
    expect(english.t('auth.tooManyAttempts', { count: 1 })).toContain('about 1 minute.');
  });

  it('count twice in one sentence', () => {
    const summary = (count: number, units: number) =>
      english.t('compliance.summary', {
        count,
        units: english.t('compliance.summaryUnits', { count: units }),
      });
    expect(summary(1, 1)).toBe('1 target below a floor in 1 unit');
    expect(summary(10, 3)).toBe('10 targets below a floor in 3 units');
    expect(
      vietnamese.t('compliance.summary', {
        count: 10,
        units: vietnamese.t('compliance.summaryUnits', { count: 10 }),
      }),
    ).toBe('10 chỉ tiêu chưa đạt ở 10 đơn vị');
  });

  it('have one form in Vietnamese, with Vietnamese separators', () => {
    expect(vietnamese.t('children.bad', { count: 1 })).toBe('1 chỉ tiêu chưa đạt');
    expect(vietnamese.t('children.bad', { count: 2 })).toBe('2 chỉ tiêu chưa đạt');
    expect(vietnamese.t('children.bad', { count: 1500 })).toBe('1.500 chỉ tiêu chưa đạt');
    expect(vietnamese.t('children.progress', { confirmed: 0, count: 11 })).toBe('0/11 đơn vị đã xác nhận');
    expect(english.t('children.bad', { count: 1500 })).toBe('1,500 targets below a floor');
  });
});

describe('the catalogs', () => {
  it('fill in placeholders, numbers written the locale’s way', () => {
    expect(translate('vi', 'validation.max', { max: 85.5 })).toBe('Không được lớn hơn 85,5');
    expect(translate('en', 'validation.max', { max: 3650 })).toBe('Must not be more than 3,650');
    expect(translate('en', 'target.save', { code: 'TTHC-01' })).toBe('Save target TTHC-01');
    // A value the call does not give stays visible rather than vanishing.
    expect(translate('en', 'target.save', {})).toBe('Save target {code}');
  });

  it('leave text as written, for React to escape', () => {
    expect(translate('en', 'units.search.empty', { q: '<b>&' })).toBe('No unit matches “<b>&”.');
  });

  it('give every key in each locale, and the same plural messages', () => {
    const catalogs = { vi, en } as Record<string, Record<MessageKey, unknown>>;
    for (const locale of LOCALES) {
      for (const key of Object.keys(vi) as MessageKey[]) {
        const text = translate(locale, key, { count: 2 });
        expect({ locale, key, missing: text === key }).toEqual({ locale, key, missing: false });
        expect(typeof catalogs[locale]?.[key]).toBe(typeof vi[key]);
      }
    }
  });
});
