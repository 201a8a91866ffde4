import type { ReformArea } from '../plans/reform-area';
import { REFORM_AREA_NAMES_VI, reformAreaOrder } from '../plans/reform-area';
import { toRoman } from '../text/roman-numeral';
import type { FloorLevel, UnitLevel } from '../units/unit-level';
import { millionVndInWordsVi } from '../wording/number-words';

/**
 * The pieces of a plan's document (Decree 30/2020/NĐ-CP) that are rules rather
 * than layout: the issuing body's lines, the level words, the signature block,
 * the usual recipients, and the appendix's sections and totals. The API lays
 * them out as .docx and .xlsx; the web shows the same words.
 */

const upper = (text: string) => text.toLocaleUpperCase('vi');
const lower = (text: string) => text.toLocaleLowerCase('vi');

/** The issuing body, top left of the first page: ["ỦY BAN NHÂN DÂN", "THỊ XÃ NGÃ NĂM"]. */
export function issuingBodyLinesVi(unit: { type: string; name: string }): [string, string] {
  return ['ỦY BAN NHÂN DÂN', upper(`${unit.type} ${unit.name}`)];
}

/**
 * Where a unit dates its documents ("Ngã Năm, ngày …"): its name, or with its type
 * word when the name alone is a number ("Phường 1", "Phường 10"), never a bare "1".
 */
export function documentPlaceVi(unit: { type: string; name: string }): string {
  const name = unit.name.trim();
  return /^\d/u.test(name) ? `${unit.type.trim()} ${name}` : name;
}

/**
 * The plan's own level as its targets name it ("cấp tỉnh", "cấp thị xã", "cấp xã"):
 * a province or district by its type word, any commune, ward or town as "xã".
 */
export function ownLevelWordVi(level: UnitLevel, unitType: string): string {
  return level === 'commune' ? 'xã' : lower(unitType);
}

/** The levels below as plans name them: "cấp huyện" (every district, town and city), "cấp xã". */
export const FLOOR_LEVEL_WORDS_VI: Record<FloorLevel, string> = { district: 'huyện', commune: 'xã' };

export type DocumentSigner = { name: string; title: string; capacity: 'TM' | 'KT' };

/**
 * The signature block's capacity lines: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" for the chair
 * signing for the committee, "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" for a vice-chair on the
 * chair's behalf. A draft has no signer yet: the committee's block, to be signed.
 */
export function signatureLinesVi(signer: DocumentSigner | null): [string, string] {
  if (signer?.capacity === 'KT') return ['KT. CHỦ TỊCH', upper(signer.title)];
  return ['TM. ỦY BAN NHÂN DÂN', upper(signer?.title ?? 'Chủ tịch')];
}

/**
 * "Nơi nhận" as plans of each level list it when the unit has not set its own
 * (seed 000 for a town; the province's and a commune's by the same pattern).
 */
export function defaultRecipientsVi(level: UnitLevel, unitType: string): string[] {
  const t = lower(unitType);
  switch (level) {
    case 'province':
      return [
        'Bộ Nội vụ;',
        `TT. ${unitType === 'Thành phố' ? 'Thành ủy' : 'Tỉnh ủy'};`,
        `TT. HĐND ${t};`,
        `CT, các PCT UBND ${t};`,
        `Các sở, ban, ngành ${t};`,
        'UBND các huyện, thị xã, thành phố;',
        'Lưu: VT, SNV.',
      ];
    case 'district':
      return [
        'Sở Nội vụ tỉnh;',
        `TT. ${t === 'thị xã' ? 'Thị ủy' : t === 'thành phố' || t === 'quận' ? 'Thành ủy' : 'Huyện ủy'};`,
        `TT. HĐND ${t};`,
        `TT. UBND ${t};`,
        `Các Phòng, ban ngành ${t};`,
        `Các đơn vị sự nghiệp ${t};`,
        'UBND các xã, phường, thị trấn;',
        'Lưu: VT, VP.',
      ];
    case 'commune':
      return [
        `UBND cấp trên;`,
        `TT. Đảng ủy ${t};`,
        `TT. HĐND ${t};`,
        `CT, các PCT UBND ${t};`,
        'Các ban, ngành, đoàn thể;',
        'Lưu: VT.',
      ];
  }
}

export type AppendixTask = {
  title: string;
  product: string | null;
  leadAgency: string | null;
  coordinatingAgencies: readonly string[];
  budgetMillionVnd: number;
  /** The completion time as the appendix writes it ("Quý I/2024"); null: none. */
  dueText: string | null;
  /** Assigned by the plan above (the document marks it). */
  inherited: boolean;
};

export type AppendixSection<T extends AppendixTask = AppendixTask> = {
  /** "I", "II", … in the order the sections come. */
  numeral: string;
  area: ReformArea;
  /** "CẢI CÁCH THỂ CHẾ": the area's name, as the section row writes it. */
  heading: string;
  rows: { number: number; task: T }[];
  subtotalMillionVnd: number;
};

export type Appendix<T extends AppendixTask = AppendixTask> = {
  sections: AppendixSection<T>[];
  totalMillionVnd: number;
  /** "Một nghìn hai trăm linh năm triệu đồng". */
  totalInWords: string;
};

/** Sums of million VND kept to the thousandth, so 0.1 + 0.2 adds up to 0.3. */
const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 1000) / 1000;

/**
 * The appendix of tasks: one section per reform area that has tasks, in the
 * standard order, numbered I, II, …; rows 1, 2, … inside; each section's
 * subtotal, the grand total and the total in words.
 */
export function appendixOf<T extends AppendixTask>(
  areas: readonly { area: ReformArea; tasks: readonly T[] }[],
): Appendix<T> {
  const sections = [...areas]
    .filter((a) => a.tasks.length > 0)
    .sort((a, b) => reformAreaOrder(a.area) - reformAreaOrder(b.area))
    .map((a, i) => ({
      numeral: toRoman(i + 1),
      area: a.area,
      heading: upper(REFORM_AREA_NAMES_VI[a.area]),
      rows: a.tasks.map((task, j) => ({ number: j + 1, task })),
      subtotalMillionVnd: sum(a.tasks.map((t) => t.budgetMillionVnd)),
    }));
  const totalMillionVnd = sum(sections.map((s) => s.subtotalMillionVnd));
  return { sections, totalMillionVnd, totalInWords: millionVndInWordsVi(totalMillionVnd) };
}
