import type { Due } from '../plans/task-due';
import { numericDateVi, quarterVi, yearVi } from './dates';

/** A task's completion time as the appendix writes it: "15/03/2024", "Quý I/2024", "Năm 2024". */
export function formatDueVi(due: Due): string {
  switch (due.kind) {
    case 'date':
      return numericDateVi(due.date);
    case 'quarter':
      return quarterVi(due.year, due.quarter);
    case 'year':
      return yearVi(due.year);
  }
}
