import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module.js';
import { AppendixController } from './appendix.controller.js';
import { ImportAppendixHandler } from './commands/import-appendix/import-appendix.handler.js';
import { GetAppendixHandler } from './queries/get-appendix/get-appendix.handler.js';

/** The plan as the files offices sign and keep, and an appendix sheet read back. */
@Module({
  imports: [PlansModule],
  controllers: [AppendixController],
  providers: [GetAppendixHandler, ImportAppendixHandler],
})
export class DocumentsModule {}
