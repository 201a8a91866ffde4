import type { UnitResponse } from '@cchc/contracts';
import { ActionIcon, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { memo, useEffect, useRef } from 'react';
import { LoadingBlock } from '../../../components/query-view';
import { RequestError } from '../../../components/request-error';
import { useI18n } from '../../../lib/i18n';
import { useChildUnits, useProvinces } from '../api/list-units';

interface TreeProps {
  expanded: ReadonlySet<string>;
  onToggle: (code: string) => void;
  selected: string | null;
  onSelect: (code: string) => void;
}

const UnitNode = memo(function UnitNode({ unit, ...tree }: TreeProps & { unit: UnitResponse }) {
  const { t } = useI18n();
  const open = tree.expanded.has(unit.code);
  const hasChildren = unit.childCount > 0;
  const children = useChildUnits(unit.code, open && hasChildren);
  const isSelected = tree.selected === unit.code;
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (isSelected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [isSelected]);
  return (
    <li>
      <div className="unit-row">
        {hasChildren ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-expanded={open}
            aria-label={t(open ? 'units.tree.collapse' : 'units.tree.expand', { name: unit.fullName })}
            onClick={() => tree.onToggle(unit.code)}
          >
            {open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
          </ActionIcon>
        ) : (
          <span className="unit-toggle-spacer" />
        )}
        <button
          ref={ref}
          type="button"
          className="unit-name"
          aria-current={isSelected ? 'true' : undefined}
          onClick={() => tree.onSelect(unit.code)}
        >
          <Text span size="xs" c="dimmed">
            {unit.type}
          </Text>{' '}
          {unit.name}
        </button>
        {hasChildren && (
          <Text size="xs" c="dimmed" pr={4}>
            {unit.childCount}
          </Text>
        )}
      </div>
      {open && hasChildren && (
        <ul>
          {children.isPending ? (
            <li>
              <LoadingBlock compact />
            </li>
          ) : children.isError ? (
            <li>
              <RequestError
                title={t('error.loadTitle', { what: t('units.what.children') })}
                error={children.error}
                onRetry={() => void children.refetch()}
                retrying={children.isFetching}
              />
            </li>
          ) : (
            children.data.map((child) => <UnitNode key={child.code} unit={child} {...tree} />)
          )}
        </ul>
      )}
    </li>
  );
});

/** Provinces, each opening on its districts and communes, read as they open. */
export function UnitTree(props: TreeProps) {
  const { t } = useI18n();
  const provinces = useProvinces();
  if (provinces.isPending) return <LoadingBlock />;
  if (provinces.isError)
    return (
      <RequestError
        title={t('error.loadTitle', { what: t('units.what.provinces') })}
        error={provinces.error}
        onRetry={() => void provinces.refetch()}
        retrying={provinces.isFetching}
      />
    );
  if (provinces.data.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('units.tree.empty')}
      </Text>
    );
  return (
    <ul className="unit-tree" aria-label={t('units.tree.label')}>
      {provinces.data.map((unit) => (
        <UnitNode key={unit.code} unit={unit} {...props} />
      ))}
    </ul>
  );
}
