import type { PlanResponse } from '@cchc/contracts';
import { Button, Group } from '@mantine/core';
import { IconFilePencil, IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../../../lib/i18n';
import { planActions } from '../../../../lib/rights';
import { useCurrentUser } from '../../../../lib/session';
import { AmendPlanModal } from './amend-plan-modal';
import { IssuePlanModal } from './issue-plan-modal';

/** Issue or amend the plan: offered as the lifecycle table allows from its status, to whoever may write it. */
export function PlanLifecycleBar({ plan }: { plan: PlanResponse }) {
  const { t } = useI18n();
  const actions = planActions(useCurrentUser(), plan);
  const [open, setOpen] = useState<'issue' | 'amend' | null>(null);
  if (!actions.issue && !actions.amend) return null;
  return (
    <Group gap="xs" className="no-print" role="group" aria-label={t('lifecycle.actions')}>
      {actions.issue && (
        <Button
          size="sm"
          leftSection={<IconSignature size={16} aria-hidden />}
          onClick={() => setOpen('issue')}
        >
          {t('lifecycle.issue.action')}
        </Button>
      )}
      {actions.amend && (
        <Button
          size="sm"
          variant="light"
          leftSection={<IconFilePencil size={16} aria-hidden />}
          onClick={() => setOpen('amend')}
        >
          {t('lifecycle.amend.action')}
        </Button>
      )}
      {actions.issue && (
        <IssuePlanModal opened={open === 'issue'} onClose={() => setOpen(null)} plan={plan} />
      )}
      {actions.amend && (
        <AmendPlanModal opened={open === 'amend'} onClose={() => setOpen(null)} plan={plan} />
      )}
    </Group>
  );
}
