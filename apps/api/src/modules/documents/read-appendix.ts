import type { AppendixImportRow, AppendixRowError, AppendixRowRule } from '@cchc/contracts';
import {
  type ReformArea,
  foldVietnamese,
  fromRoman,
  numericDateVi,
  parseDue,
  parseLocaleNumber,
  readDueVi,
  reformAreaOfHeading,
} from '@cchc/domain';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/**
 * Reads an appendix of tasks as offices keep it in Excel: whatever title rows
 * stand above the header, a header found by its words (one row, or two with
 * "Cơ quan thực hiện" merged over "Chủ trì" | "Phối hợp"), sections "I", "II", …
 * naming a reform area, task rows, and the subtotal, total and "Bằng chữ" rows
 * (skipped: cchc adds them up itself). Every problem is named by its row as Excel
 * shows it and its column, so the office can fix the file and send it again.
 */

type Column =
  | 'number'
  | 'title'
  | 'product'
  | 'leadAgency'
  | 'coordinatingAgencies'
  | 'budgetMillionVnd'
  | 'due';

/** The contract's limits (createTaskRequest), checked here so the error names the row. */
export const APPENDIX_LIMITS = { title: 2000, product: 500, agency: 300, agencies: 50, tasks: 2000 } as const;
const MAX_BUDGET = 1e9;
/** How far down a header may stand below the title rows. */
const HEADER_SEARCH_ROWS = 30;

/** Header words (folded) → column, the more specific first. */
const HEADER_WORDS: [RegExp, Column][] = [
  [/^(stt|tt|so tt|so thu tu)\.?$/, 'number'],
  [/chu tri/, 'leadAgency'],
  [/phoi hop/, 'coordinatingAgencies'],
  [/kinh phi|du toan/, 'budgetMillionVnd'],
  [/thoi gian|thoi han|tien do/, 'due'],
  [/san pham|ket qua/, 'product'],
  [/nhiem vu|noi dung/, 'title'],
];

export type AppendixReading = { rows: AppendixImportRow[]; errors: AppendixRowError[] };

/** The file is no .xlsx at all: the request is refused as a bad body, not as a bad appendix. */
export class NotAnXlsxError extends Error {}

/** An appendix is a few hundred rows: these bounds are far beyond any, and far below what hurts. */
const MAX_SHEET_ROWS = 20_000;
const MAX_SHEET_COLUMNS = 200;
const MAX_SHEET_XML_BYTES = 50_000_000;

/** "AB" → 28: a cell reference's column letters as a number. */
const columnNumber = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/**
 * Refuses, before exceljs reads it, a workbook whose sheets reach beyond an appendix's size: a
 * row numbered 99,999,999 or a merge over the whole sheet makes exceljs build every cell in
 * between, and one 2 KB file took the server's memory. Reads each sheet's XML as text (refusing
 * one that unpacks to more than 50 MB) and checks every row number, cell reference and merge.
 */
async function assertSheetsFit(bytes: Uint8Array): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new NotAnXlsxError('is not an Excel workbook (.xlsx)');
  }
  const sheets = zip.file(/^xl\/worksheets\/[^/]+\.xml$/);
  for (const sheet of sheets) {
    const size = (sheet as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
    if (size !== undefined && size > MAX_SHEET_XML_BYTES)
      throw new NotAnXlsxError('has a sheet far larger than an appendix');
    const xml = await sheet.async('string');
    if (xml.length > MAX_SHEET_XML_BYTES) throw new NotAnXlsxError('has a sheet far larger than an appendix');
    const tooFar = (column: string, row: string) =>
      Number(row) > MAX_SHEET_ROWS || columnNumber(column) > MAX_SHEET_COLUMNS;
    for (const m of xml.matchAll(/<row\b[^>]*?\sr="(\d+)"/g))
      if (Number(m[1]) > MAX_SHEET_ROWS)
        throw new NotAnXlsxError(
          `has a row numbered ${m[1]}: an appendix has at most ${MAX_SHEET_ROWS} rows`,
        );
    for (const m of xml.matchAll(
      /<(?:c|mergeCell|hyperlink|dataValidation)\b[^>]*?\s(?:r|ref|sqref)="([^"]*)"/g,
    ))
      for (const [, column, row] of (m[1] ?? '').matchAll(/([A-Z]+)(\d+)/g))
        if (tooFar(column ?? '', row ?? ''))
          throw new NotAnXlsxError(
            `reaches cell ${column}${row}: an appendix has at most ${MAX_SHEET_ROWS} rows and ${MAX_SHEET_COLUMNS} columns`,
          );
  }
}

