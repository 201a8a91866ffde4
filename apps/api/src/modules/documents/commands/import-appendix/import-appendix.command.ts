import type { AppendixImportResponse } from '@cchc/contracts';
import { PlanWriteCommand } from '../../../plans/commands/plan-write.command.js';

/** Add the tasks of an appendix sheet to a plan; a dry run reads and checks, writing nothing. */
export class ImportAppendixCommand extends PlanWriteCommand<AppendixImportResponse> {
  constructor(
    planId: string,
    /** The .xlsx file as sent. */
    readonly bytes: Uint8Array,
    readonly dryRun: boolean,
    expectedVersion: number | null = null,
  ) {
    super(planId, expectedVersion);
  }
}
