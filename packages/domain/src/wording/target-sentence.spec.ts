import fc from 'fast-check';
import { numberVi } from './numbers';
import { targetSentenceVi, targetValueVi, targetWithFloorsSentenceVi } from './target-sentence';

describe('numbers as Vietnamese documents write them', () => {
  it('groups thousands with "." and writes decimals with ","', () => {
    expect(numberVi(1500)).toBe('1.500');
    expect(numberVi(85.5)).toBe('85,5');
    expect(numberVi(1_234_567.891)).toBe('1.234.567,89');
    expect(numberVi(0)).toBe('0');
    expect(numberVi(2 / 3, 1)).toBe('0,7');
  });

  it('reads back to the number, rounded to two decimals', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (n) => {
        const back = Number(numberVi(n).replaceAll('.', '').replace(',', '.'));
        expect(Math.abs(back - n)).toBeLessThanOrEqual(0.005 + n * 1e-15);
      }),
    );
  });
});

describe('a target as a sentence with its direction', () => {
  it('phrases the targets of the seeds', () => {
    expect(
      targetSentenceVi({
        name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
        measure: 'percent',
        direction: 'at_least',
        value: 98,
      }),
    ).toBe('Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 98%');
    expect(
      targetSentenceVi({ name: 'Mức độ hài lòng', measure: 'percent', direction: 'at_least', value: 85.5 }),
    ).toBe('Mức độ hài lòng đạt tối thiểu 85,5%');
    expect(
      targetSentenceVi({
        name: 'Thời gian giải quyết hồ sơ đất đai',
        measure: 'days',
        direction: 'at_most',
        value: 5,
      }),
    ).toBe('Thời gian giải quyết hồ sơ đất đai không quá 5 ngày');
    expect(
      targetSentenceVi({
        name: 'Số cán bộ, công chức bị kỷ luật',
        measure: 'count',
        direction: 'at_most',
        value: 0,
      }),
    ).toBe('Không có cán bộ, công chức bị kỷ luật');
    expect(
      targetSentenceVi({
        name: 'Cán bộ, công chức, viên chức bị xử lý kỷ luật',
        measure: 'count',
        direction: 'at_most',
        value: 0,
      }),
    ).toBe('Không có cán bộ, công chức, viên chức bị xử lý kỷ luật');
    expect(
      targetSentenceVi({ name: 'Số hồ sơ trực tuyến', measure: 'count', direction: 'at_least', value: 1500 }),
    ).toBe('Số hồ sơ trực tuyến đạt tối thiểu 1.500');
    expect(
      targetSentenceVi({
        name: 'Kinh phí chi thường xuyên',
        measure: 'million_vnd',
        direction: 'at_most',
        value: 1200,
      }),
    ).toBe('Kinh phí chi thường xuyên không quá 1.200 triệu đồng');
  });

  it('phrases a deadline with the date written out', () => {
    expect(
      targetSentenceVi({
        name: 'Ban hành kế hoạch CCHC của cấp dưới',
        measure: 'date',
        direction: 'at_most',
        value: '2024-06-30',
      }),
    ).toBe('Ban hành kế hoạch CCHC của cấp dưới hoàn thành trước ngày 30 tháng 6 năm 2024');
    expect(
      targetSentenceVi({ name: 'Khai trương', measure: 'date', direction: 'at_least', value: '2025-01-05' }),
    ).toBe('Khai trương không sớm hơn ngày 05 tháng 01 năm 2025');
  });

  it('writes values with their unit', () => {
    expect(targetValueVi('percent', 100)).toBe('100%');
    expect(targetValueVi('million_vnd', 406.5)).toBe('406,5 triệu đồng');
    expect(targetValueVi('days', 15)).toBe('15 ngày');
    expect(targetValueVi('date', '2025-07-30')).toBe('ngày 30 tháng 7 năm 2025');
  });

  it('starts with the name and ends with the value, for every direction and measure', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('percent', 'count', 'million_vnd', 'days') as fc.Arbitrary<
          'percent' | 'count' | 'million_vnd' | 'days'
        >,
        fc.constantFrom('at_least', 'at_most') as fc.Arbitrary<'at_least' | 'at_most'>,
        fc.integer({ min: 0, max: 100 }),
        (measure, direction, value) => {
          const s = targetSentenceVi({ name: 'Chỉ tiêu', measure, direction, value });
          const value_ = targetValueVi(measure, value);
          if (direction === 'at_most' && value === 0 && measure === 'count') {
            expect(s).toBe('Không có chỉ tiêu');
            return;
          }
          const word = direction === 'at_least' ? 'đạt tối thiểu' : value === 0 ? 'bằng' : 'không quá';
          expect(s).toBe(`Chỉ tiêu ${word} ${value_}`);
        },
      ),
    );
  });
});

describe('targetWithFloorsSentenceVi', () => {
  const target = {
    name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
    measure: 'percent',
    direction: 'at_least',
    value: 70,
  } as const;
  it("names each level with its bound, the plan's own first", () => {
    expect(targetWithFloorsSentenceVi(target, 'thị xã', [{ level: 'xã', value: 60 }])).toBe(
      'Tỷ lệ hồ sơ giải quyết đúng hạn: cấp thị xã tối thiểu 70%, cấp xã tối thiểu 60%',
    );
    expect(
      targetWithFloorsSentenceVi({ ...target, measure: 'days', direction: 'at_most', value: 5 }, 'tỉnh', [
        { level: 'huyện', value: 7 },
        { level: 'xã', value: 10 },
      ]),
    ).toBe(
      'Tỷ lệ hồ sơ giải quyết đúng hạn: cấp tỉnh không quá 5 ngày, cấp huyện không quá 7 ngày, cấp xã không quá 10 ngày',
    );
  });
  it('is the plain sentence without floors', () => {
    expect(targetWithFloorsSentenceVi(target, 'tỉnh', [])).toBe(
      'Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 70%',
    );
  });
});
