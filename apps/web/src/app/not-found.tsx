import { Button, EmptyState } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../lib/i18n';
import { unitTreePath } from '../lib/rights';
import { useCurrentUser } from '../lib/session';

export function NotFound() {
  const { t } = useI18n();
  const user = useCurrentUser();
  return (
    <EmptyState
      mt="xl"
      icon={<IconMapOff size={28} />}
      title={t('app.notFound.title')}
      description={t('app.notFound.text')}
    >
      <EmptyState.Actions>
        <Button component={Link} to={unitTreePath(user)} variant="light">
          {t('app.notFound.back')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
