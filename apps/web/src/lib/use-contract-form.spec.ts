import { type ConfirmPlanRequest, confirmPlanRequest, updateTaskRequest } from '@cchc/contracts';
import { type MessageKey, translate } from './i18n';
import { contractResolver } from './use-contract-form';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('vi', key, params);

describe('the editors’ resolver: the contract’s schema, in Vietnamese, on the form’s fields', () => {
  it('puts an issue on the field that holds the request path', () => {
    const resolve = contractResolver(updateTaskRequest, t, {
      fieldFor: (p) => (p.startsWith('coordinatingAgencies') ? 'coordinating' : p),
    });
    expect(resolve({ title: '' })).toEqual({ title: t('validation.required') });
    expect(resolve({ budgetMillionVnd: -1 })).toEqual({ budgetMillionVnd: t('validation.min', { min: 0 }) });
    expect(resolve({ title: 'Cải cách' })).toEqual({});
  });

  it('can name the field from the request itself (a confirmed target by its code)', () => {
    const resolve = contractResolver<ConfirmPlanRequest>(confirmPlanRequest, t, {
      fieldFor: (path, request) => request.targets?.[Number(/^targets\.(\d+)/.exec(path)?.[1])]?.code ?? path,
    });
    const errors = resolve({
      targets: [
        { code: 'CT.1', value: 90 },
        { code: 'CT 2!', value: 5 },
      ],
    });
    expect(errors).toEqual({ 'CT 2!': t('validation.targetCode') });
  });
});
