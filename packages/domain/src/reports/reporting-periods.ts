/** Periodic progress reports and their default calendar (seed 000, plan
 * 218/KH-UBND of Sóc Trăng): each report covers data from a cut-off start to a
 * cut-off end and is due on the 15th of the period's last month. Plans may set
 * their own dates; this is the default. */
export const REPORT_PERIODS = ['q1', 'h1', 'q3', 'year'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

export interface ReportingWindow {
  period: ReportPeriod;
  /** First day of data, YYYY-MM-DD. */
  dataFrom: string;
  /** Last day of data, YYYY-MM-DD. */
  dataTo: string;
  /** The day the report is due (in the morning). */
  due: string;
}

export function defaultReportingCalendar(year: number): ReportingWindow[] {
  const d = (y: number, m: number, day: number) =>
    `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return [
    { period: 'q1', dataFrom: d(year - 1, 12, 15), dataTo: d(year, 3, 14), due: d(year, 3, 15) },
    { period: 'h1', dataFrom: d(year - 1, 12, 15), dataTo: d(year, 6, 14), due: d(year, 6, 15) },
    { period: 'q3', dataFrom: d(year, 6, 15), dataTo: d(year, 9, 14), due: d(year, 9, 15) },
    { period: 'year', dataFrom: d(year - 1, 12, 15), dataTo: d(year, 12, 14), due: d(year, 12, 15) },
  ];
}
