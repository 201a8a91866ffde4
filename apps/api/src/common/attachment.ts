import { foldVietnamese } from '@cchc/domain';
import type { Response } from 'express';

/** "Thị xã Ngã Năm" → "thi-xa-nga-nam": the ASCII part of a file's name. */
export function fileSlug(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A file to save, named twice: in ASCII for clients that read only `filename`, and in
 * Vietnamese for those that read `filename*`: `attachment; filename="ke-hoach-nga-nam-2024.docx";
 * filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch…`.
 */
export function attachmentDisposition(names: { ascii: string; vietnamese: string }): string {
  return `attachment; filename="${names.ascii}"; filename*=UTF-8''${encodeURIComponent(names.vietnamese)}`;
}

/**
 * Sends the answer as a file to save under `names` (the route's `responseType` gives its media
 * type), never cached: a plan's files change as the plan does.
 */
export function sendAsAttachment(res: Response, names: { ascii: string; vietnamese: string }): void {
  res.setHeader('Content-Disposition', attachmentDisposition(names));
  res.setHeader('Cache-Control', 'no-store');
}
