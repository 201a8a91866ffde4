/**
 * foldVietnamese (fold-vietnamese.ts) in SQL, so that the database finds
 * "Ngã Năm" for "nga nam" exactly as the screens do, and an index can hold the
 * folded text. Built from PostgreSQL's own functions, no extension (`unaccent`
 * is not everywhere, and folds otherwise): NFD, strip the combining marks
 * U+0300–U+036F, đ → d, lower case, JavaScript's `\s` runs to one space, trim.
 * IMMUTABLE, so it may stand in an index expression. The API's tests check that
 * it folds Vietnamese text exactly as the TypeScript function does. Outside
 * Latin script, lower() follows the database's ctype (C.UTF-8 here) and may
 * differ from JavaScript's toLowerCase (a final Greek sigma).
 */

import { foldVietnamese } from './fold-vietnamese';

/** JavaScript's `\s` and `trim()` set, spelled out: PostgreSQL's `\s` depends on the locale. */
const JS_WHITESPACE =
  '[\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+';

export const foldVietnameseSql = {
  /** The SQL function's name; a new definition needs a new migration that replaces it. */
  functionName: 'cchc_fold_vi',
  /** Creates (or replaces) the function; run by a migration. */
  createFunction: `
    CREATE OR REPLACE FUNCTION cchc_fold_vi(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN btrim(
      regexp_replace(
        lower(translate(regexp_replace(normalize($1, NFD), '[\\u0300-\\u036f]', '', 'g'), 'đĐ', 'dD')),
        '${JS_WHITESPACE}', ' ', 'g'),
      ' ')`,
  /** `text` (a SQL text expression: a column, a parameter) folded. */
  fold(text: string): string {
    return `cchc_fold_vi(${text})`;
  },
  /**
   * A LIKE pattern for folded text that contains `query` folded: LIKE's own
   * wildcards typed by a user (`%`, `_`, `\`) stay literal.
   */
  containsPattern(query: string): string {
    return `%${foldVietnamese(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  },
};
