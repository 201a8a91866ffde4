import { Module } from '@nestjs/common';
import { ImportUnitsHandler } from './commands/import-units/import-units.handler.js';
import { GetUnitHandler } from './queries/get-unit/get-unit.handler.js';
import { ListUnitsHandler } from './queries/list-units/list-units.handler.js';
import { UnitsController } from './units.controller.js';

@Module({
  controllers: [UnitsController],
  providers: [ImportUnitsHandler, ListUnitsHandler, GetUnitHandler],
})
export class UnitsModule {}
