import fc from 'fast-check';
import { PLAN_STATUSES } from './reform-area';
import { planAllows } from './plan-status';
import { INBOX_KINDS, NOTIFICATION_KINDS, inboxTaskOf, notificationTextVi } from './notifications';

const province = { code: '94', type: 'Tỉnh', name: 'Sóc Trăng' };
const ngaNam = { code: '948', type: 'Thị xã', name: 'Ngã Năm' };

describe('notifications, as an official reads them', () => {
  it('tells a unit its plan was given to it, raised, or must be re-confirmed', () => {
    const base = { year: 2024, fromUnit: province, documentNumber: '218/KH-UBND' };
    expect(notificationTextVi('plan_derived', base)).toBe(
      'Kế hoạch số 218/KH-UBND của Tỉnh Sóc Trăng được giao cho đơn vị: cần xác nhận các chỉ tiêu được giao',
    );
    expect(
      notificationTextVi('plan_received', { ...base, targetsAdded: ['TTHC-03'], targetsRaised: ['TTHC-01'] }),
    ).toBe(
      'Kế hoạch số 218/KH-UBND của Tỉnh Sóc Trăng được bổ sung, nâng chỉ tiêu cho đơn vị (bổ sung chỉ tiêu TTHC-03; nâng chỉ tiêu TTHC-01)',
    );
    expect(
      notificationTextVi('plan_reconfirm', { ...base, parentVersion: 2, targets: [{ code: 'TTHC-01' }] }),
    ).toBe(
      'Kế hoạch số 218/KH-UBND của Tỉnh Sóc Trăng được sửa đổi, bổ sung (lần 1): cần xác nhận lại chỉ tiêu TTHC-01',
    );
  });

  it('tells the unit above that a unit below confirmed or issued', () => {
    const base = { year: 2024, fromUnit: ngaNam, documentNumber: '12/KH-UBND', issuedOn: '2024-01-05' };
    expect(notificationTextVi('child_confirmed', base)).toBe('Thị xã Ngã Năm đã xác nhận kế hoạch năm 2024');
    expect(notificationTextVi('child_issued', base)).toBe(
      'Thị xã Ngã Năm đã ban hành Kế hoạch số 12/KH-UBND ngày 05/01/2024',
    );
  });

  it('tells the unit above a report came in, and the unit below its report was reopened', () => {
    const base = { year: 2024, fromUnit: ngaNam, documentNumber: '12/KH-UBND' };
    const period = { key: 'q1', label: 'Quý I/2024' };
    expect(notificationTextVi('report_submitted', { ...base, period, late: true })).toBe(
      'Thị xã Ngã Năm đã gửi báo cáo Quý I/2024 thực hiện Kế hoạch số 12/KH-UBND (chậm so với thời hạn)',
    );
    const province = { code: '94', type: 'Tỉnh', name: 'Sóc Trăng' };
    expect(
      notificationTextVi('report_reopened', {
        ...base,
        fromUnit: province,
        period,
        reason: 'Bổ sung số liệu',
      }),
    ).toBe(
      'Tỉnh Sóc Trăng đã mở lại báo cáo Quý I/2024 thực hiện Kế hoạch số 12/KH-UBND của đơn vị, lý do: Bổ sung số liệu',
    );
  });

  it('words every kind, naming the other unit and its plan, with or without a number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NOTIFICATION_KINDS),
        fc.option(fc.constant('5/KH-UBND'), { nil: null }),
        (kind, documentNumber) => {
          const text = notificationTextVi(kind, { year: 2025, fromUnit: ngaNam, documentNumber });
          expect(text).toContain('Thị xã Ngã Năm');
          if (kind !== 'child_confirmed') expect(text).toContain(documentNumber ?? 'Kế hoạch năm 2025');
          expect(text).not.toMatch(/undefined|null/);
        },
      ),
    );
  });
});

describe('the inbox: what a plan asks of its unit', () => {
  it('asks only what the lifecycle table then allows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLAN_STATUSES),
        fc.option(fc.uuid(), { nil: null }),
        fc.boolean(),
        (status, parentPlanId, reconfirm) => {
          const task = inboxTaskOf({ status, parentPlanId, reconfirm: reconfirm ? {} : null });
          if (task === 'confirm' || task === 'reconfirm') expect(planAllows(status, 'confirm')).toBe(true);
          if (task === 'issue') expect(planAllows(status, 'issue')).toBe(true);
          // An issued plan asks nothing; every plan that may not yet be issued asks something.
          expect(task === null).toBe(status === 'issued');
          if (task !== null) expect(INBOX_KINDS).toContain(task);
        },
      ),
    );
  });

  it('asks a derived plan to confirm, or to re-confirm after an amendment above', () => {
    expect(inboxTaskOf({ status: 'derived', parentPlanId: 'p', reconfirm: null })).toBe('confirm');
    expect(inboxTaskOf({ status: 'derived', parentPlanId: 'p', reconfirm: { targets: [] } })).toBe(
      'reconfirm',
    );
    expect(inboxTaskOf({ status: 'confirmed', parentPlanId: 'p', reconfirm: null })).toBe('issue');
    expect(inboxTaskOf({ status: 'amending', parentPlanId: null, reconfirm: null })).toBe('issue');
  });
});
