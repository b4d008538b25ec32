import {
  ButtonRow,
  EmptyState,
  ErrorState,
  Heading2,
  LoadingState,
  Meta,
  PageHeading,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  Surface,
  TreeView,
} from '@inspraak/web-ui';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../app/PageTitle';
import { useToast } from '../../app/toasts';
import {
  ArchiveOrgUnitDialog,
  MoveOrgUnitDialog,
  OrgUnitNameDialog,
} from '../../features/org-units/components/OrgUnitDialogs';
import { useOrgUnits } from '../../features/org-units/hooks/useOrgUnits';
import { buildOrgUnitTree, subtreeIds } from '../../features/org-units/org-unit-tree';

type Action =
  | { kind: 'create'; parentId: string | null }
  | { kind: 'rename' | 'move' | 'archive'; id: string }
  | null;

export function AdminOrgUnitsPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const { units, byId, loading, error, refetch } = useOrgUnits();
  const tree = useMemo(() => buildOrgUnitTree(units), [units]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // Until the user opens or closes something, the top level is open.
  const [expandedChoice, setExpanded] = useState<Set<string> | null>(null);
  const expanded = expandedChoice ?? new Set(tree.map((node) => node.id));
  const [action, setAction] = useState<Action>(null);
  const treeHeadingId = useId();

  const selected = selectedId ? byId.get(selectedId) : undefined;
  const parent = selected?.parentId ? byId.get(selected.parentId) : undefined;
  const children = selected ? units.filter((unit) => unit.parentId === selected.id).length : 0;

  const done = (message: string, focusId?: string) => {
    setAction(null);
    toast(message);
    if (focusId) {
      setSelectedId(focusId);
      // Show the unit where it now sits: open its ancestors.
      const open = new Set(expanded);
      for (let unit = byId.get(focusId); unit?.parentId; unit = byId.get(unit.parentId)) {
        open.add(unit.parentId);
      }
      setExpanded(open);
    } else {
      setSelectedId(null);
    }
  };

  let body;
  if (loading) body = <LoadingState label={t('common.loading')} />;
  else if (error) {
    body = (
      <ErrorState
        description={t('common.loadError')}
        action={
          <SecondaryActionButton onClick={() => void refetch()}>
            {t('common.retry')}
          </SecondaryActionButton>
        }
      />
    );
  } else if (units.length === 0) {
    body = <EmptyState title={t('orgUnits.empty')} description={t('orgUnits.emptyHint')} />;
  } else {
    body = (
      <div className="ins-split">
        <Surface>
          <Heading2 id={treeHeadingId} className="ins-surface-heading">
            {t('orgUnits.treeHeading')}
          </Heading2>
          <Meta>{t('orgUnits.treeHint')}</Meta>
          <ButtonRow>
            <SecondaryActionButton
              onClick={() =>
                setExpanded(
                  new Set(
                    units.filter((u) => units.some((c) => c.parentId === u.id)).map((u) => u.id),
                  ),
                )
              }
            >
              {t('orgUnits.expandAll')}
            </SecondaryActionButton>
            <SecondaryActionButton onClick={() => setExpanded(new Set())}>
              {t('orgUnits.collapseAll')}
            </SecondaryActionButton>
          </ButtonRow>
          <div className="ins-tree-wrap">
            <TreeView
              label={t('orgUnits.treeHeading')}
              nodes={tree}
              selectedId={selectedId}
              onSelect={setSelectedId}
              expanded={expanded}
              onExpandedChange={setExpanded}
            />
          </div>
        </Surface>
        <div className="ins-detail-panel">
          <Surface>
            {selected ? (
              <>
                <Heading2 className="ins-surface-heading">{selected.name}</Heading2>
                <Paragraph>
                  {parent ? t('orgUnits.partOf', { name: parent.name }) : t('orgUnits.isTopLevel')}{' '}
                  {t('orgUnits.childCount', { count: children })}
                </Paragraph>
                <div className="ins-action-list">
                  <PrimaryActionButton
                    onClick={() => setAction({ kind: 'create', parentId: selected.id })}
                  >
                    {t('orgUnits.createChild')}
                  </PrimaryActionButton>
                  <SecondaryActionButton
                    onClick={() => setAction({ kind: 'rename', id: selected.id })}
                  >
                    {t('orgUnits.rename')}
                  </SecondaryActionButton>
                  <SecondaryActionButton
                    onClick={() => setAction({ kind: 'move', id: selected.id })}
                  >
                    {t('orgUnits.move')}
                  </SecondaryActionButton>
                  <SecondaryActionButton
                    hint="danger"
                    onClick={() => setAction({ kind: 'archive', id: selected.id })}
                  >
                    {t('orgUnits.archive')}
                  </SecondaryActionButton>
                </div>
              </>
            ) : (
              <>
                <Heading2 className="ins-surface-heading">{t('orgUnits.noSelection')}</Heading2>
                <Paragraph>{t('orgUnits.noSelectionHint')}</Paragraph>
              </>
            )}
          </Surface>
        </div>
      </div>
    );
  }

  const target = action && action.kind !== 'create' ? byId.get(action.id) : undefined;
  return (
    <>
      <PageTitle title={t('orgUnits.title')} />
      <PageHeading
        eyebrow={t('admin.title')}
        title={t('orgUnits.title')}
        lead={t('orgUnits.lead')}
      />
      <div className="ins-toolbar">
        <Meta>{t('orgUnits.count', { count: units.length })}</Meta>
        <PrimaryActionButton onClick={() => setAction({ kind: 'create', parentId: null })}>
          {t('orgUnits.createRoot')}
        </PrimaryActionButton>
      </div>
      {body}
      {action?.kind === 'create' ? (
        <OrgUnitNameDialog
          mode={{
            kind: 'create',
            parent: action.parentId ? (byId.get(action.parentId) ?? null) : null,
          }}
          onClose={() => setAction(null)}
          onDone={done}
        />
      ) : null}
      {action?.kind === 'rename' && target ? (
        <OrgUnitNameDialog
          mode={{ kind: 'rename', unit: target }}
          onClose={() => setAction(null)}
          onDone={done}
        />
      ) : null}
      {action?.kind === 'move' && target ? (
        <MoveOrgUnitDialog
          unit={target}
          units={units}
          onClose={() => setAction(null)}
          onDone={done}
        />
      ) : null}
      {action?.kind === 'archive' && target ? (
        <ArchiveOrgUnitDialog
          unit={target}
          descendantCount={subtreeIds(units, target.id).size - 1}
          onClose={() => setAction(null)}
          onDone={done}
        />
      ) : null}
    </>
  );
}
