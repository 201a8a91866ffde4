import { TextInput, type TextInputProps } from '@mantine/core';
import { type FocusEvent, type KeyboardEvent, useState } from 'react';
import { useI18n } from '../lib/i18n';
import {
  type NumberDraft,
  type NumberFieldFormat,
  numberDraftProblem,
  readNumberText,
  showNumberDraft,
} from '../lib/number-field';

export interface LocaleNumberInputProps
  extends Omit<TextInputProps, 'value' | 'defaultValue' | 'onChange' | 'type' | 'inputMode'>,
    NumberFieldFormat {
  /** A number, '' when empty, or text that reads as no number (kept as typed). */
  value: NumberDraft;
  onChange: (value: NumberDraft) => void;
}

/**
 * Every number field of the app: a text field that takes a number as the reader's language
 * writes it ("1.500", "85,5" in Vietnamese; "1,500", "85.5" in English), read by the domain's
 * `parseLocaleNumber`. What is typed stays as typed while the field has the focus; on leaving
 * it the number is shown back with the locale's separators. Text that reads as no number is
 * passed on as it is (the form's schema refuses it) and, once the field is left or Enter is
 * pressed, the field says why. Range rules (a percentage up to 100) are the form's, through
 * `error`: a number is never changed to fit one.
 */
export function LocaleNumberInput({
  value,
  onChange,
  suffix,
  grouping,
  error,
  onFocus,
  onBlur,
  onKeyDown,
  ...rest
}: LocaleNumberInputProps) {
  const { t, locale } = useI18n();
  const format = { suffix, grouping };
  // While typing: the text, and the value it gave. A value changed from outside (undo, a save
  // read back) ends the typing, and the field shows that value.
  const [typing, setTyping] = useState<{ text: string; gave: NumberDraft } | null>(null);
  const [focused, setFocused] = useState(false);
  const [told, setTold] = useState(false);
  const editing = typing !== null && Object.is(typing.gave, value);
  const shown = editing ? typing.text : showNumberDraft(value, locale, format);

  const problem = numberDraftProblem(value, locale, format);
  const problemShown = problem !== null && (!focused || told);
  const shownError = problem ? (problemShown ? t(`number.problem.${problem}`) : undefined) : error;

  return (
    <TextInput
      {...rest}
      value={shown}
      inputMode="decimal"
      autoComplete="off"
      error={shownError}
      onChange={(e) => {
        const text = e.currentTarget.value;
        const next = readNumberText(text, locale, format);
        setTyping({ text, gave: next });
        setTold(false);
        onChange(next);
      }}
      onFocus={(e: FocusEvent<HTMLInputElement>) => {
        setFocused(true);
        setTold(false);
        setTyping({ text: showNumberDraft(value, locale, format), gave: value });
        onFocus?.(e);
      }}
      onBlur={(e: FocusEvent<HTMLInputElement>) => {
        setFocused(false);
        setTyping(null);
        onBlur?.(e);
      }}
      onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
        if (e.key === 'Enter') {
          setTold(true);
          // Enter shows the number as it will be saved, as leaving the field does.
          if (problem === null) setTyping(null);
        }
        onKeyDown?.(e);
      }}
    />
  );
}
