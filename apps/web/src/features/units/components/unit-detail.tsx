import type { ReactNode } from 'react';
import type { UnitDetailResponse } from '@cchc/contracts';
import { Anchor, Badge, Breadcrumbs, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { QueryView } from '../../../components/query-view';
import { useI18n } from '../../../lib/i18n';
import { useUnit } from '../api/get-unit';

/**
 * A unit: where it sits, and what `renderPlans` shows of its plans (the route
 * passes the plans feature's list: units do not fetch plans themselves).
 */
export function UnitDetail({
  code,
  onSelect,
  renderPlans,
}: {
  code: string;
  onSelect: (code: string) => void;
  renderPlans: (unit: UnitDetailResponse) => ReactNode;
}) {
  const { t } = useI18n();
  const unit = useUnit(code);
  return (
    <QueryView query={unit} what={t('units.what.unit')}>
      {(u) => (
        <Stack gap="sm">
          <Paper withBorder p="sm">
            {u.ancestors.length > 0 && (
              <Breadcrumbs separatorMargin={6} mb={4}>
                {u.ancestors.map((a) => (
                  <Anchor
                    key={a.code}
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => onSelect(a.code)}
                  >
                    {a.fullName}
                  </Anchor>
                ))}
              </Breadcrumbs>
            )}
            <Title order={2} fz={20}>
              {u.fullName}
            </Title>
            <Group gap="xs" mt={6}>
              <Badge variant="light">{t(`level.${u.level}`)}</Badge>
              <Badge variant="outline" color="gray">
                {t('units.detail.code', { code: u.code })}
              </Badge>
              {u.childCount > 0 && (
                <Text size="sm" c="dimmed">
                  {t('units.detail.children', { count: u.childCount })}
                </Text>
              )}
            </Group>
          </Paper>
          {renderPlans(u)}
        </Stack>
      )}
    </QueryView>
  );
}
