import {
  Alert,
  ErrorState,
  LoadingState,
  MessagePage,
  PageHeading,
  SecondaryActionButton,
  StatusBadge,
  SUBNAV_LINK_CLASS_NAME,
  SubNavigation,
  SubNavigationItem,
} from '@inspraak/web-ui';
import { useEffect, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, useLocation, useParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { useCurrentUser } from '../../features/auth/hooks/useCurrentUser';
import { Permission } from '../../features/auth/permissions';
import { trajectoryBoardPath, trajectoryInboxPath } from '../../features/feedback/paths';
import { trajectorySurveysPath } from '../../features/pulse/paths';
import { CriteriaSection } from '../../features/trajectories/components/CriteriaSection';
import { HealthSection } from '../../features/trajectories/components/HealthSection';
import { ImpactSection } from '../../features/trajectories/components/ImpactSection';
import { MandateSection } from '../../features/trajectories/components/MandateSection';
import { OverviewSection } from '../../features/trajectories/components/OverviewSection';
import { RulesSection } from '../../features/trajectories/components/RulesSection';
import { StakeholdersSection } from '../../features/trajectories/components/StakeholdersSection';
import { TeamSection } from '../../features/trajectories/components/TeamSection';
import { ValuationSection } from '../../features/trajectories/components/ValuationSection';
import type { SectionProps } from '../../features/trajectories/components/types';
import { useTrajectory } from '../../features/trajectories/hooks/useTrajectory';

type TabId =
  | 'overview'
  | 'mandate'
  | 'team'
  | 'rules'
  | 'stakeholders'
  | 'criteria'
  | 'impact'
  | 'valuation'
  | 'health';

interface Tab {
  id: TabId;
  /** URL segment after /trajecten/:id ('' for the overview). */
  path: string;
  component: ComponentType<SectionProps>;
  /** Working material: only for the team (the public page leaves it out). */
  workspace?: boolean;
  /** Also for people invited to rate the options (joint valuation). */
  raters?: boolean;
}

export const TRAJECTORY_TABS: readonly Tab[] = [
  { id: 'overview', path: '', component: OverviewSection },
  { id: 'mandate', path: 'mandaat', component: MandateSection, workspace: true },
  { id: 'team', path: 'team', component: TeamSection },
  { id: 'rules', path: 'besluitregels', component: RulesSection },
  { id: 'stakeholders', path: 'stakeholders', component: StakeholdersSection, workspace: true },
  { id: 'criteria', path: 'succescriteria', component: CriteriaSection },
  { id: 'impact', path: 'impactanalyse', component: ImpactSection, workspace: true },
  {
    id: 'valuation',
    path: 'waardering',
    component: ValuationSection,
    workspace: true,
    raters: true,
  },
  { id: 'health', path: 'sim-gezondheid', component: HealthSection, workspace: true },
];

/** The workspace for the team; the same page read-only is the public page for everyone else. */
export function TrajectoryPage() {
  const { t } = useTranslation();
  const { id = '', section = '' } = useParams();
  const { trajectory, loading, error, notFound, refetch } = useTrajectory(id);
  const { canAny } = useCurrentUser();
  const location = useLocation();
  const ready = !!trajectory;

  // A link to one item (SIM health): bring it into view and give it focus once it is there.
  // Deferred: the app moves focus to <main> and scrolls up after every navigation first.
  useEffect(() => {
    if (!ready || !location.hash.startsWith('#item-')) return;
    const id = decodeURIComponent(location.hash.slice(1));
    const timer = setTimeout(() => {
      const target = document.getElementById(id);
      if (!target) return;
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    }, 0);
    return () => clearTimeout(timer);
  }, [ready, location.key, location.hash]);

  if (loading || (!trajectory && !error)) return <LoadingState label={t('common.loading')} />;
  if (notFound) {
    return (
      <>
        <PageTitle title={t('notFound.title')} />
        <MessagePage
          code="404"
          title={t('notFound.title')}
          lead={t('trajectories.workspace.notFound')}
          actions={<Link to="/trajecten">{t('trajectories.title')}</Link>}
        />
      </>
    );
  }
  if (error || !trajectory) {
    return (
      <ErrorState
        description={t('common.loadError')}
        action={
          <SecondaryActionButton onClick={() => void refetch()}>
            {t('common.retry')}
          </SecondaryActionButton>
        }
      />
    );
  }

  const { canEdit, canSeeWorkspace, invitedStakeholderIds } = trajectory.viewer;
  const rater = invitedStakeholderIds.length > 0;
  const tabs = TRAJECTORY_TABS.filter(
    (tab) => !tab.workspace || canSeeWorkspace || (tab.raters && rater),
  );
  const active = tabs.find((tab) => tab.path === section);
  if (!active) return <Navigate to={`/trajecten/${trajectory.id}`} replace />;
  const Section = active.component;
  const tabLabel = t(`trajectories.workspace.tabs.${active.id}`);

  return (
    <>
      <PageTitle title={`${tabLabel} · ${trajectory.title}`} />
      <PageHeading
        eyebrow={<Link to="/trajecten">{t('trajectories.title')}</Link>}
        title={trajectory.title}
      />
      <p>
        <StatusBadge>
          {t('trajectories.workspace.phaseBadge', {
            number: trajectory.phaseNumber,
            name: t(`trajectories.phases.${trajectory.phase}`),
          })}
        </StatusBadge>
      </p>
      {!canSeeWorkspace ? <Alert type="info">{t('trajectories.workspace.readOnly')}</Alert> : null}
      <div className="ins-trajectory-tabs">
        <SubNavigation label={t('trajectories.workspace.tabsLabel')}>
          {tabs.map((tab) => (
            <SubNavigationItem key={tab.id}>
              <NavLink
                to={
                  tab.path
                    ? `/trajecten/${trajectory.id}/${tab.path}`
                    : `/trajecten/${trajectory.id}`
                }
                end
                className={SUBNAV_LINK_CLASS_NAME}
              >
                {t(`trajectories.workspace.tabs.${tab.id}`)}
              </NavLink>
            </SubNavigationItem>
          ))}
          {/* Challenges have pages of their own (list, management, jury) under this path. */}
          <SubNavigationItem>
            <NavLink
              to={`/trajecten/${trajectory.id}/uitdagingen`}
              className={SUBNAV_LINK_CLASS_NAME}
            >
              {t('trajectories.workspace.tabs.challenges')}
            </NavLink>
          </SubNavigationItem>
          {/* The feedback loop: the public board, and the inbox of those who answer (owner,
              project leads, moderators) narrowed to this trajectory. */}
          <SubNavigationItem>
            <NavLink to={trajectoryBoardPath(trajectory.id)} className={SUBNAV_LINK_CLASS_NAME}>
              {t('trajectories.workspace.tabs.board')}
            </NavLink>
          </SubNavigationItem>
          {canEdit || canAny([Permission.CONTENT_MODERATE]) ? (
            <SubNavigationItem>
              <Link to={trajectoryInboxPath(trajectory.id)} className={SUBNAV_LINK_CLASS_NAME}>
                {t('trajectories.workspace.tabs.feedback')}
              </Link>
            </SubNavigationItem>
          ) : null}
          {/* Pulse surveys of this trajectory (the API lists what the caller may see). */}
          {canSeeWorkspace || canAny([Permission.CONTENT_MODERATE]) ? (
            <SubNavigationItem>
              <Link to={trajectorySurveysPath(trajectory.id)} className={SUBNAV_LINK_CLASS_NAME}>
                {t('nav.pulse')}
              </Link>
            </SubNavigationItem>
          ) : null}
        </SubNavigation>
      </div>
      <section aria-label={tabLabel} className="ins-trajectory-section" tabIndex={-1}>
        <Section trajectory={trajectory} canEdit={canEdit} />
      </section>
    </>
  );
}
