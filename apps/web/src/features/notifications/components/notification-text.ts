import type { NotificationResponse } from '@cchc/contracts';
import { notificationTextVi } from '@cchc/domain';
import type { Locale } from '../../../lib/i18n';
import { notificationTextEn } from '../../../lib/i18n/en';

/** A notification in the reader's language: the domain words it in Vietnamese, en.ts in English. */
export function notificationText(locale: Locale, n: Pick<NotificationResponse, 'kind' | 'params'>): string {
  return locale === 'vi' ? notificationTextVi(n.kind, n.params) : notificationTextEn(n.kind, n.params);
}
