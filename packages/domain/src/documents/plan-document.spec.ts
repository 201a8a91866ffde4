import fc from 'fast-check';
import { REFORM_AREAS } from '../plans/reform-area';
import {
  type AppendixTask,
  appendixOf,
  documentPlaceVi,
  defaultRecipientsVi,
  issuingBodyLinesVi,
  ownLevelWordVi,
  signatureLinesVi,
} from './plan-document';
import { reformAreaOfHeading } from './read-appendix-section';

const task = (budgetMillionVnd: number, title = 'Nhiệm vụ'): AppendixTask => ({
  title,
  product: null,
  leadAgency: null,
  coordinatingAgencies: [],
  budgetMillionVnd,
  dueText: null,
  inherited: false,
});

describe('appendixOf', () => {
  it('numbers the sections I, II … in the standard order, rows 1, 2 … inside, with subtotals, total and words', () => {
    const appendix = appendixOf([
      { area: 'direction', tasks: [task(80), task(150)] },
      { area: 'apparatus', tasks: [] },
      { area: 'institutions', tasks: [task(975)] },
    ]);
    expect(appendix.sections.map((s) => [s.numeral, s.area, s.heading, s.subtotalMillionVnd])).toEqual([
      ['I', 'institutions', 'CẢI CÁCH THỂ CHẾ', 975],
      ['II', 'direction', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH', 230],
    ]);
    expect(appendix.sections[1]?.rows.map((r) => r.number)).toEqual([1, 2]);
    expect(appendix.totalMillionVnd).toBe(1205);
    expect(appendix.totalInWords).toBe('Một nghìn hai trăm linh năm triệu đồng');
  });

  it('adds up fractions of a million exactly', () => {
    const appendix = appendixOf([{ area: 'institutions', tasks: [task(0.1), task(0.2)] }]);
    expect(appendix.totalMillionVnd).toBe(0.3);
    expect(appendix.totalInWords).toBe('Ba trăm nghìn đồng');
  });

  it('totals the sections, and each section its rows, for any plan', () => {
    const budgets = fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...REFORM_AREAS), budgets), { maxLength: 9 }),
        (areas) => {
          const unique = [...new Map(areas.map(([a, b]) => [a, b])).entries()];
          const appendix = appendixOf(unique.map(([area, b]) => ({ area, tasks: b.map((x) => task(x)) })));
          const all = unique.flatMap(([, b]) => b);
          expect(appendix.totalMillionVnd).toBe(all.reduce((s, x) => s + x, 0));
          expect(appendix.sections.length).toBe(unique.filter(([, b]) => b.length > 0).length);
          for (const s of appendix.sections) {
            expect(s.subtotalMillionVnd).toBe(s.rows.reduce((sum, r) => sum + r.task.budgetMillionVnd, 0));
          }
        },
      ),
    );
  });
});

describe('the document header and signature', () => {
  it('writes the issuing body in capitals', () => {
    expect(issuingBodyLinesVi({ type: 'Thị xã', name: 'Ngã Năm' })).toEqual([
      'ỦY BAN NHÂN DÂN',
      'THỊ XÃ NGÃ NĂM',
    ]);
    expect(issuingBodyLinesVi({ type: 'Tỉnh', name: 'Sóc Trăng' })).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH SÓC TRĂNG',
    ]);
  });

  it("signs for the committee (TM.) or on the chair's behalf (KT.); a draft has the committee's block", () => {
    expect(signatureLinesVi({ name: 'Kim Thái Phong', title: 'Chủ tịch', capacity: 'TM' })).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
    ]);
    expect(signatureLinesVi({ name: 'Nguyễn Văn Minh', title: 'Phó Chủ tịch', capacity: 'KT' })).toEqual([
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
    expect(signatureLinesVi(null)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  });

  it('names the plan\'s own level by its type, and a commune\'s as "xã"', () => {
    expect(ownLevelWordVi('district', 'Thị xã')).toBe('thị xã');
    expect(ownLevelWordVi('province', 'Tỉnh')).toBe('tỉnh');
    expect(ownLevelWordVi('commune', 'Phường')).toBe('xã');
  });

  it('lists the recipients a town sends its plan to (seed 000)', () => {
    const list = defaultRecipientsVi('district', 'Thị xã');
    expect(list).toContain('Sở Nội vụ tỉnh;');
    expect(list).toContain('TT. Thị ủy;');
    expect(list).toContain('TT. HĐND thị xã;');
    expect(list.at(-1)).toBe('Lưu: VT, VP.');
  });
});

describe('reformAreaOfHeading', () => {
  it.each([
    ['I. CẢI CÁCH THỂ CHẾ', 'institutions'],
    ['Cải cách thủ tục hành chính', 'administrative_procedures'],
    ['CẢI CÁCH TTHC', 'administrative_procedures'],
    ['Cải cách tổ chức bộ máy hành chính nhà nước', 'apparatus'],
    ['Cải cách chế độ công vụ', 'civil_service'],
    ['Cải cách tài chính công', 'public_finance'],
    ['Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', 'digital_government'],
    ['Chuyển đổi số', 'digital_government'],
    ['Công tác chỉ đạo, điều hành và tuyên truyền cải cách hành chính', 'direction'],
    ['Sự hài lòng của người dân, tổ chức (SIPAS)', 'satisfaction'],
    ['Tác động của cải cách hành chính đến phát triển kinh tế - xã hội', 'socio_economic_impact'],
    ['Nội dung khác', null],
  ])('%s → %s', (heading, area) => {
    expect(reformAreaOfHeading(heading)).toBe(area);
  });
});

describe('where a unit dates its documents', () => {
  it('is the unit\'s name, or "Phường 1" for a name that is a number', () => {
    expect(documentPlaceVi({ type: 'Thị xã', name: 'Ngã Năm' })).toBe('Ngã Năm');
    expect(documentPlaceVi({ type: 'Phường', name: '1' })).toBe('Phường 1');
    expect(documentPlaceVi({ type: 'Phường', name: '10' })).toBe('Phường 10');
  });

  it('never leaves a bare number, and keeps any name that starts with a letter as it is', () => {
    fc.assert(
      fc.property(fc.constantFrom('Phường', 'Xã', 'Thị trấn'), fc.string({ minLength: 1 }), (type, name) => {
        const place = documentPlaceVi({ type, name });
        expect(/^\d/.test(place)).toBe(false);
        if (/^\p{L}/u.test(name.trim())) expect(place).toBe(name.trim());
      }),
    );
  });
});
