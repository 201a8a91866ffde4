import { foldVietnamese, foldVietnameseSql } from '@cchc/domain';
import fc from 'fast-check';
import { type TestApp, startTestApp } from './support/test-app.js';

/**
 * Search folds text in SQL (cchc_fold_vi, from the migrations) and the screens
 * fold in TypeScript: this checks, on the real database, that both fold
 * Vietnamese text alike, so "nga nam" finds in the database what it marks on screen.
 */
const VIETNAMESE =
  'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
const letter = fc.constantFrom(...VIETNAMESE, ...VIETNAMESE.toUpperCase());
const other = fc.constantFrom(
  ...[
    ' ',
    '  ',
    '\t',
    '\n',
    '\u00a0',
    '\u2003',
    '\u3000',
    '\ufeff',
    '0',
    '7',
    '-',
    '/',
    '%',
    '_',
    '\\',
    '.',
    '(',
    '"',
  ],
);
const text = fc
  .array(fc.oneof(letter, letter, letter, other), { maxLength: 60 })
  .chain((chars) => fc.constantFrom(chars.join(''), chars.join('').normalize('NFD')));

describe('the Vietnamese fold in SQL agrees with @cchc/domain', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const foldInSql = async (texts: string[]): Promise<string[]> => {
    const rows: { f: string }[] = await t.dataSource.query(
      `SELECT ${foldVietnameseSql.fold('x')} AS f FROM unnest($1::text[]) WITH ORDINALITY AS input (x, n) ORDER BY n`,
      [texts],
    );
    return rows.map((r) => r.f);
  };

  it('on the names the demo searches for', async () => {
    const names = [
      'Thị xã Ngã Năm',
      'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn',
      'ĐẶC KHU  Côn Đảo ',
      'Hoà',
      'Hòa',
    ];
    expect(await foldInSql(names)).toEqual(names.map(foldVietnamese));
    expect(await foldInSql(['Thị xã Ngã Năm'])).toEqual(['thi xa nga nam']);
  });

  it('on random Vietnamese text, composed or decomposed, with odd spaces and LIKE wildcards', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 100, maxLength: 100 }), async (batch) => {
        expect(await foldInSql(batch)).toEqual(batch.map(foldVietnamese));
      }),
      { numRuns: 30 },
    );
  });

  it('is IMMUTABLE, so indexes may hold it', async () => {
    const [fn] = await t.dataSource.query(`SELECT provolatile FROM pg_proc WHERE proname = $1`, [
      foldVietnameseSql.functionName,
    ]);
    expect(fn.provolatile).toBe('i');
  });
});
