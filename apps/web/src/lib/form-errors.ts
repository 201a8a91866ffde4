import { MEASURE_MAXIMUM, MIN_PASSWORD_LENGTH } from '@cchc/domain';
import type { z } from 'zod';
import type { MessageKey, Translate } from './i18n';

/**
 * The messages the shared contracts and domain rules write (in English, for
 * the API's clients), each with its place in the catalog. form-errors.spec.ts
 * checks that every one of them is known here.
 */
const KNOWN_MESSAGES: Record<string, MessageKey> = {
  'must be a date written YYYY-MM-DD': 'validation.date',
  'must be a number': 'validation.number',
  'must not be negative': 'validation.notNegative',
  'must be a percentage between 0 and 100': 'validation.percent',
  'must be a whole number': 'validation.integer',
  'must be 1 to 40 letters, digits, dots, dashes or underscores': 'validation.targetCode',
  'must be an official unit code of 2, 3 or 5 digits': 'validation.unitCode',
  'must be a date (2024-03-15), a quarter (2024-Q1) or a year (2024)': 'validation.due',
  'must be a real date': 'validation.due',
  'must be 3 to 50 lower-case letters, digits, dots, dashes or underscores': 'validation.username',
  [`must be at least ${MIN_PASSWORD_LENGTH} characters`]: 'validation.passwordLength',
  'must be a date between 2000 and 2100': 'validation.dateRange',
  'must differ from the current password': 'auth.changePassword.sameAsCurrent',
  ...Object.fromEntries(
    Object.values(MEASURE_MAXIMUM).map((max) => [`must be at most ${max}`, 'validation.max' as const]),
  ),
};

/** Values some catalog messages name. */
const MESSAGE_PARAMS: Partial<Record<MessageKey, Record<string, number>>> = {
  'validation.passwordLength': { min: MIN_PASSWORD_LENGTH },
};

/** The values a message names itself (the maximum of `must be at most 3650`). */
function paramsOf(message: string, key: MessageKey): Record<string, number> | undefined {
  const max = /^must be at most (\d+)$/.exec(message);
  return max ? { max: Number(max[1]) } : MESSAGE_PARAMS[key];
}

type Issue = z.core.$ZodIssue;

/** One zod issue in the reader's language. */
export function issueMessage(issue: Issue, t: Translate): string {
  const known = KNOWN_MESSAGES[issue.message];
  if (known) return t(known, paramsOf(issue.message, known));
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? t('validation.required') : t('validation.invalid');
      if (issue.origin === 'array') return t('validation.required');
      return t('validation.min', { min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return t('validation.tooLong', { max });
      if (issue.origin === 'array') return t('validation.tooMany', { max });
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

/** A message of the shared rules (e.g. targetValueProblem's) in the reader's language. */
export function ruleMessage(message: string, t: Translate): string {
  const known = KNOWN_MESSAGES[message];
  return known ? t(known, paramsOf(message, known)) : t('validation.invalid');
}

/** Whether a message of the contracts is one the catalog knows (for the tests). */
export function isKnownMessage(message: string): boolean {
  return message in KNOWN_MESSAGES;
}

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
    if (!(field in errors)) errors[field] = issueMessage(issue, t);
  }
  return errors;
}
