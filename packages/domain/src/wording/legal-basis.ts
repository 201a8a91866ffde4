import { longDateVi } from './dates';

export type LegalBasisSource = {
  /** "218/KH-UBND"; null or empty when the parent plan has no number yet. */
  documentNumber?: string | null;
  /** YYYY-MM-DD; omitted from the line when unknown. */
  issuedOn?: string | null;
  /** The issuing unit's type as the unit list writes it: "Tỉnh", "Thị xã", "Xã". */
  unitType: string;
  unitName: string;
  /** The plan's title: "Kế hoạch Thực hiện cải cách hành chính năm 2024". */
  title: string;
};

/** "CCHC", "PAR", "UBND": a first word in capitals keeps its case. */
const ACRONYM = /^\p{Lu}{2,}(?![\p{Ll}])/u;

/** The subject after "về": the title without its leading "Kế hoạch", first letter in lower case. */
function subjectOf(title: string): string {
  const subject = title.trim().replace(/^kế\s+hoạch\s+/iu, '');
  if (subject === '' || ACRONYM.test(subject)) return subject;
  return subject.charAt(0).toLocaleLowerCase('vi') + subject.slice(1);
}

/**
 * The legal-basis line a derived plan opens with: "Căn cứ Kế hoạch số 218/KH-UBND
 * ngày 05 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh Sóc Trăng về thực hiện cải cách
 * hành chính năm 2024". Number and date are left out when unknown; no final ";"
 * (the document adds it when it lists the bases).
 */
export function legalBasisLine(source: LegalBasisSource): string {
  const number = source.documentNumber?.trim() ? ` số ${source.documentNumber.trim()}` : '';
  const date = source.issuedOn ? ` ${longDateVi(source.issuedOn)}` : '';
  const unit = `${source.unitType.trim().toLocaleLowerCase('vi')} ${source.unitName.trim()}`;
  const subject = subjectOf(source.title);
  return `Căn cứ Kế hoạch${number}${date} của Ủy ban nhân dân ${unit}${subject ? ` về ${subject}` : ''}`;
}
