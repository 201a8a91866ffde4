import { type ReportResponse, saveReportRequest } from '@cchc/contracts';
import { TASK_STATES, type TaskState, isReportLate, percentAgrees } from '@cchc/domain';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconCheck, IconEye, IconLock, IconLockOpen, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { LocaleNumberInput } from '../../../components/locale-number-input';
import { MutationError } from '../../../components/mutation-error';
import { QueryView } from '../../../components/query-view';
import { TargetValueInput } from '../../../components/target-value-input';
import { isApiError } from '../../../lib/api-client';
import { formatDate, formatDateTime } from '../../../lib/format';
import { zodFormErrors } from '../../../lib/form-errors';
import { type I18n, useI18n } from '../../../lib/i18n';
import { draftNumber } from '../../../lib/number-field';
import { useReport } from '../api/get-report';
import { useSaveReport, useSubmitReport } from '../api/save-report';
import {
  type ReportDraft,
  draftFromReport,
  groupByArea,
  planValueText,
  reportEditable,
  saveRequestOf,
  targetMark,
} from './report-draft';
import { ReportStatusBadge } from './report-status';
import { TargetLabel } from '../../../components/target-label';

const NO_TARGET_DRAFT: ReportDraft['targets'][string] = {
  value: '',
  numerator: '',
  denominator: '',
  note: '',
};
const NO_TASK_DRAFT: ReportDraft['tasks'][string] = {
  state: 'not_started',
  percentDone: 0,
  note: '',
  contributions: {},
};

export function MarkBadge({ mark }: { mark: 'met' | 'missed' | null }) {
  const { t } = useI18n();
  if (mark === null)
    return (
      <Badge color="gray" variant="outline" radius="sm">
        {t('reports.mark.none')}
      </Badge>
    );
  return (
    <Badge color={mark === 'met' ? 'green' : 'red'} variant="light" radius="sm">
      {t(`reports.mark.${mark}`)}
    </Badge>
  );
}

interface ReportFormProps {
  planId: string;
  period: string;
  unitFullName: string;
  /** The unit's own officer: the unit above reads the report, and may reopen it from its roll-up. */
  mayWrite: boolean;
}

/** The unit's progress report for one period: targets, tasks, agencies' parts and the summary; saved as a draft, then submitted. */
export function ReportForm(props: ReportFormProps) {
  const { t } = useI18n();
  const report = useReport(props.planId, props.period);
  // Here, not in the body: a save that changes the report's status starts the form anew, and its outcome stays shown.
  const save = useSaveReport(props.planId, props.period);
  const submit = useSubmitReport(props.planId, props.period);
  return (
    <QueryView query={report} what={t('reports.what')}>
      {(r) => (
        <ReportBody key={`${r.period.key}-${r.status}`} report={r} save={save} submit={submit} {...props} />
      )}
    </QueryView>
  );
}

/** Server field errors (`targets.0.value`) by the same path the form uses. */
function serverFieldErrors(error: unknown, t: I18n['t']): Record<string, string> {
  if (!isApiError(error) || error.code !== 'VALIDATION_FAILED') return {};
  return Object.fromEntries((error.problem?.errors ?? []).map((e) => [e.field, t('validation.invalid')]));
}

