/**
 * A unit name folded for search: lower case, no tone or vowel marks, đ → d,
 * single spaces. "Ngã Năm" and "nga nam" fold alike, and so do the two tone
 * placements the data mixes ("Hòa" and "Hoà").
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
