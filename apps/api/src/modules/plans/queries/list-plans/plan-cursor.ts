import { uuid } from '@cchc/contracts';
import { ValidationFailedError } from '../../../../common/domain-error.js';

/** Where a page of the plan list ends: the sort key of its last plan (year, kind, id). */
export interface PlanCursor {
  year: number;
  kind: string;
  id: string;
}

/** Opaque to clients: base64url of the key, so that its shape may change. */
export const encodePlanCursor = (c: PlanCursor) =>
  Buffer.from(JSON.stringify([c.year, c.kind, c.id])).toString('base64url');

export function decodePlanCursor(text: string): PlanCursor {
  try {
    const [year, kind, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    // Checked as strictly as the columns it is compared with: a year out of
    // range or an id that is no uuid would otherwise fail in PostgreSQL (500).
    if (
      Number.isInteger(year) &&
      year >= 2000 &&
      year <= 2100 &&
      typeof kind === 'string' &&
      /^[a-z_]{1,20}$/.test(kind) &&
      typeof id === 'string' &&
      uuid.safeParse(id).success
    )
      return { year, kind, id };
  } catch {
    // not one of ours: refused below
  }
  throw new ValidationFailedError([
    { field: 'query.cursor', message: 'must be the cursor of a previous page' },
  ]);
}
