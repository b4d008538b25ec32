import {
  SecondaryActionButton,
  StatusBadge,
  SubtleButton,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import type { UserRowFragment } from '../../../gql/graphql';

export interface UserTableProps {
  users: readonly UserRowFragment[];
  orgUnitName: (id: string | null) => string | undefined;
  currentUserId: string;
  onEdit: (user: UserRowFragment) => void;
  onDeactivate: (user: UserRowFragment) => void;
  /** Downloads the person's data (an access request). */
  onExportData: (user: UserRowFragment) => void;
  onErase: (user: UserRowFragment) => void;
  /** The user whose data is being exported, if any. */
  exportingId?: string | null;
}

/** The id of a row's export button (focus lands there after the row's person is erased). */
export const exportDataButtonId = (userId: string) => `user-${userId}-export-data`;

/** In a TableContainer so it scrolls sideways on phones instead of widening the page. */
export function UserTable({
  users,
  orgUnitName,
  currentUserId,
  onEdit,
  onDeactivate,
  onExportData,
  onErase,
  exportingId = null,
}: UserTableProps) {
  const { t } = useTranslation();
  return (
    <TableContainer tabIndex={0} role="region" aria-label={t('users.tableLabel')}>
      <Table>
        <TableCaption className="ins-visually-hidden">{t('users.tableLabel')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('users.columns.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.columns.role')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.columns.orgUnit')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.columns.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">
              <span className="ins-visually-hidden">{t('users.columns.actions')}</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.map((user) => {
            // An erased account is an empty shell: only its export is left to do.
            const erased = !!user.erasedAt;
            const self = user.id === currentUserId;
            return (
              <TableRow key={user.id}>
                <TableCell>
                  <strong>{user.name}</strong>
                  {erased ? null : (
                    <span className="ins-cell-secondary" translate="no">
                      {user.email}
                    </span>
                  )}
                </TableCell>
                <TableCell className="ins-nowrap">{t(`roles.${user.role}`)}</TableCell>
                <TableCell>{orgUnitName(user.primaryOrgUnitId) ?? '—'}</TableCell>
                <TableCell>
                  {erased ? (
                    <StatusBadge status="neutral">{t('users.status.erased')}</StatusBadge>
                  ) : user.deactivatedAt ? (
                    <StatusBadge status="neutral">{t('users.status.deactivated')}</StatusBadge>
                  ) : (
                    <StatusBadge status="safe">{t('users.status.active')}</StatusBadge>
                  )}
                </TableCell>
                <TableCell>
                  <div className="ins-row-actions">
                    {erased ? null : (
                      <SecondaryActionButton onClick={() => onEdit(user)}>
                        {t('common.edit')}
                        <span className="ins-visually-hidden">{` ${user.name}`}</span>
                      </SecondaryActionButton>
                    )}
                    <SubtleButton
                      id={exportDataButtonId(user.id)}
                      onClick={() => onExportData(user)}
                      busy={exportingId === user.id}
                      disabled={exportingId === user.id}
                    >
                      {t('users.exportData.action')}
                      <span className="ins-visually-hidden">{` ${user.name}`}</span>
                    </SubtleButton>
                    {!user.deactivatedAt && !self ? (
                      <SubtleButton hint="danger" onClick={() => onDeactivate(user)}>
                        {t('users.deactivate.action')}
                        <span className="ins-visually-hidden">{` ${user.name}`}</span>
                      </SubtleButton>
                    ) : null}
                    {!erased && !self ? (
                      <SubtleButton hint="danger" onClick={() => onErase(user)}>
                        {t('users.erase.action')}
                        <span className="ins-visually-hidden">{` ${user.name}`}</span>
                      </SubtleButton>
                    ) : null}
                  </div>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