type Value = ExcelJS.CellValue;

/** A formula's cached result, or the value itself. */
function unwrap(value: Value): Value {
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    if ('result' in value || 'formula' in value || 'sharedFormula' in value)
      return ((value as ExcelJS.CellFormulaValue).result ?? null) as Value;
  }
  return value;
}

const isError = (value: Value): value is ExcelJS.CellErrorValue =>
  !!value && typeof value === 'object' && 'error' in value;

/** A cell's text as the office typed it: rich text joined, hyperlinks by their text, NFC. */
function textOf(raw: Value): string {
  const value = unwrap(raw);
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.normalize('NFC').trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dayOfDate(value) ?? '';
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .normalize('NFC')
      .trim();
  if ('text' in value) return String(value.text).normalize('NFC').trim();
  if ('error' in value) return '';
  return '';
}

function headerColumnOf(text: string): Column | null {
  const t = foldVietnamese(text);
  if (t === '') return null;
  for (const [words, column] of HEADER_WORDS) if (words.test(t)) return column;
  return null;
}

type Header = { columns: Map<Column, number>; dataStart: number };

/** The header of `sheet`: the first row naming the task column and one more, and a second header row under it. */
function findHeader(sheet: ExcelJS.Worksheet): Header | null {
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= last; r++) {
    const columns = headerColumnsOf(sheet.getRow(r));
    if (!columns.has('title') || columns.size < 2) continue;
    // A two-row header: "Cơ quan thực hiện" over "Chủ trì" | "Phối hợp" (cells merged down repeat their text).
    const below = headerColumnsOf(sheet.getRow(r + 1));
    const taken = new Set(columns.values());
    let twoRows = false;
    for (const [column, c] of below) {
      if (columns.has(column) && columns.get(column) === c) continue;
      if (!columns.has(column) && !taken.has(c)) {
        columns.set(column, c);
        taken.add(c);
        twoRows = true;
      }
    }
    return { columns, dataStart: r + (twoRows ? 2 : 1) };
  }
  return null;
}

function headerColumnsOf(row: ExcelJS.Row): Map<Column, number> {
  const columns = new Map<Column, number>();
  row.eachCell({ includeEmpty: false }, (cell, c) => {
    const column = headerColumnOf(textOf(cell.value));
    if (column && !columns.has(column)) columns.set(column, c);
  });
  return columns;
}

const lower = (text: string) => text.toLocaleLowerCase('vi');

/**
 * "Cộng", "Cộng mục I", "Cộng (II)", "Tổng cộng", "Tổng", "Tổng kinh phí": rows cchc adds up
 * itself. Not "Công tác…" nor "Cộng đồng…" nor "Tổng kết…": those are tasks.
 */
