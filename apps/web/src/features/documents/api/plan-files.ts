import { apiRoutes } from '@cchc/contracts';
import { useMutation } from '@tanstack/react-query';
import { fetchApiFile, routeUrl } from '../../../lib/api-client';

/** The files a plan leaves cchc as: the Word document, its PDF, the appendix in Excel. */
export type PlanFileKind = 'docx' | 'pdf' | 'xlsx';

const ROUTES = {
  docx: apiRoutes.documents.document,
  pdf: apiRoutes.documents.documentPdf,
  xlsx: apiRoutes.documents.appendix,
} as const;

/**
 * GET /api/plans/:id/document.docx, document.pdf, appendix.xlsx (?version=N: an issued version as
 * it was issued): the address a download link points at, on the same origin, so the session
 * cookie goes along.
 */
export const planFileUrl = (kind: PlanFileKind, planId: string, version?: number) =>
  routeUrl(ROUTES[kind], { params: { id: planId }, query: { version } });

/** The name to save a file under when the answer names none (the API's Content-Disposition does). */
export function fallbackFileName(
  kind: PlanFileKind,
  plan: { unitCode: string; year: number },
  version?: number,
): string {
  const stem = kind === 'xlsx' ? 'phu-luc' : 'ke-hoach';
  const ext = kind === 'xlsx' ? 'xlsx' : kind;
  return `${stem}-${plan.unitCode}-${plan.year}${version === undefined ? '' : `-lan-${version}`}.${ext}`;
}

/** Hands a fetched file to the browser's downloads, as a link with `download` would. */
export function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started from the object URL; free it once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The PDF, fetched before it is saved: the server converts it with LibreOffice and answers
 * 503 DOCUMENT_CONVERTER_UNAVAILABLE when it has none, which a plain link would show as a
 * broken download. The screen says so instead.
 */
export function useDownloadPdf(plan: { id: string; unitCode: string; year: number }, version?: number) {
  return useMutation({
    mutationFn: async () => {
      const file = await fetchApiFile(ROUTES.pdf, { params: { id: plan.id }, query: { version } });
      saveFile(file.blob, file.fileName ?? fallbackFileName('pdf', plan, version));
      return file.fileName;
    },
  });
}
