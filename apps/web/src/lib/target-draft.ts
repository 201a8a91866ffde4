import type { Measure, TargetValue } from '@cchc/domain';
import { formatDate, parseDateInput } from './format';

/**
 * What a target-value field holds while a person edits it: a number (or '' when
 * empty) for numeric measures, the typed text (dd/mm/yyyy) for a date.
 */
export type ValueDraft = number | string;

export function valueToDraft(measure: Measure, value: TargetValue | null | undefined): ValueDraft {
  if (value === null || value === undefined) return '';
  if (measure === 'date') return typeof value === 'string' ? formatDate(value) : String(value);
  return value;
}

/**
 * The value a request carries: a number, or an ISO date for `date`. Undefined
 * when empty; text it cannot read goes through as is, for the contract to refuse.
 */
export function draftToValue(measure: Measure, draft: ValueDraft): TargetValue | undefined {
  if (draft === '') return undefined;
  if (measure === 'date') {
    const text = String(draft);
    return parseDateInput(text) ?? text;
  }
  if (typeof draft === 'number') return draft;
  const n = draft.trim() === '' ? Number.NaN : Number(draft);
  return Number.isNaN(n) ? draft : n;
}

/** Same value, as far as a request is concerned. */
export function sameValue(a: TargetValue | null | undefined, b: TargetValue | null | undefined): boolean {
  return (a ?? null) === (b ?? null);
}
