import fc from 'fast-check';
import { longDateVi } from './dates';
import { legalBasisLine } from './legal-basis';

const socTrang = {
  documentNumber: '218/KH-UBND',
  unitType: 'Tỉnh',
  unitName: 'Sóc Trăng',
  title: 'Kế hoạch Thực hiện cải cách hành chính năm 2024',
};

describe('the legal-basis line of a derived plan', () => {
  it('names the parent plan by number, date and issuing committee (seed 000)', () => {
    expect(legalBasisLine({ ...socTrang, issuedOn: '2024-01-05' })).toBe(
      'Căn cứ Kế hoạch số 218/KH-UBND ngày 05 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh Sóc Trăng về thực hiện cải cách hành chính năm 2024',
    );
  });

  it('leaves out what is not known yet', () => {
    expect(legalBasisLine(socTrang)).toBe(
      'Căn cứ Kế hoạch số 218/KH-UBND của Ủy ban nhân dân tỉnh Sóc Trăng về thực hiện cải cách hành chính năm 2024',
    );
    expect(legalBasisLine({ ...socTrang, documentNumber: null, issuedOn: null })).toBe(
      'Căn cứ Kế hoạch của Ủy ban nhân dân tỉnh Sóc Trăng về thực hiện cải cách hành chính năm 2024',
    );
    expect(legalBasisLine({ ...socTrang, documentNumber: ' ' })).toMatch(/^Căn cứ Kế hoạch của /);
  });

  it('writes the unit type in lower case and keeps an acronym that opens the title', () => {
    expect(
      legalBasisLine({
        documentNumber: '05/KH-UBND',
        issuedOn: '2023-01-13',
        unitType: 'Thị xã',
        unitName: 'Ngã Năm',
        title: 'CCHC năm 2023',
      }),
    ).toBe(
      'Căn cứ Kế hoạch số 05/KH-UBND ngày 13 tháng 01 năm 2023 của Ủy ban nhân dân thị xã Ngã Năm về CCHC năm 2023',
    );
    expect(
      legalBasisLine({ ...socTrang, unitType: 'Thành phố', unitName: 'Cần Thơ', title: 'Khắc phục hạn chế' }),
    ).toBe('Căn cứ Kế hoạch số 218/KH-UBND của Ủy ban nhân dân thành phố Cần Thơ về khắc phục hạn chế');
  });

  it('always carries the number, the date written out and the unit, in that order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 10_957, max: 47_846 }),
        fc.constantFrom('Tỉnh', 'Huyện', 'Thị xã', 'Xã', 'Phường'),
        (n, day, unitType) => {
          const issuedOn = new Date(day * 86_400_000).toISOString().slice(0, 10);
          const line = legalBasisLine({ ...socTrang, documentNumber: `${n}/KH-UBND`, issuedOn, unitType });
          expect(line).toBe(
            `Căn cứ Kế hoạch số ${n}/KH-UBND ${longDateVi(issuedOn)} của Ủy ban nhân dân ${unitType.toLocaleLowerCase('vi')} Sóc Trăng về thực hiện cải cách hành chính năm 2024`,
          );
        },
      ),
    );
  });
});
