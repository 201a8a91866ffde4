import { Paper, Table, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { QueryView } from '../components/query-view';
import { usePlanHistory } from '../features/plans/api/get-plan-history';
import { HistoryRow } from '../features/plans/components/history/history-row';
import { useI18n } from '../lib/i18n';

/** Who changed the plan, when, and what: before → after, newest first. */
export function HistoryPage() {
  const { planId = '' } = useParams();
  const { t } = useI18n();
  const history = usePlanHistory(planId);
  return (
    <Paper withBorder p="sm">
      <Title order={2} fz="lg">
        {t('history.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('history.intro')}
      </Text>
      <QueryView query={history} what={t('history.what')}>
        {(entries) =>
          entries.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('history.empty')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={620}>
              <Table withTableBorder verticalSpacing={6} aria-label={t('history.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={150}>{t('history.col.at')}</Table.Th>
                    <Table.Th w={170}>{t('history.col.actor')}</Table.Th>
                    <Table.Th>{t('history.col.change')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...entries].reverse().map((entry) => (
                    <HistoryRow key={entry.id} entry={entry} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
    </Paper>
  );
}
