import { SubtleButton } from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PulseDimension, PulseQuestion, PulseResultNode } from '../types';
import { GroupResults } from './GroupResults';

interface Branch {
  node: PulseResultNode;
  children: Branch[];
}

/**
 * The org-unit groups as a tree: each unit under the nearest group above it that the caller
 * sees (a unit whose parent is not in the answer is a top-level entry). Order as the API gives
 * it (depth first).
 */
export function buildResultTree(nodes: readonly PulseResultNode[]): Branch[] {
  const units = nodes.filter((node) => node.orgUnitId);
  const branches = new Map(
    units.map((node) => [node.orgUnitId!, { node, children: [] as Branch[] }]),
  );
  const roots: Branch[] = [];
  for (const node of units) {
    const branch = branches.get(node.orgUnitId!)!;
    const parent = node.parentOrgUnitId ? branches.get(node.parentOrgUnitId) : undefined;
    if (parent) parent.children.push(branch);
    else roots.push(branch);
  }
  return roots;
}

export interface ResultTreeProps {
  nodes: readonly PulseResultNode[];
  questions: readonly PulseQuestion[];
  dimensions: readonly PulseDimension[];
  k: number;
  kComments: number;
}

/** Results per org unit: a nested list; a shown unit opens to its results, a hidden one says why. */
export function ResultTree({ nodes, questions, dimensions, k, kComments }: ResultTreeProps) {
  const { t } = useTranslation('pulse');
  const tree = buildResultTree(nodes);
  const shownIds = nodes.filter((n) => n.orgUnitId && !n.hidden).map((n) => n.orgUnitId!);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const renderBranch = (branch: Branch) => {
    const { node } = branch;
    const id = node.orgUnitId!;
    const name = node.name ?? '';
    const panelId = `pulse-unit-${id}`;
    const expanded = open.has(id);
    return (
      <li key={id} className="ins-pulse-tree__item" data-hidden={node.hidden || undefined}>
        {node.hidden ? (
          <div className="ins-pulse-tree__unit ins-pulse-tree__unit--hidden">
            <h3 className="utrecht-heading-4 ins-pulse-tree__name">{name}</h3>
            <p className="ins-pulse-tree__status">{t('results.hidden')}</p>
            <p className="ins-pulse-note">
              {t(`results.hiddenReason.${node.hiddenReason ?? 'BELOW_THRESHOLD'}`, { k })}
            </p>
          </div>
        ) : (
          <div className="ins-pulse-tree__unit">
            <h3 className="utrecht-heading-4 ins-pulse-tree__name">
              <button
                type="button"
                className="ins-pulse-tree__toggle"
                aria-expanded={expanded}
                aria-controls={panelId}
                onClick={() => toggle(id)}
              >
                <span className="ins-pulse-tree__chevron" aria-hidden="true" />
                {name}
              </button>
            </h3>
            <p className="ins-pulse-tree__status" hidden={expanded}>
              {t('results.unitSummary', {
                responses: node.responses ?? 0,
                audience: node.audience,
              })}
            </p>
            <div id={panelId} hidden={!expanded} className="ins-pulse-tree__panel">
              {expanded ? (
                <GroupResults
                  node={node}
                  groupName={name}
                  questions={questions}
                  dimensions={dimensions}
                  kComments={kComments}
                  level={4}
                />
              ) : null}
            </div>
          </div>
        )}
        {branch.children.length > 0 ? (
          <ul className="ins-pulse-tree__children">{branch.children.map(renderBranch)}</ul>
        ) : null}
      </li>
    );
  };

  if (!tree.length) return <p>{t('results.noUnits')}</p>;
  return (
    <>
      {shownIds.length > 0 ? (
        <p className="ins-pulse-tree__actions">
          <SubtleButton type="button" onClick={() => setOpen(new Set(shownIds))}>
            {t('results.expandAll')}
          </SubtleButton>
          <SubtleButton type="button" onClick={() => setOpen(new Set())}>
            {t('results.collapseAll')}
          </SubtleButton>
        </p>
      ) : null}
      <ul className="ins-pulse-tree">{tree.map(renderBranch)}</ul>
    </>
  );
}
