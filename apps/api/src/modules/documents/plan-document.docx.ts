import type { PlanResponse, TargetResponse, TaskResponse } from '@cchc/contracts';
import {
  FLOOR_LEVEL_WORDS_VI,
  REFORM_AREA_NAMES_VI,
  type AppendixTask,
  appendixOf,
  defaultRecipientsVi,
  documentPlaceVi,
  floorLevelsBelow,
  formatDueVi,
  issuingBodyLinesVi,
  legalBasisLine,
  longDateVi,
  numberVi,
  numericDateVi,
  ownLevelWordVi,
  parseDue,
  reportingPeriodLineVi,
  signatureLinesVi,
  targetSentenceVi,
  targetWithFloorsSentenceVi,
} from '@cchc/domain';
import { fileSlug } from '../../common/attachment.js';
import {
  AlignmentType,
  BorderStyle,
  Document,
  type IBorderOptions,
  LineRuleType,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import type { PlanDocumentSource } from './queries/get-plan-document.query.js';

/**
 * A plan as the Word document offices sign, in the state format (Decree
 * 30/2020/NĐ-CP, Phụ lục I): A4, Times New Roman, margins 20/20/30/15 mm; the
 * two-column header; title; legal basis; sections I–IV; "Nơi nhận" beside
 * the signature; and the appendix of tasks on a landscape page. The words
 * are @cchc/domain's; this file only lays them out.
 */

const FONT = 'Times New Roman';
/** Sizes in points; Word counts half-points. */
const BODY_PT = 14;
const HEADER_PT = 13;
const TABLE_PT = 12;
const half = (pt: number) => pt * 2;

/** A4 in twips, as Word writes it (210 × 297 mm). */
const A4 = { width: 11906, height: 16838 };
/** Decree 30's margins: top and bottom 20 mm, left 30 mm, right 15 mm (1 mm ≈ 56.7 twips). */
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850 };
const PORTRAIT_TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const LANDSCAPE_TEXT_WIDTH = A4.height - MARGIN.left - MARGIN.right;
/** The first line of a body paragraph is indented 1.27 cm, as offices type it. */
const FIRST_LINE = convertMillimetersToTwip(12.7);
/** The blanks a draft leaves for the number and date, filled in by hand when signed. */
const BLANK = '      ';

type Run = { text: string; bold?: boolean; italics?: boolean; size?: number };
type ParagraphOptions = {
  align?: 'left' | 'center' | 'right' | 'justify';
  size?: number;
  bold?: boolean;
  italics?: boolean;
  indent?: boolean;
  before?: number;
  after?: number;
  boxed?: boolean;
  /** Left and right indents, in twips (a narrower box or rule). */
  inset?: number;
};

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const BOX: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 2 };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function para(content: string | Run[], o: ParagraphOptions = {}): Paragraph {
  const runs = typeof content === 'string' ? [{ text: content }] : content;
  return new Paragraph({
    alignment: ALIGN[o.align ?? 'justify'],
    indent:
      o.indent || o.inset
        ? { firstLine: o.indent ? FIRST_LINE : undefined, left: o.inset, right: o.inset }
        : undefined,
    spacing: { before: o.before ?? 0, after: o.after ?? 0, line: 264, lineRule: LineRuleType.AUTO },
    border: o.boxed ? { top: BOX, bottom: BOX, left: BOX, right: BOX } : undefined,
    children: runs.map(
      (r) =>
        new TextRun({
          text: r.text,
          font: FONT,
          size: half(r.size ?? o.size ?? BODY_PT),
          bold: r.bold ?? o.bold,
          italics: r.italics ?? o.italics,
        }),
    ),
  });
}

/** A body paragraph: justified, first line indented, 6 pt above. */
const body = (content: string | Run[], o: ParagraphOptions = {}) =>
  para(content, { indent: true, before: 120, ...o });
const heading = (text: string) => body(text, { bold: true });

/**
 * The short solid line under the issuing body and under the motto (Decree 30,
 * Phụ lục I): an empty paragraph's bottom border, `inset` in from each side.
 */
