import { z } from 'zod';
import { fieldError } from './common';
import { reformArea } from './plans';

/** The media types of the files a plan leaves cchc as, and the one it takes in. */
export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_MEDIA_TYPE = 'application/pdf';

/** The bytes of a produced file: the API answers them with the route's media type. */
export const fileBytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'must be the bytes of a file');

export const planDocumentQuery = z
  .object({
    /** An issued version (1, 2, …) as it was issued; the plan as it stands when left out. */
    version: z.coerce.number().int().min(1).max(10_000).optional(),
  })
  .strict();
export type PlanDocumentQuery = z.infer<typeof planDocumentQuery>;

export const appendixImportQuery = z
  .object({
    /** Read the file and answer what it holds and what is wrong with it, writing nothing. */
    dryRun: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
  })
  .strict();
export type AppendixImportQuery = z.infer<typeof appendixImportQuery>;

/** Why a row (or the file) is refused, for clients to word it: a stable name, as error codes are. */
export const APPENDIX_ROW_RULES = [
  'noHeader',
  'tooMany',
  'formulaError',
  'negative',
  'tooLarge',
  'notNumber',
  'impossibleDate',
  'unreadable',
  'outsideSection',
  'unknownSection',
  'tooLong',
  'tooManyItems',
  'empty',
] as const;
export type AppendixRowRule = (typeof APPENDIX_ROW_RULES)[number];

/** A row of an imported appendix that the import would refuse: its row number in the sheet and why. */
export const appendixRowError = fieldError
  .extend({
    rule: z.enum(APPENDIX_ROW_RULES),
    /** The row number as Excel shows it (1 = the sheet's first row). */
    row: z.number().int(),
    /** The column the problem is in ("budgetMillionVnd", "due", "title", …); null: the row as a whole. */
    column: z.string().nullable(),
  })
  .meta({ id: 'AppendixRowError' });
export type AppendixRowError = z.infer<typeof appendixRowError>;

/** A task as the import read it from its row. */
export const appendixImportRow = z
  .object({
    row: z.number().int(),
    area: reformArea,
    title: z.string(),
    product: z.string().nullable(),
    leadAgency: z.string().nullable(),
    coordinatingAgencies: z.array(z.string()),
    budgetMillionVnd: z.number(),
    /** As the API stores it: 2024-03-15, 2024-Q1 or 2024; null when the cell is blank. */
    due: z.string().nullable(),
    /** The cell as typed ("Quý I/2023", "Trước ngày 31/12/2023"), for the preview. */
    dueText: z.string().nullable(),
    /** Due outside the plan's year: allowed, but more often last year's file not yet updated. */
    dueOutsidePlanYear: z.boolean(),
  })
  .meta({ id: 'AppendixImportRow' });
export type AppendixImportRow = z.infer<typeof appendixImportRow>;

export const appendixImportResponse = z
  .object({
    /** True: nothing was written, the answer says what an import would do. */
    dryRun: z.boolean(),
    /** Empty when the file can be imported; a real import with any error answers 400 APPENDIX_INVALID instead. */
    errors: z.array(appendixRowError),
    rows: z.array(appendixImportRow),
    /** Per reform area, in the standard order: the tasks added and their budget. */
    sections: z.array(
      z.object({ area: reformArea, tasksAdded: z.number().int(), budgetMillionVnd: z.number() }),
    ),
    tasksAdded: z.number().int(),
    budgetMillionVnd: z.number(),
  })
  .meta({ id: 'AppendixImportResult' });
export type AppendixImportResponse = z.infer<typeof appendixImportResponse>;
