import type { AppendixImportResponse, AppendixImportRow } from '@cchc/contracts';
import { ApiError } from '../../../lib/api-client';
import { makeI18n } from '../../../lib/i18n';
import { type RefusedRow, refusedRows } from '../api/import-appendix';
import { fallbackFileName, planFileUrl } from '../api/plan-files';
import { describeRowError, dueShown, importable, previewSections } from './appendix-preview';

const vi = makeI18n('vi', () => {});
const en = makeI18n('en', () => {});

const row = (r: Partial<AppendixImportRow> & Pick<AppendixImportRow, 'row' | 'area'>): AppendixImportRow => ({
  title: `Nhiệm vụ dòng ${r.row}`,
  product: null,
  leadAgency: 'Phòng Nội vụ',
  coordinatingAgencies: [],
  budgetMillionVnd: 0,
  due: null,
  dueText: null,
  dueOutsidePlanYear: false,
  ...r,
});

describe('the rows an appendix import refused, in Vietnamese', () => {
  const refused = (rule: RefusedRow['rule'], column: string | null, row = 7): RefusedRow => ({
    row,
    column,
    rule,
    field: column ? `row ${row}.${column}` : `row ${row}`,
    message: 'the API’s English, not read',
  });

  it('words each rule the API names, with the row and the column as the sheet writes them', () => {
    const cases: [RefusedRow['rule'], string | null, string][] = [
      ['negative', 'budgetMillionVnd', 'Dòng 7: Kinh phí không được âm'],
      ['notNumber', 'budgetMillionVnd', 'Dòng 7: Kinh phí phải là số'],
      ['formulaError', 'budgetMillionVnd', 'Dòng 7: Kinh phí: công thức cho kết quả lỗi'],
      ['tooLarge', 'budgetMillionVnd', 'Dòng 7: Kinh phí quá lớn'],
      ['impossibleDate', 'due', 'Dòng 7: Thời gian hoàn thành: ngày không có thật'],
      [
        'unreadable',
        'due',
        'Dòng 7: Thời gian hoàn thành không đọc được (cách ghi: "Quý I/2024", "Năm 2024", "31/12/2024")',
      ],
      [
        'outsideSection',
        null,
        'Dòng 7: Nhiệm vụ không thuộc mục nào: thêm dòng tên mục (I, II, …) phía trên',
      ],
      ['unknownSection', 'title', 'Dòng 7: Tên mục không ứng với lĩnh vực cải cách hành chính nào'],
      ['empty', 'title', 'Dòng 7: Nhiệm vụ còn trống'],
      ['tooLong', 'product', 'Dòng 7: Sản phẩm quá dài'],
      ['tooManyItems', 'coordinatingAgencies', 'Dòng 7: Cơ quan phối hợp có quá nhiều cơ quan'],
    ];
    for (const [rule, column, text] of cases)
      expect(describeRowError(refused(rule, column), vi.t)).toBe(text);
  });

  it('says what is wrong with the file as a whole without a row number', () => {
    expect(describeRowError(refused('noHeader', null, 0), vi.t)).toBe(
      'Không tìm thấy dòng tên cột (STT, Nhiệm vụ, Cơ quan chủ trì, …)',
    );
    expect(describeRowError(refused('tooMany', null, 0), vi.t)).toBe('Tệp có quá nhiều nhiệm vụ');
    expect(describeRowError(refused('notXlsx', 'file', 0), vi.t)).toBe(
      'Tệp không phải là bảng tính Excel (.xlsx)',
    );
  });

  it('shows the API’s message, with the column, for a refusal it cannot name', () => {
    expect(describeRowError({ ...refused(null, 'leadAgency', 3), message: 'something odd' }, vi.t)).toBe(
      'Dòng 3: Cơ quan chủ trì: something odd',
    );
    expect(describeRowError({ ...refused(null, null, 3), message: 'something odd' }, vi.t)).toBe(
      'Dòng 3: something odd',
    );
  });

  it('has the same sentences in English', () => {
    expect(describeRowError(refused('negative', 'budgetMillionVnd'), en.t)).toBe(
      'Row 7: Budget may not be negative',
    );
  });

  it('reads the bad rows of a refused import (400 APPENDIX_INVALID) from its problem body', () => {
    const problem = {
      type: 'x',
      title: 'Bad Request',
      status: 400,
      detail: 'x',
      code: 'APPENDIX_INVALID' as const,
      requestId: 'r',
      errors: [
        {
          field: 'row 7.budgetMillionVnd',
          message: 'negative',
          row: 7,
          column: 'budgetMillionVnd',
          rule: 'negative',
        },
      ],
    };
    expect(refusedRows(new ApiError(400, problem, 'x'))).toEqual(problem.errors);
    expect(refusedRows(new ApiError(409, { ...problem, code: 'PLAN_ISSUED' }, 'x'))).toEqual([]);
    // A body that is no workbook: the file's own problem.
    const notXlsx = refusedRows(
      new ApiError(
        400,
        {
          ...problem,
          code: 'VALIDATION_FAILED',
          errors: [{ field: 'body', message: 'is not an Excel workbook (.xlsx)' }],
        },
        'x',
      ),
    );
    expect(notXlsx).toEqual([
      { field: 'body', message: 'is not an Excel workbook (.xlsx)', row: 0, column: 'file', rule: 'notXlsx' },
    ]);
    expect(notXlsx[0] && describeRowError(notXlsx[0], vi.t)).toBe(
      'Tệp không phải là bảng tính Excel (.xlsx)',
    );
    expect(refusedRows(new Error('x'))).toEqual([]);
  });
});

