import fs from 'node:fs';
import path from 'node:path';
import { PLAN_EVENTS, PLAN_TRANSITIONS } from './plan-status';
import { PLAN_STATUSES } from './reform-area';

/**
 * The lifecycle table in docs/api.md, rendered from PLAN_TRANSITIONS and
 * nothing else: a row per status, a column per event, in each cell the status
 * the event leads to or the code it is refused with. Aligned as the other
 * Markdown tables of the docs are.
 */
function lifecycleMarkdown(): string {
  const header = ['status \\ event', ...PLAN_EVENTS.map((e) => `\`${e}\``)];
  const rows = PLAN_STATUSES.map((status) => [
    `\`${status}\``,
    ...PLAN_EVENTS.map((event) => {
      const step = PLAN_TRANSITIONS[status][event];
      return 'to' in step ? `→ \`${step.to}\`` : `✗ \`${step.refused}\``;
    }),
  ]);
  const widths = header.map((_, i) => Math.max(3, ...[header, ...rows].map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - [...c].length)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

describe('the lifecycle table in docs/api.md', () => {
  it('is PLAN_TRANSITIONS, cell for cell', () => {
    const doc = fs.readFileSync(path.join(__dirname, '../../../../docs/api.md'), 'utf8');
    const table = lifecycleMarkdown();
    if (!doc.includes(table)) {
      throw new Error(
        `docs/api.md lacks the lifecycle table as PLAN_TRANSITIONS has it; paste:\n\n${table}\n`,
      );
    }
  });
});
