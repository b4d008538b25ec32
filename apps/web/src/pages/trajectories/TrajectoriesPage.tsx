import {
  BUTTON_LINK_CLASS_NAME,
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeading,
  SecondaryActionButton,
  SelectField,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
  LoadMore,
} from '@inspraak/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { useCurrentUser } from '../../features/auth/hooks/useCurrentUser';
import { Permission } from '../../features/auth/permissions';
import { useOrgUnits } from '../../features/org-units/hooks/useOrgUnits';
import { orgUnitOptions } from '../../features/org-units/org-unit-tree';
import {
  useTrajectories,
  type TrajectoryFilters,
} from '../../features/trajectories/hooks/useTrajectories';
import { phaseLabel, phaseOptions } from '../../features/trajectories/trajectory-labels';
import type { SimPhase } from '../../gql/graphql';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

const NO_FILTERS: TrajectoryFilters = { phase: null, orgUnitId: null, mine: false };

export function TrajectoriesPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { can } = useCurrentUser();
  const { units } = useOrgUnits();
  const [draft, setDraft] = useState({ phase: '', orgUnitId: '', mine: '' });
  const [filters, setFilters] = useState<TrajectoryFilters>(NO_FILTERS);
  const { trajectories, loading, loadingMore, error, hasMore, loadMore, refetch } =
    useTrajectories(filters);
  const filtered = !!(filters.phase || filters.orgUnitId || filters.mine);

  const onFilter = (event: FormEvent) => {
    event.preventDefault();
    setFilters({
      phase: (draft.phase || null) as SimPhase | null,
      orgUnitId: draft.orgUnitId || null,
      mine: draft.mine === 'mine',
    });
  };

  let content;
  if (loading) content = <LoadingState label={t('common.loading')} />;
  else if (error) {
    content = (
      <ErrorState
        description={t('common.loadError')}
        action={
          <SecondaryActionButton onClick={() => void refetch()}>
            {t('common.retry')}
          </SecondaryActionButton>
        }
      />
    );
  } else if (trajectories.length === 0) {
    content = (
      <EmptyState title={filtered ? t('trajectories.emptyFiltered') : t('trajectories.empty')} />
    );
  } else {
    content = (
      <div className="ins-table-wrap">
        <TableContainer tabIndex={0} role="region" aria-label={t('trajectories.tableLabel')}>
          <Table>
            <TableCaption className="ins-visually-hidden">
              {t('trajectories.tableLabel')}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('trajectories.columns.title')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('trajectories.columns.phase')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('trajectories.columns.owner')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('trajectories.columns.updated')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {trajectories.map((trajectory) => (
                <TableRow key={trajectory.id}>
                  <TableCell>
                    <Link to={`/trajecten/${trajectory.id}`}>{trajectory.title}</Link>
                  </TableCell>
                  <TableCell>{phaseLabel(t, trajectory.phase)}</TableCell>
                  <TableCell>{trajectory.owner?.name ?? ''}</TableCell>
                  <TableCell>{formatDateTime(trajectory.updatedAt, language)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        <LoadMore
          status={t('trajectories.shown', {
            count: trajectories.length,
            number: formatNumber(trajectories.length, language),
          })}
          hasMore={hasMore}
          loading={loadingMore}
          onLoadMore={() => void loadMore()}
          label={t('common.loadMore')}
        />
      </div>
    );
  }

  return (
    <>
      <PageTitle title={t('trajectories.title')} />
      <PageHeading title={t('trajectories.title')} lead={t('trajectories.lead')} />
      <div className="ins-toolbar">
        <form
          className="ins-search"
          aria-label={t('trajectories.filters.label')}
          onSubmit={onFilter}
        >
          <SelectField
            label={t('trajectories.filters.phase')}
            value={draft.phase}
            onChange={(phase) => setDraft((current) => ({ ...current, phase }))}
            options={[
              { value: '', label: t('trajectories.filters.allPhases') },
              ...phaseOptions(t),
            ]}
          />
          <SelectField
            label={t('trajectories.filters.orgUnit')}
            value={draft.orgUnitId}
            onChange={(orgUnitId) => setDraft((current) => ({ ...current, orgUnitId }))}
            options={[
              { value: '', label: t('trajectories.filters.allOrgUnits') },
              ...orgUnitOptions(units).map((option) => ({
                value: option.value,
                label: option.label,
              })),
            ]}
          />
          <SelectField
            label={t('trajectories.filters.mine')}
            value={draft.mine}
            onChange={(mine) => setDraft((current) => ({ ...current, mine }))}
            options={[
              { value: '', label: t('trajectories.filters.mineAll') },
              { value: 'mine', label: t('trajectories.filters.mineOnly') },
            ]}
          />
          <SecondaryActionButton type="submit">
            {t('trajectories.filters.apply')}
          </SecondaryActionButton>
        </form>
        {can(Permission.TRAJECTORY_CREATE) ? (
          <Link to="/trajecten/nieuw" className={BUTTON_LINK_CLASS_NAME}>
            {t('trajectories.create')}
          </Link>
        ) : null}
      </div>
      {content}
    </>
  );
}
