import { sendAsAttachment } from '../../common/attachment.js';
import { Controller, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { documentsRoutes as routes } from '@cchc/contracts';
import type { Request, Response } from 'express';
import { Req } from '@nestjs/common';
import { PlanAccess } from '../../common/access/access.decorators.js';
import { ExpectedVersion } from '../../common/if-match.js';
import { Input, Route, type RouteInput } from '../../common/route.js';
import { ImportAppendixCommand } from './commands/import-appendix/import-appendix.command.js';
import type { AppendixFile } from './queries/get-appendix/get-appendix.query.js';
import { GetAppendixQuery } from './queries/get-appendix/get-appendix.query.js';

/** The plan's appendix of tasks as an Excel sheet, and an office's sheet read back into tasks. */
@Controller()
export class AppendixController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Route(routes.appendix)
  @PlanAccess('read')
  async appendix(
    @Input(routes.appendix) { params, query }: RouteInput<typeof routes.appendix>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Uint8Array> {
    const file: AppendixFile = await this.queryBus.execute(
      new GetAppendixQuery(params.id, query.version ?? null),
    );
    sendAsAttachment(res, { ascii: file.fileName, vietnamese: file.fileNameVi });
    return file.bytes;
  }

  @Route(routes.importAppendix)
  @PlanAccess('write')
  importAppendix(
    @Input(routes.importAppendix) { params, query }: RouteInput<typeof routes.importAppendix>,
    @Req() req: Request,
    @ExpectedVersion() version: number | null,
  ) {
    // The body is the file's bytes (body-parsing.ts reads the .xlsx media type raw); anything else is refused there.
    const bytes = req.body instanceof Uint8Array ? req.body : new Uint8Array();
    return this.commandBus.execute(
      new ImportAppendixCommand(params.id, bytes, query.dryRun ?? false, version),
    );
  }
}
