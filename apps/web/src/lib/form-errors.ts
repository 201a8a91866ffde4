import { type CustomRule, type TextFormat, ruleOf } from '@cchc/contracts';
import { MIN_PASSWORD_LENGTH, type TargetValueIssue } from '@cchc/domain';
import type { z } from 'zod';
import type { MessageKey, PluralKey, Translate } from './i18n';

/**
 * Each rule the shared contracts and domain name (a text pattern, a target
 * value's rule, a refinement), with its place in the catalog. The API writes
 * these rules' messages in English for its clients; the web translates the
 * rule's name, never the English text. A rule added to the contracts does not
 * compile here until it has a message.
 */
const RULE_MESSAGES: Record<TextFormat | CustomRule, Exclude<MessageKey, PluralKey>> = {
  unitCode: 'validation.unitCode',
  targetCode: 'validation.targetCode',
  username: 'validation.username',
  due: 'validation.due',
  realDate: 'validation.due',
  cursor: 'validation.invalid',
  date: 'validation.date',
  dateRange: 'validation.dateRange',
  number: 'validation.number',
  notNegative: 'validation.notNegative',
  percent: 'validation.percent',
  integer: 'validation.integer',
  max: 'validation.max',
  differentPassword: 'auth.changePassword.sameAsCurrent',
  changeSomething: 'validation.invalid',
  searchText: 'search.tooShort',
};

type Issue = z.core.$ZodIssue;

/** One zod issue in the reader's language, by its code and the values it names. */
export function issueMessage(issue: Issue, t: Translate): string {
  const named = ruleOf(issue);
  if (named) return t(RULE_MESSAGES[named.rule], named.params);
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        if (min <= 1) return t('validation.required');
        // The contracts' one longer minimum is a password's; its message says so.
        return min === MIN_PASSWORD_LENGTH
          ? t('validation.passwordLength', { count: min })
          : t('validation.minLength', { count: min });
      }
      if (issue.origin === 'array') return t('validation.required');
      return t('validation.min', { min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return t('validation.tooLong', { count: max });
      if (issue.origin === 'array') return t('validation.tooMany', { count: max });
      return t('validation.max', { max });
    }
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return t('validation.number');
      return t('validation.required');
    case 'invalid_union':
      // A target value is a number or a date text: neither means nothing was entered.
      return t('validation.required');
    default:
      return t('validation.invalid');
  }
}

/** A target value's broken rule (targetValueIssue's) in the reader's language. */
export function valueIssueMessage(issue: TargetValueIssue, t: Translate): string {
  return t(RULE_MESSAGES[issue.rule], issue.params);
}

const valueAt = (value: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (at, key) =>
      at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined,
    value,
  );

const isBlank = (value: unknown) => value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * Form errors from the contract's verdict on a request built from form values:
 * `{ 'levelFloors.commune': 'Phải là tỷ lệ từ 0 đến 100' }`. `fieldFor` renames a
 * request path to the form field that holds it; the first issue of a field wins.
 */
export function zodFormErrors(
  schema: z.ZodType,
  request: unknown,
  t: Translate,
  fieldFor: (path: string) => string = (path) => path,
): Record<string, string> {
  const result = schema.safeParse(request);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = fieldFor(issue.path.map(String).join('.') || 'root');
    // A field left empty is "Bắt buộc nhập", whatever rule its text would have to follow.
    const empty = issue.path.length > 0 && isBlank(valueAt(request, issue.path));
    if (!(field in errors)) errors[field] = empty ? t('validation.required') : issueMessage(issue, t);
  }
  return errors;
}
