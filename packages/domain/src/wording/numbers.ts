import { formatLocaleNumber } from '../text/locale-number';

/**
 * A number as Vietnamese documents write it: "1.500", "85,5", "1.234.567,89"
 * (`formatLocaleNumber` in Vietnamese; `parseLocaleNumber` reads it back).
 */
export function numberVi(value: number, maximumFractionDigits = 2): string {
  return formatLocaleNumber(value, 'vi', { maximumFractionDigits });
}
