import { shortDateVi } from '../wording/dates';
import type { ReportingPeriod } from './reporting-periods';

/**
 * A period as section IV of a plan lists it (seed 000): "Báo cáo Quý I/2024: Thời gian chốt
 * số liệu tính từ ngày 15/12/2023 đến ngày 14/3/2024; gửi chậm nhất vào sáng ngày 15/3/2024".
 * The year's report is "Báo cáo tổng hợp năm 2024".
 */
export function reportingPeriodLineVi(period: ReportingPeriod): string {
  const name = /^năm \d{4}$/i.test(period.label.trim())
    ? `tổng hợp ${period.label.trim().toLocaleLowerCase('vi')}`
    : period.label.trim();
  return `Báo cáo ${name}: Thời gian chốt số liệu tính từ ngày ${shortDateVi(period.from)} đến ngày ${shortDateVi(period.to)}; gửi chậm nhất vào sáng ngày ${shortDateVi(period.dueOn)}`;
}
