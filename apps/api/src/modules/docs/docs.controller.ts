import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '../../common/access/access.decorators.js';
import { ROUTES, buildOpenApiDocument } from './openapi.js';

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

@Public()
@Controller('docs')
export class DocsController {
  private readonly document = buildOpenApiDocument();

  @Get('openapi.json')
  openApi() {
    return this.document;
  }

  /** A page a person can read; tools take openapi.json. */
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  page(): string {
    const rows = ROUTES.map(
      (r) =>
        `<tr><td><code>${r.method.toUpperCase()}</code></td><td><code>${escapeHtml(r.path)}</code></td><td>${escapeHtml(r.summary)}</td><td>${r.ok}; ${r.errors.join(', ')}</td></tr>`,
    ).join('\n');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cchc API</title>
<style>body{font:14px system-ui;margin:2rem;max-width:70rem}td{padding:.3rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}</style></head>
<body><h1>cchc API</h1><p>Generated from the zod contracts in <code>packages/contracts</code>. Machine-readable: <a href="/api/docs/openapi.json">openapi.json</a>. Errors are <code>application/problem+json</code> with a stable <code>code</code>.</p>
<table><thead><tr><th>Method</th><th>Path</th><th>What it does</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
  }
}
