import { createTargetRequest, createTaskRequest, createUserRequest, unitCode } from '@cchc/contracts';
import { MEASURES, targetValueIssue } from '@cchc/domain';
import { issueMessage, valueIssueMessage, zodFormErrors } from './form-errors';
import { type MessageKey, translate } from './i18n';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('vi', key, params);
const invalid = t('validation.invalid');

describe('contract messages in Vietnamese', () => {
  it('knows every rule the domain names about a target value', () => {
    const tries = [-1, 101, 1.5, 'x', '2025-02-30', '1999-12-31', Number.NaN, 5, 5_000, 2e9];
    for (const measure of MEASURES) {
      for (const value of tries) {
        const issue = targetValueIssue(measure, value);
        if (issue) expect({ issue, text: valueIssueMessage(issue, t) }).not.toEqual({ issue, text: invalid });
      }
    }
  });

  it('knows the contracts’ own rules', () => {
    const issues = [
      ...(unitCode.safeParse('9').error?.issues ?? []),
      ...(createTargetRequest.safeParse({
        code: '!',
        name: 'x',
        area: 'institutions',
        measure: 'count',
        direction: 'at_least',
        value: 1,
      }).error?.issues ?? []),
      ...(createTaskRequest.safeParse({ title: 'x', area: 'institutions', due: 'Q5' }).error?.issues ?? []),
      ...(createTaskRequest.safeParse({ title: 'x', area: 'institutions', due: '2025-02-30' }).error
        ?.issues ?? []),
      ...(createUserRequest.safeParse({ username: 'A!', password: 'short', role: 'officer' }).error?.issues ??
        []),
    ];
    expect(issues.length).toBeGreaterThanOrEqual(6);
    for (const issue of issues)
      expect({ message: issue.message, text: issueMessage(issue, t) }).not.toEqual({
        message: issue.message,
        text: invalid,
      });
  });

  it('translates by the rule, not by the English message', () => {
    const [issue] = unitCode.safeParse('9').error?.issues ?? [];
    if (!issue) throw new Error('unit code 9 should be refused');
    expect(issueMessage({ ...issue, message: 'anything at all' }, t)).toBe(t('validation.unitCode'));
    expect(
      issueMessage(
        { code: 'custom', path: [], input: 1, message: 'x', params: { rule: 'max', max: 1500 } },
        t,
      ),
    ).toBe('Không được lớn hơn 1.500');
  });

  it('maps a request’s issues to the form’s fields', () => {
    const errors = zodFormErrors(
      createTargetRequest,
      {
        code: 'TTHC-01',
        name: '',
        area: 'administrative_procedures',
        measure: 'percent',
        direction: 'at_least',
        value: 120,
        levelFloors: { commune: 'abc' },
      },
      t,
      (p) => p.replace(/^levelFloors\./, ''),
    );
    expect(errors).toEqual({
      name: 'Bắt buộc nhập',
      value: 'Phải là tỷ lệ từ 0 đến 100',
      commune: 'Phải là một số',
    });
  });

  it('says a missing value is required', () => {
    const errors = zodFormErrors(
      createTargetRequest,
      { code: 'A', name: 'B', area: 'institutions', measure: 'percent', direction: 'at_least' },
      t,
    );
    expect(errors.value).toBe('Bắt buộc nhập');
  });

  it('says an empty field is required rather than naming the rule its text must follow', () => {
    const target = { name: 'B', area: 'institutions', measure: 'percent', direction: 'at_least', value: 1 };
    expect(zodFormErrors(createTargetRequest, { ...target, code: '' }, t).code).toBe('Bắt buộc nhập');
    expect(zodFormErrors(createTargetRequest, { ...target, code: 'a b' }, t).code).toBe(
      'Mã gồm 1–40 chữ cái, chữ số, dấu chấm, gạch ngang hoặc gạch dưới',
    );
  });

  it('names the largest value a measure allows, written the Vietnamese way', () => {
    const target = { code: 'A', name: 'B', area: 'institutions', direction: 'at_most' } as const;
    expect(zodFormErrors(createTargetRequest, { ...target, measure: 'days', value: 4000 }, t)).toEqual({
      value: 'Không được lớn hơn 3.650',
    });
    expect(
      zodFormErrors(createTargetRequest, { ...target, measure: 'count', value: 250_000_000 }, t),
    ).toEqual({ value: 'Không được lớn hơn 100.000.000' });
    expect(
      zodFormErrors(createTargetRequest, { ...target, measure: 'date', value: '1975-04-30' }, t),
    ).toEqual({ value: 'Ngày phải trong khoảng năm 2000 đến năm 2100' });
  });
});

describe('a new account’s form', () => {
  it('names the rules of a user name and a password', () => {
    expect(
      zodFormErrors(createUserRequest, { username: 'Cán bộ', password: 'ngắn', role: 'officer' }, t),
    ).toEqual({
      username:
        'Tên đăng nhập gồm 3–50 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới',
      password: 'Mật khẩu cần ít nhất 10 ký tự',
    });
  });
});