export const isTotalRow = (text: string) => {
  const t = lower(text.trim());
  return (
    /^tổng cộng/.test(t) ||
    /^tổng(\s+(số|kinh phí))?\s*:?$/.test(t) ||
    /^cộng\s*(:.*)?$/.test(t) ||
    /^cộng\s+(mục|phần|nhóm|lĩnh vực)(\s|$)/.test(t) ||
    /^cộng\s*\(?[ivxl0-9]+\)?\s*:?$/.test(t)
  );
};
const isTotal = isTotalRow;
/** "Bằng chữ: …" and notes under the table ("(*) Nhiệm vụ do cấp trên giao", "Ghi chú: …"). */
const isWordsOrNote = (text: string) => {
  const t = foldVietnamese(text);
  return /^(bang chu|ghi chu)/.test(t) || /^\(?\*+\)?/.test(t);
};
/** A row numbering the columns under the header: (1) (2) (3) … or 1 2 3 …. */
const isColumnNumbers = (texts: string[]) =>
  texts.length >= 3 && texts.every((t) => /^\(?\d{1,2}\)?$/.test(t));

/** "I", "II.", "III)": a section's numeral alone. */
const numeralOf = (text: string) => {
  const m = /^([ivxl]+)[.)]?$/i.exec(text.trim());
  return m && fromRoman(m[1] as string) !== null ? (m[1] as string).toUpperCase() : null;
};
/** "I. CẢI CÁCH THỂ CHẾ", "II - Cải cách TTHC": numeral and heading in one cell. */
const numberedHeadingOf = (text: string) => {
  const m = /^([IVXL]+)\s*[.)\-–:]\s*(\S.*)$/.exec(text.trim());
  return m && fromRoman(m[1] as string) !== null ? (m[2] as string).trim() : null;
};

/** Agencies as offices list them in one cell: one per line or separated by ";", never split on "," ("Các sở, ban, ngành"). */
export function splitAgencies(text: string): string[] {
  return text
    .split(/\r?\n|;/)
    .map((a) => a.replace(/^\s*[-+•–·*]\s*/, '').trim())
    .filter((a) => a !== '');
}

const stripBullet = (text: string) => text.replace(/^\s*[-+•–·*]\s*/, '').trim();

/** "Thể chế … (*)": the mark the export puts after an inherited task's title. */
const stripInheritedMark = (title: string) => title.replace(/\s*\(\*\)\s*$/, '').trim();

/**
 * The calendar day of an Excel date: exceljs reads a date cell as that day's UTC midnight. Null
 * for a serial no calendar has (a date cell holding 1e15 reads as an invalid Date).
 */
function dayOfDate(d: Date): string | null {
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

/** Excel's last day, 31/12/9999, as a serial day number. */
const LAST_EXCEL_SERIAL = 2_958_465;

/** An Excel serial day number (1900 system) as a calendar day. */
function dayOfSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > LAST_EXCEL_SERIAL) return null;
  return dayOfDate(new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000));
}

const looksLikeDateFormat = (numFmt: string | undefined) =>
  !!numFmt && /[dy]/i.test(numFmt.replace(/\[[^\]]*\]|"[^"]*"/g, ''));

