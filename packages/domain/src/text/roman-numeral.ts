const ROMAN: [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** I, II, … XII as plans number their sections and quarters ("Quý III/2024"). */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 39) return String(n);
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

const ROMAN_TEXT = /^(X{0,3})(IX|IV|V?I{0,3})$/;

/** "IV" → 4, the inverse of toRoman for 1 … 39 (any case); null for anything else. */
export function fromRoman(text: string): number | null {
  const upper = text.trim().toUpperCase();
  if (upper === '' || !ROMAN_TEXT.test(upper)) return null;
  for (let n = 1; n <= 39; n++) if (toRoman(n) === upper) return n;
  return null;
}
