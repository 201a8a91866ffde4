import { Alert, Button, Text } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n';

function CrashNotice() {
  const { t } = useI18n();
  return (
    <Alert color="red" title={t('app.crash.title')} role="alert" m="md">
      <Text size="sm" mb="xs">
        {t('app.crash.text')}
      </Text>
      <Button size="xs" color="red" variant="white" onClick={() => window.location.reload()}>
        {t('app.crash.reload')}
      </Button>
    </Alert>
  );
}

/** Keeps a failed screen (say, a chunk that could not load) from blanking the app. */
export class ScreenBoundary extends Component<
  { children: ReactNode; resetKey: string },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <CrashNotice /> : this.props.children;
  }
}
