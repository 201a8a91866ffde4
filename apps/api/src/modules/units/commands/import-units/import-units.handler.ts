import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ImportUnitsResponse } from '@cchc/contracts';
import { type UnitLevel, foldVietnamese, unitTreeSql } from '@cchc/domain';
import { DataSource } from 'typeorm';
import { DomainError } from '../../../../common/domain-error.js';
import { ImportUnitsCommand } from './import-units.command.js';
import { carryProvince } from './carry-province.js';
import { checkUnitTree } from './check-unit-tree.js';
import { checkParents, parseUnitCsv } from './parse-unit-csv.js';

/**
 * Validates the whole file first, then upserts every row in one statement,
 * then checks the tree that results: a file with any bad line, or one that
 * would leave a cycle or a unit under its own level, changes nothing.
 */
@CommandHandler(ImportUnitsCommand)
export class ImportUnitsHandler implements ICommandHandler<ImportUnitsCommand> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ csv }: ImportUnitsCommand): Promise<ImportUnitsResponse> {
    const { rows, errors } = parseUnitCsv(csv);
    if (errors.length === 0 && rows.length === 0) {
      errors.push({ field: 'line 2', message: 'the file has no units' });
    }
    return this.dataSource.transaction(async (manager) => {
      const parentCodes = [...new Set(rows.map((r) => r.parentCode).filter((c): c is string => c !== null))];
      const storedRows: { code: string; level: UnitLevel; province_code: string }[] = await manager.query(
        'SELECT code, level, province_code FROM units WHERE code = ANY($1)',
        [parentCodes],
      );
      const stored = new Map(
        storedRows.map((r) => [r.code, { level: r.level, provinceCode: r.province_code }]),
      );
      const parents = checkParents(rows, stored);
      const all = [...errors, ...parents.errors].sort(
        (a, b) => Number(a.field.slice(5)) - Number(b.field.slice(5)),
      );
      if (all.length > 0) {
        throw new DomainError(
          'UNITS_IMPORT_INVALID',
          `The unit file has ${all.length} bad line(s); nothing was imported. First: ${all[0]?.field}: ${all[0]?.message}`,
          { errors: all },
        );
      }
      const result: { code: string; inserted: boolean }[] = await manager.query(
        `INSERT INTO units (code, name, type, level, parent_code, province_code, search_name)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
         ON CONFLICT (code) DO UPDATE SET
           name = EXCLUDED.name, type = EXCLUDED.type, level = EXCLUDED.level,
           parent_code = EXCLUDED.parent_code, province_code = EXCLUDED.province_code,
           search_name = EXCLUDED.search_name
         WHERE (units.name, units.type, units.level, units.parent_code, units.province_code)
           IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.type, EXCLUDED.level, EXCLUDED.parent_code, EXCLUDED.province_code)
         RETURNING code, (xmax = 0) AS inserted`,
        [
          rows.map((r) => r.code),
          rows.map((r) => r.name),
          rows.map((r) => r.type),
          rows.map((r) => r.level),
          rows.map((r) => r.parentCode),
          rows.map((r) => parents.provinceOf.get(r.code) as string),
          rows.map((r) => foldVietnamese(`${r.type} ${r.name}`)),
        ],
      );
      // Judge the tree the upsert made before anything walks down it: a cycle
      // would make that walk endless. A bad tree rolls the whole file back.
      const treeErrors = await checkUnitTree(
        manager,
        result.map((r) => r.code),
        new Map(rows.map((r) => [r.code, r.line])),
      );
      if (treeErrors.length > 0) {
        throw new DomainError(
          'UNITS_IMPORT_INVALID',
          `The unit file would leave a broken unit tree at ${treeErrors.length} line(s); nothing was imported. First: ${treeErrors[0]?.field}: ${treeErrors[0]?.message}`,
          { errors: treeErrors },
        );
      }
      await carryProvince(
        manager,
        result.filter((r) => !r.inserted).map((r) => r.code),
      );
      // The tree is sound: every unit's path follows its (maybe new) parent.
      if (result.length > 0) await manager.query(unitTreeSql.refreshPaths);
      const created = result.filter((r) => r.inserted).length;
      const updated = result.length - created;
      return { total: rows.length, created, updated, unchanged: rows.length - result.length };
    });
  }
}
