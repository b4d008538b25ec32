import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface TreeNode {
  id: string;
  label: string;
  /** Extra text after the label, e.g. a count; part of the accessible name. */
  meta?: ReactNode;
  children: readonly TreeNode[];
}

export interface TreeViewProps {
  label: string;
  nodes: readonly TreeNode[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  expanded: ReadonlySet<string>;
  onExpandedChange: (expanded: Set<string>) => void;
}

interface VisibleItem {
  node: TreeNode;
  parentId: string | null;
}

function visibleItems(
  nodes: readonly TreeNode[],
  expanded: ReadonlySet<string>,
  parentId: string | null = null,
): VisibleItem[] {
  return nodes.flatMap((node) => [
    { node, parentId },
    ...(expanded.has(node.id) ? visibleItems(node.children, expanded, node.id) : []),
  ]);
}

/**
 * The WAI-ARIA tree pattern: one tab stop; arrow keys move, Right/Left expand and collapse,
 * Home/End jump, Enter or Space selects.
 */
export function TreeView({
  label,
  nodes,
  selectedId,
  onSelect,
  expanded,
  onExpandedChange,
}: TreeViewProps) {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const refs = useRef(new Map<string, HTMLLIElement>());
  const items = visibleItems(nodes, expanded);
  // The tab stop: the focused item if visible, else the selected one, else the first.
  const tabStop =
    items.find((item) => item.node.id === focusedId)?.node.id ??
    items.find((item) => item.node.id === selectedId)?.node.id ??
    items[0]?.node.id;

  const focus = (id: string) => {
    setFocusedId(id);
    refs.current.get(id)?.focus();
  };
  const setExpanded = (id: string, open: boolean) => {
    const next = new Set(expanded);
    if (open) next.add(id);
    else next.delete(id);
    onExpandedChange(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, item: VisibleItem) => {
    const index = items.findIndex((candidate) => candidate.node.id === item.node.id);
    const hasChildren = item.node.children.length > 0;
    const isOpen = expanded.has(item.node.id);
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        if (items[index + 1]) focus(items[index + 1].node.id);
        break;
      case 'ArrowUp':
        if (items[index - 1]) focus(items[index - 1].node.id);
        break;
      case 'ArrowRight':
        if (hasChildren && !isOpen) setExpanded(item.node.id, true);
        else if (hasChildren) focus(item.node.children[0].id);
        break;
      case 'ArrowLeft':
        if (hasChildren && isOpen) setExpanded(item.node.id, false);
        else if (item.parentId) focus(item.parentId);
        break;
      case 'Home':
        if (items[0]) focus(items[0].node.id);
        break;
      case 'End':
        if (items.length) focus(items[items.length - 1].node.id);
        break;
      case 'Enter':
      case ' ':
        onSelect(item.node.id);
        break;
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const render = (list: readonly TreeNode[], level: number, parentId: string | null) =>
    list.map((node) => {
      const hasChildren = node.children.length > 0;
      const isOpen = expanded.has(node.id);
      const labelId = `tree-${node.id}-label`;
      return (
        <li
          key={node.id}
          ref={(element) => {
            if (element) refs.current.set(node.id, element);
            else refs.current.delete(node.id);
          }}
          role="treeitem"
          className="ins-tree__item"
          aria-level={level}
          aria-expanded={hasChildren ? isOpen : undefined}
          aria-selected={node.id === selectedId}
          aria-labelledby={labelId}
          tabIndex={node.id === tabStop ? 0 : -1}
          onKeyDown={(event) => onKeyDown(event, { node, parentId })}
          onFocus={(event) => {
            if (event.target === event.currentTarget) setFocusedId(node.id);
          }}
        >
          <div
            className="ins-tree__row"
            style={{ paddingInlineStart: `${(level - 1) * 1.5 + 0.25}rem` }}
            onClick={(event) => {
              event.stopPropagation();
              setFocusedId(node.id);
              onSelect(node.id);
            }}
          >
            <span
              className="ins-tree__toggle"
              aria-hidden="true"
              data-visible={hasChildren ? 'true' : 'false'}
              onClick={(event) => {
                if (!hasChildren) return;
                event.stopPropagation();
                setExpanded(node.id, !isOpen);
              }}
            >
              <svg viewBox="0 0 24 24" focusable="false" data-open={isOpen ? 'true' : 'false'}>
                <path d="M9 6l6 6-6 6" stroke="currentColor" strokeWidth="2.5" fill="none" />
              </svg>
            </span>
            <span id={labelId} className="ins-tree__label">
              {node.label}
              {node.meta ? <span className="ins-tree__meta">{node.meta}</span> : null}
            </span>
          </div>
          {hasChildren && isOpen ? (
            <ul role="group" className="ins-tree__group">
              {render(node.children, level + 1, node.id)}
            </ul>
          ) : null}
        </li>
      );
    });

  return (
    <ul role="tree" aria-label={label} className="ins-tree">
      {render(nodes, 1, null)}
    </ul>
  );
}
