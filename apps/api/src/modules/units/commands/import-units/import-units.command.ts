import { Command } from '@nestjs/cqrs';
import type { ImportUnitsResponse } from '@cchc/contracts';

/** Upsert units by code from a unit file (code,name,type,level,parent_code). */
export class ImportUnitsCommand extends Command<ImportUnitsResponse> {
  constructor(readonly csv: string) {
    super();
  }
}
