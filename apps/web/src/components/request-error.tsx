import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { type TargetContext, describeError } from '../lib/errors';
import { useI18n } from '../lib/i18n';

interface RequestErrorProps {
  /** What failed, as a sentence title: "Không tải được kế hoạch". */
  title: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  /** The target a refusal may name, to write its values as the plan does. */
  targetOf?: (code: string) => TargetContext | undefined;
}

/** A failed request: what failed, what the server said, and a retry. */
export function RequestError({ title, error, onRetry, retrying, targetOf }: RequestErrorProps) {
  const i18n = useI18n();
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle size={18} />} role="alert">
      <Group justify="space-between" align="center" gap="sm" wrap="nowrap">
        <Text size="sm">{describeError(error, i18n, targetOf)}</Text>
        {onRetry && (
          <Button
            size="xs"
            variant="white"
            color="red"
            leftSection={<IconRefresh size={14} />}
            loading={retrying}
            onClick={onRetry}
            style={{ flexShrink: 0 }}
          >
            {i18n.t('common.retry')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
