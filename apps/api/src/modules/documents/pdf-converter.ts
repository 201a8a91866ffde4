import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError } from '../../common/domain-error.js';

/** How the API finds LibreOffice: `sofficePath` (env SOFFICE_PATH) or `soffice` on the PATH. */
export type DocumentsOptions = {
  /** The soffice program; unset: looked up on the PATH once. A path that does not exist: no PDF. */
  sofficePath?: string;
  /** The longest one conversion may take, in ms. */
  timeoutMs?: number;
};
export const DOCUMENTS_OPTIONS = Symbol('DOCUMENTS_OPTIONS');

const UNAVAILABLE = 'LibreOffice is not installed on the server: the PDF cannot be made; download the .docx';

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(program: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, program);
    if (isExecutable(file)) return file;
  }
  return null;
}

/**
 * Turns a .docx into a PDF with LibreOffice (`soffice --headless --convert-to pdf`),
 * the only converter that lays out Word tables and Vietnamese text faithfully on a
 * server. Each call gets its own temporary folder and LibreOffice profile (two
 * instances on one profile refuse to start), is killed after the timeout, and
 * leaves nothing behind. One conversion runs at a time: LibreOffice is heavy and
 * the machine small.
 */
@Injectable()
export class PdfConverter {
  private readonly logger = new Logger(PdfConverter.name);
  private program: string | null | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(@Inject(DOCUMENTS_OPTIONS) private readonly options: DocumentsOptions) {}

  /** The soffice program, found once; null: none. */
  soffice(): string | null {
    if (this.program === undefined) {
      const configured = this.options.sofficePath;
      this.program = configured ? (isExecutable(configured) ? configured : null) : onPath('soffice');
      if (!this.program)
        this.logger.warn(`LibreOffice not found (${configured ?? 'soffice on the PATH'}): no PDF documents`);
    }
    return this.program;
  }

  /** The soffice program; 503 DOCUMENT_CONVERTER_UNAVAILABLE when there is none. */
  ensureAvailable(): string {
    const program = this.soffice();
    if (!program) throw new DomainError('DOCUMENT_CONVERTER_UNAVAILABLE', UNAVAILABLE);
    return program;
  }

  /** The PDF of a .docx; 503 DOCUMENT_CONVERTER_UNAVAILABLE when LibreOffice is missing or fails. */
  async toPdf(docx: Uint8Array): Promise<Buffer> {
    const program = this.ensureAvailable();
    const run = this.queue.then(() => this.convert(program, docx));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async convert(program: string, docx: Uint8Array): Promise<Buffer> {
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'cchc-pdf-'));
    try {
      const input = path.join(dir, 'document.docx');
      await fs.promises.writeFile(input, docx);
      const profile = pathToFileURL(path.join(dir, 'profile')).href;
      await new Promise<void>((resolve, reject) => {
        execFile(
          program,
          [
            `-env:UserInstallation=${profile}`,
            '--headless',
            '--norestore',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            input,
          ],
          {
            timeout: this.options.timeoutMs ?? 60_000,
            killSignal: 'SIGKILL',
            env: { ...process.env, HOME: dir },
          },
          (error, _stdout, stderr) => {
            if (error) reject(new Error(`${error.message}${stderr ? `: ${stderr.trim()}` : ''}`));
            else resolve();
          },
        );
      });
      const output = path.join(dir, 'document.pdf');
      if (!fs.existsSync(output)) throw new Error('LibreOffice wrote no PDF');
      return await fs.promises.readFile(output);
    } catch (error) {
      this.logger.error(`PDF conversion failed: ${error instanceof Error ? error.message : String(error)}`);
      throw new DomainError(
        'DOCUMENT_CONVERTER_UNAVAILABLE',
        'LibreOffice could not convert the document to PDF: try again later, or download the .docx',
      );
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  }
}
