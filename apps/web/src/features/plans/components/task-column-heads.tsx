import { Table } from '@mantine/core';
import { useI18n } from '../../../lib/i18n';

/** The columns of a reform area's tasks, as plans write them: the editor's table and the issued document's. */
export function TaskColumnHeads() {
  const { t } = useI18n();
  return (
    <>
      <Table.Th w={44}>{t('task.col.no')}</Table.Th>
      <Table.Th>{t('task.col.title')}</Table.Th>
      <Table.Th w={180}>{t('task.col.product')}</Table.Th>
      <Table.Th w={160}>{t('task.col.lead')}</Table.Th>
      <Table.Th w={170}>{t('task.col.coordinating')}</Table.Th>
      <Table.Th w={110}>{t('task.col.budget')}</Table.Th>
      <Table.Th w={120}>{t('task.col.due')}</Table.Th>
    </>
  );
}