const rule = (width: number, length: number) =>
  new Paragraph({
    indent: { left: Math.round((width - length) / 2), right: Math.round((width - length) / 2) },
    spacing: { before: 0, after: 120, line: 120, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });

/** A table without borders, for the header and the signature: two columns side by side. */
function sideBySide(widths: [number, number], cells: [Paragraph[], Paragraph[]]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
    rows: [
      new TableRow({
        children: cells.map(
          (children, i) => new TableCell({ width: { size: widths[i] ?? 0, type: WidthType.DXA }, children }),
        ),
      }),
    ],
  });
}

const lower = (text: string) => text.toLocaleLowerCase('vi');
const lowerFirst = (text: string) =>
  /^\p{Lu}{2,}/u.test(text) ? text : text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** "Thực hiện cải cách hành chính năm 2024": the title without its leading "Kế hoạch". */
export function planSubject(title: string): string {
  const subject = title.trim().replace(/^kế\s+hoạch\s*/iu, '');
  return subject ? subject.charAt(0).toLocaleUpperCase('vi') + subject.slice(1) : title.trim();
}

/** "Căn cứ …;": each basis line opens with "Căn cứ" and ends with ";". */
export function basisLineVi(line: string): string {
  const text = line.trim().replace(/[;,.]+$/u, '');
  return `${/^căn cứ\s/iu.test(text) ? text : `Căn cứ ${text}`};`;
}

/** A "Nơi nhận" list: "- " before each, ";" after all but the last, which ends with ".". */
export function recipientLinesVi(recipients: readonly string[]): string[] {
  return recipients.map((r, i) => {
    const text = r.trim().replace(/[;,.]+$/u, '');
    return `- ${text}${i === recipients.length - 1 ? '.' : ';'}`;
  });
}

/** The legal basis as the document lists it: a derived plan's first line cites its parent as issued now. */
export function documentLegalBasis(source: PlanDocumentSource): string[] {
  const { plan, parent } = source;
  const lines = [...plan.legalBasis];
  if (parent && lines.length > 0) {
    const cited = legalBasisLine({
      documentNumber: parent.documentNumber,
      issuedOn: parent.issuedOn,
      unitType: parent.unit.type,
      unitName: parent.unit.name,
      title: parent.title,
    });
    // The line the cascade wrote, maybe before the parent had its number or its amended one.
    const parentBody = `của Ủy ban nhân dân ${lower(parent.unit.type)} ${parent.unit.name}`;
    const first = lines[0] ?? '';
    if (/^căn cứ kế hoạch/iu.test(first) && first.includes(parentBody)) lines[0] = cited;
  }
  return lines.map(basisLineVi);
}

/** "(*) Chỉ tiêu, nhiệm vụ giao tại Kế hoạch số 218/KH-UBND ngày 19/12/2023 của Ủy ban nhân dân tỉnh Sóc Trăng." */
export function inheritedNoteVi(parent: NonNullable<PlanDocumentSource['parent']>): string {
  const number = parent.documentNumber ? ` số ${parent.documentNumber}` : '';
  const date = parent.issuedOn ? ` ngày ${numericDateVi(parent.issuedOn)}` : '';
  return `(*) Chỉ tiêu, nhiệm vụ giao tại Kế hoạch${number}${date} của Ủy ban nhân dân ${lower(parent.unit.type)} ${parent.unit.name}.`;
}

/** A target as section II writes it, with the floors it sets for the levels below. */
function targetLine(source: PlanDocumentSource, target: TargetResponse): string {
  const { unit } = source;
  const floors = floorLevelsBelow(unit.level).flatMap((level) => {
    const value = target.levelFloors[level];
    return value === null || value === undefined ? [] : [{ level: FLOOR_LEVEL_WORDS_VI[level], value }];
  });
  const sentence =
    floors.length > 0
      ? targetWithFloorsSentenceVi(target, ownLevelWordVi(unit.level, unit.type), floors)
      : targetSentenceVi(target);
  return `- ${sentence}${target.parentTargetId ? ' (*)' : ''};`;
}

const dueText = (due: string | null) => {
  const parsed = due ? parseDue(due) : null;
  return parsed ? formatDueVi(parsed) : null;
};

