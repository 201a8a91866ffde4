import {
  type ConfirmPlanRequest,
  type PlanResponse,
  type TargetResponse,
  confirmPlanRequest,
} from '@cchc/contracts';
import { type TargetValue, isWeaker, targetValueIssue, targetValueProblem, toComparable } from '@cchc/domain';
import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle, IconShieldCheck } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { MutationError } from '../../../../components/mutation-error';
import { TargetValueInput } from '../../../../components/target-value-input';
import { weakerFieldMessage } from '../../../../lib/errors';
import { valueIssueMessage } from '../../../../lib/form-errors';
import { useI18n } from '../../../../lib/i18n';
import { type ValueDraft, draftToValue, sameValue, valueToDraft } from '../../../../lib/target-draft';
import { weakerFields } from '../../../../lib/target-check';
import { useContractForm } from '../../../../lib/use-contract-form';
import { useConfirmPlan } from '../../api/confirm-plan';

/** The new value is stricter than the current one (a raise). */
function raises(target: TargetResponse, value: TargetValue | undefined): boolean {
  if (value === undefined || targetValueProblem(target.measure, value) !== null) return false;
  return isWeaker(
    target.direction,
    toComparable(target.measure, target.value),
    toComparable(target.measure, value),
  );
}

/** The value the plan received is below the floor now binding it: the plan above raised it since. */
function belowFloor(target: TargetResponse, level: PlanResponse['unitLevel']): boolean {
  return weakerFields(target, level, { value: target.value }).length > 0;
}

