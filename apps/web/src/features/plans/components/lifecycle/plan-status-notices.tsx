import type { PlanResponse } from '@cchc/contracts';
import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFilePencil, IconSignature } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDate } from '../../../../lib/format';
import { useI18n } from '../../../../lib/i18n';
import { planActions } from '../../../../lib/rights';
import { useCurrentUser } from '../../../../lib/session';

/** "Đã ban hành: Số 218/KH-UBND ngày 19/12/2023 · KT. Chủ tịch · Phó Chủ tịch Nguyễn Văn Minh". */
export function IssuedLine({ plan }: { plan: PlanResponse }) {
  const { t } = useI18n();
  const issued = plan.issued;
  if (!issued) return null;
  return (
    <Text size="sm" fw={500} c="blue.9" data-testid="plan-issued-line">
      <IconSignature size={15} aria-hidden style={{ verticalAlign: '-2px', marginRight: 4 }} />
      {t('lifecycle.issued.line', {
        number: issued.documentNumber,
        date: formatDate(issued.issuedOn),
        capacity: t(`lifecycle.capacity.${issued.signer.capacity}`),
        title: issued.signer.title,
        name: issued.signer.name,
      })}
    </Text>
  );
}

/** The amendment number officials write: the first amendment (lần 1) leads to the document's version 2. */
const amendmentNumber = (version: number) => Math.max(1, version - 1);

/** While an amendment is drafted: which one, and why. */
export function AmendingBanner({ plan }: { plan: PlanResponse }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  if (plan.status !== 'amending' || !plan.amendment) return null;
  return (
    <Alert
      color="grape"
      variant="light"
      icon={<IconFilePencil size={18} />}
      py={6}
      data-testid="amending-banner"
    >
      <Text size="sm" fw={500}>
        {t('lifecycle.amending.banner', {
          n: amendmentNumber(plan.amendment.version),
          reason: plan.amendment.reason,
        })}
      </Text>
      {planActions(user, plan).issue && (
        <Text size="xs" c="dimmed">
          {t('lifecycle.amending.help', { version: plan.amendment.version })}
        </Text>
      )}
    </Alert>
  );
}

/** A derived plan whose parent's amendment changed its targets: each before → after, and where to confirm. */
export function ReconfirmBanner({ plan }: { plan: PlanResponse }) {
  const { t, formatValue } = useI18n();
  const user = useCurrentUser();
  const reconfirm = plan.reconfirm;
  if (!reconfirm) return null;
  const targets = new Map(plan.areas.flatMap((a) => a.targets).map((x) => [x.code, x]));
  const show = (code: string, value: number | string | null) => {
    if (value === null) return t('lifecycle.reconfirm.added');
    const target = targets.get(code);
    return target ? formatValue(target.measure, value) : String(value);
  };
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('lifecycle.reconfirm.banner', { n: amendmentNumber(reconfirm.parentVersion) })}
      role="status"
      data-testid="reconfirm-banner"
    >
      <Stack gap={6}>
        <List size="sm" spacing={2}>
          {reconfirm.targets.map((x) => (
            <List.Item key={x.code}>
              <Text span ff="monospace" size="sm">
                {x.code}
              </Text>
              {targets.get(x.code) ? ` ${targets.get(x.code)?.name}` : ''}: {show(x.code, x.before)} →{' '}
              <Text span fw={600} size="sm">
                {show(x.code, x.after)}
              </Text>
            </List.Item>
          ))}
        </List>
        {planActions(user, plan).confirm && (
          <Anchor component={Link} to={`/plans/${plan.id}/confirm`} size="sm" fw={600}>
            {t('lifecycle.reconfirm.go')}
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}
