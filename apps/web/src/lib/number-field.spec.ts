import { updateTargetRequest } from '@cchc/contracts';
import { type MessageKey, translate } from './i18n';
import { numberDraftProblem, readNumberText, showNumberDraft } from './number-field';
import { draftToValue } from './target-draft';
import { contractResolver } from './use-contract-form';

const vi = (key: MessageKey, params?: Record<string, string | number>) => translate('vi', key, params);

describe('a number field, as LocaleNumberInput reads and shows it', () => {
  it('reads "1.500" as one thousand five hundred in Vietnamese, and "1,500" in English', () => {
    expect(readNumberText('1.500', 'vi')).toBe(1500);
    expect(readNumberText('85,5', 'vi')).toBe(85.5);
    expect(readNumberText('1,500', 'en')).toBe(1500);
    expect(readNumberText('85.5', 'en')).toBe(85.5);
    expect(readNumberText('', 'vi')).toBe('');
  });

  it('shows the number back the locale’s way, with the field’s unit, and reads that back', () => {
    expect(showNumberDraft(1500, 'vi')).toBe('1.500');
    expect(showNumberDraft(1500, 'en')).toBe('1,500');
    expect(showNumberDraft(2025, 'vi', { grouping: false })).toBe('2025');
    expect(showNumberDraft(95.5, 'vi', { suffix: '%' })).toBe('95,5 %');
    expect(readNumberText('95,5 %', 'vi', { suffix: '%' })).toBe(95.5);
    expect(showNumberDraft(85.555, 'vi')).toBe('85,555');
  });

  it('keeps text that reads as no number as typed, and tells why in the reader’s language', () => {
    expect(readNumberText('1.5', 'vi')).toBe('1.5');
    expect(numberDraftProblem('1.5', 'vi')).toBe('grouping');
    expect(vi(`number.problem.${numberDraftProblem('1.5', 'vi') ?? 'grouping'}`)).toContain('1.500');
    expect(numberDraftProblem('12,3,4', 'vi')).toBe('decimal');
    expect(numberDraftProblem('1.500 triệu', 'vi')).toBe('notANumber');
    expect(numberDraftProblem(1500, 'vi')).toBeNull();
    expect(numberDraftProblem('', 'vi')).toBeNull();
  });

  it('"955" in a percent field stays 955 and is refused on the field, so nothing is sent', () => {
    const draft = readNumberText('955', 'vi', { suffix: '%' });
    expect(draft).toBe(955);
    expect(showNumberDraft(draft, 'vi', { suffix: '%' })).toBe('955 %');
    const resolve = contractResolver(updateTargetRequest, vi, {
      schemaInput: (patch: object) => ({ ...patch, measure: 'percent' }),
    });
    expect(resolve({ value: draftToValue('percent', draft) })).toEqual({ value: vi('validation.percent') });
  });

  it('text that reads as no number never reaches a request as a guessed number', () => {
    expect(draftToValue('million_vnd', readNumberText('1.5', 'vi'))).toBe('1.5');
    const resolve = contractResolver(updateTargetRequest, vi, {
      schemaInput: (patch: object) => ({ ...patch, measure: 'million_vnd' }),
    });
    expect(Object.keys(resolve({ value: draftToValue('million_vnd', '1.5') }))).toEqual(['value']);
  });
});
