import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DataSource } from 'typeorm';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Where the migrations and the feature modules sit: src/ under jest (swc), dist/ otherwise. */
export const MIGRATIONS_DIR = path.join(HERE, 'migrations');
const MODULES_DIR = path.join(HERE, '../modules');
/** A module as tsc writes it to dist (.js) or as jest reads it from src (.ts); no maps, no declarations. */
const MODULE_FILE = /(?<!\.d)\.(js|ts)$/;

/** Every migration file, in name (= timestamp) order, the order they are applied in. */
export function migrationFiles(): string[] {
  return fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((name) => MODULE_FILE.test(name) && !name.includes('.spec.'))
    .sort()
    .map((name) => path.join(MIGRATIONS_DIR, name));
}

/** Every `*.orm-entity` file of the feature modules. */
export function entityFiles(): string[] {
  return fs
    .readdirSync(MODULES_DIR, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.orm-entity\.(js|ts)$/.test(name))
    .sort()
    .map((name) => path.join(MODULES_DIR, name));
}

/**
 * The classes these files export, found by importing them: a new migration or
 * entity file needs no list kept by hand. Imported (not handed to TypeORM as
 * globs) so the same code loads dist's .js under node and src's .ts under jest.
 */
// biome-ignore lint/complexity/noBannedTypes: TypeORM takes entity and migration classes as Function
async function exportedClasses(files: string[]): Promise<Function[]> {
  const modules = await Promise.all(files.map((file) => import(pathToFileURL(file).href)));
  return modules.flatMap((module) =>
    // biome-ignore lint/complexity/noBannedTypes: see above
    Object.values(module as Record<string, unknown>).filter((v): v is Function => typeof v === 'function'),
  );
}

/** No statement holds a connection longer than this unless DATABASE_STATEMENT_TIMEOUT_MS says otherwise. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;

export interface DataSourceOptions {
  /** PostgreSQL's statement_timeout for every connection of the pool; 0 turns it off. */
  statementTimeoutMs?: number;
}

/** A TypeORM data source on `url`; never synchronize: the migrations own the schema. */
export async function createDataSource(
  url: string,
  { statementTimeoutMs = DEFAULT_STATEMENT_TIMEOUT_MS }: DataSourceOptions = {},
): Promise<DataSource> {
  return new DataSource({
    type: 'postgres',
    url,
    entities: await exportedClasses(entityFiles()),
    migrations: await exportedClasses(migrationFiles()),
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
  const dataSource = await createDataSource(url, options);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
