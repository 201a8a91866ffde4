import type { PlanResponse } from '@cchc/contracts';
import { longDateVi, signatureLinesVi } from '@cchc/domain';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { recipientsOf } from './recipients';

/**
 * The plan's first page on paper, laid out as an administrative document's heading (Decree
 * 30/2020/NĐ-CP): the unit and the document's number on the left, the national title on the
 * right, then the plan's title, its legal basis and its objectives. Printed only: on screen the
 * plan's heading and its editable header say the same.
 */
export function PlanPrintHeader({ plan }: { plan: PlanResponse }) {
  const { t } = useI18n();
  // Only the issued plan is the signed document: a draft, or an amendment being drafted, is not.
  const issued = plan.status === 'issued' ? plan.issued : null;
  const number = issued?.documentNumber ?? plan.documentNumber;
  return (
    <header className="print-only plan-print-header" data-testid="plan-print-header">
      <div className="plan-print-masthead">
        <div>
          <div className="plan-print-strong">{plan.unitFullName}</div>
          <div>{number ? t('print.number', { number }) : t('plan.noNumber')}</div>
        </div>
        <div>
          <div className="plan-print-strong">{t('print.country')}</div>
          <div className="plan-print-motto">{t('print.motto')}</div>
          <div className="plan-print-dated">
            {/* An issued plan is dated as signed ("Ngã Năm, ngày 05 tháng 01 năm 2024"); a draft by its version. */}
            {issued
              ? `${issued.place}, ${longDateVi(issued.issuedOn)}`
              : t('print.version', { version: String(plan.version), date: formatDate(plan.updatedAt) })}
          </div>
        </div>
      </div>
      <div className="plan-print-kind">{t('print.kind')}</div>
      <h1 className="plan-print-title">{plan.title}</h1>
      {plan.legalBasis.map((line) => (
        <p key={line} className="plan-print-basis">
          {line}
        </p>
      ))}
      {plan.objectives && (
        <>
          <h2 className="plan-print-section">{t('plan.field.objectives')}</h2>
          <p className="plan-print-objectives">{plan.objectives}</p>
        </>
      )}
    </header>
  );
}

/**
 * The plan's last lines on paper, as the signed document ends: "Nơi nhận" (the plan's own list,
 * or its level's usual one) on the left, the signature block on the right (the signer's name
 * once issued). Printed only.
 */
export function PlanPrintFooter({ plan }: { plan: PlanResponse }) {
  const { t } = useI18n();
  const signer = plan.status === 'issued' ? (plan.issued?.signer ?? null) : null;
  const [capacity, title] = signatureLinesVi(signer);
  return (
    <footer className="print-only plan-print-footer" data-testid="plan-print-footer">
      <div className="plan-print-recipients">
        <div className="plan-print-recipients-title">{t('print.recipients')}</div>
        {recipientsOf(plan).map((line) => (
          <div key={line}>- {line}</div>
        ))}
      </div>
      <div className="plan-print-signature">
        <div className="plan-print-strong">{capacity}</div>
        <div className="plan-print-strong">{title}</div>
        <div className="plan-print-signer">{signer?.name ?? ''}</div>
      </div>
    </footer>
  );
}
