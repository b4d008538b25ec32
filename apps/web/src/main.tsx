import { THEME_CLASS_NAME } from '@inspraak/web-ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { createApolloClient } from './app/apollo-client';
import { AppProviders } from './app/AppProviders';
import { createI18n } from './i18n/i18n';

document.documentElement.classList.add(THEME_CLASS_NAME);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <AppProviders client={createApolloClient()} i18n={createI18n()}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </AppProviders>
  </StrictMode>,
);
