import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { PlanSummaryResponse } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { type PlanRow, toPlanSummary } from '../../infrastructure/plan-rows.js';
import { ListPlansQuery } from './list-plans.query.js';

@QueryHandler(ListPlansQuery)
export class ListPlansHandler implements IQueryHandler<ListPlansQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ params }: ListPlansQuery): Promise<PlanSummaryResponse[]> {
    const rows: PlanRow[] = await this.dataSource.query(
      `SELECT p.*, u.name AS unit_name, u.type AS unit_type, u.level AS unit_level
       FROM plans p JOIN units u ON u.code = p.unit_code
       WHERE ($1::text IS NULL OR p.unit_code = $1) AND ($2::int IS NULL OR p.year = $2)
       ORDER BY p.year DESC, p.kind, p.created_at
       LIMIT 500`,
      [params.unit ?? null, params.year ?? null],
    );
    return rows.map(toPlanSummary);
  }
}
