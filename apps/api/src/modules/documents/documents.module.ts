import { type DynamicModule, Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module.js';
import { AppendixController } from './appendix.controller.js';
import { ImportAppendixHandler } from './commands/import-appendix/import-appendix.handler.js';
import { DOCUMENTS_OPTIONS, type DocumentsOptions, PdfConverter } from './pdf-converter.js';
import { PlanDocumentController } from './plan-document.controller.js';
import { GetAppendixHandler } from './queries/get-appendix/get-appendix.handler.js';
import { GetPlanDocumentHandler } from './queries/get-plan-document.handler.js';

/**
 * The plan as the files offices sign and keep: the Word document, its PDF
 * (LibreOffice, optional on the server), the appendix in Excel, and an
 * appendix sheet read back.
 */
@Module({})
export class DocumentsModule {
  static register(options: DocumentsOptions = {}): DynamicModule {
    return {
      module: DocumentsModule,
      imports: [PlansModule],
      controllers: [PlanDocumentController, AppendixController],
      providers: [
        { provide: DOCUMENTS_OPTIONS, useValue: options },
        PdfConverter,
        GetPlanDocumentHandler,
        GetAppendixHandler,
        ImportAppendixHandler,
      ],
    };
  }
}
