import type { PlanStatus } from '@cchc/domain';
import { Badge } from '@mantine/core';
import { useI18n } from '../lib/i18n';

const colors: Record<PlanStatus, string> = {
  draft: 'gray',
  derived: 'orange',
  confirmed: 'teal',
  issued: 'blue',
  amending: 'grape',
};

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useI18n();
  return (
    <Badge color={colors[status]} variant="light" size="sm" radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}
