import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { SearchResult } from '@cchc/contracts';
import { foldVietnameseSql } from '@cchc/domain';
import { DataSource } from 'typeorm';
import { planViewRoot, visiblePlansSql } from '../../../../common/access/plan-access.js';
import { DomainError } from '../../../../common/domain-error.js';
import { currentActor } from '../../../../common/request-context.js';
import { searchText } from '../../infrastructure/search-text.js';
import { SearchQuery } from './search.query.js';

interface SearchRow {
  kind: SearchResult['kind'];
  plan_id: string;
  plan_title: string;
  year: number;
  unit_code: string;
  unit_name: string;
  title: string;
  code: string | null;
}

@QueryHandler(SearchQuery)
export class SearchHandler implements IQueryHandler<SearchQuery> {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One statement: the plans the caller may see (as GET /api/plans), then
   * those whose title, number or unit name, and the targets and tasks of
   * those plans whose text, contains the query, all folded alike (the
   * trigram indexes of migration 1732730000000 serve the LIKEs). Newest year
   * first, the caller's own unit's first, then from the top of the tree down.
   */
  async execute({ q, limit }: SearchQuery): Promise<SearchResult[]> {
    const actor = currentActor();
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
    const rows: SearchRow[] = await this.dataSource.query(
      `WITH visible AS (
         SELECT p.id, p.title, p.document_number, p.year, p.kind AS plan_kind, p.unit_code,
                u.type || ' ' || u.name AS unit_name, u.level, u.search_name
         FROM plans p JOIN units u ON u.code = p.unit_code
         WHERE $2::text IS NULL OR ${visiblePlansSql('$2')}
       ), found AS (
         SELECT 'plan' AS kind, 0 AS kind_rank, v.*, v.title AS match_title, v.document_number AS code
         FROM visible v JOIN plans p ON p.id = v.id
         WHERE ${searchText.plan('p')} LIKE $1 OR v.search_name LIKE $1
         UNION ALL
         SELECT 'target', 1, v.*, t.name, t.code
         FROM targets t JOIN visible v ON v.id = t.plan_id
         WHERE ${searchText.target('t')} LIKE $1
         UNION ALL
         SELECT 'task', 2, v.*, k.title, NULL
         FROM tasks k JOIN visible v ON v.id = k.plan_id
         WHERE ${searchText.task('k')} LIKE $1
       )
       SELECT kind, id AS plan_id, title AS plan_title, year, unit_code, unit_name, match_title AS title, code
       FROM found
       ORDER BY year DESC, (unit_code = $3) DESC,
                CASE level WHEN 'province' THEN 0 WHEN 'district' THEN 1 ELSE 2 END, unit_code, plan_kind,
                kind_rank, match_title
       LIMIT $4`,
      [foldVietnameseSql.containsPattern(q), planViewRoot(actor), actor.unitCode ?? '', limit],
    );
    return rows.map((r) => ({
      kind: r.kind,
      planId: r.plan_id,
      planTitle: r.plan_title,
      year: r.year,
      unitCode: r.unit_code,
      unitName: r.unit_name,
      title: r.title,
      code: r.code,
    }));
  }
}
