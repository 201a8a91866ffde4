import { DataSource } from 'typeorm';
import { InitialSchema1732500000000 } from './migrations/1732500000000-initial-schema.js';
import { AccountsAndAudit1732600000000 } from './migrations/1732600000000-accounts-and-audit.js';
import { PlanOutbox1732700000000 } from './migrations/1732700000000-plan-outbox.js';
import { LoginThrottle1732710000000 } from './migrations/1732710000000-login-throttle.js';
import { UnitPath1732720000000 } from './migrations/1732720000000-unit-path.js';
import { PlanOrmEntity } from '../modules/plans/infrastructure/plan.orm-entity.js';
import { TargetOrmEntity } from '../modules/plans/infrastructure/target.orm-entity.js';
import { TaskOrmEntity } from '../modules/plans/infrastructure/task.orm-entity.js';
import { UnitOrmEntity } from '../modules/units/infrastructure/unit.orm-entity.js';

export const MIGRATIONS = [
  InitialSchema1732500000000,
  AccountsAndAudit1732600000000,
  PlanOutbox1732700000000,
  LoginThrottle1732710000000,
  UnitPath1732720000000,
];
export const ENTITIES = [UnitOrmEntity, PlanOrmEntity, TargetOrmEntity, TaskOrmEntity];

/** No statement holds a connection longer than this unless DATABASE_STATEMENT_TIMEOUT_MS says otherwise. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;

export interface DataSourceOptions {
  /** PostgreSQL's statement_timeout for every connection of the pool; 0 turns it off. */
  statementTimeoutMs?: number;
}

/** A TypeORM data source on `url`; never synchronize: the migrations own the schema. */
export function createDataSource(
  url: string,
  { statementTimeoutMs = DEFAULT_STATEMENT_TIMEOUT_MS }: DataSourceOptions = {},
): DataSource {
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
    // A runaway statement is cancelled (57014, answered 503) instead of holding
    // its connection forever; waiting for a free connection is bounded too.
    extra: { max: 10, statement_timeout: statementTimeoutMs, connectionTimeoutMillis: 10_000 },
  });
}

/** Connects and applies pending migrations, each in its own transaction. */
export async function openDataSource(url: string, options: DataSourceOptions = {}): Promise<DataSource> {
  const dataSource = createDataSource(url, options);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
