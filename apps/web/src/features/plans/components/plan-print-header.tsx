import type { PlanResponse } from '@cchc/contracts';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';

/**
 * The plan's first page on paper, laid out as an administrative document's heading (Decree
 * 30/2020/NĐ-CP): the unit and the document's number on the left, the national title on the
 * right, then the plan's title, its legal basis and its objectives. Printed only: on screen the
 * plan's heading and its editable header say the same.
 */
export function PlanPrintHeader({ plan }: { plan: PlanResponse }) {
  const { t } = useI18n();
  return (
    <header className="print-only plan-print-header" data-testid="plan-print-header">
      <div className="plan-print-masthead">
        <div>
          <div className="plan-print-strong">{plan.unitFullName}</div>
          <div>
            {plan.documentNumber ? t('print.number', { number: plan.documentNumber }) : t('plan.noNumber')}
          </div>
        </div>
        <div>
          <div className="plan-print-strong">{t('print.country')}</div>
          <div className="plan-print-motto">{t('print.motto')}</div>
          <div className="plan-print-dated">
            {t('print.version', { version: String(plan.version), date: formatDate(plan.updatedAt) })}
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
