import { type IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { appendixFileNames, appendixWorkbook } from '../../appendix.xlsx.js';
import { GetPlanDocumentQuery, type PlanDocumentSource } from '../get-plan-document.query.js';
import { type AppendixFile, GetAppendixQuery } from './get-appendix.query.js';

/**
 * The appendix sheet, made of what the plan's document is made of (GetPlanDocumentQuery), so the
 * sheet and the document cite the same parent plan and the same issue.
 */
@QueryHandler(GetAppendixQuery)
export class GetAppendixHandler implements IQueryHandler<GetAppendixQuery> {
  constructor(private readonly queryBus: QueryBus) {}

  async execute({ planId, version }: GetAppendixQuery): Promise<AppendixFile> {
    const { plan, unit, parent }: PlanDocumentSource = await this.queryBus.execute(
      new GetPlanDocumentQuery(planId, version ?? undefined),
    );
    const unitNames = { type: unit.type, name: unit.name };
    // The version asked for, or the one in force while the plan is issued; a draft (or an amendment being drafted) cites none.
    const issued = plan.status === 'issued' && plan.issued ? plan.issued : null;
    const bytes = await appendixWorkbook({
      plan,
      unit: unitNames,
      issued: issued && {
        documentNumber: issued.documentNumber,
        issuedOn: issued.issuedOn,
        unitType: unit.type,
        unitName: unit.name,
      },
      parent:
        parent?.documentNumber && parent.issuedOn
          ? {
              documentNumber: parent.documentNumber,
              issuedOn: parent.issuedOn,
              unitType: parent.unit.type,
              unitName: parent.unit.name,
            }
          : null,
    });
    const names = appendixFileNames(unitNames, plan.year);
    return { bytes, fileName: names.ascii, fileNameVi: names.vietnamese };
  }
}
