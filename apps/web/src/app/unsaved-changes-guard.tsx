import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useSyncExternalStore } from 'react';
import { useBlocker } from 'react-router';
import { useI18n } from '../lib/i18n';
import { useUnsavedChangesStore } from '../lib/unsaved-changes';

const never = () => () => {};
const no = () => false;

/**
 * Asks before the reader leaves a screen whose edits are not saved: a move inside
 * the app (a link, back and forward) is held by react-router's `useBlocker` (the
 * app runs on a data router for it) and asked in a dialog; closing or reloading
 * the tab, by the browser's own `beforeunload` question. A change of the query
 * alone (a highlighted target) keeps the screen and is not asked.
 */
export function UnsavedChangesGuard() {
  const { t } = useI18n();
  const store = useUnsavedChangesStore();
  const dirty = useSyncExternalStore(store?.subscribe ?? never, store?.any ?? no);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      (store?.any() ?? false) && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);

  const blocked = blocker.state === 'blocked';
  return (
    <Modal
      opened={blocked}
      onClose={() => blocker.reset?.()}
      title={t('unsaved.title')}
      zIndex={400}
      data-testid="unsaved-changes"
    >
      <Text size="sm" mb="md">
        {t('unsaved.body')}
      </Text>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
          {t('unsaved.stay')}
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          {t('unsaved.leave')}
        </Button>
      </Group>
    </Modal>
  );
}
