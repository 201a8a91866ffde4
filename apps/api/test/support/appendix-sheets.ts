import { XLSX_MEDIA_TYPE } from '@cchc/contracts';
import ExcelJS from 'exceljs';
import { type TestApp, type TestResponse, bearer } from './test-app.js';

/** An .xlsx file built in the test, one sheet: rows of cell values from row 1, then `shape` (merges, formats). */
export async function sheetFile(
  rows: ExcelJS.CellValue[][],
  shape: (sheet: ExcelJS.Worksheet) => void = () => {},
  sheetName = 'Phụ lục',
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  shape(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads an .xlsx answer back with exceljs: its first sheet. */
export async function readSheet(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  return sheet;
}

/** GET a plan's appendix as bytes, as the plan's unit officer (or `token`). */
export async function getAppendix(
  t: TestApp,
  planId: string,
  token: string,
  query = '',
): Promise<{ status: number; headers: Headers; bytes: Uint8Array }> {
  const res = await fetch(`${t.url}/api/plans/${planId}/appendix.xlsx${query}`, { headers: bearer(token) });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

/** POST an appendix file to a plan, parsed like TestApp.request's answers. */
export async function postAppendix(
  t: TestApp,
  planId: string,
  token: string,
  bytes: Uint8Array | string,
  { dryRun = false, contentType = XLSX_MEDIA_TYPE, headers = {} as Record<string, string> } = {},
): Promise<TestResponse> {
  const res = await fetch(`${t.url}/api/plans/${planId}/appendix${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...bearer(token), ...headers },
    body: bytes,
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body, text };
}
