import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { ErrorPage } from '../pages/ErrorPage';
import { ErrorBoundary } from './ErrorBoundary';

function Broken(): never {
  throw new Error('boom');
}

describe('ErrorBoundary', () => {
  it('replaces a crashed page with a friendly message', () => {
    // React and the boundary both log the error; keep the test output clean.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <I18nextProvider i18n={createI18n('nl')}>
        <MemoryRouter>
          <ErrorBoundary fallback={<ErrorPage />}>
            <Broken />
          </ErrorBoundary>
        </MemoryRouter>
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Er ging iets mis' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pagina opnieuw laden' })).toBeTruthy();
    expect(screen.queryByText('boom')).toBeNull();
  });
});
