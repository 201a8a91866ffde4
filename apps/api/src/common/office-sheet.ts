import type ExcelJS from 'exceljs';

/** How a cell's text sits across its column. */
export type Horizontal = 'left' | 'center' | 'right';

/** The number format of amounts and counts: "1.500" and "85,5" once Excel shows it in Vietnamese. */
export const NUMBER_FORMAT = '#,##0.###';

/**
 * A worksheet as offices print their tables (an appendix, a roll-up): A4 landscape, fitted to
 * the page's width, Times New Roman 12 pt, every table cell bordered and wrapped; title lines
 * merged across the table. One set-up for every workbook the API writes.
 */
export interface OfficeSheet {
  sheet: ExcelJS.Worksheet;
  /** The font of the sheet, with `extra` (bold, italic, a size). */
  font(extra?: Partial<ExcelJS.Font>): Partial<ExcelJS.Font>;
  /** A line merged across the whole table (titles, a total in words, a note). */
  line(text: string, font: Partial<ExcelJS.Font>, horizontal?: Horizontal): ExcelJS.Row;
  /** A row of the table: each cell bordered, wrapped, in bold or not, aligned as `horizontal` says. */
  tableRow(
    values: ExcelJS.CellValue[],
    horizontal: (column: number) => Horizontal,
    bold?: boolean,
  ): ExcelJS.Row;
  /** The header row, centred and bold, frozen above the table and printed on every page. */
  header(titles: readonly string[]): ExcelJS.Row;
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export function officeSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly { width: number }[],
): OfficeSheet {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const last = columns.length;
  const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({
    name: 'Times New Roman',
    size: 12,
    ...extra,
  });
  const line = (text: string, f: Partial<ExcelJS.Font>, horizontal: Horizontal = 'center') => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, last);
    const cell = row.getCell(1);
    cell.font = font(f);
    cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
    return row;
  };
  const tableRow = (
    values: ExcelJS.CellValue[],
    horizontal: (column: number) => Horizontal,
    bold = false,
  ) => {
    const row = sheet.addRow(values);
    for (let c = 1; c <= last; c++) {
      const cell = row.getCell(c);
      cell.border = BORDERS;
      cell.font = font({ bold });
      cell.alignment = { vertical: 'middle', wrapText: true, horizontal: horizontal(c) };
    }
    return row;
  };
  const header = (titles: readonly string[]) => {
    const row = tableRow([...titles], () => 'center', true);
    sheet.views = [{ state: 'frozen', ySplit: row.number, xSplit: 0 }];
    sheet.pageSetup.printTitlesRow = `${row.number}:${row.number}`;
    return row;
  };
  return { sheet, font, line, tableRow, header };
}