/** A task as section II writes it: title, lead agency, completion time. */
function taskLine(task: TaskResponse): string {
  const details = [
    task.leadAgency ? `cơ quan chủ trì: ${task.leadAgency}` : null,
    dueText(task.due) ? `thời gian hoàn thành: ${dueText(task.due)}` : null,
  ].filter(Boolean);
  const mark = task.parentTaskId ? ' (*)' : '';
  return `- ${task.title.trim()}${mark}${details.length ? ` (${details.join('; ')})` : ''};`;
}

const distinct = (values: (string | null | undefined)[]) => [
  ...new Set(values.map((v) => v?.trim()).filter((v): v is string => !!v)),
];

type DocTask = AppendixTask & { source: TaskResponse };

/** The appendix's tasks, read from the plan's areas. */
function appendixOfPlan(plan: PlanResponse) {
  return appendixOf<DocTask>(
    plan.areas.map((a) => ({
      area: a.area,
      tasks: a.tasks.map((t) => ({
        title: t.title,
        product: t.product,
        leadAgency: t.leadAgency,
        coordinatingAgencies: t.coordinatingAgencies,
        budgetMillionVnd: t.budgetMillionVnd,
        dueText: dueText(t.due),
        inherited: t.parentTaskId !== null,
        source: t,
      })),
    })),
  );
}

const isIssued = (plan: PlanResponse) => plan.status === 'issued' && plan.issued !== null;

/** "Số: 12/KH-UBND"; a draft: "Số:      /KH-UBND" (the number's suffix kept). */
function numberLine(plan: PlanResponse): string {
  if (isIssued(plan) && plan.issued) return `Số: ${plan.issued.documentNumber}`;
  const suffix = plan.documentNumber?.match(/\/.*$/u)?.[0] ?? '/KH-UBND';
  return `Số:${BLANK}${suffix}`;
}

/** "Ngã Năm, ngày 05 tháng 01 năm 2024"; a draft: "Ngã Năm, ngày      tháng      năm 2024". */
function placeDateLine(source: PlanDocumentSource): string {
  const { plan, unit } = source;
  if (isIssued(plan) && plan.issued) return `${plan.issued.place}, ${longDateVi(plan.issued.issuedOn)}`;
  return `${documentPlaceVi(unit)}, ngày${BLANK}tháng${BLANK}năm ${plan.year}`;
}

/** "Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân thị xã Ngã Năm", for the appendix. */
function ownReference(source: PlanDocumentSource): string {
  const { plan, unit } = source;
  const by = `của Ủy ban nhân dân ${lower(unit.type)} ${unit.name}`;
  if (isIssued(plan) && plan.issued)
    return `Kế hoạch số ${plan.issued.documentNumber} ngày ${numericDateVi(plan.issued.issuedOn)} ${by}`;
  const suffix = plan.documentNumber?.match(/\/.*$/u)?.[0] ?? '/KH-UBND';
  return `Kế hoạch số${BLANK}${suffix} ngày${BLANK}/${BLANK}/${plan.year} ${by}`;
}

function header(source: PlanDocumentSource): Table {
  const { plan, unit } = source;
  const [body1, body2] = issuingBodyLinesVi(unit);
  // The national motto's line needs about 100 mm at 13 pt bold: the right column is the wider.
  const leftWidth = Math.round(PORTRAIT_TEXT_WIDTH * 0.37);
  const rightWidth = PORTRAIT_TEXT_WIDTH - leftWidth;
  const left = [
    para(body1, { align: 'center', size: HEADER_PT, bold: true }),
    para(body2, { align: 'center', size: HEADER_PT, bold: true }),
    rule(leftWidth, convertMillimetersToTwip(22)),
    para(numberLine(plan), { align: 'center', size: HEADER_PT }),
  ];
  const right = [
    para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { align: 'center', size: HEADER_PT, bold: true }),
    para('Độc lập - Tự do - Hạnh phúc', { align: 'center', size: BODY_PT, bold: true }),
    rule(rightWidth, convertMillimetersToTwip(62)),
    para(placeDateLine(source), { align: 'center', size: BODY_PT, italics: true }),
  ];
  return sideBySide([leftWidth, rightWidth], [left, right]);
}