describe('what an appendix import read', () => {
  const result: AppendixImportResponse = {
    dryRun: true,
    errors: [],
    rows: [
      row({ row: 9, area: 'administrative_procedures', budgetMillionVnd: 5 }),
      row({ row: 6, area: 'institutions', budgetMillionVnd: 1200.5 }),
      row({ row: 7, area: 'institutions', budgetMillionVnd: 4.5, dueText: 'Quý I/2023', due: '2023-Q1' }),
    ],
    sections: [
      { area: 'institutions', tasksAdded: 2, budgetMillionVnd: 1205 },
      { area: 'administrative_procedures', tasksAdded: 1, budgetMillionVnd: 5 },
    ],
    tasksAdded: 3,
    budgetMillionVnd: 1210,
  };

  it('groups the rows under their sections, numbered I, II in the standard order', () => {
    const sections = previewSections(result);
    expect(sections.map((s) => [s.numeral, s.area, s.rows.map((r) => r.row), s.tasksAdded])).toEqual([
      ['I', 'institutions', [6, 7], 2],
      ['II', 'administrative_procedures', [9], 1],
    ]);
    expect(vi.formatNumber(sections[0]?.budgetMillionVnd ?? 0, 3)).toBe('1.205');
  });

  it('shows the completion time as typed, else as the API read it', () => {
    const [, typed] = previewSections(result)[0]?.rows ?? [];
    expect(typed && dueShown(typed, vi.formatDue)).toBe('Quý I/2023');
    expect(dueShown(row({ row: 1, area: 'institutions', due: '2024-03-15' }), vi.formatDue)).toBe(
      '15/03/2024',
    );
    expect(dueShown(row({ row: 1, area: 'institutions' }), vi.formatDue)).toBe('');
  });

  it('may be imported only when it adds tasks and nothing is wrong', () => {
    expect(importable(result)).toBe(true);
    expect(importable(undefined)).toBe(false);
    expect(importable({ ...result, rows: [], sections: [], tasksAdded: 0 })).toBe(false);
    expect(
      importable({
        ...result,
        errors: [{ row: 7, column: 'due', field: 'row 7.due', message: 'unreadable', rule: 'unreadable' }],
      }),
    ).toBe(false);
  });
});

describe('the plan’s files', () => {
  const id = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
  it('links to the API’s files, of an issued version when one is given', () => {
    expect(planFileUrl('docx', id)).toBe(`/api/plans/${id}/document.docx`);
    expect(planFileUrl('pdf', id, 2)).toBe(`/api/plans/${id}/document.pdf?version=2`);
    expect(planFileUrl('xlsx', id, 1)).toBe(`/api/plans/${id}/appendix.xlsx?version=1`);
  });

  it('names a file the server did not name', () => {
    expect(fallbackFileName('pdf', { unitCode: '947', year: 2024 })).toBe('ke-hoach-947-2024.pdf');
    expect(fallbackFileName('xlsx', { unitCode: '947', year: 2024 }, 2)).toBe('phu-luc-947-2024-lan-2.xlsx');
  });
});
