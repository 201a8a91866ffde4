import { foldVietnamese } from '@cchc/domain';

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
