import { fileSlug } from '../../common/attachment.js';
import { NUMBER_FORMAT, officeSheet } from '../../common/office-sheet.js';
import type { RollupResponse } from '@cchc/contracts';
import { type UnitReportStatus, type TargetValue, numericDateVi } from '@cchc/domain';
import ExcelJS from 'exceljs';

/** A unit's report status as the office above writes it in the sheet. */
export const UNIT_REPORT_STATUS_VI: Record<UnitReportStatus, string> = {
  on_time: 'Đúng hạn',
  late: 'Trễ hạn',
  draft: 'Đang soạn',
  missing: 'Chưa báo cáo',
};

export const TARGET_COLUMNS = [
  { header: 'Mã', width: 12 },
  { header: 'Chỉ tiêu', width: 48 },
  { header: 'Số đơn vị đạt', width: 12 },
  { header: 'Số đơn vị không đạt', width: 12 },
  { header: 'Số đơn vị chưa báo cáo', width: 14 },
  { header: 'Thấp nhất', width: 12 },
  { header: 'Trung vị', width: 12 },
  { header: 'Cao nhất', width: 12 },
] as const;

export const UNIT_COLUMNS = [
  { header: 'STT', width: 6 },
  { header: 'Đơn vị', width: 44 },
  { header: 'Tình trạng báo cáo', width: 18 },
  { header: 'Chỉ tiêu đạt', width: 12 },
  { header: 'Chỉ tiêu không đạt', width: 12 },
] as const;

export type RollupWorkbookInput = {
  rollup: RollupResponse;
  /** The plan's document number, when it has one ("218/KH-UBND"). */
  documentNumber: string | null;
  year: number;
};

/** "tong-hop-tinh-soc-trang-q1.xlsx", and the Vietnamese name for filename*. */
export function rollupFileNames(rollup: RollupResponse) {
  const slug = fileSlug(rollup.plan.unitFullName);
  return {
    ascii: `tong-hop-${slug}-${rollup.period.key}.xlsx`,
    vietnamese: `Tổng hợp ${rollup.plan.unitFullName} ${rollup.period.label}.xlsx`,
  };
}

/** A value as the sheet shows it: a number as a number, a date as dd/mm/yyyy. */
const cellOf = (v: TargetValue | null): ExcelJS.CellValue =>
  v === null ? '' : typeof v === 'string' ? numericDateVi(v) : v;

/**
 * The roll-up as offices file it: sheet "Chỉ tiêu" (per target: units that meet it, miss it,
 * have not reported, and the spread of the values) and sheet "Đơn vị" (per unit directly below:
 * its report's status, and targets met and missed below it), each under a title naming the
 * plan, the unit and the period.
 */
export async function rollupWorkbook({ rollup, documentNumber, year }: RollupWorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cchc';
  const planName = documentNumber
    ? `Kế hoạch số ${documentNumber} của ${rollup.plan.unitFullName}`
    : `Kế hoạch cải cách hành chính năm ${year} của ${rollup.plan.unitFullName}`;

  const sheetOf = (
    name: string,
    heading: string,
    columns: readonly { header: string; width: number }[],
    rows: ExcelJS.CellValue[][],
    leftColumns: number[],
  ) => {
    const { sheet, line, tableRow, header } = officeSheet(workbook, name, columns);
    line(`${heading} ${rollup.period.label.toLocaleUpperCase('vi')}`, { bold: true, size: 13 });
    line(
      `(${planName}; số liệu từ ${numericDateVi(rollup.period.from)} đến ${numericDateVi(rollup.period.to)})`,
      { italic: true },
    );
    sheet.addRow([]);
    header(columns.map((c) => c.header));
    for (const values of rows) {
      const row = tableRow(values, (c) => (leftColumns.includes(c) ? 'left' : 'right'));
      row.eachCell((cell) => {
        if (typeof cell.value === 'number') cell.numFmt = NUMBER_FORMAT;
      });
    }
  };

  sheetOf(
    'Chỉ tiêu',
    'TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU',
    TARGET_COLUMNS,
    rollup.targets.map((t) => [
      t.code,
      t.name,
      t.met,
      t.missed,
      t.notReported,
      cellOf(t.min),
      cellOf(t.median),
      cellOf(t.max),
    ]),
    [1, 2],
  );
  sheetOf(
    'Đơn vị',
    'TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ',
    UNIT_COLUMNS,
    rollup.units.map((u, i) => [i + 1, u.unitFullName, UNIT_REPORT_STATUS_VI[u.status], u.met, u.missed]),
    [2, 3],
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
