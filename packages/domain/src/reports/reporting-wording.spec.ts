import { defaultReportingPeriods } from './reporting-periods';
import { reportingPeriodLineVi } from './reporting-wording';

describe('reportingPeriodLineVi', () => {
  it('lists the periods as seed 000 does', () => {
    expect(defaultReportingPeriods(2024).map(reportingPeriodLineVi)).toEqual([
      'Báo cáo Quý I/2024: Thời gian chốt số liệu tính từ ngày 15/12/2023 đến ngày 14/3/2024; gửi chậm nhất vào sáng ngày 15/3/2024',
      'Báo cáo 6 tháng đầu năm 2024: Thời gian chốt số liệu tính từ ngày 15/12/2023 đến ngày 14/6/2024; gửi chậm nhất vào sáng ngày 15/6/2024',
      'Báo cáo Quý III/2024: Thời gian chốt số liệu tính từ ngày 15/6/2024 đến ngày 14/9/2024; gửi chậm nhất vào sáng ngày 15/9/2024',
      'Báo cáo tổng hợp năm 2024: Thời gian chốt số liệu tính từ ngày 15/12/2023 đến ngày 14/12/2024; gửi chậm nhất vào sáng ngày 15/12/2024',
    ]);
  });
  it('writes January and February, and days below 10, with a leading zero', () => {
    expect(
      reportingPeriodLineVi({
        key: 'm01',
        label: 'Tháng 1/2025',
        from: '2025-01-01',
        to: '2025-01-31',
        dueOn: '2025-02-05',
      }),
    ).toBe(
      'Báo cáo Tháng 1/2025: Thời gian chốt số liệu tính từ ngày 01/01/2025 đến ngày 31/01/2025; gửi chậm nhất vào sáng ngày 05/02/2025',
    );
  });
});
