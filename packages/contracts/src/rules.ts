import { DUE_PATTERN, type TargetValueRule } from '@cchc/domain';
import type { z } from 'zod';

/**
 * The patterns the contracts check text against, by name. The API answers with
 * the English message of a failed check; a client that writes another language
 * translates by these names instead (see `ruleOf`), never by matching the text.
 */
export const TEXT_FORMATS = {
  unitCode: /^(\d{2}|\d{3}|\d{5})$/,
  targetCode: /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,39}$/u,
  username: /^[a-z0-9][a-z0-9._-]{2,49}$/,
  due: DUE_PATTERN,
  cursor: /^[A-Za-z0-9_-]{1,200}$/,
} as const;
export type TextFormat = keyof typeof TEXT_FORMATS;

/** Rules the contracts check with code that zod's issue codes do not name:
 * the domain's target-value rules, and the contracts' own refinements. */
export type CustomRule =
  | TargetValueRule
  | 'realDate'
  | 'differentPassword'
  | 'changeSomething'
  | 'searchText';

/** What a custom issue of the contracts carries in `params`. */
export const customRule = (rule: CustomRule, values: Record<string, number> = {}) => ({ rule, ...values });

const formatByPattern = new Map<string, TextFormat>(
  Object.entries(TEXT_FORMATS).map(([name, pattern]) => [pattern.toString(), name as TextFormat]),
);

/**
 * The named rule a zod issue of the contracts reports, with the values it names:
 * `{ rule: 'username' }` for the user-name pattern, `{ rule: 'max', max: 3650 }`
 * for a target value above its measure's maximum. Null for issues zod's own
 * codes describe (too_small, invalid_type, …).
 */
export function ruleOf(
  issue: z.core.$ZodIssue,
): { rule: TextFormat | CustomRule; params: Record<string, number> } | null {
  if (issue.code === 'invalid_format' && issue.format === 'regex' && issue.pattern) {
    const rule = formatByPattern.get(issue.pattern);
    return rule ? { rule, params: {} } : null;
  }
  if (issue.code === 'custom' && typeof issue.params?.rule === 'string') {
    const { rule, ...params } = issue.params as { rule: CustomRule } & Record<string, number>;
    return { rule, params };
  }
  return null;
}
