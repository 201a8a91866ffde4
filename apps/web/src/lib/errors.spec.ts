import { ApiError, type Problem } from './api-client';
import { describeError, describeSignInError, weakerFieldMessage } from './errors';
import { makeI18n } from './i18n';

const vi = makeI18n('vi', () => {});
const problem = (p: Partial<Problem>): Problem => ({
  type: 'https://cchc.gov.vn/problems/x',
  title: 'Unprocessable Content',
  status: 422,
  detail: 'English detail the screen never shows',
  code: 'TARGET_WEAKER_THAN_PARENT',
  requestId: 'req-1',
  ...p,
});

describe('failed requests in plain Vietnamese', () => {
  it('explains TARGET_WEAKER_THAN_PARENT with the values as the plan writes them', () => {
    const error = new ApiError(
      422,
      problem({ targetCode: 'TTHC-05', field: 'value', parentValue: 70, triedValue: 65.5 }),
      'x',
    );
    expect(describeError(error, vi, () => ({ measure: 'percent', direction: 'at_least' }))).toBe(
      'Chỉ tiêu TTHC-05: 65,5 % thấp hơn mức sàn 70 % mà kế hoạch cấp trên giao. Không được hạ thấp hơn mức này.',
    );
    expect(describeError(error, vi)).toBe(
      'Chỉ tiêu TTHC-05: giá trị 65,5 chưa đạt mức sàn 70 của kế hoạch cấp trên.',
    );
  });

  it('explains a later deadline and a lowered level floor', () => {
    const error = new ApiError(
      422,
      problem({ targetCode: 'CĐ-02', field: 'commune', parentValue: '2025-01-31', triedValue: '2025-02-15' }),
      'x',
    );
    expect(describeError(error, vi, () => ({ measure: 'date', direction: 'at_most' }))).toBe(
      'Chỉ tiêu CĐ-02 (mức sàn cho cấp xã): 15/02/2025 muộn hơn thời hạn 31/01/2025 mà kế hoạch cấp trên giao. Không được lùi hạn.',
    );
  });

  it('says an inherited target cannot be deleted', () => {
    const error = new ApiError(422, problem({ targetCode: 'TC-01', triedValue: null }), 'x');
    expect(describeError(error, vi)).toBe('Chỉ tiêu TC-01 được giao từ kế hoạch cấp trên nên không thể xóa.');
  });

  it('tells a network failure from a refusal, and survives codes it does not know', () => {
    expect(describeError(new ApiError(0, null, 'x'), vi)).toMatch(/Không kết nối được/);
    expect(describeError(new TypeError('fetch failed'), vi)).toMatch(/Không kết nối được/);
    expect(describeError(new ApiError(502, null, 'x'), vi)).toBe('Máy chủ trả lời lỗi 502.');
    const unknown = problem({ code: 'SOMETHING_NEW' as Problem['code'], status: 418 });
    expect(describeError(new ApiError(418, unknown, 'x'), vi)).toBe('Máy chủ trả lời lỗi 418.');
  });

  it('writes the message beside a weaker field', () => {
    expect(weakerFieldMessage(vi, { measure: 'percent', direction: 'at_least' }, 95)).toBe(
      'Thấp hơn mức sàn 95 % của cấp trên',
    );
  });
});

describe('sign-in refusals in plain Vietnamese', () => {
  const refusal = (p: Partial<Problem>, status = 401) =>
    new ApiError(status, problem({ status, code: 'UNAUTHENTICATED', ...p }), 'x');

  it('says a wrong name or password, a locked account, too many attempts', () => {
    expect(describeSignInError(refusal({ detail: 'Wrong user name or password' }), vi)).toBe(
      'Tên đăng nhập hoặc mật khẩu không đúng. Hãy kiểm tra lại (chú ý chữ hoa, chữ thường).',
    );
    expect(
      describeSignInError(refusal({ code: 'ACCOUNT_LOCKED', detail: 'This account is locked' }), vi),
    ).toBe('Tài khoản này đã bị khóa. Hãy liên hệ quản trị viên của tỉnh để được mở khóa.');
    expect(describeSignInError(refusal({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 601 }, 429), vi)).toBe(
      'Bạn đã nhập sai quá nhiều lần nên tạm thời chưa thể đăng nhập. Hãy thử lại sau khoảng 11 phút.',
    );
    // The first waits are seconds long, and said so.
    expect(describeSignInError(refusal({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 4 }, 429), vi)).toBe(
      'Bạn đã nhập sai nhiều lần. Hãy đợi 4 giây rồi thử lại.',
    );
    expect(describeSignInError(new ApiError(0, null, 'x'), vi)).toMatch(/Không kết nối được/);
  });

  it('says why the database or the browser’s origin refused a request', () => {
    expect(describeError(refusal({ code: 'DATABASE_UNAVAILABLE' }, 503), vi)).toBe(
      'Cơ sở dữ liệu tạm thời không phản hồi. Hãy thử lại sau ít phút.',
    );
    expect(describeError(refusal({ code: 'CONCURRENT_WRITE' }, 409), vi)).toMatch(/thử lại/);
  });

  it('says a refusal of rights in plain Vietnamese', () => {
    expect(describeError(refusal({ code: 'FORBIDDEN' }, 403), vi)).toBe(
      'Bạn không có quyền thực hiện thao tác này.',
    );
  });
});
