import type { AppendixImportResponse, AppendixImportRow } from '@cchc/contracts';
import { ApiError } from '../../../lib/api-client';
import { makeI18n } from '../../../lib/i18n';
import { refusedRows } from '../api/import-appendix';
import { fallbackFileName, planFileUrl } from '../api/plan-files';
import { describeRowError, dueShown, importable, previewSections, rowErrorKind } from './appendix-preview';

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
  it('names the row and the column as the sheet writes them', () => {
    expect(
      describeRowError(
        {
          row: 7,
          column: 'budgetMillionVnd',
          field: 'budgetMillionVnd',
          message: 'budget must not be negative',
        },
        vi.t,
      ),
    ).toBe('Dòng 7: Kinh phí không được âm');
    expect(
      describeRowError({ row: 9, column: 'due', field: 'due', message: 'impossible date 31/02/2024' }, vi.t),
    ).toBe('Dòng 9: Thời gian hoàn thành: ngày không có thật');
    expect(
      describeRowError(
        { row: 12, column: 'due', field: 'due', message: 'unreadable completion time "sớm"' },
        vi.t,
      ),
    ).toMatch(/^Dòng 12: Thời gian hoàn thành không đọc được/);
    expect(
      describeRowError(
        { row: 5, column: 'title', field: 'title', message: 'task row outside any section' },
        vi.t,
      ),
    ).toBe('Dòng 5: Nhiệm vụ không thuộc mục nào: thêm dòng tên mục (I, II, …) phía trên');
    expect(
      describeRowError(
        { row: 4, column: 'area', field: 'area', message: 'the section names no reform area' },
        vi.t,
      ),
    ).toBe('Dòng 4: Tên mục không ứng với lĩnh vực cải cách hành chính nào');
    expect(
      describeRowError(
        {
          row: 8,
          column: 'budgetMillionVnd',
          field: 'budgetMillionVnd',
          message: 'budget is not a number: "abc"',
        },
        vi.t,
      ),
    ).toBe('Dòng 8: Kinh phí phải là số');
    expect(
      describeRowError({ row: 10, column: 'title', field: 'title', message: 'title is empty' }, vi.t),
    ).toBe('Dòng 10: Nhiệm vụ còn trống');
    expect(
      describeRowError(
        { row: 11, column: 'product', field: 'product', message: 'at most 500 characters' },
        vi.t,
      ),
    ).toBe('Dòng 11: Sản phẩm quá dài');
  });

  it('tells each problem the API’s reader names (apps/api read-appendix.ts) in Vietnamese', () => {
    const cases: [string, string, string][] = [
      ['budgetMillionVnd', '-5 is negative: a budget is 0 or more', 'Kinh phí không được âm'],
      ['budgetMillionVnd', '"abc" is not an amount in million VND (1.500 or 1.500,5)', 'Kinh phí phải là số'],
      ['budgetMillionVnd', '"15/03/2024" is a date, not an amount in million VND', 'Kinh phí phải là số'],
      [
        'budgetMillionVnd',
        "the formula's result is an error (#DIV/0!)",
        'Kinh phí: công thức cho kết quả lỗi',
      ],
      ['budgetMillionVnd', '2000000000 is more than 1000000000 million VND', 'Kinh phí quá lớn'],
      ['due', '"31/02/2024" is not a date that exists', 'Thời gian hoàn thành: ngày không có thật'],
      ['due', 'is not a date that exists', 'Thời gian hoàn thành: ngày không có thật'],
      [
        'due',
        '"sớm nhất" cannot be read as a completion time (Quý I/2024, Năm 2024, Tháng 6/2024, 31/12/2024)',
        'Thời gian hoàn thành không đọc được (cách ghi: "Quý I/2024", "Năm 2024", "31/12/2024")',
      ],
      [
        'title',
        'section "V. KHÁC" names no reform area (Cải cách thể chế, Cải cách thủ tục hành chính, …)',
        'Tên mục không ứng với lĩnh vực cải cách hành chính nào',
      ],
      [
        'title',
        'the task has no title (Nhiệm vụ) but other cells of its row are filled',
        'Nhiệm vụ còn trống',
      ],
      ['title', 'is longer than 2000 characters', 'Nhiệm vụ quá dài'],
      ['coordinatingAgencies', 'an agency is longer than 300 characters', 'Cơ quan phối hợp quá dài'],
      ['coordinatingAgencies', 'lists more than 50 agencies', 'Cơ quan phối hợp có quá nhiều cơ quan'],
    ];
    for (const [column, message, text] of cases)
      expect(describeRowError({ row: 7, column, field: `row 7.${column}`, message }, vi.t)).toBe(
        `Dòng 7: ${text}`,
      );
    expect(
      describeRowError(
        {
          row: 9,
          column: null,
          field: 'row 9',
          message: 'the task is not under any section (I, II, … naming a reform area)',
        },
        vi.t,
      ),
    ).toBe('Dòng 9: Nhiệm vụ không thuộc mục nào: thêm dòng tên mục (I, II, …) phía trên');
    expect(
      describeRowError(
        {
          row: 0,
          column: null,
          field: 'file',
          message: 'the file holds 2001 tasks; one import takes at most 2000',
        },
        vi.t,
      ),
    ).toBe('Tệp có quá nhiều nhiệm vụ');
    // A cell's own words, quoted in the message, do not decide the kind.
    expect(rowErrorKind('"negative" cannot be read as a completion time')).toBe('unreadable');
  });

  it('says what is wrong with the file as a whole without a row number', () => {
    expect(
      describeRowError({ row: 0, column: null, field: 'file', message: 'no header row found' }, vi.t),
    ).toBe('Không tìm thấy dòng tên cột (STT, Nhiệm vụ, Cơ quan chủ trì, …)');
    expect(
      describeRowError(
        { row: 0, column: 'file', field: 'body', message: 'the body is not an xlsx file' },
        vi.t,
      ),
    ).toBe('Tệp không phải là bảng tính Excel (.xlsx)');
  });

  it('shows the API’s message, with the column, when the kind is not one it knows', () => {
    expect(
      describeRowError({ row: 3, column: 'leadAgency', field: 'leadAgency', message: 'something odd' }, vi.t),
    ).toBe('Dòng 3: Cơ quan chủ trì: something odd');
    expect(describeRowError({ row: 3, column: null, field: 'x', message: 'something odd' }, vi.t)).toBe(
      'Dòng 3: something odd',
    );
    expect(rowErrorKind('something odd')).toBeNull();
  });

  it('has the same sentences in English', () => {
    expect(
      describeRowError(
        { row: 7, column: 'budgetMillionVnd', field: 'budgetMillionVnd', message: 'negative budget' },
        en.t,
      ),
    ).toBe('Row 7: Budget may not be negative');
  });

  it('reads the bad rows of a refused import (400 APPENDIX_INVALID) from its problem body', () => {
    const problem = {
      type: 'x',
      title: 'Bad Request',
      status: 400,
      detail: 'x',
      code: 'APPENDIX_INVALID' as const,
      requestId: 'r',
      errors: [{ field: 'budgetMillionVnd', message: 'negative', row: 7, column: 'budgetMillionVnd' }],
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
      { field: 'body', message: 'is not an Excel workbook (.xlsx)', row: 0, column: 'file' },
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
      importable({ ...result, errors: [{ row: 7, column: 'due', field: 'due', message: 'unreadable' }] }),
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
