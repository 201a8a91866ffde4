import { Body, Controller, Headers } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { unitsRoutes as routes } from '@cchc/contracts';
import { AllowRoles } from '../../common/access/access.decorators.js';
import { DomainError } from '../../common/domain-error.js';
import { Input, Route, type RouteInput } from '../../common/route.js';
import { ImportUnitsCommand } from './commands/import-units/import-units.command.js';
import { GetUnitQuery } from './queries/get-unit/get-unit.query.js';
import { ListUnitsQuery } from './queries/list-units/list-units.query.js';

@Controller()
export class UnitsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Route(routes.list)
  list(@Input(routes.list) { query }: RouteInput<typeof routes.list>) {
    return this.queryBus.execute(new ListUnitsQuery(query));
  }

  @Route(routes.get)
  get(@Input(routes.get) { params }: RouteInput<typeof routes.get>) {
    return this.queryBus.execute(new GetUnitQuery(params.code));
  }

  /** Body: a unit file, `Content-Type: text/csv`. */
  @Route(routes.import)
  @AllowRoles('system_admin')
  import(@Body() body: unknown, @Headers('content-type') contentType = '') {
    if (!contentType.startsWith('text/csv') || typeof body !== 'string') {
      throw new DomainError('VALIDATION_FAILED', 'body: send the unit file as text/csv', {
        errors: [{ field: 'body', message: 'must be a CSV file sent with Content-Type: text/csv' }],
      });
    }
    return this.commandBus.execute(new ImportUnitsCommand(body));
  }
}
