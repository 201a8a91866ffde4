/**
 * How a unit below stands against its parent's deadline for issuing its plan
 * (`childrenDueOn`, e.g. seed 001: "hoàn thành trước ngày 30/7/2025").
 * on_time: issued by the date; late: issued after it; pending: not issued, the
 * date not passed; overdue: not issued, the date passed. Without a deadline a
 * plan is never late: issued is on_time, not issued is pending. Dates are
 * YYYY-MM-DD; the deadline day itself still counts as on time.
 */
export const TIMELINESS = ['on_time', 'late', 'pending', 'overdue'] as const;
export type Timeliness = (typeof TIMELINESS)[number];

export interface ChildDeadline {
  /** The parent plan's `childrenDueOn`, or null when it set none. */
  dueOn: string | null;
  /** When the child issued its plan, or null while it has not. */
  issuedOn: string | null;
  /** Today, in Vietnam (Asia/Ho_Chi_Minh). */
  today: string;
}

export function childTimeliness({ dueOn, issuedOn, today }: ChildDeadline): Timeliness {
  if (issuedOn !== null) return dueOn === null || issuedOn <= dueOn ? 'on_time' : 'late';
  return dueOn === null || today <= dueOn ? 'pending' : 'overdue';
}

/** The same rule as SQL over date expressions, for the children list (one query over all of them). */
export function childTimelinessSql(dueOn: string, issuedOn: string, today: string): string {
  return `(CASE WHEN ${issuedOn} IS NOT NULL THEN
      (CASE WHEN ${dueOn} IS NULL OR ${issuedOn} <= ${dueOn} THEN 'on_time' ELSE 'late' END)
    ELSE (CASE WHEN ${dueOn} IS NULL OR ${today} <= ${dueOn} THEN 'pending' ELSE 'overdue' END) END)`;
}
