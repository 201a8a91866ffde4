import { ActionIcon, Button, Group, Popover, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../lib/i18n';

interface ConfirmDeleteProps {
  /** Accessible name of the button: "Xóa chỉ tiêu TC-01". */
  label: string;
  question: string;
  onConfirm: () => void;
  loading?: boolean;
}

/** A delete button that asks first. */
export function ConfirmDelete({ label, question, onConfirm, loading }: ConfirmDeleteProps) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} trapFocus withArrow position="left" shadow="md">
      <Popover.Target>
        <Tooltip label={label} openDelay={400}>
          <ActionIcon
            variant="subtle"
            color="red"
            size="sm"
            aria-label={label}
            loading={loading}
            onClick={() => setOpened((o) => !o)}
          >
            <IconTrash size={15} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" mb="xs">
          {question}
        </Text>
        <Group gap="xs" justify="flex-end">
          <Button size="xs" variant="default" onClick={() => setOpened(false)}>
            {t('common.cancel')}
          </Button>
          <Button
            size="xs"
            color="red"
            onClick={() => {
              setOpened(false);
              onConfirm();
            }}
          >
            {t('common.delete')}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
