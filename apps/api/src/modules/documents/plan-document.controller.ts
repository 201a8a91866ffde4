import { Controller, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { documentsRoutes as routes } from '@cchc/contracts';
import type { Response } from 'express';
import { PlanAccess } from '../../common/access/access.decorators.js';
import { Input, Route, type RouteInput } from '../../common/route.js';
import { PdfConverter } from './pdf-converter.js';
import { buildPlanDocx, planDocumentFileNames } from './plan-document.docx.js';
import { sendAsAttachment } from '../../common/attachment.js';
import { GetPlanDocumentQuery } from './queries/get-plan-document.query.js';

/** The plan as the files offices sign: the Word document and its PDF. */
@Controller()
export class PlanDocumentController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly pdf: PdfConverter,
  ) {}

  @Route(routes.document)
  @PlanAccess('read')
  async document(
    @Input(routes.document) { params, query }: RouteInput<typeof routes.document>,
    @Res({ passthrough: true }) res: Response,
  ) {
    const source = await this.queryBus.execute(new GetPlanDocumentQuery(params.id, query.version));
    const docx = await buildPlanDocx(source);
    sendAsAttachment(res, planDocumentFileNames(source, 'docx'));
    return docx;
  }

  @Route(routes.documentPdf)
  @PlanAccess('read')
  async documentPdf(
    @Input(routes.documentPdf) { params, query }: RouteInput<typeof routes.documentPdf>,
    @Res({ passthrough: true }) res: Response,
  ) {
    // Refuse before building anything when the server has no LibreOffice.
    this.pdf.ensureAvailable();
    const source = await this.queryBus.execute(new GetPlanDocumentQuery(params.id, query.version));
    const pdf = await this.pdf.toPdf(await buildPlanDocx(source));
    sendAsAttachment(res, planDocumentFileNames(source, 'pdf'));
    return pdf;
  }
}