export async function readAppendix(bytes: Uint8Array, planYear: number): Promise<AppendixReading> {
  await assertSheetsFit(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types name Node's Buffer; any bytes of an .xlsx (a zip) do.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw new NotAnXlsxError('is not an Excel workbook (.xlsx)');
  }
  const errors: AppendixRowError[] = [];
  const fail = (row: number, column: string | null, rule: AppendixRowRule, message: string) =>
    errors.push({ field: column ? `row ${row}.${column}` : `row ${row}`, row, column, rule, message });

  let sheet: ExcelJS.Worksheet | undefined;
  let header: Header | null = null;
  for (const candidate of workbook.worksheets) {
    header = findHeader(candidate);
    if (header) {
      sheet = candidate;
      break;
    }
  }
  if (!sheet || !header) {
    errors.push({
      field: 'file',
      row: 0,
      column: null,
      rule: 'noHeader',
      message:
        'no header row was found: the sheet needs a row naming its columns (STT | Nhiệm vụ | Sản phẩm | Cơ quan chủ trì | Cơ quan phối hợp | Kinh phí | Thời gian hoàn thành)',
    });
    return { rows: [], errors };
  }

  const { columns } = header;
  const cellOf = (row: ExcelJS.Row, column: Column) => {
    const c = columns.get(column);
    return c === undefined ? null : row.getCell(c);
  };
  const textAt = (row: ExcelJS.Row, column: Column) => {
    const cell = cellOf(row, column);
    return cell ? textOf(cell.value) : '';
  };

  const rows: AppendixImportRow[] = [];
  /** undefined: no section yet; null: a section naming no area (its rows are not reported again). */
  let area: ReformArea | null | undefined;

  for (let r = header.dataStart; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const texts: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell) => {
      const t = textOf(cell.value);
      // A cell merged across the row repeats its text in every column.
      if (t !== '' && texts[texts.length - 1] !== t) texts.push(t);
    });
    if (texts.length === 0) continue;
    const first = texts[0] as string;
    const number = textAt(row, 'number');
    const title = textAt(row, 'title');

    if (isWordsOrNote(first) || isColumnNumbers(texts)) continue;
    if (!/^\d/.test(number) && (isTotal(first) || isTotal(title))) continue;

    // A section: "I" in the STT cell and its heading beside it, or "I. CẢI CÁCH THỂ CHẾ" in one cell,
    // or (no numeral) a heading in capitals alone on its row.
    let heading: string | null = null;
    if (numeralOf(number) !== null) heading = texts.find((t) => t !== number) ?? '';
    else if (numberedHeadingOf(first) !== null) heading = numberedHeadingOf(first);
    else if (
      number === '' &&
      texts.length === 1 &&
      title === first &&
      first === first.toLocaleUpperCase('vi') &&
      reformAreaOfHeading(first) !== null
    )
      heading = first;
    if (heading !== null) {
      area = reformAreaOfHeading(heading);
      if (area === null)
        fail(
          r,
          'title',
          'unknownSection',
          `section "${heading}" names no reform area (Cải cách thể chế, Cải cách thủ tục hành chính, …)`,
        );
      continue;
    }

    // A task.
    const taskTitle = stripInheritedMark(title);
    const filled = texts.some((t) => t !== number);
    if (taskTitle === '') {
      if (filled)
        fail(r, 'title', 'empty', 'the task has no title (Nhiệm vụ) but other cells of its row are filled');
      continue;
    }
    if (area === undefined) {
      fail(r, null, 'outsideSection', 'the task is not under any section (I, II, … naming a reform area)');
      continue;
    }
    const before = errors.length;
    if (taskTitle.length > APPENDIX_LIMITS.title)
      fail(r, 'title', 'tooLong', `is longer than ${APPENDIX_LIMITS.title} characters`);
    const product = textAt(row, 'product');
    if (product.length > APPENDIX_LIMITS.product)
      fail(r, 'product', 'tooLong', `is longer than ${APPENDIX_LIMITS.product} characters`);
    const lead = stripBullet(textAt(row, 'leadAgency').replace(/\s*\r?\n\s*/g, ' '));
    if (lead.length > APPENDIX_LIMITS.agency)
      fail(r, 'leadAgency', 'tooLong', `is longer than ${APPENDIX_LIMITS.agency} characters`);
    const coordinating = splitAgencies(textAt(row, 'coordinatingAgencies'));
    if (coordinating.some((a) => a.length > APPENDIX_LIMITS.agency))
      fail(
        r,
        'coordinatingAgencies',
        'tooLong',
        `an agency is longer than ${APPENDIX_LIMITS.agency} characters`,
      );
    if (coordinating.length > APPENDIX_LIMITS.agencies)
      fail(r, 'coordinatingAgencies', 'tooManyItems', `lists more than ${APPENDIX_LIMITS.agencies} agencies`);

    const budget = readBudget(cellOf(row, 'budgetMillionVnd'));
    if ('problem' in budget) fail(r, 'budgetMillionVnd', budget.rule, budget.problem);

    const due = readDue(cellOf(row, 'due'), planYear);
    if ('problem' in due) fail(r, 'due', due.rule, due.problem);

    if (errors.length > before || area === null || 'problem' in budget || 'problem' in due) continue;
    rows.push({
      row: r,
      area,
      title: taskTitle,
      product: product === '' ? null : product,
      leadAgency: lead === '' ? null : lead,
      coordinatingAgencies: coordinating,
      budgetMillionVnd: budget.value,
      due: due.due,
      dueText: due.text,
      dueOutsidePlanYear: due.due !== null && Number(due.due.slice(0, 4)) !== planYear,
    });
  }
  if (rows.length > APPENDIX_LIMITS.tasks)
    errors.push({
      field: 'file',
      row: 0,
      column: null,
      rule: 'tooMany',
      message: `the file holds ${rows.length} tasks; one import takes at most ${APPENDIX_LIMITS.tasks}`,
    });
  return { rows, errors };
}

