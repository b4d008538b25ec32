import { THEME_CLASS_NAME } from '@inspraak/web-ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { createApolloClient } from './app/apollo-client';
import { AppProviders } from './app/AppProviders';
import { initI18n } from './i18n/i18n';

document.documentElement.classList.add(THEME_CLASS_NAME);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The stored language's texts must be there before the first render (Dutch is bundled; English is
// a separate chunk), so nothing renders untranslated keys.
void initI18n().then((i18n) => {
  createRoot(container).render(
    <StrictMode>
      <AppProviders client={createApolloClient()} i18n={i18n}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  );
});
