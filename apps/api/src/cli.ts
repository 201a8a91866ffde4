import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import { loadEnv } from './config/env.js';
import { openDataSource } from './database/data-source.js';
import { openDatabase } from './database/open-database.js';
import { DomainError } from './common/domain-error.js';
import { ImportUnitsCommand } from './modules/units/commands/import-units/import-units.command.js';
import { ImportUnitsHandler } from './modules/units/commands/import-units/import-units.handler.js';

const USAGE = `Usage: pnpm --filter api cli <command>

Commands:
  units:import FILE.csv   Upsert units by code from a unit file (code,name,type,level,parent_code).
                          A file with any bad line is rejected whole and changes nothing.

Uses DATABASE_URL if set, else the embedded database under CCHC_DATA_DIR (the
running one, if \`pnpm start\` is up).`;

async function main(argv: string[]): Promise<number> {
  const [command, file] = argv;
  if (command !== 'units:import' || !file) {
    console.error(USAGE);
    return 2;
  }
  // pnpm runs scripts in the package folder; a relative path means where the user typed it.
  const csvPath = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  if (!fs.existsSync(csvPath)) {
    console.error(`No such file: ${csvPath}`);
    return 2;
  }
  const env = loadEnv();
  Logger.overrideLogger(['error', 'warn']);
  const database = await openDatabase(env);
  const dataSource = await openDataSource(database.url);
  try {
    const started = performance.now();
    const result = await new ImportUnitsHandler(dataSource).execute(
      new ImportUnitsCommand(fs.readFileSync(csvPath, 'utf8')),
    );
    const ms = Math.round(performance.now() - started);
    console.log(
      `Imported ${result.total} units from ${file} in ${ms} ms: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(error.message);
      for (const e of error.extra.errors ?? []) console.error(`  ${e.field}: ${e.message}`);
      return 1;
    }
    throw error;
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