export function ConfirmForm({ plan }: { plan: PlanResponse }) {
  const i18n = useI18n();
  const { t, areaName, formatValue } = i18n;
  const confirm = useConfirmPlan(plan.id);
  const [done, setDone] = useState(false);
  const sections = plan.areas
    .map((a) => ({ area: a.area, targets: a.targets.filter((x) => x.parentTargetId !== null) }))
    .filter((a) => a.targets.length > 0);
  const targets = sections.flatMap((s) => s.targets);

  const editor = useContractForm<Record<string, ValueDraft>, ConfirmPlanRequest>({
    // One field per target received, named by its code.
    current: Object.fromEntries(targets.map((x) => [x.code, valueToDraft(x.measure, x.value)])),
    toRequest: (drafts) => {
      const changes = targets.flatMap((target) => {
        const value = draftToValue(target.measure, drafts[target.code] ?? '');
        return value === undefined || sameValue(value, target.value) ? [] : [{ code: target.code, value }];
      });
      return changes.length > 0 ? { targets: changes } : {};
    },
    // Confirming without a change is confirming what was received.
    isEmpty: () => false,
    schema: confirmPlanRequest,
    fieldFor: (path, request) => {
      const index = /^targets\.(\d+)/.exec(path)?.[1];
      return (index !== undefined && request.targets?.[Number(index)]?.code) || path;
    },
    // The measure's rule, then the floor: each from the shared packages.
    rules: (drafts) => {
      const errors: Record<string, string> = {};
      for (const target of targets) {
        const value = draftToValue(target.measure, drafts[target.code] ?? '');
        if (sameValue(value, target.value)) {
          // Left as received, but below a floor the plan above raised since: marked before the
          // button is pressed, as the API would refuse it.
          if (belowFloor(target, plan.unitLevel) && target.floor !== null)
            errors[target.code] = weakerFieldMessage(i18n, target, target.floor);
          continue;
        }
        if (value === undefined) {
          errors[target.code] = t('validation.required');
          continue;
        }
        const problem = targetValueIssue(target.measure, value);
        const weaker = weakerFields(target, plan.unitLevel, { value })[0];
        if (problem) errors[target.code] = valueIssueMessage(problem, t);
        else if (weaker) errors[target.code] = weakerFieldMessage(i18n, target, weaker.floor);
      }
      return errors;
    },
  });
  const { values: drafts, request, errors, invalid } = editor;
  const stillBelow = targets.filter(
    (x) => belowFloor(x, plan.unitLevel) && errors[x.code] !== undefined,
  ).length;
  const changes = request.targets ?? [];
  const raisedCount = changes.filter((c) => {
    const target = targets.find((x) => x.code === c.code);
    return target ? raises(target, c.value) : false;
  }).length;

  const submit = () =>
    editor.submit((req, settled) =>
      confirm.mutate(req, {
        onSuccess: () => {
          settled();
          setDone(true);
        },
      }),
    );

  if (targets.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('confirm.noTargets')}
      </Text>
    );

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        {done ? (
          <Alert color="teal" icon={<IconCircleCheck size={18} />} role="status" data-testid="confirm-done">
            {t('confirm.done')}
          </Alert>
        ) : (
          plan.status === 'confirmed' && (
            <Alert color="blue" icon={<IconInfoCircle size={18} />}>
              {t('confirm.already')}
            </Alert>
          )
        )}
        <Table.ScrollContainer minWidth={820}>
          <Table withTableBorder aria-label={t('confirm.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={110}>{t('target.col.code')}</Table.Th>
                <Table.Th>{t('target.col.name')}</Table.Th>
                <Table.Th w={130}>{t('confirm.col.received')}</Table.Th>
                <Table.Th w={120}>{t('confirm.col.floor')}</Table.Th>
                <Table.Th w={190}>{t('confirm.col.confirmed')}</Table.Th>
                <Table.Th w={70} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sections.map((section) => (
                <Fragment key={section.area}>
                  <Table.Tr bg="var(--mantine-color-gray-0)">
                    <Table.Td colSpan={6}>
                      <Text size="sm" fw={600}>
                        {areaName(section.area)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                  {section.targets.map((target) => {
                    const draft = drafts[target.code] ?? valueToDraft(target.measure, target.value);
                    const value = draftToValue(target.measure, draft);
                    const changed = !sameValue(value, target.value);
                    const raisedAbove = belowFloor(target, plan.unitLevel);
                    return (
                      <Table.Tr
                        key={target.code}
                        data-dirty={changed || undefined}
                        data-below-floor={raisedAbove || undefined}
                        data-testid={`confirm-row-${target.code}`}
                      >
                        <Table.Td ff="monospace" fz="sm">
                          {target.code}
                        </Table.Td>
                        <Table.Td fz="sm">
                          {target.name}
                          {raisedAbove && (
                            <Text
                              size="xs"
                              c="orange.9"
                              mt={2}
                              data-testid={`raised-by-parent-${target.code}`}
                            >
                              {t('floors.raisedByParent')}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td fz="sm">{formatValue(target.measure, target.value)}</Table.Td>
                        <Table.Td fz="sm" c="orange.8">
                          {formatValue(target.measure, target.floor)}
                        </Table.Td>
                        <Table.Td>
                          <TargetValueInput
                            measure={target.measure}
                            size="xs"
                            ariaLabel={t('confirm.valueOf', { code: target.code })}
                            value={draft}
                            onChange={(v) => editor.setField(target.code, v)}
                            error={errors[target.code]}
                          />
                        </Table.Td>
                        <Table.Td>
                          {raisedAbove && !changed && (
                            <Badge color="orange" size="sm" variant="light">
                              {t('floors.belowFloor')}
                            </Badge>
                          )}
                          {changed && raises(target, value) && (
                            <Badge color="teal" size="sm" variant="light">
                              {t('confirm.raised')}
                            </Badge>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <MutationError
          mutation={confirm}
          what={t('confirm.what')}
          onRetry={submit}
          targetOf={(code) => targets.find((x) => x.code === code)}
        />
        <Group justify="space-between">
          <Text size="sm" c={invalid ? 'red' : 'dimmed'} role={stillBelow > 0 ? 'alert' : undefined}>
            {stillBelow > 0
              ? t('floors.confirmBelow', { count: stillBelow })
              : invalid
                ? t('validation.fixErrors')
                : raisedCount > 0
                  ? t('confirm.raisedCount', { count: raisedCount })
                  : ''}
          </Text>
          <Button
            type="submit"
            leftSection={<IconShieldCheck size={16} aria-hidden />}
            disabled={invalid}
            loading={confirm.isPending}
          >
            {t('confirm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
