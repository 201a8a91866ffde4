import type { Measure, TargetValue } from '@cchc/domain';
import { formatDate, parseDateInput } from './format';

/**
 * What a target-value field holds while a person edits it: for numeric measures a
 * number, '' when empty, or the typed text when it reads as no number (NumberDraft);
 * the typed text (dd/mm/yyyy) for a date.
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
  // A number field gives a number once its text reads as one (LocaleNumberInput); other text
  // is no number, and is not guessed at here ("1.5" is no Vietnamese number).
  return typeof draft === 'number' ? draft : draft.trim() === '' ? undefined : draft;
}

/** Same value, as far as a request is concerned. */
export function sameValue(a: TargetValue | null | undefined, b: TargetValue | null | undefined): boolean {
  return (a ?? null) === (b ?? null);
}
