import { Text } from '@mantine/core';

/** A target as the tables name it: its code in monospace, then its name ("TTHC-01 Tỷ lệ hồ sơ …"). */
export function TargetLabel({ code, name }: { code: string; name: string }) {
  return (
    <Text size="sm">
      <Text span ff="monospace" size="sm">
        {code}
      </Text>{' '}
      {name}
    </Text>
  );
}
