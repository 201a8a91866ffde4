import { Query } from '@nestjs/cqrs';

/** The roll-up as an .xlsx file, and the names to save it under. */
export type RollupFile = { bytes: Buffer; fileName: string; fileNameVi: string };

export class GetRollupWorkbookQuery extends Query<RollupFile> {
  constructor(
    readonly planId: string,
    readonly periodKey: string,
    readonly unitCode: string | null = null,
  ) {
    super();
  }
}
