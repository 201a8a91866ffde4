import { DataSource } from 'typeorm';
import { InitialSchema1732500000000 } from './migrations/1732500000000-initial-schema.js';
import { AccountsAndAudit1732600000000 } from './migrations/1732600000000-accounts-and-audit.js';
import { PlanOutbox1732700000000 } from './migrations/1732700000000-plan-outbox.js';
import { PlanOrmEntity } from '../modules/plans/infrastructure/plan.orm-entity.js';
import { TargetOrmEntity } from '../modules/plans/infrastructure/target.orm-entity.js';
import { TaskOrmEntity } from '../modules/plans/infrastructure/task.orm-entity.js';
import { UnitOrmEntity } from '../modules/units/infrastructure/unit.orm-entity.js';

export const MIGRATIONS = [
  InitialSchema1732500000000,
  AccountsAndAudit1732600000000,
  PlanOutbox1732700000000,
];
export const ENTITIES = [UnitOrmEntity, PlanOrmEntity, TargetOrmEntity, TaskOrmEntity];

/** A TypeORM data source on `url`; never synchronize: the migrations own the schema. */
export function createDataSource(url: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    // The schema needs no extension (keys come from PostgreSQL 18's uuidv7()).
    installExtensions: false,
    migrationsRun: false,
    logging: ['error'],
    extra: { max: 10 },
  });
}

/** Connects and applies pending migrations, each in its own transaction. */
export async function openDataSource(url: string): Promise<DataSource> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
