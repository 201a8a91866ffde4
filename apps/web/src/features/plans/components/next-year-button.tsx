import type { PlanResponse } from '@cchc/contracts';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { MutationError } from '../../../components/mutation-error';
import { isApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';
import { useNextYearPlan } from '../api/next-year-plan';

/**
 * "Lập kế hoạch năm 2025": starts next year's draft from this plan (its targets,
 * its tasks due one year on) and opens it. Offered to those who write the unit's
 * plans, whatever the plan's status: an issued plan is only read.
 */
export function NextYearButton({ plan }: { plan: PlanResponse }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const next = useNextYearPlan(plan.id);
  const year = String(plan.year + 1);
  const existing = isApiError(next.error) ? next.error.problem?.existingPlanId : undefined;
  return (
    <Stack gap={4} className="no-print">
      <Group gap="xs">
        <Button
          size="xs"
          variant="light"
          leftSection={<IconCalendarPlus size={14} aria-hidden />}
          loading={next.isPending}
          onClick={() => next.mutate(undefined, { onSuccess: (created) => navigate(`/plans/${created.id}`) })}
          data-testid="next-year"
        >
          {t('plan.nextYear.action', { year })}
        </Button>
        <Text size="xs" c="dimmed">
          {t('plan.nextYear.hint')}
        </Text>
      </Group>
      {existing ? (
        <Text size="sm" role="alert" data-testid="next-year-exists">
          {t('plan.nextYear.exists', { year })}{' '}
          <Anchor component={Link} to={`/plans/${existing}`} size="sm">
            {t('plan.nextYear.open', { year })}
          </Anchor>
        </Text>
      ) : (
        <MutationError mutation={next} what={t('plan.nextYear.what', { year })} />
      )}
    </Stack>
  );
}
