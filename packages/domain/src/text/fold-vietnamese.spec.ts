import fc from 'fast-check';
import { foldVietnamese } from './fold-vietnamese';
import { foldVietnameseSql } from './fold-vietnamese.sql';

/** Vietnamese letters with every tone and vowel mark, upper and lower case, as written (NFC). */
const VIETNAMESE =
  'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
const LETTERS = [...VIETNAMESE, ...VIETNAMESE.toUpperCase()];
const letter = fc.constantFrom(...LETTERS);
/** Text as officials type it: words, digits, punctuation, odd spaces, either normal form. */
const vietnameseText = fc
  .array(
    fc.oneof(
      letter,
      letter,
      letter,
      fc.constantFrom(' ', '  ', '\t', '\u00a0', '0', '9', '-', '/', '%', ','),
    ),
    {
      maxLength: 40,
    },
  )
  .chain((chars) => fc.constantFrom(chars.join(''), chars.join('').normalize('NFD')));

describe('foldVietnamese', () => {
  it('matches names with or without diacritics and either tone placement', () => {
    expect(foldVietnamese('Ngã Năm')).toBe('nga nam');
    expect(foldVietnamese('Đồng  Nai')).toBe('dong nai');
    expect(foldVietnamese('Hoà')).toBe(foldVietnamese('Hòa'));
    expect(foldVietnamese('  Tỷ lệ HỒ SƠ\u00a0đúng hạn ')).toBe('ty le ho so dung han');
  });

  it('folds once and for all: folding again changes nothing', () => {
    fc.assert(fc.property(vietnameseText, (s) => foldVietnamese(foldVietnamese(s)) === foldVietnamese(s)));
  });

  it('leaves only unmarked lower-case letters, digits, punctuation and single spaces', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        const f = foldVietnamese(s);
        return /^[a-z0-9\-/%, ]*$/.test(f) && !/ {2}|^ | $/.test(f);
      }),
    );
  });

  it('does not care which marks or case the text was typed with, nor its normal form', () => {
    const bare = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    fc.assert(
      fc.property(vietnameseText, (s) => {
        const f = foldVietnamese(s);
        return (
          foldVietnamese(bare(s)) === f &&
          foldVietnamese(s.toUpperCase()) === f &&
          foldVietnamese(s.normalize('NFC')) === f
        );
      }),
    );
  });

  it('keeps a word found inside a longer text found once both are folded', () => {
    fc.assert(
      fc.property(vietnameseText, vietnameseText, vietnameseText, (a, word, b) => {
        const w = foldVietnamese(word);
        return foldVietnamese(`${a} ${word} ${b}`).includes(w);
      }),
    );
  });
});

describe('foldVietnameseSql.containsPattern', () => {
  it('folds the query and keeps LIKE wildcards typed by the user literal', () => {
    expect(foldVietnameseSql.containsPattern('Ngã Năm')).toBe('%nga nam%');
    expect(foldVietnameseSql.containsPattern('85%_x\\')).toBe('%85\\%\\_x\\\\%');
  });
});
