import { Query } from '@nestjs/cqrs';

/** The plan's appendix as an .xlsx file, and the names to save it under. */
export type AppendixFile = { bytes: Buffer; fileName: string; fileNameVi: string };

export class GetAppendixQuery extends Query<AppendixFile> {
  constructor(
    readonly planId: string,
    /** An issued version as it was issued; null: the plan as it stands. */
    readonly version: number | null,
  ) {
    super();
  }
}
