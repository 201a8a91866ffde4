import type { ReformArea } from '../plans/reform-area';
import { foldVietnamese } from '../text/fold-vietnamese';

/**
 * Which reform area a section row of an office's appendix names ("I. CẢI CÁCH THỂ CHẾ",
 * "Cải cách TTHC", "Chuyển đổi số"): the words that tell the areas apart, in an order
 * where the more specific comes first. Null: no area.
 */
const AREA_WORDS: [RegExp, ReformArea][] = [
  [/hai long|sipas/, 'satisfaction'],
  [/kinh te - xa hoi|kinh te xa hoi|tac dong/, 'socio_economic_impact'],
  [/thu tuc hanh chinh|tthc|mot cua/, 'administrative_procedures'],
  [/the che|van ban quy pham|vbqppl/, 'institutions'],
  [/bo may/, 'apparatus'],
  [/cong vu|can bo|cong chuc/, 'civil_service'],
  [/tai chinh cong|tai chinh/, 'public_finance'],
  [/chinh quyen dien tu|chinh quyen so|chuyen doi so|dien tu|cong nghe thong tin/, 'digital_government'],
  [/chi dao|dieu hanh|tuyen truyen/, 'direction'],
];

export function reformAreaOfHeading(heading: string): ReformArea | null {
  const t = foldVietnamese(heading);
  for (const [words, area] of AREA_WORDS) if (words.test(t)) return area;
  return null;
}