function areasSection(source: PlanDocumentSource, inheritedNote: string | null): Paragraph[] {
  const out = [heading('II. NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH')];
  const areas = source.plan.areas.filter((a) => a.targets.length > 0 || a.tasks.length > 0);
  areas.forEach((area, i) => {
    out.push(body(`${i + 1}. ${REFORM_AREA_NAMES_VI[area.area]}`, { bold: true }));
    if (area.targets.length > 0) {
      out.push(body('a) Chỉ tiêu:', { italics: true }));
      for (const target of area.targets) out.push(body(targetLine(source, target)));
    }
    if (area.tasks.length > 0) {
      out.push(body(`${area.targets.length > 0 ? 'b' : 'a'}) Nhiệm vụ:`, { italics: true }));
      for (const task of area.tasks) out.push(body(taskLine(task)));
    }
  });
  if (areas.length === 0) out.push(body('(Kế hoạch chưa có chỉ tiêu, nhiệm vụ.)', { italics: true }));
  if (inheritedNote) out.push(body(inheritedNote, { italics: true, size: TABLE_PT }));
  return out;
}

function budgetSection(source: PlanDocumentSource, appendix: ReturnType<typeof appendixOfPlan>): Paragraph[] {
  return [
    heading('III. KINH PHÍ THỰC HIỆN'),
    body(
      `Tổng kinh phí thực hiện Kế hoạch: ${numberVi(appendix.totalMillionVnd)} triệu đồng (Bằng chữ: ${appendix.totalInWords}), chi tiết tại Phụ lục kèm theo.`,
    ),
    body(
      `Nguồn kinh phí: ngân sách nhà nước theo phân cấp ngân sách hiện hành, bố trí trong dự toán chi thường xuyên năm ${source.plan.year} của các cơ quan, đơn vị được giao chủ trì thực hiện nhiệm vụ.`,
    ),
  ];
}

/**
 * The reporting calendar of section IV (seed 000: "Thời hạn báo cáo chậm nhất vào sáng ngày 15
 * của tháng cuối kỳ báo cáo. Thời điểm chốt số liệu …"): each period the plan reports on.
 */
function reportingCalendar(source: PlanDocumentSource): Paragraph[] {
  if (source.periods.length === 0) return [];
  const last = source.periods.length - 1;
  return [
    body(
      `Chế độ báo cáo: các cơ quan, đơn vị báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân ${lower(source.unit.type)} ${source.unit.name} theo các kỳ sau:`,
    ),
    ...source.periods.map((p, i) => body(`- ${reportingPeriodLineVi(p)}${i === last ? '.' : ';'}`)),
  ];
}

function implementationSection(source: PlanDocumentSource): Paragraph[] {
  const { plan, unit } = source;
  const out = [heading('IV. TỔ CHỨC THỰC HIỆN')];
  // Per area, the agencies its tasks name: who leads, who coordinates. Areas naming none are left out.
  const assigned = plan.areas
    .map((area) => {
      const leads = distinct(area.tasks.map((t) => t.leadAgency));
      const coordinating = distinct(area.tasks.flatMap((t) => t.coordinatingAgencies)).filter(
        (c) => !leads.includes(c),
      );
      return { area: area.area, leads, coordinating };
    })
    .filter((a) => a.leads.length > 0 || a.coordinating.length > 0);
  out.push(
    body(
      `Thủ trưởng các cơ quan, đơn vị thuộc Ủy ban nhân dân ${lower(unit.type)} ${unit.name} căn cứ nhiệm vụ được giao tại Kế hoạch này chủ động triển khai thực hiện${assigned.length > 0 ? '; phân công cụ thể như sau:' : '.'}`,
    ),
  );
  assigned.forEach(({ area, leads, coordinating }, i) => {
    out.push(body(`${i + 1}. ${REFORM_AREA_NAMES_VI[area]}`, { bold: true }));
    if (leads.length > 0) out.push(body(`- Cơ quan chủ trì: ${leads.join('; ')}.`));
    if (coordinating.length > 0) out.push(body(`- Cơ quan phối hợp: ${coordinating.join('; ')}.`));
  });
  out.push(...reportingCalendar(source));
  out.push(
    body(
      `Trên đây là Kế hoạch ${lowerFirst(planSubject(plan.title))} của Ủy ban nhân dân ${lower(unit.type)} ${unit.name}./.`,
    ),
  );
  return out;
}

