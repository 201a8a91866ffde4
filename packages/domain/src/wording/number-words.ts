const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const digit = (d: number): string => DIGITS[d] ?? String(d);

/** Up to "nghìn tỷ" of "nghìn tỷ": beyond 9 007 199 254 740 991 a number is no longer exact. */
export const MAX_WORDS_AMOUNT = Number.MAX_SAFE_INTEGER;

/**
 * One group of three digits. `full`: the group follows a higher one, so its
 * empty hundreds and tens are said ("một nghìn không trăm linh năm").
 */
function groupWords(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (full || hundreds > 0) words.push(digit(hundreds), 'trăm');
  if (tens === 0) {
    // "linh" between the hundreds and a lone unit: 105 "một trăm linh năm".
    if (units > 0 && words.length > 0) words.push('linh');
  } else if (tens === 1) {
    words.push('mười');
  } else {
    words.push(digit(tens), 'mươi');
  }
  if (units === 0) return words;
  if (units === 1 && tens >= 2) words.push('mốt');
  else if (units === 4 && tens >= 2) words.push('tư');
  else if (units === 5 && tens >= 1) words.push('lăm');
  else words.push(digit(units));
  return words;
}

/** Below a billion: groups of "triệu", "nghìn" and units; empty groups are not said. */
function belowBillion(n: number, full: boolean): string[] {
  const scales = [
    [1_000_000, 'triệu'],
    [1_000, 'nghìn'],
    [1, ''],
  ] as const;
  const words: string[] = [];
  let said = full;
  let rest = n;
  for (const [size, name] of scales) {
    const group = Math.floor(rest / size);
    rest %= size;
    if (group === 0) continue;
    words.push(...groupWords(group, said));
    if (name) words.push(name);
    said = true;
  }
  return words;
}

function integerWords(n: number, full: boolean): string[] {
  if (n >= 1_000_000_000) {
    // "tỷ" repeats: a thousand billion is "một nghìn tỷ", a million billion "một triệu tỷ".
    const billions = Math.floor(n / 1_000_000_000);
    const rest = n % 1_000_000_000;
    return [...integerWords(billions, full), 'tỷ', ...(rest > 0 ? belowBillion(rest, true) : [])];
  }
  return belowBillion(n, full);
}

/**
 * A whole number in Vietnamese words, as an amount is written out ("Bằng chữ"):
 * 1205 → "một nghìn hai trăm linh năm", 21 → "hai mươi mốt", 15 → "mười lăm",
 * 24 → "hai mươi tư", 1 000 005 → "một triệu không trăm linh năm",
 * 2 000 000 000 000 → "hai nghìn tỷ". Throws on a negative, fractional or unsafe number.
 */
export function numberInWordsVi(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`${n} is not a whole number from 0 to ${MAX_WORDS_AMOUNT}`);
  }
  if (n === 0) return DIGITS[0];
  return integerWords(n, false).join(' ');
}

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/**
 * An amount of million VND as the appendix writes its total in words: the count of millions,
 * then "triệu đồng" (1205 → "Một nghìn hai trăm linh năm triệu đồng", the budget column's
 * unit read out); a fraction of a million is said in đồng (12,5 → "Mười hai triệu năm trăm
 * nghìn đồng"); 0 → "Không đồng".
 */
export function millionVndInWordsVi(millions: number): string {
  const dong = Math.round(millions * 1_000_000);
  if (!Number.isSafeInteger(dong) || dong < 0) {
    throw new RangeError(`${millions} million VND is not an amount from 0 up`);
  }
  const whole = Math.floor(dong / 1_000_000);
  const rest = dong % 1_000_000;
  const words = whole > 0 ? [...integerWords(whole, false), 'triệu'] : [];
  if (rest > 0) words.push(...belowBillion(rest, whole > 0));
  if (words.length === 0) words.push(DIGITS[0]);
  return `${capitalized(words.join(' '))} đồng`;
}
