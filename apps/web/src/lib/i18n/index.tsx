import { type Measure, REFORM_AREA_NAMES_VI, type ReformArea, type TargetValue } from '@cchc/domain';
import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type Locale, formatDue, formatNumber, formatTargetValue } from '../format';
import { REFORM_AREA_NAMES_EN, en } from './en';
import { type MessageKey, vi } from './vi';

export type { Locale } from '../format';
export type { MessageKey } from './vi';

export const LOCALES: readonly Locale[] = ['vi', 'en'];
const catalogs: Record<Locale, Record<MessageKey, string>> = { vi, en };
const STORAGE_KEY = 'cchc.locale';

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Whether the catalog has this key (for codes the API may add before the catalog knows them). */
export function hasMessage(key: string): key is MessageKey {
  return key in vi;
}

/** Fills `{name}` placeholders; numbers are written with the locale's separators. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const text = catalogs[locale][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  /** Reform-area name: REFORM_AREA_NAMES_VI in Vietnamese. */
  areaName: (area: ReformArea) => string;
  formatNumber: (value: number, maximumFractionDigits?: number) => string;
  formatValue: (measure: Measure, value: TargetValue | null | undefined) => string;
  formatDue: (due: string | null) => string;
}

function initialLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === 'vi' || stored === 'en') return stored;
  } catch {
    // Storage may be unavailable (privacy mode); Vietnamese is the default anyway.
  }
  return 'vi';
}

export function makeI18n(locale: Locale, setLocale: (locale: Locale) => void): I18n {
  const t: Translate = (key, params) => translate(locale, key, params);
  const unitLabel = (measure: 'percent' | 'million_vnd' | 'days') => t(`valueUnit.${measure}`);
  return {
    locale,
    setLocale,
    t,
    areaName: (area) => (locale === 'vi' ? REFORM_AREA_NAMES_VI[area] : REFORM_AREA_NAMES_EN[area]),
    formatNumber: (value, digits) => formatNumber(value, locale, digits),
    formatValue: (measure, value) => formatTargetValue(measure, value, locale, unitLabel),
    formatDue: (due) => formatDue(due, locale),
  };
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered across visits; the switch still applies.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${translate(locale, 'app.name')} – ${translate(locale, 'app.title')}`;
  }, [locale]);
  const value = useMemo(() => makeI18n(locale, setLocale), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
