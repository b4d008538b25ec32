import { lazy, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { ErrorPage } from '../pages/ErrorPage';
import { AppLayout } from './AppLayout';
import { ErrorBoundary } from './ErrorBoundary';

// One chunk per page keeps the initial download small (quality target: ≤ 200 KB gzip).
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const HomePage = lazyPage(() => import('../pages/HomePage'), 'HomePage');
const StatusPage = lazyPage(() => import('../pages/StatusPage'), 'StatusPage');
const PrivacyPage = lazyPage(() => import('../pages/PrivacyPage'), 'PrivacyPage');
const AccessibilityPage = lazyPage(() => import('../pages/AccessibilityPage'), 'AccessibilityPage');
const NotFoundPage = lazyPage(() => import('../pages/NotFoundPage'), 'NotFoundPage');

/** Paths are Dutch where the public sector expects them (e.g. /toegankelijkheid). */
export function App() {
  return (
    <ErrorBoundary fallback={<ErrorPage />}>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          <Route path="status" element={<StatusPage />} />
          <Route path="privacy" element={<PrivacyPage />} />
          <Route path="toegankelijkheid" element={<AccessibilityPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </ErrorBoundary>
  );
}