/** A budget cell: blank is 0; a number; or text as a Vietnamese office writes it ("1.500", "1.500,5"). */
type Problem = { problem: string; rule: AppendixRowRule };

function readBudget(cell: ExcelJS.Cell | null): { value: number } | Problem {
  const value = cell ? unwrap(cell.value) : null;
  if (isError(value))
    return { rule: 'formulaError', problem: `the formula's result is an error (${value.error})` };
  let amount: number;
  if (value === null || value === undefined || value === '') return { value: 0 };
  if (typeof value === 'number') amount = value;
  else {
    const text = textOf(value);
    if (text === '' || /^[-–—]$/.test(text)) return { value: 0 };
    if (value instanceof Date)
      return { rule: 'notNumber', problem: `"${text}" is a date, not an amount in million VND` };
    // "1,500" reads as 1,5: a Vietnamese office writes a decimal comma (docs/api.md).
    const parsed = parseLocaleNumber(text, 'vi', { units: ['triệu đồng', 'triệu', 'tr.đ', 'trđ'] });
    if (!parsed.ok)
      return { rule: 'notNumber', problem: `"${text}" is not an amount in million VND (1.500 or 1.500,5)` };
    amount = parsed.value;
  }
  if (!Number.isFinite(amount)) return { rule: 'notNumber', problem: 'is not a number' };
  if (amount < 0) return { rule: 'negative', problem: `${amount} is negative: a budget is 0 or more` };
  if (amount > MAX_BUDGET)
    return { rule: 'tooLarge', problem: `${amount} is more than ${MAX_BUDGET} million VND` };
  return { value: Math.round(amount * 1000) / 1000 };
}

type DueCell = { due: string | null; text: string | null } | Problem;

/** A completion time: text as offices type it, a date cell, or a number formatted as a date. */
function readDue(cell: ExcelJS.Cell | null, planYear: number): DueCell {
  const value = cell ? unwrap(cell.value) : null;
  if (isError(value))
    return { rule: 'formulaError', problem: `the formula's result is an error (${value.error})` };
  if (value === null || value === undefined) return { due: null, text: null };
  if (value instanceof Date) {
    const day = dayOfDate(value);
    return day && parseDue(day)
      ? { due: day, text: numericDateVi(day) }
      : { rule: 'impossibleDate', problem: 'is not a date that exists' };
  }
  if (typeof value === 'number' && looksLikeDateFormat(cell?.numFmt)) {
    const day = dayOfSerial(value);
    return day
      ? { due: day, text: numericDateVi(day) }
      : { rule: 'impossibleDate', problem: `${value} is not a date` };
  }
  const text = textOf(value);
  if (text === '') return { due: null, text: null };
  const reading = readDueVi(text, planYear);
  if ('problem' in reading)
    return {
      rule: reading.problem === 'impossible_date' ? 'impossibleDate' : 'unreadable',
      problem:
        reading.problem === 'impossible_date'
          ? `"${text}" is not a date that exists`
          : `"${text}" cannot be read as a completion time (Quý I/${planYear}, Năm ${planYear}, Tháng 6/${planYear}, 31/12/${planYear})`,
    };
  return { due: reading.due, text };
}
