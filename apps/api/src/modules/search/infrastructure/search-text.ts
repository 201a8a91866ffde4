import { foldVietnameseSql } from '@cchc/domain';

/**
 * The folded text each kind of search result is found by: the search query
 * and the migration's indexes use these same expressions (an expression index
 * serves only the expression it was built on). Arguments are table aliases.
 */
export const searchText = {
  /** A plan: its title and document number ("218/KH-UBND"); its unit's name is units.search_name. */
  plan: (p: string) => foldVietnameseSql.fold(`${p}.title || ' ' || coalesce(${p}.document_number, '')`),
  /** A target: its code and its name ("TTHC-01 Tỷ lệ hồ sơ …"). */
  target: (t: string) => foldVietnameseSql.fold(`${t}.code || ' ' || ${t}.name`),
  /** A task: its title. */
  task: (k: string) => foldVietnameseSql.fold(`${k}.title`),
};
