import type { PlanResponse } from '@cchc/contracts';
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconFileSpreadsheet, IconTableImport } from '@tabler/icons-react';
import { useState } from 'react';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { planActions } from '../../../lib/rights';
import { useCurrentUser } from '../../../lib/session';
import { type PlanFileKind, planFileUrl, useDownloadPdf } from '../api/plan-files';
import { ImportAppendixModal } from './import-appendix-modal';

type FilePlan = Pick<PlanResponse, 'id' | 'unitCode' | 'year'>;

/**
 * "Tải về": the Word document, its PDF and the appendix, of the plan as it stands or (`version`)
 * of an issued version as it was issued. The .docx and .xlsx are plain links (the cookie goes
 * along); the PDF is fetched first, so a server without LibreOffice (503) is told in words.
 */
export function PlanDownloads({
  plan,
  version,
  compact = false,
}: {
  plan: FilePlan;
  version?: number;
  compact?: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const pdf = useDownloadPdf(plan, version);
  const size = compact ? 'xs' : 'sm';
  const link = (kind: Exclude<PlanFileKind, 'pdf'>) => (
    <Button
      component="a"
      href={planFileUrl(kind, plan.id, version)}
      download
      size={size}
      variant="default"
      leftSection={
        kind === 'xlsx' ? (
          <IconFileSpreadsheet size={14} aria-hidden />
        ) : (
          <IconDownload size={14} aria-hidden />
        )
      }
    >
      {t(`documents.download.${kind}`)}
    </Button>
  );
  const unavailable = isApiError(pdf.error) && pdf.error.code === 'DOCUMENT_CONVERTER_UNAVAILABLE';
  return (
    <>
      <Group
        gap={6}
        wrap="wrap"
        role="group"
        aria-label={
          version === undefined ? t('documents.download') : t('documents.download.version', { n: version })
        }
      >
        {!compact && (
          <Text size="sm" c="dimmed" component="span">
            {t('documents.download')}:
          </Text>
        )}
        {link('docx')}
        <Button
          size={size}
          variant="default"
          leftSection={<IconDownload size={14} aria-hidden />}
          loading={pdf.isPending}
          onClick={() => pdf.mutate()}
        >
          {t('documents.download.pdf')}
        </Button>
        {link('xlsx')}
      </Group>
      {pdf.isError && (
        <Alert
          color={unavailable ? 'orange' : 'red'}
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          role="alert"
          py={6}
          withCloseButton
          onClose={() => pdf.reset()}
          data-testid="pdf-error"
        >
          <Text size="sm">
            {unavailable
              ? t('error.code.DOCUMENT_CONVERTER_UNAVAILABLE')
              : `${t('documents.download.pdfFailed')} ${describeError(pdf.error, i18n)}`}
          </Text>
        </Alert>
      )}
    </>
  );
}

/**
 * The plan's files on its own screen: the downloads, and the appendix import for whoever may
 * edit the plan now (its own unit's officer, while the lifecycle allows an edit: never issued).
 */
export function PlanFiles({ plan }: { plan: PlanResponse }) {
  const { t } = useI18n();
  const mayEdit = planActions(useCurrentUser(), plan).edit;
  const [importOpen, setImportOpen] = useState(false);
  const [added, setAdded] = useState<number | null>(null);
  return (
    <Group gap="sm" align="center" wrap="wrap" className="no-print" data-testid="plan-files">
      <PlanDownloads plan={plan} />
      {mayEdit && (
        <>
          <Button
            size="sm"
            variant="light"
            leftSection={<IconTableImport size={16} aria-hidden />}
            onClick={() => {
              setAdded(null);
              setImportOpen(true);
            }}
          >
            {t('documents.import.action')}
          </Button>
          <ImportAppendixModal
            opened={importOpen}
            onClose={() => setImportOpen(false)}
            onImported={setAdded}
            plan={plan}
          />
        </>
      )}
      {added !== null && (
        <Text size="sm" c="teal" role="status" data-testid="appendix-imported">
          {t('documents.import.done', { count: added })}
        </Text>
      )}
    </Group>
  );
}