function recipientsAndSignature(source: PlanDocumentSource): Table {
  const { plan, unit } = source;
  const recipients = recipientLinesVi(
    plan.recipients.length > 0 ? plan.recipients : defaultRecipientsVi(unit.level, unit.type),
  );
  const left = [
    para('Nơi nhận:', { align: 'left', size: 12, bold: true, italics: true }),
    ...recipients.map((r) => para(r, { align: 'left', size: 11 })),
  ];
  const signer = isIssued(plan) ? (plan.issued?.signer ?? null) : null;
  const [capacity, title] = signatureLinesVi(signer);
  const right = [
    para(capacity, { align: 'center', bold: true }),
    para(title, { align: 'center', bold: true }),
    ...Array.from({ length: 4 }, () => para('', { align: 'center' })),
    para(signer ? signer.name : '', { align: 'center', bold: true }),
  ];
  const leftWidth = Math.round(PORTRAIT_TEXT_WIDTH * 0.5);
  return sideBySide([leftWidth, PORTRAIT_TEXT_WIDTH - leftWidth], [left, right]);
}

/** The appendix's columns, as a share of the landscape page's width. */
const APPENDIX_COLUMNS: [string, number][] = [
  ['STT', 0.05],
  ['Nhiệm vụ', 0.29],
  ['Sản phẩm', 0.15],
  ['Cơ quan chủ trì', 0.13],
  ['Cơ quan phối hợp', 0.16],
  ['Kinh phí (triệu đồng)', 0.1],
  ['Thời gian hoàn thành', 0.12],
];
const COLUMN_WIDTHS = APPENDIX_COLUMNS.map(([, share]) => Math.round(LANDSCAPE_TEXT_WIDTH * share));

type CellSpec = { text: string; bold?: boolean; align?: 'left' | 'center' | 'right'; span?: number };

function appendixRow(cells: CellSpec[], header = false): TableRow {
  let column = 0;
  return new TableRow({
    tableHeader: header,
    cantSplit: true,
    children: cells.map((c) => {
      const span = c.span ?? 1;
      const width = COLUMN_WIDTHS.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      return new TableCell({
        columnSpan: span > 1 ? span : undefined,
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        margins: { left: 60, right: 60, top: 30, bottom: 30 },
        children: [para(c.text, { align: c.align ?? 'left', size: TABLE_PT, bold: c.bold })],
      });
    }),
  });
}

function appendixTable(appendix: ReturnType<typeof appendixOfPlan>): Table {
  const rows = [
    appendixRow(
      APPENDIX_COLUMNS.map(([name]) => ({ text: name, bold: true, align: 'center' })),
      true,
    ),
  ];
  for (const section of appendix.sections) {
    rows.push(
      appendixRow([
        { text: section.numeral, bold: true, align: 'center' },
        { text: section.heading, bold: true, span: 6 },
      ]),
    );
    for (const { number, task } of section.rows) {
      rows.push(
        appendixRow([
          { text: String(number), align: 'center' },
          { text: `${task.title.trim()}${task.inherited ? ' (*)' : ''}` },
          { text: task.product ?? '' },
          { text: task.leadAgency ?? '' },
          { text: task.coordinatingAgencies.join('; ') },
          { text: numberVi(task.budgetMillionVnd), align: 'right' },
          { text: task.dueText ?? '', align: 'center' },
        ]),
      );
    }
    rows.push(
      appendixRow([
        { text: '' },
        { text: 'Cộng', bold: true, align: 'center', span: 4 },
        { text: numberVi(section.subtotalMillionVnd), bold: true, align: 'right' },
        { text: '' },
      ]),
    );
  }
  rows.push(
    appendixRow([
      { text: '' },
      { text: 'TỔNG CỘNG', bold: true, align: 'center', span: 4 },
      { text: numberVi(appendix.totalMillionVnd), bold: true, align: 'right' },
      { text: '' },
    ]),
  );
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMN_WIDTHS,
    borders: {
      top: LINE,
      bottom: LINE,
      left: LINE,
      right: LINE,
      insideHorizontal: LINE,
      insideVertical: LINE,
    },
    rows,
  });
}

