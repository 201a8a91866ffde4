import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { UnitDetailResponse } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../../../common/domain-error.js';
import { UNIT_COLUMNS, type UnitRowSql, toUnitResponse } from '../unit-row.js';
import { GetUnitQuery } from './get-unit.query.js';

@QueryHandler(GetUnitQuery)
export class GetUnitHandler implements IQueryHandler<GetUnitQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ code }: GetUnitQuery): Promise<UnitDetailResponse> {
    // The unit and its ancestors in one walk up the tree; depth 0 is the unit.
    const rows: (UnitRowSql & { depth: number })[] = await this.dataSource.query(
      `WITH RECURSIVE chain AS (
         SELECT code, parent_code, 0 AS depth FROM units WHERE code = $1
         UNION ALL
         SELECT p.code, p.parent_code, c.depth + 1 FROM units p JOIN chain c ON p.code = c.parent_code
       )
       SELECT ${UNIT_COLUMNS}, chain.depth FROM chain JOIN units u ON u.code = chain.code ORDER BY chain.depth DESC`,
      [code],
    );
    const self = rows.at(-1);
    if (!self) throw new NotFoundError(`Unit ${code}`);
    return {
      ...toUnitResponse(self),
      ancestors: rows.slice(0, -1).map((r) => {
        const { childCount: _childCount, ...unit } = toUnitResponse(r);
        return unit;
      }),
    };
  }
}
