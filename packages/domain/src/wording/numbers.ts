const formats = new Map<number, Intl.NumberFormat>();

/**
 * A number as Vietnamese documents write it: "1.500", "85,5", "1.234.567,89".
 * Intl's vi-VN data ships with Node (full ICU since Node 13) and every browser.
 */
export function numberVi(value: number, maximumFractionDigits = 2): string {
  let format = formats.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits });
    formats.set(maximumFractionDigits, format);
  }
  return format.format(value);
}
