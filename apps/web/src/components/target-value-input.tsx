import type { Measure } from '@cchc/domain';
import { TextInput } from '@mantine/core';
import type { KeyboardEvent, ReactNode } from 'react';
import { useI18n } from '../lib/i18n';
import type { ValueDraft } from '../lib/target-draft';
import { LocaleNumberInput } from './locale-number-input';

interface TargetValueInputProps {
  measure: Measure;
  value: ValueDraft;
  onChange: (value: ValueDraft) => void;
  label?: ReactNode;
  /** Accessible name when there is no visible label (a table cell). */
  ariaLabel?: string;
  error?: ReactNode;
  placeholder?: string;
  size?: 'xs' | 'sm';
  className?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  disabled?: boolean;
  /** Shown, not editable: the user may not change the plan. */
  readOnly?: boolean;
  name?: string;
  /** Marks the field as changed and not yet saved. */
  dirty?: boolean;
  /** A value must be given: the label carries the asterisk. */
  required?: boolean;
}

const suffixKey = { percent: 'valueUnit.percent', days: 'valueUnit.days' } as const;

/** A target value: a number as the locale writes it (LocaleNumberInput), or a date typed dd/mm/yyyy. */
export function TargetValueInput({
  measure,
  value,
  onChange,
  label,
  ariaLabel,
  error,
  placeholder,
  size = 'sm',
  className,
  onKeyDown,
  disabled,
  readOnly,
  name,
  dirty,
  required,
}: TargetValueInputProps) {
  const { t } = useI18n();
  if (measure === 'date') {
    return (
      <TextInput
        name={name}
        label={label}
        withAsterisk={required}
        aria-label={ariaLabel}
        placeholder={placeholder ?? t('common.datePlaceholder')}
        value={String(value)}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
        size={size}
        className={className}
        onKeyDown={onKeyDown}
        disabled={disabled}
        readOnly={readOnly}
        data-dirty={dirty || undefined}
        inputMode="numeric"
        autoComplete="off"
      />
    );
  }
  const suffix = measure === 'percent' || measure === 'days' ? t(suffixKey[measure]) : undefined;
  // A percentage over 100 stays as typed and is refused by the contract's rule, where it is
  // typed: clamping it to 100 made a typing slip (955) a confirmed 100 %.
  return (
    <LocaleNumberInput
      name={name}
      label={label}
      withAsterisk={required}
      aria-label={ariaLabel}
      placeholder={placeholder}
      value={value}
      onChange={onChange}
      error={error}
      size={size}
      className={className}
      onKeyDown={onKeyDown}
      disabled={disabled}
      readOnly={readOnly}
      data-dirty={dirty || undefined}
      suffix={suffix}
    />
  );
}
