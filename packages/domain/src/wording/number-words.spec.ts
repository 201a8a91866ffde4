import fc from 'fast-check';
import { MAX_WORDS_AMOUNT, millionVndInWordsVi, numberInWordsVi } from './number-words';

/** Reads the words back into a number, independently of how they were made: the property tests' oracle. */
function readWords(text: string): number {
  const digit: Record<string, number> = {
    không: 0,
    một: 1,
    mốt: 1,
    hai: 2,
    ba: 3,
    bốn: 4,
    tư: 4,
    năm: 5,
    lăm: 5,
    sáu: 6,
    bảy: 7,
    tám: 8,
    chín: 9,
  };
  let total = 0; // completed billions
  let millions = 0;
  let current = 0; // below a thousand, being read
  let belowBillion = 0;
  let last = 0;
  for (const word of text.split(' ')) {
    if (word in digit) {
      last = digit[word] as number;
      current += last;
    } else if (word === 'mười') current += 10;
    else if (word === 'mươi')
      current += last * 9; // "hai mươi": the 2 already added, make it 20
    else if (word === 'trăm') current += last * 99;
    else if (word === 'linh') continue;
    else if (word === 'nghìn') {
      belowBillion += current * 1000;
      current = 0;
    } else if (word === 'triệu') {
      millions = (belowBillion + current) * 1_000_000;
      belowBillion = 0;
      current = 0;
      total += millions;
    } else if (word === 'tỷ') {
      total = (total + belowBillion + current) * 1_000_000_000;
      belowBillion = 0;
      current = 0;
    } else throw new Error(`unknown word ${word}`);
  }
  return total + belowBillion + current;
}

describe('numberInWordsVi', () => {
  it.each([
    [0, 'không'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [101, 'một trăm linh một'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [115, 'một trăm mười lăm'],
    [1000, 'một nghìn'],
    [1005, 'một nghìn không trăm linh năm'],
    [1050, 'một nghìn không trăm năm mươi'],
    [1205, 'một nghìn hai trăm linh năm'],
    [1_000_005, 'một triệu không trăm linh năm'],
    [2_500_000, 'hai triệu năm trăm nghìn'],
    [1_000_000_000, 'một tỷ'],
    [1_000_000_001, 'một tỷ không trăm linh một'],
    [3_021_000_000, 'ba tỷ không trăm hai mươi mốt triệu'],
    [1_000_000_000_000, 'một nghìn tỷ'],
    [2_345_000_000_000, 'hai nghìn ba trăm bốn mươi lăm tỷ'],
    [5_000_000_000_000_000, 'năm triệu tỷ'],
  ])('%d → %s', (n, words) => {
    expect(numberInWordsVi(n)).toBe(words);
  });

  it('refuses what is not a whole amount', () => {
    expect(() => numberInWordsVi(-1)).toThrow(RangeError);
    expect(() => numberInWordsVi(1.5)).toThrow(RangeError);
    expect(() => numberInWordsVi(MAX_WORDS_AMOUNT + 1)).toThrow(RangeError);
  });

  it('reads back to the same number, for every amount up to thousands of billions and beyond', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.maxSafeNat()), (n) => {
        expect(readWords(numberInWordsVi(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('follows the spoken rules: mốt, tư, lăm, linh, mười/mươi', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        const words = numberInWordsVi(n);
        // "mốt" and "tư" only after "mươi"; "lăm" only after "mười" or "mươi".
        expect(words).not.toMatch(/(^|[^ư]ơi) mốt|(?<!mươi) mốt|(?<!mươi) tư/);
        expect(words).not.toMatch(/(?<!mười|mươi) lăm/);
        expect(words).not.toMatch(/mươi một|mươi năm|mười năm|mươi bốn/);
        // "linh" stands between hundreds and a lone unit, never before tens.
        expect(words).not.toMatch(/linh (mười|\S+ mươi|không)/);
        expect(words).not.toMatch(/một mươi|không mươi/);
        expect(words).not.toMatch(/ {2}|^ | $/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('millionVndInWordsVi', () => {
  it.each([
    [1205, 'Một nghìn hai trăm linh năm triệu đồng'],
    [0, 'Không đồng'],
    [1, 'Một triệu đồng'],
    [12.5, 'Mười hai triệu năm trăm nghìn đồng'],
    [0.25, 'Hai trăm năm mươi nghìn đồng'],
    [1_180, 'Một nghìn một trăm tám mươi triệu đồng'],
    [2_000_000, 'Hai triệu triệu đồng'],
  ])('%d triệu → %s', (n, words) => {
    expect(millionVndInWordsVi(n)).toBe(words);
  });

  it('says the amount in millions, then the đồng below a million', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 999_999 }),
        (m, dong) => {
          const text = millionVndInWordsVi(m + dong / 1_000_000);
          expect(text.endsWith(' đồng')).toBe(true);
          const body = text.slice(0, -' đồng'.length);
          const lower = body.charAt(0).toLocaleLowerCase('vi') + body.slice(1);
          const [millionsText, rest] = m > 0 ? lower.split(/ triệu(?: |$)(?!.* triệu)/) : ['', lower];
          if (m > 0) expect(readWords(millionsText as string)).toBe(m);
          if (dong > 0) expect(readWords(rest as string)).toBe(dong);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
