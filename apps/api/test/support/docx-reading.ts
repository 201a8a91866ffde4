import JSZip from 'jszip';
import mammoth from 'mammoth';

/** What a produced .docx holds: its main XML part and its text as Word would copy it. */
export async function readDocx(bytes: Uint8Array): Promise<{ xml: string; text: string; lines: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('the file has no word/document.xml: not a .docx');
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  const lines = value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return { xml, text: value, lines };
}

const xmlText = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The elements `tag` directly inside `xml` (no nesting of the same tag in our files but tables in cells). */
function children(xml: string, tag: string): string[] {
  const out: string[] = [];
  const open = new RegExp(`<${tag}[ >/]`, 'g');
  let m: RegExpExecArray | null = open.exec(xml);
  while (m) {
    const start = m.index;
    // Self-closing: <w:p/>.
    const head = xml.indexOf('>', start);
    if (xml[head - 1] === '/') {
      out.push(xml.slice(start, head + 1));
      open.lastIndex = head + 1;
    } else {
      let depth = 1;
      let i = head + 1;
      const any = new RegExp(`<(/?)${tag}([ >/])`, 'g');
      any.lastIndex = i;
      while (depth > 0) {
        const n = any.exec(xml);
        if (!n) throw new Error(`unclosed <${tag}>`);
        const close = xml.indexOf('>', n.index);
        if (n[1] === '/') depth--;
        else if (xml[close - 1] !== '/') depth++;
        i = close + 1;
      }
      out.push(xml.slice(start, i));
      open.lastIndex = i;
    }
    m = open.exec(xml);
  }
  return out;
}

/** A paragraph as one line: alignment (both: justified), then its runs with size, bold `*…*` and italics `_…_`. */
function paragraphLine(p: string): string {
  const align = /<w:jc w:val="(\w+)"/.exec(p)?.[1] ?? 'left';
  const borders = /<w:pBdr>([\s\S]*?)<\/w:pBdr>/.exec(p)?.[1] ?? '';
  // A boxed paragraph ("DỰ THẢO"), or an empty one whose bottom border is a rule (under the header lines).
  const box = !borders ? '' : borders.includes('<w:top') ? ' box' : ' rule';
  const runs = children(p, 'w:r').map((r) => {
    const props = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(r)?.[1] ?? '';
    const size = /<w:sz w:val="(\d+)"/.exec(props)?.[1];
    const bold = /<w:b\/>|<w:b w:val="(true|1)"\/>/.test(props);
    const italics = /<w:i\/>|<w:i w:val="(true|1)"\/>/.test(props);
    let text = [...r.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => xmlText(t[1] ?? '')).join('');
    if (!text) return '';
    if (italics) text = `_${text}_`;
    if (bold) text = `*${text}*`;
    // The body's 14 pt is left unsaid; other sizes follow the text: "Nơi nhận:⁽12⁾".
    return size && size !== '28' ? `${text}⁽${Number(size) / 2}⁾` : text;
  });
  return `[${align}${box}] ${runs.join('')}`.trimEnd();
}

/**
 * A normalized text rendering of a document's layout, for a golden file: each
 * section's page, each paragraph as a line with its style markers, each table
 * as its rows (cells separated by " | ", a cell's paragraphs by " ⏎ ").
 */
export function renderDocxLayout(xml: string): string {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? '';
  const lines: string[] = [];
  const blocks = [...body.matchAll(/<w:(p|tbl|sectPr)[ >/]/g)];
  // Walk the body's top-level blocks in order.
  let at = 0;
  for (const b of blocks) {
    if ((b.index ?? 0) < at) continue;
    const tag = `w:${b[1]}`;
    const [element] = children(body.slice(b.index), tag);
    if (!element) continue;
    at = (b.index ?? 0) + element.length;
    if (tag === 'w:p') {
      const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(element)?.[0];
      lines.push(paragraphLine(element.replace(/<w:sectPr[\s\S]*?<\/w:sectPr>/, '')));
      if (sect) lines.push(sectionLine(sect));
    } else if (tag === 'w:tbl') {
      const tableBorders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(element)?.[1] ?? '';
      const bordered = tableBorders.includes('w:val="single"');
      lines.push(`TABLE ${bordered ? 'bordered' : 'borderless'}`);
      for (const row of children(element, 'w:tr')) {
        const cells = children(row, 'w:tc').map((c) => {
          const span = /<w:gridSpan w:val="(\d+)"/.exec(c)?.[1];
          const text = children(c, 'w:p')
            .map((p) => paragraphLine(p))
            .join(' ⏎ ');
          return span ? `{span ${span}} ${text}` : text;
        });
        lines.push(`  | ${cells.join(' | ')} |`);
      }
      lines.push('END TABLE');
    } else {
      lines.push(sectionLine(element));
    }
  }
  return `${lines.join('\n')}\n`;
}

function sectionLine(sect: string): string {
  const size = /<w:pgSz ([^>]*)\/>/.exec(sect)?.[1] ?? '';
  const margin = /<w:pgMar ([^>]*)\/>/.exec(sect)?.[1] ?? '';
  const attr = (s: string, name: string) => new RegExp(`w:${name}="([^"]+)"`).exec(s)?.[1];
  return `SECTION page ${attr(size, 'w')}x${attr(size, 'h')} ${attr(size, 'orient') ?? 'portrait'} margins top ${attr(margin, 'top')} bottom ${attr(margin, 'bottom')} left ${attr(margin, 'left')} right ${attr(margin, 'right')}`;
}
