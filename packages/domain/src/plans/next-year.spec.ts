import fc from 'fast-check';
import { nextYearLegalBasis, nextYearTitle } from './next-year';

describe('next year', () => {
  it('moves the year in the title as plans write it', () => {
    expect(nextYearTitle('Kế hoạch Thực hiện cải cách hành chính năm 2024', 2024)).toBe(
      'Kế hoạch Thực hiện cải cách hành chính năm 2025',
    );
    expect(nextYearTitle('Kế hoạch CCHC NĂM 2024 của huyện', 2024)).toBe('Kế hoạch CCHC NĂM 2025 của huyện');
    expect(nextYearTitle('Kế hoạch CCHC 2024', 2024)).toBe('Kế hoạch CCHC 2025');
    expect(nextYearTitle('Kế hoạch CCHC giai đoạn 2021-2024', 2024)).toBe(
      'Kế hoạch CCHC giai đoạn 2021-2024',
    );
    expect(nextYearTitle('Kế hoạch cải cách hành chính', 2024)).toBe('Kế hoạch cải cách hành chính');
    expect(nextYearTitle('Kế hoạch CCHC năm 2024 (bổ sung năm 2024)', 2024)).toBe(
      'Kế hoạch CCHC năm 2025 (bổ sung năm 2025)',
    );
  });

  it('never moves another year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 2000, max: 2099 }),
        (year, other) => {
          fc.pre(other !== year);
          const title = `Kế hoạch CCHC năm ${other}`;
          expect(nextYearTitle(title, year)).toBe(title);
          expect(nextYearTitle(`Kế hoạch CCHC năm ${year}`, year)).toBe(`Kế hoạch CCHC năm ${year + 1}`);
        },
      ),
    );
  });

  it("keeps laws and decrees, drops this year's plans, and cites the plan it comes from", () => {
    const decree = 'Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ';
    const province =
      'Căn cứ Kế hoạch số 218/KH-UBND ngày 19 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh Sóc Trăng về thực hiện cải cách hành chính năm 2024';
    const longTerm = 'Căn cứ Kế hoạch số 45/KH-UBND của Ủy ban nhân dân tỉnh Sóc Trăng giai đoạn 2021-2030';
    const from =
      'Căn cứ Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2024 của Ủy ban nhân dân thị xã Ngã Năm về cải cách hành chính năm 2024';
    expect(nextYearLegalBasis([decree, province, longTerm], 2024, from)).toEqual([decree, longTerm, from]);
    expect(nextYearLegalBasis([], 2024, from)).toEqual([from]);
    expect(nextYearLegalBasis([from], 2024, from)).toEqual([from]);
  });
});
