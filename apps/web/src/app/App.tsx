import { lazy, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { RequireAuth, RequirePermission } from '../features/auth/components/RequireAuth';
import { Permission } from '../features/auth/permissions';
import { ErrorPage } from '../pages/ErrorPage';
// Eager: the permission guard answers with it too, and it is tiny.
import { NotFoundPage } from '../pages/NotFoundPage';
import { AppLayout } from './AppLayout';
import { ErrorBoundary } from './ErrorBoundary';
import { FeatureTexts } from './FeatureTexts';
import { ADMIN_SECTIONS } from './navigation';

// One chunk per page keeps the initial download small (quality target: ≤ 200 KB gzip).
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const HomePage = lazyPage(() => import('../pages/HomePage'), 'HomePage');
const SignInPage = lazyPage(() => import('../pages/SignInPage'), 'SignInPage');
const ProfilePage = lazyPage(() => import('../pages/ProfilePage'), 'ProfilePage');
const StatusPage = lazyPage(() => import('../pages/StatusPage'), 'StatusPage');
const PrivacyPage = lazyPage(() => import('../pages/PrivacyPage'), 'PrivacyPage');
const AccessibilityPage = lazyPage(() => import('../pages/AccessibilityPage'), 'AccessibilityPage');
const AdminLayout = lazyPage(() => import('../pages/admin/AdminLayout'), 'AdminLayout');
const AdminIndexPage = lazyPage(() => import('../pages/admin/AdminLayout'), 'AdminIndexPage');
const AdminUsersPage = lazyPage(() => import('../pages/admin/AdminUsersPage'), 'AdminUsersPage');
const AdminOrgUnitsPage = lazyPage(
  () => import('../pages/admin/AdminOrgUnitsPage'),
  'AdminOrgUnitsPage',
);
const AdminAuditPage = lazyPage(() => import('../pages/admin/AdminAuditPage'), 'AdminAuditPage');
const AdminImportPage = lazyPage(() => import('../pages/admin/AdminImportPage'), 'AdminImportPage');
const AdminMailboxPage = lazyPage(
  () => import('../pages/admin/AdminMailboxPage'),
  'AdminMailboxPage',
);
const ForgotPasswordPage = lazyPage(
  () => import('../pages/ForgotPasswordPage'),
  'ForgotPasswordPage',
);
const ResetPasswordPage = lazyPage(() => import('../pages/ResetPasswordPage'), 'ResetPasswordPage');
const AcceptInvitationPage = lazyPage(
  () => import('../pages/AcceptInvitationPage'),
  'AcceptInvitationPage',
);

const TrajectoriesPage = lazyPage(
  () => import('../pages/trajectories/TrajectoriesPage'),
  'TrajectoriesPage',
);
const NewTrajectoryPage = lazyPage(
  () => import('../pages/trajectories/NewTrajectoryPage'),
  'NewTrajectoryPage',
);
const TrajectoryPage = lazyPage(
  () => import('../pages/trajectories/TrajectoryPage'),
  'TrajectoryPage',
);

const ChallengesPage = lazyPage(
  () => import('../pages/challenges/ChallengesPage'),
  'ChallengesPage',
);
const ChallengePage = lazyPage(() => import('../pages/challenges/ChallengePage'), 'ChallengePage');
const NewIdeaPage = lazyPage(() => import('../pages/challenges/NewIdeaPage'), 'NewIdeaPage');
const IdeaPage = lazyPage(() => import('../pages/challenges/IdeaPage'), 'IdeaPage');
const EditIdeaPage = lazyPage(() => import('../pages/challenges/EditIdeaPage'), 'EditIdeaPage');

// Challenge management, jury and moderation (innovation managers, jurors, moderators).
const TrajectoryChallengesPage = lazyPage(
  () => import('../pages/challenge-admin/TrajectoryChallengesPage'),
  'TrajectoryChallengesPage',
);
const NewChallengePage = lazyPage(
  () => import('../pages/challenge-admin/NewChallengePage'),
  'NewChallengePage',
);
const ChallengeAdminPage = lazyPage(
  () => import('../pages/challenge-admin/ChallengeAdminPage'),
  'ChallengeAdminPage',
);
const JuryPage = lazyPage(() => import('../pages/challenge-admin/JuryPage'), 'JuryPage');
const ModerationPage = lazyPage(
  () => import('../pages/moderation/ModerationPage'),
  'ModerationPage',
);

// The feedback loop and notifications.
const NotificationsPage = lazyPage(
  () => import('../pages/notifications/NotificationsPage'),
  'NotificationsPage',
);
const NotificationPreferencesPage = lazyPage(
  () => import('../pages/notifications/NotificationPreferencesPage'),
  'NotificationPreferencesPage',
);
const UnsubscribePage = lazyPage(
  () => import('../pages/notifications/UnsubscribePage'),
  'UnsubscribePage',
);
const FeedbackInboxPage = lazyPage(
  () => import('../pages/feedback/FeedbackInboxPage'),
  'FeedbackInboxPage',
);
const FeedbackTemplatesPage = lazyPage(
  () => import('../pages/feedback/FeedbackTemplatesPage'),
  'FeedbackTemplatesPage',
);
const FeedbackBoardPage = lazyPage(
  () => import('../pages/feedback/FeedbackBoardPage'),
  'FeedbackBoardPage',
);
const TrajectoryFeedbackBoardPage = lazyPage(
  () => import('../pages/feedback/FeedbackBoardPage'),
  'TrajectoryFeedbackBoardPage',
);

const MyPulseRoundsPage = lazyPage(
  () => import('../pages/pulse/MyPulseRoundsPage'),
  'MyPulseRoundsPage',
);
const PulseAnswerPage = lazyPage(() => import('../pages/pulse/PulseAnswerPage'), 'PulseAnswerPage');
const PulseSurveysPage = lazyPage(
  () => import('../pages/pulse/PulseSurveysPage'),
  'PulseSurveysPage',
);
const NewPulseSurveyPage = lazyPage(
  () => import('../pages/pulse/NewPulseSurveyPage'),
  'NewPulseSurveyPage',
);
const PulseSurveyPage = lazyPage(() => import('../pages/pulse/PulseSurveyPage'), 'PulseSurveyPage');
const PulseResultsPage = lazyPage(
  () => import('../pages/pulse/PulseResultsPage'),
  'PulseResultsPage',
);

const ADMIN_PAGES = {
  users: AdminUsersPage,
  import: AdminImportPage,
  orgUnits: AdminOrgUnitsPage,
  audit: AdminAuditPage,
  mailbox: AdminMailboxPage,
};

/** Paths are Dutch where the public sector expects them (e.g. /toegankelijkheid). */
export function App() {
  return (
    <ErrorBoundary fallback={<ErrorPage />}>
      <Routes>
        <Route element={<AppLayout />}>
          <Route path="inloggen" element={<SignInPage />} />
          <Route path="wachtwoord-vergeten" element={<ForgotPasswordPage />} />
          <Route path="wachtwoord-herstellen/:token" element={<ResetPasswordPage />} />
          <Route path="uitnodiging/:token" element={<AcceptInvitationPage />} />
          <Route path="status" element={<StatusPage />} />
          <Route path="privacy" element={<PrivacyPage />} />
          <Route path="toegankelijkheid" element={<AccessibilityPage />} />
          {/* The unsubscribe link of notification mails: the signed token needs no sign-in. */}
          <Route path="afmelden" element={<UnsubscribePage />} />
          <Route element={<RequireAuth />}>
            <Route index element={<HomePage />} />
            <Route path="profiel" element={<ProfilePage />} />
            <Route path="profiel/meldingen" element={<NotificationPreferencesPage />} />
            <Route path="meldingen" element={<NotificationsPage />} />
            <Route
              path="trajecten"
              element={
                <RequirePermission anyOf={[Permission.TRAJECTORY_READ]}>
                  <TrajectoriesPage />
                </RequirePermission>
              }
            />
            <Route
              path="trajecten/nieuw"
              element={
                <RequirePermission anyOf={[Permission.TRAJECTORY_CREATE]}>
                  <NewTrajectoryPage />
                </RequirePermission>
              }
            />
            <Route
              path="trajecten/:id/:section?"
              element={
                <RequirePermission anyOf={[Permission.TRAJECTORY_READ]}>
                  <TrajectoryPage />
                </RequirePermission>
              }
            />
            {/* Challenges and ideas (employee side). */}
            {(
              [
                ['uitdagingen', ChallengesPage],
                ['uitdagingen/:id', ChallengePage],
                ['uitdagingen/:id/nieuw-idee', NewIdeaPage],
                ['ideeen/:id', IdeaPage],
                ['ideeen/:id/bewerken', EditIdeaPage],
              ] as const
            ).map(([path, Page]) => (
              <Route
                key={path}
                path={path}
                element={
                  <RequirePermission anyOf={[Permission.TRAJECTORY_READ]}>
                    <Page />
                  </RequirePermission>
                }
              />
            ))}
            {/* Challenge management and jury (the service checks the trajectory roles). */}
            {(
              [
                ['trajecten/:id/uitdagingen', TrajectoryChallengesPage],
                ['trajecten/:id/uitdagingen/nieuw', NewChallengePage],
                ['trajecten/:id/uitdagingen/:challengeId/beheer', ChallengeAdminPage],
                ['trajecten/:id/uitdagingen/:challengeId/jury', JuryPage],
                ['trajecten/:id/jij-zei-wij-deden', TrajectoryFeedbackBoardPage],
                // Moderators, and trajectory teams for their trajectories (the API scopes it).
                ['terugkoppeling', FeedbackInboxPage],
                ['terugkoppeling/sjablonen', FeedbackTemplatesPage],
                ['jij-zei-wij-deden', FeedbackBoardPage],
              ] as const
            ).map(([path, Page]) => (
              <Route
                key={path}
                path={path}
                element={
                  <RequirePermission anyOf={[Permission.TRAJECTORY_READ]}>
                    <Page />
                  </RequirePermission>
                }
              />
            ))}
            {/* Pulse surveys: every signed-in user may be asked; the API scopes what one sees. */}
            <Route element={<FeatureTexts ns="pulse-answer" />}>
              <Route path="puls" element={<MyPulseRoundsPage />} />
              <Route path="puls/:roundId" element={<PulseAnswerPage />} />
            </Route>
            <Route element={<FeatureTexts ns="pulse" />}>
              <Route path="puls/beheer" element={<PulseSurveysPage />} />
              <Route path="puls/beheer/nieuw" element={<NewPulseSurveyPage />} />
              <Route path="puls/beheer/:surveyId" element={<PulseSurveyPage />} />
              <Route path="puls/resultaten/:roundId" element={<PulseResultsPage />} />
            </Route>
            <Route
              path="moderatie"
              element={
                <RequirePermission anyOf={[Permission.CONTENT_MODERATE]}>
                  <ModerationPage />
                </RequirePermission>
              }
            />
            <Route
              path="beheer"
              element={
                <RequirePermission anyOf={ADMIN_SECTIONS.map((section) => section.permission)}>
                  <AdminLayout />
                </RequirePermission>
              }
            >
              <Route index element={<AdminIndexPage />} />
              {ADMIN_SECTIONS.map((section) => {
                const Page = ADMIN_PAGES[section.id];
                return (
                  <Route
                    key={section.id}
                    path={section.path}
                    element={
                      <RequirePermission anyOf={[section.permission]}>
                        <Page />
                      </RequirePermission>
                    }
                  />
                );
              })}
            </Route>
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </ErrorBoundary>
  );
}
