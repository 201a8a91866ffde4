import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  type ImportUnitsResponse,
  type ListUnitsQuery as ListUnitsParams,
  type UnitDetailResponse,
  type UnitResponse,
  listUnitsQuery,
  unitCodeParam,
} from '@cchc/contracts';
import { AllowRoles } from '../../common/access/access.decorators.js';
import { DomainError } from '../../common/domain-error.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { ImportUnitsCommand } from './commands/import-units/import-units.command.js';
import { GetUnitQuery } from './queries/get-unit/get-unit.query.js';
import { ListUnitsQuery } from './queries/list-units/list-units.query.js';

@Controller('units')
export class UnitsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Get()
  list(
    @Query(new ZodValidationPipe(listUnitsQuery, 'query')) query: ListUnitsParams,
  ): Promise<UnitResponse[]> {
    return this.queryBus.execute(new ListUnitsQuery(query));
  }

  @Get(':code')
  get(@Param(new ZodValidationPipe(unitCodeParam)) params: { code: string }): Promise<UnitDetailResponse> {
    return this.queryBus.execute(new GetUnitQuery(params.code));
  }

  /** Body: a unit file, `Content-Type: text/csv`. */
  @Post('import')
  @AllowRoles('system_admin')
  @HttpCode(200)
  import(@Body() body: unknown, @Headers('content-type') contentType = ''): Promise<ImportUnitsResponse> {
    if (!contentType.startsWith('text/csv') || typeof body !== 'string') {
      throw new DomainError('VALIDATION_FAILED', 'body: send the unit file as text/csv', {
        errors: [{ field: 'body', message: 'must be a CSV file sent with Content-Type: text/csv' }],
      });
    }
    return this.commandBus.execute(new ImportUnitsCommand(body));
  }
}
