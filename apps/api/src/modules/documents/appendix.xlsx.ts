import { fileSlug } from '../../common/attachment.js';
import { NUMBER_FORMAT, officeSheet } from '../../common/office-sheet.js';
import type { PlanResponse, TaskResponse } from '@cchc/contracts';
import { type AppendixTask, appendixOf, formatDueVi, numericDateVi, parseDue } from '@cchc/domain';
import ExcelJS from 'exceljs';

/** A plan document as the appendix cites it: "Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân thị xã Ngã Năm". */
export type CitedPlan = { documentNumber: string; issuedOn: string; unitType: string; unitName: string };

export type AppendixSheetInput = {
  plan: Pick<PlanResponse, 'year' | 'areas'>;
  unit: { type: string; name: string };
  /** The plan as issued (the version asked for, or the one in force); null: a draft. */
  issued: CitedPlan | null;
  /** The parent plan as issued, cited under the table for the tasks it assigned; null: not issued (or none). */
  parent: CitedPlan | null;
};

const COLUMNS = [
  { header: 'STT', width: 6 },
  { header: 'Nhiệm vụ', width: 48 },
  { header: 'Sản phẩm', width: 26 },
  { header: 'Cơ quan chủ trì', width: 22 },
  { header: 'Cơ quan phối hợp', width: 26 },
  { header: 'Kinh phí (triệu đồng)', width: 13 },
  { header: 'Thời gian hoàn thành', width: 15 },
] as const;
const LAST = COLUMNS.length;
const BUDGET_COLUMN = 6;
/** The mark after the title of a task the plan above assigned. */
export const INHERITED_MARK = '(*)';

const upper = (text: string) => text.toLocaleUpperCase('vi');
const lowerFirstWords = (type: string) => type.toLocaleLowerCase('vi');

/** "Ủy ban nhân dân thị xã Ngã Năm". */
const committeeOf = (c: { unitType: string; unitName: string }) =>
  `Ủy ban nhân dân ${lowerFirstWords(c.unitType)} ${c.unitName}`;
const citation = (c: CitedPlan) =>
  `Kế hoạch số ${c.documentNumber} ngày ${numericDateVi(c.issuedOn)} của ${committeeOf(c)}`;

/** "phu-luc-thi-xa-nga-nam-2024.xlsx", and the same in Vietnamese for filename*. */
export function appendixFileNames(unit: { type: string; name: string }, year: number) {
  const slug = fileSlug(`${unit.type} ${unit.name}`);
  return {
    ascii: `phu-luc-${slug}-${year}.xlsx`,
    vietnamese: `Phụ lục ${unit.type} ${unit.name} ${year}.xlsx`,
  };
}

type Row = AppendixTask & { due: string | null };

const toAppendixTask = (t: TaskResponse): Row => {
  const due = t.due ? parseDue(t.due) : null;
  return {
    title: t.title,
    product: t.product,
    leadAgency: t.leadAgency,
    coordinatingAgencies: t.coordinatingAgencies,
    budgetMillionVnd: t.budgetMillionVnd,
    dueText: due ? formatDueVi(due) : null,
    inherited: t.parentTaskId !== null,
    due: t.due,
  };
};

/**
 * The plan's appendix of tasks as one sheet, "Phụ lục", laid out as offices
 * print it: the title lines, the header, a section per reform area (I, II, …)
 * with its rows and its subtotal, the grand total and the total in words.
 * Sums are formulas with their results cached, so the file reads right before
 * Excel recalculates it and stays right when an office edits a budget.
 */
export async function appendixWorkbook(input: AppendixSheetInput): Promise<Buffer> {
  const { plan, unit, issued, parent } = input;
  const appendix = appendixOf(plan.areas.map((a) => ({ area: a.area, tasks: a.tasks.map(toAppendixTask) })));

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cchc';
  // Excel recalculates the sums on opening: exceljs drops a cached result of 0 (a section
  // without budget), which would otherwise show blank until the office edits a cell.
  workbook.calcProperties.fullCalcOnLoad = true;
  const { sheet, line: fullLine, tableRow: row, header } = officeSheet(workbook, 'Phụ lục', COLUMNS);

  fullLine('PHỤ LỤC', { bold: true, size: 13 });
  fullLine(`NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM ${plan.year} CỦA ${upper(`${unit.type} ${unit.name}`)}`, {
    bold: true,
    size: 13,
  });
  fullLine(issued ? `(Kèm theo ${citation(issued)})` : '(Dự thảo)', { italic: true });
  sheet.addRow([]);

  /** A row of the table: the number and the deadline centred, the budget as a number on the right. */
  const tableRow = (values: ExcelJS.CellValue[], options: { bold?: boolean } = {}) => {
    const added = row(
      values,
      (c) => (c === 1 || c === LAST ? 'center' : c === BUDGET_COLUMN ? 'right' : 'left'),
      options.bold ?? false,
    );
    added.getCell(BUDGET_COLUMN).numFmt = NUMBER_FORMAT;
    return added;
  };

  header(COLUMNS.map((c) => c.header));

  const subtotalRows: number[] = [];
  for (const section of appendix.sections) {
    tableRow([section.numeral, section.heading], { bold: true });
    const firstRow = sheet.rowCount + 1;
    for (const { number, task } of section.rows) {
      tableRow([
        number,
        task.inherited ? `${task.title} ${INHERITED_MARK}` : task.title,
        task.product ?? '',
        task.leadAgency ?? '',
        task.coordinatingAgencies.join('\n'),
        task.budgetMillionVnd,
        task.dueText ?? '',
      ]);
    }
    const lastRow = sheet.rowCount;
    const col = 'F';
    const subtotal = tableRow(
      [
        '',
        `Cộng mục ${section.numeral}`,
        '',
        '',
        '',
        { formula: `SUM(${col}${firstRow}:${col}${lastRow})`, result: section.subtotalMillionVnd },
        '',
      ],
      { bold: true },
    );
    subtotalRows.push(subtotal.number);
  }
  tableRow(
    [
      '',
      'TỔNG CỘNG',
      '',
      '',
      '',
      {
        formula: subtotalRows.length > 0 ? `SUM(${subtotalRows.map((r) => `F${r}`).join(',')})` : '0',
        result: appendix.totalMillionVnd,
      },
      '',
    ],
    { bold: true },
  );
  fullLine(`Bằng chữ: ${appendix.totalInWords}`, { italic: true }, 'left');

  if (appendix.sections.some((s) => s.rows.some((r) => r.task.inherited))) {
    sheet.addRow([]);
    fullLine(
      parent
        ? `${INHERITED_MARK} Nhiệm vụ giao tại ${citation(parent)}`
        : `${INHERITED_MARK} Nhiệm vụ do cấp trên giao`,
      { italic: true, size: 11 },
      'left',
    );
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
