import { Button, EmptyState } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../lib/i18n';

export function NotFound() {
  const { t } = useI18n();
  return (
    <EmptyState
      mt="xl"
      icon={<IconMapOff size={28} />}
      title={t('app.notFound.title')}
      description={t('app.notFound.text')}
    >
      <EmptyState.Actions>
        <Button component={Link} to="/" variant="light">
          {t('app.notFound.back')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
