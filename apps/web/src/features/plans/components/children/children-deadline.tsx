import type { PlanResponse } from '@cchc/contracts';
import { planAllows } from '@cchc/domain';
import { Button, Group, Text, TextInput } from '@mantine/core';
import { IconCalendarDue } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { MutationError } from '../../../../components/mutation-error';
import { formatDate, parseDateInput } from '../../../../lib/format';
import { useI18n } from '../../../../lib/i18n';
import { queryKeys } from '../../../../lib/query-keys';
import { canWritePlan } from '../../../../lib/rights';
import { useCurrentUser } from '../../../../lib/session';
import { useUpdatePlan } from '../../api/update-plan';

/**
 * "Hạn ban hành kế hoạch của cấp dưới": the date by which the units below must issue
 * their plans. Part of the plan's document, so it is changed while the plan is
 * drafted or amended (the lifecycle table allows an edit), and read otherwise.
 */
export function ChildrenDeadline({ plan }: { plan: PlanResponse }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const editable = canWritePlan(useCurrentUser(), plan) && planAllows(plan.status, 'edit');
  const update = useUpdatePlan(plan.id);
  const saved = plan.childrenDueOn ? formatDate(plan.childrenDueOn) : '';
  const [text, setText] = useState(saved);
  const [error, setError] = useState<string | null>(null);

  if (!editable)
    return (
      <Group gap={6} data-testid="children-deadline">
        <IconCalendarDue size={16} aria-hidden />
        <Text size="sm" fw={600}>
          {t('children.deadline.label')}:
        </Text>
        <Text size="sm">{saved || t('children.deadline.none')}</Text>
      </Group>
    );

  const save = () => {
    const trimmed = text.trim();
    const iso = trimmed === '' ? null : parseDateInput(trimmed);
    if (trimmed !== '' && iso === null) {
      setError(t('children.deadline.invalid'));
      return;
    }
    setError(null);
    update.mutate(
      { childrenDueOn: iso },
      // Each child's timeliness is measured against it.
      { onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.plans.children(plan.id) }) },
    );
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      noValidate
    >
      <Group gap="xs" align="flex-end">
        <TextInput
          label={t('children.deadline.label')}
          description={t('children.deadline.hint')}
          placeholder={t('common.datePlaceholder')}
          leftSection={<IconCalendarDue size={14} aria-hidden />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={error}
          size="xs"
          w={260}
          inputMode="numeric"
          autoComplete="off"
        />
        <Button
          type="submit"
          size="xs"
          variant="light"
          loading={update.isPending}
          disabled={text.trim() === saved}
        >
          {t('children.deadline.save')}
        </Button>
      </Group>
      <MutationError mutation={update} what={t('children.deadline.what')} onRetry={save} />
    </form>
  );
}
