import { type PlanResponse, XLSX_MEDIA_TYPE } from '@cchc/contracts';
import { Alert, Button, FileInput, Group, List, Modal, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { LoadingBlock } from '../../../components/query-view';
import { isStaleVersion } from '../../../lib/api-client';
import { MutationError } from '../../../components/mutation-error';
import { RequestError } from '../../../components/request-error';
import { useI18n } from '../../../lib/i18n';
import { refusedRows, useImportAppendix, usePreviewAppendix } from '../api/import-appendix';
import { describeRowError, dueShown, importable, previewSections } from './appendix-preview';

/**
 * "Nhập phụ lục từ Excel": the file is read first without writing (dryRun), the screen shows
 * what it read by section and every bad row; "Nhập" adds the tasks only when nothing is wrong.
 */
export function ImportAppendixModal({
  opened,
  onClose,
  onImported,
  plan,
}: {
  opened: boolean;
  onClose: () => void;
  onImported: (tasksAdded: number) => void;
  plan: PlanResponse;
}) {
  const i18n = useI18n();
  const { t, areaName, formatNumber, formatDue } = i18n;
  const [file, setFile] = useState<File | null>(null);
  const preview = usePreviewAppendix(plan.id);
  const importing = useImportAppendix(plan.id);
  const result = preview.data;
  const close = () => {
    setFile(null);
    preview.reset();
    importing.reset();
    onClose();
  };
  const choose = (chosen: File | null) => {
    setFile(chosen);
    importing.reset();
    if (chosen) preview.mutate(chosen);
    else preview.reset();
  };
  const submit = () => {
    if (!file) return;
    importing.mutate(file, {
      onSuccess: (done) => {
        close();
        onImported(done.tasksAdded);
      },
    });
  };
  // What is wrong with the file: read by the dry run, or told by a refusal (of the file itself, or of the import).
  const refused = refusedRows(preview.error ?? importing.error);
  const errors = result?.errors.length ? result.errors : refused;
  const sections = result ? previewSections(result) : [];
  return (
    <Modal opened={opened} onClose={close} title={t('documents.import.title')} size="xl">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('documents.import.intro')}
        </Text>
        <FileInput
          label={t('documents.import.file')}
          placeholder={t('documents.import.file.placeholder')}
          accept={`.xlsx,${XLSX_MEDIA_TYPE}`}
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          value={file}
          onChange={choose}
          clearable
          data-autofocus
        />
        {preview.isPending && <LoadingBlock label={t('documents.import.reading')} />}
        {/* Someone else changed the plan since it was read: the same notice and reload as every plan write. */}
        {isStaleVersion(preview.error) && (
          <MutationError mutation={preview} what={t('documents.import.what')} />
        )}
        {preview.isError && refused.length === 0 && !isStaleVersion(preview.error) && (
          <RequestError
            title={t('error.loadTitle', { what: t('documents.import.what') })}
            error={preview.error}
            onRetry={file ? () => preview.mutate(file) : undefined}
            retrying={preview.isPending}
          />
        )}
        {errors.length > 0 && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={t('documents.import.errors', { count: errors.length })}
            data-testid="appendix-errors"
          >
            <List size="sm" spacing={2}>
              {errors.map((e) => (
                <List.Item key={`${e.row}-${e.column}-${e.message}`}>{describeRowError(e, t)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {result && result.rows.length === 0 && result.errors.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('documents.import.nothing')}
          </Text>
        )}
        {result && result.rows.length > 0 && (
          <>
            <Text size="sm" fw={500} role="status">
              {t('documents.import.read', {
                count: result.tasksAdded,
                budget: formatNumber(result.budgetMillionVnd, 3),
              })}
            </Text>
            <Table.ScrollContainer minWidth={720} mah={420}>
              <Table
                withTableBorder
                verticalSpacing={4}
                fz="sm"
                aria-label={t('documents.import.title')}
                data-testid="appendix-preview"
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={60}>{t('documents.import.col.row')}</Table.Th>
                    <Table.Th>{t('task.col.title')}</Table.Th>
                    <Table.Th w={180}>{t('task.col.lead')}</Table.Th>
                    <Table.Th w={110}>{t('task.col.budget')}</Table.Th>
                    <Table.Th w={170}>{t('documents.column.due')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sections.map((s) => [
                    <Table.Tr key={s.area} bg="var(--mantine-color-gray-0)">
                      <Table.Td colSpan={3} fw={600}>
                        {t('documents.import.section', { numeral: s.numeral, area: areaName(s.area) })}
                      </Table.Td>
                      <Table.Td colSpan={2} c="dimmed">
                        {t('documents.import.sectionTotal', {
                          count: s.tasksAdded,
                          budget: formatNumber(s.budgetMillionVnd, 3),
                        })}
                      </Table.Td>
                    </Table.Tr>,
                    ...s.rows.map((r) => (
                      <Table.Tr key={r.row} data-testid={`appendix-row-${r.row}`}>
                        <Table.Td>{r.row}</Table.Td>
                        <Table.Td>{r.title}</Table.Td>
                        <Table.Td>{r.leadAgency}</Table.Td>
                        <Table.Td ta="right">{formatNumber(r.budgetMillionVnd, 3)}</Table.Td>
                        <Table.Td>
                          {dueShown(r, formatDue)}
                          {r.dueOutsidePlanYear && (
                            <Text size="xs" c="orange.8" fw={500}>
                              {t('documents.import.outsideYear')}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    )),
                  ])}
                  <Table.Tr>
                    <Table.Td colSpan={3} fw={600}>
                      {t('documents.import.total')}
                    </Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {formatNumber(result.budgetMillionVnd, 3)}
                    </Table.Td>
                    <Table.Td />
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
        {importing.isError && refused.length === 0 && (
          <MutationError mutation={importing} what={t('documents.import.what')} onRetry={submit} />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={submit}
            disabled={!file || preview.isPending || !importable(result) || errors.length > 0}
            loading={importing.isPending}
          >
            {t('documents.import.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
