import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { LOCALES, type Locale, useI18n } from '../lib/i18n';

/** Vietnamese or English, remembered across visits. */
export function LocaleSwitch() {
  const { t, locale, setLocale } = useI18n();
  const labelId = useId();
  return (
    <>
      <VisuallyHidden id={labelId}>{t('app.language')}</VisuallyHidden>
      <SegmentedControl
        size="xs"
        aria-labelledby={labelId}
        value={locale}
        onChange={(v) => setLocale(v as Locale)}
        data={LOCALES.map((l) => ({ value: l, label: l.toUpperCase() }))}
      />
    </>
  );
}
