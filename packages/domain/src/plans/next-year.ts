/**
 * Starting next year's plan from this year's (POST /api/plans/:id/next-year):
 * what of the header moves on. Targets and tasks move with `dueTextOneYearLater`
 * and its SQL twin (./task-due).
 */

/**
 * The title with the plan's year moved on: "Kế hoạch cải cách hành chính năm 2024"
 * → "… năm 2025". Only a year written as "năm 2024" moves (a period such as
 * "giai đoạn 2021-2025" does not); a title naming the year otherwise, once,
 * moves that; a title without it stays as it is.
 */
export function nextYearTitle(title: string, year: number): string {
  const named = new RegExp(`(năm\\s+)${year}(?!\\d)`, 'giu');
  if (named.test(title)) return title.replace(named, (_, lead: string) => `${lead}${year + 1}`);
  const bare = new RegExp(`(?<![\\d\\-–/])${year}(?![\\d\\-–/])`, 'gu');
  const found = title.match(bare);
  return found?.length === 1 ? title.replace(bare, String(year + 1)) : title;
}

/** "Căn cứ Kế hoạch … năm 2024": a legal basis line citing a plan of that year. */
function citesPlanOfYear(line: string, year: number): boolean {
  return (
    /^căn\s+cứ\s+kế\s+hoạch\b/iu.test(line.trim()) &&
    new RegExp(`năm\\s+${year}\\s*[;.]?$`, 'iu').test(line.trim())
  );
}

/**
 * Next year's legal basis: this year's lines, without those citing a plan of this
 * year (last year's parent plan does not bind next year's), and then the line naming
 * the plan it is carried from (`legalBasisLine` of that plan). Laws and decrees stay.
 */
export function nextYearLegalBasis(lines: readonly string[], year: number, carriedFrom: string): string[] {
  return [...lines.filter((line) => !citesPlanOfYear(line, year) && line !== carriedFrom), carriedFrom];
}
