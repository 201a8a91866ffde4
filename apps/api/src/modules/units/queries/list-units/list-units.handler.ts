import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { UnitResponse } from '@cchc/contracts';
import { foldVietnameseSql } from '@cchc/domain';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../../../common/domain-error.js';
import { UNIT_COLUMNS, type UnitRowSql, toUnitResponse } from '../unit-row.js';
import { ListUnitsQuery } from './list-units.query.js';

@QueryHandler(ListUnitsQuery)
export class ListUnitsHandler implements IQueryHandler<ListUnitsQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ params }: ListUnitsQuery): Promise<UnitResponse[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (params.parent) {
      const [parent] = await this.dataSource.query('SELECT 1 FROM units WHERE code = $1', [params.parent]);
      if (!parent) throw new NotFoundError(`Unit ${params.parent}`);
      args.push(params.parent);
      where.push(`u.parent_code = $${args.length}`);
    }
    if (params.q) {
      // Folded on both sides: "nga nam" finds "Ngã Năm". LIKE wildcards typed by the user are literal.
      args.push(foldVietnameseSql.containsPattern(params.q));
      where.push(`u.search_name LIKE $${args.length}`);
    }
    if (!params.parent && !params.q) where.push(`u.level = 'province'`);
    args.push(params.limit);
    const rows: UnitRowSql[] = await this.dataSource.query(
      `SELECT ${UNIT_COLUMNS} FROM units u WHERE ${where.join(' AND ')}
       ORDER BY CASE u.level WHEN 'province' THEN 0 WHEN 'district' THEN 1 ELSE 2 END, length(u.code), u.code
       LIMIT $${args.length}`,
      args,
    );
    return rows.map(toUnitResponse);
  }
}
