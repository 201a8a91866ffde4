import { z } from 'zod';
import { type ErrorCode, idParam } from '../common';
import {
  DOCX_MEDIA_TYPE,
  PDF_MEDIA_TYPE,
  XLSX_MEDIA_TYPE,
  appendixImportQuery,
  appendixImportResponse,
  fileBytes,
  planDocumentQuery,
} from '../documents';
import { route } from './route';

const READ: readonly ErrorCode[] = ['VALIDATION_FAILED', 'NOT_FOUND'];

/** The plan as the files offices sign and keep: the Word document, its PDF, the appendix in Excel, and back. */
export const documentsRoutes = {
  document: route({
    method: 'GET',
    path: '/api/plans/{id}/document.docx',
    summary:
      'The plan as a Word document in the state format (Decree 30/2020/NĐ-CP): header, legal basis, areas, budget, implementation, recipients, signature, appendix; "DỰ THẢO" until issued',
    params: idParam,
    query: planDocumentQuery,
    responseType: DOCX_MEDIA_TYPE,
    errors: READ,
  }).output(fileBytes),
  documentPdf: route({
    method: 'GET',
    path: '/api/plans/{id}/document.pdf',
    summary: 'The Word document converted to PDF by LibreOffice; 503 when the server has no LibreOffice',
    params: idParam,
    query: planDocumentQuery,
    responseType: PDF_MEDIA_TYPE,
    errors: [...READ, 'DOCUMENT_CONVERTER_UNAVAILABLE'],
  }).output(fileBytes),
  appendix: route({
    method: 'GET',
    path: '/api/plans/{id}/appendix.xlsx',
    summary:
      'The appendix of tasks as an Excel sheet: sections I, II, … by reform area, rows 1, 2, …, subtotals, the total and the total in words',
    params: idParam,
    query: planDocumentQuery,
    responseType: XLSX_MEDIA_TYPE,
    errors: READ,
  }).output(fileBytes),
  importAppendix: route({
    method: 'POST',
    path: '/api/plans/{id}/appendix',
    summary:
      'Add the tasks of an appendix sheet (.xlsx, as offices keep it) to the plan under their sections, in one transaction; any bad row rejects the whole file, naming each row. dryRun=true answers what it read and what is wrong, writing nothing',
    params: idParam,
    query: appendixImportQuery,
    body: z.unknown(),
    bodyType: XLSX_MEDIA_TYPE,
    errors: [
      'VALIDATION_FAILED',
      'NOT_FOUND',
      'FORBIDDEN',
      'STALE_VERSION',
      'CONCURRENT_WRITE',
      'APPENDIX_INVALID',
      'PLAN_ISSUED',
      'PLAN_STATUS_CONFLICT',
    ],
  }).output(appendixImportResponse),
};
