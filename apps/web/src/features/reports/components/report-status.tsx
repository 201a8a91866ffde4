import type { UnitReportStatus } from '@cchc/domain';
import { Badge, Group } from '@mantine/core';
import { useI18n } from '../../../lib/i18n';
import { reportStatusKey } from './report-draft';

const STATUS_COLOR = { not_started: 'gray', draft: 'yellow', submitted: 'green' } as const;

/** Chưa báo cáo / Đang soạn / Đã gửi, and "Trễ hạn" when it was submitted late. */
export function ReportStatusBadge({
  status,
  late,
}: {
  status: 'not_started' | 'draft' | 'submitted';
  late: boolean;
}) {
  const { t } = useI18n();
  return (
    <Group gap={6} data-testid="report-status">
      <Badge color={STATUS_COLOR[status]} variant="light" radius="sm">
        {t(reportStatusKey({ status }))}
      </Badge>
      {late && (
        <Badge color="red" variant="light" radius="sm">
          {t('reports.late')}
        </Badge>
      )}
    </Group>
  );
}

export const UNIT_STATUS_COLOR: Record<UnitReportStatus, string> = {
  on_time: 'green',
  late: 'orange',
  draft: 'yellow',
  missing: 'red',
};

/** A unit's report as the level above counts it: Đúng hạn / Trễ hạn / Đang soạn / Chưa gửi. */
export function UnitStatusBadge({ status }: { status: UnitReportStatus }) {
  const { t } = useI18n();
  return (
    <Badge color={UNIT_STATUS_COLOR[status]} variant="light" radius="sm">
      {t(`rollup.unitStatus.${status}`)}
    </Badge>
  );
}
