import {
  dueInputToRequest,
  formatDate,
  formatDue,
  formatNumber,
  formatTargetValue,
  parseDateInput,
  toRoman,
} from './format';
import { draftToValue, valueToDraft } from './target-draft';

const unit = (m: string) => ({ percent: '%', million_vnd: 'triệu đồng', days: 'ngày' })[m] ?? '';

describe('numbers and dates as Vietnamese documents write them', () => {
  it('uses Vietnamese separators in Vietnamese, British ones in English', () => {
    expect(formatNumber(1250.5, 'vi')).toBe('1.250,5');
    expect(formatNumber(1250.5, 'en')).toBe('1,250.5');
  });

  it('writes dates dd/mm/yyyy', () => {
    expect(formatDate('2025-01-31')).toBe('31/01/2025');
  });

  it('reads dd/mm/yyyy and ISO dates, and refuses dates that do not exist', () => {
    expect(parseDateInput('31/1/2025')).toBe('2025-01-31');
    expect(parseDateInput(' 05.03.2025 ')).toBe('2025-03-05');
    expect(parseDateInput('2025-12-31')).toBe('2025-12-31');
    expect(parseDateInput('31/02/2025')).toBeNull();
    expect(parseDateInput('Quý I/2025')).toBeNull();
  });

  it('writes target values with their unit', () => {
    expect(formatTargetValue('percent', 98.5, 'vi', unit)).toBe('98,5 %');
    expect(formatTargetValue('million_vnd', 1200, 'vi', unit)).toBe('1.200 triệu đồng');
    expect(formatTargetValue('date', '2025-01-31', 'vi', unit)).toBe('31/01/2025');
    expect(formatTargetValue('count', 0, 'vi', unit)).toBe('0');
    expect(formatTargetValue('percent', null, 'vi', unit)).toBe('—');
  });

  it('numbers sections in Roman numerals', () => {
    expect([1, 2, 7].map(toRoman)).toEqual(['I', 'II', 'VII']);
  });
});

describe('task due dates', () => {
  it('reads what people type into the API form', () => {
    expect(dueInputToRequest('15/03/2025')).toBe('2025-03-15');
    expect(dueInputToRequest('Quý II/2025')).toBe('2025-Q2');
    expect(dueInputToRequest('quy iv/2025')).toBe('2025-Q4');
    expect(dueInputToRequest('Q3/2025')).toBe('2025-Q3');
    expect(dueInputToRequest('2025-Q1')).toBe('2025-Q1');
    expect(dueInputToRequest('Năm 2025')).toBe('2025');
    expect(dueInputToRequest('2025')).toBe('2025');
    expect(dueInputToRequest('  ')).toBeNull();
    // Unreadable text goes through for the contract to refuse.
    expect(dueInputToRequest('sớm nhất có thể')).toBe('sớm nhất có thể');
  });

  it('writes them back as plans do, and reads its own writing', () => {
    for (const due of ['2025-03-15', '2025-Q2', '2025']) {
      expect(dueInputToRequest(formatDue(due, 'vi'))).toBe(due);
      expect(dueInputToRequest(formatDue(due, 'en'))).toBe(due);
    }
    expect(formatDue('2025-Q2', 'vi')).toBe('Quý II/2025');
    expect(formatDue('2025-03-15', 'vi')).toBe('15/03/2025');
    expect(formatDue('2025', 'vi')).toBe('Năm 2025');
    expect(formatDue('2025-Q2', 'en')).toBe('Q2/2025');
    expect(formatDue('2025', 'en')).toBe('Year 2025');
  });
});

describe('target value drafts', () => {
  it('round-trips numbers and dates', () => {
    expect(draftToValue('percent', valueToDraft('percent', 95))).toBe(95);
    expect(valueToDraft('date', '2025-01-31')).toBe('31/01/2025');
    expect(draftToValue('date', '31/01/2025')).toBe('2025-01-31');
    expect(draftToValue('percent', '')).toBeUndefined();
    expect(draftToValue('date', '31/13/2025')).toBe('31/13/2025');
  });
});
