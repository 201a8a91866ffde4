/** The seven standard reform areas, in the order every plan lists them, then
 * the two fields PAR INDEX remediation plans add. */
export const STANDARD_REFORM_AREAS = [
  'institutions',
  'administrative_procedures',
  'apparatus',
  'civil_service',
  'public_finance',
  'digital_government',
  'direction',
] as const;
export const REMEDIATION_REFORM_AREAS = ['socio_economic_impact', 'satisfaction'] as const;
export const REFORM_AREAS = [...STANDARD_REFORM_AREAS, ...REMEDIATION_REFORM_AREAS] as const;
export type ReformArea = (typeof REFORM_AREAS)[number];

export const REFORM_AREA_NAMES_VI: Record<ReformArea, string> = {
  institutions: 'Cải cách thể chế',
  administrative_procedures: 'Cải cách thủ tục hành chính',
  apparatus: 'Cải cách tổ chức bộ máy hành chính nhà nước',
  civil_service: 'Cải cách chế độ công vụ',
  public_finance: 'Cải cách tài chính công',
  digital_government: 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
  direction: 'Công tác chỉ đạo, điều hành và tuyên truyền cải cách hành chính',
  socio_economic_impact: 'Tác động của cải cách hành chính đến phát triển kinh tế - xã hội',
  satisfaction: 'Sự hài lòng của người dân, tổ chức (SIPAS)',
};

/** Position of an area in the standard order, for sorting. */
export function reformAreaOrder(area: ReformArea): number {
  return REFORM_AREAS.indexOf(area);
}

export const PLAN_KINDS = ['annual', 'remediation'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/** draft: a plan its unit writes itself; derived: created by a cascade and not
 * yet accepted; confirmed: accepted by the unit that received it; issued: signed
 * and frozen (ban hành); amending: an issued plan reopened as the draft of its
 * next version (sửa đổi, bổ sung). The lifecycle is PLAN_TRANSITIONS. */
export const PLAN_STATUSES = ['draft', 'derived', 'confirmed', 'issued', 'amending'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