function appendixSection(
  source: PlanDocumentSource,
  appendix: ReturnType<typeof appendixOfPlan>,
  inheritedNote: string | null,
) {
  return [
    para('PHỤ LỤC', { align: 'center', bold: true }),
    para(`DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM ${source.plan.year}`, { align: 'center', bold: true }),
    para(`(Kèm theo ${ownReference(source)})`, { align: 'center', italics: true, after: 120 }),
    appendixTable(appendix),
    para(
      [
        { text: 'Bằng chữ: ', bold: true },
        { text: `${appendix.totalInWords}.`, italics: true },
      ],
      {
        align: 'left',
        size: TABLE_PT,
        before: 120,
      },
    ),
    ...(inheritedNote ? [para(inheritedNote, { align: 'left', size: TABLE_PT, italics: true })] : []),
  ];
}

/** The plan's document, as its .docx bytes. */
export async function buildPlanDocx(source: PlanDocumentSource): Promise<Buffer> {
  const { plan, unit, parent } = source;
  const appendix = appendixOfPlan(plan);
  const inherits =
    parent !== null &&
    plan.areas.some((a) => a.targets.some((t) => t.parentTargetId) || a.tasks.some((t) => t.parentTaskId));
  const inheritedNote = inherits && parent ? inheritedNoteVi(parent) : null;
  const page = (orientation: (typeof PageOrientation)[keyof typeof PageOrientation]) => ({
    page: { size: { ...A4, orientation }, margin: MARGIN },
  });

  const objectives = plan.objectives
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter(Boolean);
  const first = [
    header(source),
    ...(isIssued(plan)
      ? []
      : [
          para('DỰ THẢO', {
            align: 'center',
            bold: true,
            boxed: true,
            // A box about 40 mm wide, centred.
            inset: Math.round((PORTRAIT_TEXT_WIDTH - convertMillimetersToTwip(40)) / 2),
            before: 240,
          }),
        ]),
    para('KẾ HOẠCH', { align: 'center', bold: true, before: 360 }),
    para(planSubject(plan.title), { align: 'center', bold: true, after: 240 }),
    ...documentLegalBasis(source).map((line) => body(line)),
    body(
      `Ủy ban nhân dân ${lower(unit.type)} ${unit.name} ban hành Kế hoạch ${lowerFirst(planSubject(plan.title))} như sau:`,
    ),
    heading('I. MỤC TIÊU, YÊU CẦU'),
    ...(objectives.length > 0 ? objectives.map((line) => body(line)) : []),
    ...areasSection(source, inheritedNote),
    ...budgetSection(source, appendix),
    ...implementationSection(source),
    para('', { after: 120 }),
    recipientsAndSignature(source),
  ];

  const document = new Document({
    creator: 'cchc',
    title: plan.title,
    styles: { default: { document: { run: { font: FONT, size: half(BODY_PT) } } } },
    sections: [
      { properties: page(PageOrientation.PORTRAIT), children: first },
      {
        properties: page(PageOrientation.LANDSCAPE),
        children: appendixSection(source, appendix, inheritedNote),
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** "ke-hoach-nga-nam-2024.docx" and its Vietnamese name, for Content-Disposition. */
export function planDocumentFileNames(source: PlanDocumentSource, extension: 'docx' | 'pdf') {
  return {
    ascii: `ke-hoach-${fileSlug(source.unit.name) || source.unit.code}-${source.plan.year}.${extension}`,
    vietnamese: `Kế hoạch ${source.unit.type} ${source.unit.name} ${source.plan.year}.${extension}`,
  };
}