function ReportBody({
  report,
  unitFullName,
  mayWrite,
  save,
  submit,
}: ReportFormProps & {
  report: ReportResponse;
  save: ReturnType<typeof useSaveReport>;
  submit: ReturnType<typeof useSubmitReport>;
}) {
  const i18n = useI18n();
  const { t, areaName, formatDue } = i18n;
  const [draft, setDraft] = useState<ReportDraft>(() => draftFromReport(report));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const editable = reportEditable(report, mayWrite);
  const readOnly = !editable;
  const errors = { ...serverFieldErrors(save.error ?? submit.error, t), ...clientErrors };
  const targetIndex = new Map(report.targets.map((x, i) => [x.code, i]));
  const taskIndex = new Map(report.tasks.map((x, i) => [x.taskId, i]));

  const setTarget = (code: string, patch: Partial<ReportDraft['targets'][string]>) =>
    setDraft((d) => ({
      ...d,
      targets: { ...d.targets, [code]: { ...(d.targets[code] ?? NO_TARGET_DRAFT), ...patch } },
    }));
  const setTask = (id: string, patch: Partial<ReportDraft['tasks'][string]>) =>
    setDraft((d) => ({ ...d, tasks: { ...d.tasks, [id]: { ...(d.tasks[id] ?? NO_TASK_DRAFT), ...patch } } }));

  /** The request, or null when the form's own check refuses it (the errors are on the fields). */
  const request = () => {
    const body = saveRequestOf(report, draft);
    const found = zodFormErrors(saveReportRequest, body, t);
    body.targets?.forEach((x, i) => {
      const { numerator, denominator } = x;
      if (typeof x.value === 'number' && typeof numerator === 'number' && typeof denominator === 'number')
        if (!percentAgrees(x.value, numerator, denominator))
          found[`targets.${i}.numerator`] ??= t('reports.target.countsDisagree');
    });
    setClientErrors(found);
    return Object.keys(found).length === 0 ? body : null;
  };

  // Submitted now, it would be late (after the morning of its due day, Vietnam time).
  const pastDue = isReportLate(report.period, new Date());
  const busy = save.isPending || submit.isPending;

  return (
    <Stack gap="sm">
      <Group gap="sm" align="center">
        <Title order={2} fz="lg">
          {t('reports.title')}: {report.period.label}
        </Title>
        <ReportStatusBadge status={report.status} late={report.late} />
        {report.submittedAt && (
          <Text size="sm" c="dimmed">
            {t('reports.submittedAt', { at: formatDateTime(report.submittedAt) })}
          </Text>
        )}
      </Group>
      {!mayWrite && (
        <Alert
          color="gray"
          variant="light"
          icon={<IconEye size={18} />}
          py={6}
          data-testid="report-read-only"
        >
          <Text size="sm">{t('reports.readOnly', { unit: unitFullName })}</Text>
        </Alert>
      )}
      {report.reopened && (
        <Alert
          color="blue"
          variant="light"
          icon={<IconLockOpen size={18} />}
          py={6}
          data-testid="report-reopened"
        >
          <Text size="sm">
            {t('reports.reopened', { at: formatDate(report.reopened.at), reason: report.reopened.reason })}
          </Text>
        </Alert>
      )}
      {report.window !== 'open' && report.status !== 'submitted' && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconLock size={18} />}
          py={6}
          data-testid="report-window"
        >
          <Text size="sm">{t(`reports.window.${report.window}`)}</Text>
        </Alert>
      )}

      {report.targets.length === 0 && report.tasks.length === 0 && (
        <Text c="dimmed">{t('reports.empty')}</Text>
      )}

      {groupByArea(report.targets).length > 0 && (
        <Paper withBorder p="sm">
          <Title order={3} fz="md" mb="xs">
            {t('reports.targets')}
          </Title>
          {groupByArea(report.targets).map(({ area, items }) => (
            <Stack key={area} gap={4} mb="sm">
              <Text fw={600} size="sm">
                {areaName(area)}
              </Text>
              <Table.ScrollContainer minWidth={760}>
                <Table verticalSpacing={4} withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('rollup.target')}</Table.Th>
                      <Table.Th w={170}>{t('reports.target.planValue')}</Table.Th>
                      <Table.Th w={220}>{t('reports.target.value')}</Table.Th>
                      <Table.Th w={140}>{t('reports.target.mark')}</Table.Th>
                      <Table.Th w={220}>{t('reports.target.note')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((target) => {
                      const d = draft.targets[target.code] ?? NO_TARGET_DRAFT;
                      const i = targetIndex.get(target.code);
                      return (
                        <Table.Tr key={target.code} data-testid={`report-target-${target.code}`}>
                          <Table.Td>
                            <TargetLabel code={target.code} name={target.name} />
                            <Text size="xs" c="dimmed">
                              {t(`reports.target.${target.reporting}`)}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" data-testid={`plan-value-${target.code}`}>
                              {planValueText(i18n, target)}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Stack gap={4}>
                              <TargetValueInput
                                measure={target.measure}
                                size="xs"
                                ariaLabel={t('reports.target.valueOf', { code: target.code })}
                                value={d.value}
                                onChange={(value) => setTarget(target.code, { value })}
                                readOnly={readOnly}
                                error={errors[`targets.${i}.value`]}
                              />
                              {target.measure === 'percent' && (
                                <Group gap={4} wrap="nowrap">
                                  <LocaleNumberInput
                                    size="xs"
                                    placeholder={t('reports.target.numerator')}
                                    aria-label={t('reports.target.numeratorOf', { code: target.code })}
                                    value={d.numerator}
                                    onChange={(numerator) => {
                                      const n = draftNumber(numerator);
                                      const m = draftNumber(d.denominator);
                                      // The percentage follows the counts behind it.
                                      const value =
                                        n !== undefined && m ? Math.round((1000 * n) / m) / 10 : d.value;
                                      setTarget(target.code, { numerator, value });
                                    }}
                                    readOnly={readOnly}
                                    error={errors[`targets.${i}.numerator`]}
                                  />
                                  <Text size="xs">/</Text>
                                  <LocaleNumberInput
                                    size="xs"
                                    placeholder={t('reports.target.denominator')}
                                    aria-label={t('reports.target.denominatorOf', { code: target.code })}
                                    value={d.denominator}
                                    onChange={(denominator) => {
                                      const n = draftNumber(d.numerator);
                                      const m = draftNumber(denominator);
                                      const value =
                                        n !== undefined && m ? Math.round((1000 * n) / m) / 10 : d.value;
                                      setTarget(target.code, { denominator, value });
                                    }}
                                    readOnly={readOnly}
                                    error={errors[`targets.${i}.denominator`]}
                                  />
                                </Group>
                              )}
                            </Stack>
                          </Table.Td>
                          <Table.Td data-testid={`mark-${target.code}`}>
                            <MarkBadge mark={targetMark(target, d.value)} />
                          </Table.Td>
                          <Table.Td>
                            <TextInput
                              size="xs"
                              aria-label={t('reports.target.noteOf', { code: target.code })}
                              value={d.note}
                              onChange={(e) => setTarget(target.code, { note: e.currentTarget.value })}
                              readOnly={readOnly}
                              error={errors[`targets.${i}.note`]}
                            />
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          ))}
        </Paper>
      )}

      {report.tasks.length > 0 && (
        <Paper withBorder p="sm">
          <Title order={3} fz="md" mb="xs">
            {t('reports.tasks')}
          </Title>
          {groupByArea(report.tasks).map(({ area, items }) => (
            <Stack key={area} gap="xs" mb="sm">
              <Text fw={600} size="sm">
                {areaName(area)}
              </Text>
              {items.map((task) => {
                const d = draft.tasks[task.taskId] ?? NO_TASK_DRAFT;
                const i = taskIndex.get(task.taskId);
                const stateData = TASK_STATES.map((s) => ({ value: s, label: t(`reports.taskState.${s}`) }));
                return (
                  <Card key={task.taskId} withBorder padding="xs" data-testid="report-task">
                    <Group gap="xs" mb={4}>
                      <Text size="sm" fw={500}>
                        {task.title}
                      </Text>
                      {task.overdue && (
                        <Badge color="red" variant="light" radius="sm">
                          {t('reports.task.overdue')}
                        </Badge>
                      )}
                    </Group>
                    <Group gap="md" mb={4}>
                      {task.leadAgency && (
                        <Text size="xs" c="dimmed">
                          {t('reports.task.lead', { agency: task.leadAgency })}
                        </Text>
                      )}
                      {task.due && (
                        <Text size="xs" c="dimmed">
                          {t('reports.task.due', { due: formatDue(task.due) })}
                        </Text>
                      )}
                    </Group>
                    <Group gap="sm" align="flex-start" wrap="wrap">
                      <Select
                        size="xs"
                        w={170}
                        label={t('reports.task.state')}
                        aria-label={t('reports.task.stateOf', { title: task.title })}
                        data={stateData}
                        value={d.state}
                        allowDeselect={false}
                        onChange={(s) =>
                          s &&
                          setTask(task.taskId, {
                            state: s as TaskState,
                            ...(s === 'done' ? { percentDone: 100 } : {}),
                          })
                        }
                        readOnly={readOnly}
                      />
                      <LocaleNumberInput
                        size="xs"
                        w={110}
                        label={t('reports.task.percent')}
                        aria-label={t('reports.task.percentOf', { title: task.title })}
                        value={d.percentDone}
                        onChange={(percentDone) => setTask(task.taskId, { percentDone })}
                        readOnly={readOnly}
                        error={errors[`tasks.${i}.percentDone`]}
                      />
                      <TextInput
                        size="xs"
                        style={{ flex: 1, minWidth: 200 }}
                        label={t('reports.task.note')}
                        aria-label={t('reports.task.noteOf', { title: task.title })}
                        value={d.note}
                        onChange={(e) => setTask(task.taskId, { note: e.currentTarget.value })}
                        readOnly={readOnly}
                        error={errors[`tasks.${i}.note`]}
                      />
                    </Group>
                    {task.coordinatingAgencies.length > 0 && (
                      <Stack gap={4} mt={6} pl="sm">
                        <Text size="xs" fw={500}>
                          {t('reports.task.contributions')}
                        </Text>
                        {task.coordinatingAgencies.map((agency) => {
                          const c = d.contributions[agency] ?? { state: 'not_started' as const, note: '' };
                          const setC = (patch: Partial<typeof c>) =>
                            setTask(task.taskId, {
                              contributions: { ...d.contributions, [agency]: { ...c, ...patch } },
                            });
                          return (
                            <Group key={agency} gap="xs" wrap="wrap">
                              <Text size="xs" w={200}>
                                {agency}
                              </Text>
                              <Select
                                size="xs"
                                w={170}
                                aria-label={t('reports.task.contributionOf', { agency })}
                                data={stateData}
                                value={c.state}
                                allowDeselect={false}
                                onChange={(s) => s && setC({ state: s as TaskState })}
                                readOnly={readOnly}
                              />
                              <TextInput
                                size="xs"
                                style={{ flex: 1, minWidth: 200 }}
                                aria-label={t('reports.task.contributionNoteOf', { agency })}
                                value={c.note}
                                onChange={(e) => setC({ note: e.currentTarget.value })}
                                readOnly={readOnly}
                              />
                            </Group>
                          );
                        })}
                      </Stack>
                    )}
                  </Card>
                );
              })}
            </Stack>
          ))}
        </Paper>
      )}

      <Textarea
        label={t('reports.summary')}
        description={t('reports.summary.help')}
        autosize
        minRows={3}
        value={draft.summary}
        onChange={(e) => {
          const summary = e.currentTarget.value;
          setDraft((d) => ({ ...d, summary }));
        }}
        readOnly={readOnly}
        error={errors.summary}
      />

      <MutationError mutation={save} what={t('reports.saveWhat')} />
      <MutationError mutation={submit} what={t('reports.saveWhat')} />
      {save.isSuccess && !save.isPending && (
        <Text size="sm" c="green" role="status">
          <IconCheck size={14} /> {t('reports.saved')}
        </Text>
      )}

      {editable && (
        <Group gap="sm">
          <Button
            variant="default"
            loading={save.isPending}
            disabled={busy}
            onClick={() => {
              const body = request();
              if (body) save.mutate(body);
            }}
          >
            {t('reports.save')}
          </Button>
          <Button
            leftSection={<IconSend size={16} />}
            disabled={busy}
            onClick={() => {
              if (request()) setConfirming(true);
            }}
          >
            {t('reports.submit')}
          </Button>
        </Group>
      )}

      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('reports.submit.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('reports.submit.text')}</Text>
          {pastDue && (
            <Text size="sm" c="red">
              {t('reports.submit.lateText', { date: formatDate(report.period.dueOn) })}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('reports.cancel')}
            </Button>
            <Button
              loading={submit.isPending}
              onClick={() => {
                const body = request();
                if (!body) return setConfirming(false);
                submit.mutate(body, { onSettled: () => setConfirming(false) });
              }}
            >
              {t('reports.submit.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
