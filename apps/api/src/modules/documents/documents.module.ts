import { type DynamicModule, Module } from '@nestjs/common';
import { DOCUMENTS_OPTIONS, type DocumentsOptions, PdfConverter } from './pdf-converter.js';
import { PlanDocumentController } from './plan-document.controller.js';
import { GetPlanDocumentHandler } from './queries/get-plan-document.handler.js';

/** The plan as files: the Word document, its PDF (LibreOffice, optional on the server). */
@Module({})
export class DocumentsModule {
  static register(options: DocumentsOptions = {}): DynamicModule {
    return {
      module: DocumentsModule,
      controllers: [PlanDocumentController],
      providers: [{ provide: DOCUMENTS_OPTIONS, useValue: options }, PdfConverter, GetPlanDocumentHandler],
    };
  }
}
