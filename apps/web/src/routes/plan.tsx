import { useParams } from 'react-router';
import { QueryView } from '../components/query-view';
import { usePlan } from '../features/plans/api/get-plan';
import { PlanFiles } from '../features/documents/components/plan-files';
import { PlanEditor } from '../features/plans/components/plan-editor';
import { useI18n } from '../lib/i18n';

/** The plan: its header, then its targets and tasks by reform area, all editable in place; its files. */
export function PlanPage() {
  const { planId } = useParams();
  const { t } = useI18n();
  const plan = usePlan(planId);
  return (
    <QueryView query={plan} what={t('plan.what')}>
      {(p) => <PlanEditor plan={p} files={<PlanFiles plan={p} />} />}
    </QueryView>
  );
}
