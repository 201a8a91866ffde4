import { type Measure, REFORM_AREA_NAMES_VI, type ReformArea, type TargetValue } from '@cchc/domain';
import i18next from 'i18next';
import { type ReactNode, useContext, useEffect, useMemo } from 'react';
import { I18nContext, I18nextProvider, useTranslation } from 'react-i18next';
import { type Locale, formatDue, formatNumber, formatTargetValue } from '../format';
import { REFORM_AREA_NAMES_EN, en } from './en';
import { type MessageKey, type PluralKey, vi } from './vi';

export type { Locale } from '../format';
export type { MessageKey, PluralKey } from './vi';

export const LOCALES: readonly Locale[] = ['vi', 'en'];
const STORAGE_KEY = 'cchc.locale';

export type MessageParams = Record<string, string | number>;
/** A message in the reader's language; a counting message (PluralKey) needs its `count`. */
export type Translate = <K extends MessageKey>(
  key: K,
  ...params: K extends PluralKey ? [params: MessageParams & { count: number }] : [params?: MessageParams]
) => string;

/** Whether the catalog has this key (for codes the API may add before the catalog knows them). */
export function hasMessage(key: string): key is MessageKey {
  return key in vi;
}

type Message = string | Partial<Record<Intl.LDMLPluralRule, string>>;

/** A catalog as i18next stores it: a counting message becomes one key a plural
 * form (`children.bad_one`, `children.bad_other`), i18next's own convention. */
function toResource(catalog: Record<string, Message>): Record<string, string> {
  const resource: Record<string, string> = {};
  for (const [key, message] of Object.entries(catalog)) {
    if (typeof message === 'string') resource[key] = message;
    else for (const [form, text] of Object.entries(message)) resource[`${key}_${form}`] = text;
  }
  return resource;
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

/** The app's i18next: both catalogs are in the bundle, so it is ready at once. */
const engine = i18next.createInstance();
void engine.init({
  resources: { vi: { translation: toResource(vi) }, en: { translation: toResource(en) } },
  lng: initialLocale(),
  supportedLngs: LOCALES,
  fallbackLng: 'vi',
  initAsync: false,
  // Keys are flat ('plan.field.title'): no nesting by dots, no namespace prefix.
  keySeparator: false,
  nsSeparator: false,
  // The catalogs write `{name}`; React escapes what is rendered.
  interpolation: { prefix: '{', suffix: '}', escapeValue: false },
  react: { useSuspense: false },
});
const fixedT = { vi: engine.getFixedT('vi'), en: engine.getFixedT('en') };

/**
 * A message in `locale`, with `{name}` placeholders filled in. Numbers are
 * written with the locale's separators ("1.500", "85,5" in Vietnamese); a
 * `count` also picks the message's plural form.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  if (!params) return fixedT[locale](key);
  const replace: Record<string, string> = {};
  for (const [name, value] of Object.entries(params))
    replace[name] = typeof value === 'number' ? formatNumber(value, locale) : value;
  const count = params.count;
  return fixedT[locale](key, typeof count === 'number' ? { count, replace } : { replace });
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

export function makeI18n(locale: Locale, setLocale: (locale: Locale) => void): I18n {
  const t: Translate = (key, ...params) => translate(locale, key, params[0]);
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

/** Switches the language, remembered across visits. */
function setLocale(next: Locale): void {
  void engine.changeLanguage(next);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  } catch {
    // Not remembered across visits; the switch still applies.
  }
}

function currentLocale(language: string | undefined): Locale {
  return language === 'en' ? 'en' : 'vi';
}

/** The page's language and title follow the locale. */
function DocumentLanguage() {
  const { locale } = useI18n();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${translate(locale, 'app.name')} – ${translate(locale, 'app.title')}`;
  }, [locale]);
  return null;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={engine}>
      <DocumentLanguage />
      {children}
    </I18nextProvider>
  );
}

export function useI18n(): I18n {
  if (!useContext(I18nContext)) throw new Error('useI18n outside I18nProvider');
  // Re-renders when the language changes.
  const { i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  return useMemo(() => makeI18n(locale, setLocale), [locale]);
}
