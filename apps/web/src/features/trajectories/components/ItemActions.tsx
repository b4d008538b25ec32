import { SubtleButton } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';

export interface ItemActionsProps {
  /** The item's name: read out after "Change" and "Delete" (buttons in a list need it). */
  name: string;
  onEdit?: () => void;
  onDelete?: () => void;
}

/** "Change" and "Delete" buttons for one item of a list or table. */
export function ItemActions({ name, onEdit, onDelete }: ItemActionsProps) {
  const { t } = useTranslation();
  return (
    <span className="ins-item-actions">
      {onEdit ? (
        <SubtleButton type="button" onClick={onEdit}>
          {t('trajectories.common.edit')}
          <span className="ins-visually-hidden">{` ${name}`}</span>
        </SubtleButton>
      ) : null}
      {onDelete ? (
        <SubtleButton type="button" onClick={onDelete}>
          {t('trajectories.common.delete')}
          <span className="ins-visually-hidden">{` ${name}`}</span>
        </SubtleButton>
      ) : null}
    </span>
  );
}
