import type { Direction, Measure, TargetValue } from '../targets/target-value';
import { longDateVi } from './dates';
import { numberVi } from './numbers';

/** A target value as a plan writes it: "98%", "1.500", "1.200 triệu đồng", "5 ngày",
 * "ngày 30 tháng 6 năm 2024". */
export function targetValueVi(measure: Measure, value: TargetValue): string {
  if (measure === 'date') return longDateVi(String(value));
  if (typeof value !== 'number') return String(value);
  const n = numberVi(value);
  switch (measure) {
    case 'percent':
      return `${n}%`;
    case 'million_vnd':
      return `${n} triệu đồng`;
    case 'days':
      return `${n} ngày`;
    case 'count':
      return n;
  }
}

export type TargetSentenceSource = {
  name: string;
  measure: Measure;
  direction: Direction;
  value: TargetValue;
};

/**
 * A target as the plans phrase it, its direction in words:
 * - at least: "Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 98%" (seed 001);
 * - at most: "Thời gian giải quyết không quá 5 ngày"; at most nothing:
 *   "Số cán bộ, công chức bị kỷ luật bằng 0" (seed 003: "không có … bị xử lý kỷ luật");
 * - a deadline (a date, at most): "Ban hành kế hoạch hoàn thành trước ngày 30 tháng 7 năm 2025"
 *   (seed 001: "hoàn thành trước ngày 30/7/2025"); a date at least: "không sớm hơn ngày …".
 */
export function targetSentenceVi(target: TargetSentenceSource): string {
  const name = target.name.trim();
  const value = targetValueVi(target.measure, target.value);
  if (target.measure === 'date') {
    return target.direction === 'at_most'
      ? `${name} hoàn thành trước ${value}`
      : `${name} không sớm hơn ${value}`;
  }
  if (target.direction === 'at_least') return `${name} đạt tối thiểu ${value}`;
  if (target.value === 0 && target.measure === 'count') return noneSentence(name);
  return target.value === 0 ? `${name} bằng ${value}` : `${name} không quá ${value}`;
}

/** "Số cán bộ bị kỷ luật", at most 0 → "Không có cán bộ bị kỷ luật" (seed 003's wording). */
function noneSentence(name: string): string {
  const subject = name.replace(/^số\s+(lượng\s+)?/iu, '');
  const first = /^\p{Lu}{2,}/u.test(subject)
    ? subject
    : subject.charAt(0).toLocaleLowerCase('vi') + subject.slice(1);
  return `Không có ${first}`;
}

/** How a bound reads after a level: "tối thiểu 70%", "không quá 5 ngày", "trước ngày …". */
function boundVi(measure: Measure, direction: Direction, value: TargetValue): string {
  const v = targetValueVi(measure, value);
  if (measure === 'date') return direction === 'at_most' ? `trước ${v}` : `không sớm hơn ${v}`;
  return direction === 'at_least' ? `tối thiểu ${v}` : `không quá ${v}`;
}

export type LevelBound = {
  /** The level as plans name it: "tỉnh", "thị xã", "huyện", "xã". */
  level: string;
  value: TargetValue;
};

/**
 * A target with the floors it sets for the levels below, as a plan writes them:
 * "Tỷ lệ hồ sơ giải quyết đúng hạn: cấp thị xã tối thiểu 98%, cấp xã tối thiểu 60%".
 * `own` is the plan's own level; without floors below it is `targetSentenceVi`.
 */
export function targetWithFloorsSentenceVi(
  target: TargetSentenceSource,
  own: string,
  floors: readonly LevelBound[],
): string {
  if (floors.length === 0) return targetSentenceVi(target);
  const levels = [{ level: own, value: target.value }, ...floors].map(
    (l) => `cấp ${l.level} ${boundVi(target.measure, target.direction, l.value)}`,
  );
  return `${target.name.trim()}: ${levels.join(', ')}`;
}
