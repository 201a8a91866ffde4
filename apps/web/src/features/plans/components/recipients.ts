import type { PlanSummaryResponse } from '@cchc/contracts';
import { defaultRecipientsVi } from '@cchc/domain';

type NamedPlan = Pick<PlanSummaryResponse, 'unitName' | 'unitFullName' | 'unitLevel'>;

/** The type word a level's unit most often has, when its name does not show its own. */
const LEVEL_TYPE: Record<NamedPlan['unitLevel'], string> = {
  province: 'Tỉnh',
  district: 'Huyện',
  commune: 'Xã',
};

/**
 * The unit's type word ("Thị xã", "Huyện", "Phường") as its full name writes it before its name:
 * "Thị xã Ngã Năm" → "Thị xã"; a commune's own part, before its district ("Xã Tân Long, Thị xã
 * Ngã Năm" → "Xã"). A name that carries no type word apart gives its level's usual one.
 */
export function unitTypeWord(plan: NamedPlan): string {
  const own = plan.unitFullName.split(', ')[0]?.trim() ?? '';
  const name = plan.unitName.trim();
  if (name && own.length > name.length && own.endsWith(` ${name}`))
    return own.slice(0, own.length - name.length - 1).trim();
  return LEVEL_TYPE[plan.unitLevel];
}

/** "Nơi nhận" as the document lists it when the plan's unit has set none: its level's usual list. */
export const defaultRecipients = (plan: NamedPlan) => defaultRecipientsVi(plan.unitLevel, unitTypeWord(plan));

/** "Nơi nhận" as the document prints it: the plan's own list, or its level's usual one. */
export const recipientsOf = (plan: NamedPlan & Pick<PlanSummaryResponse, 'recipients'>) =>
  plan.recipients.length > 0 ? plan.recipients : defaultRecipients(plan);
