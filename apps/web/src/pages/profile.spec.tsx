import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { captureDownloads } from '../test/downloads';
import { apiError, renderApp } from '../test/render-app';

const EXPORT = {
  __typename: 'PersonalDataExport',
  fileName: 'inspraak-gegevens-2026-11-29.json',
  json: '{\n  "format": "inspraak.personal-data/v1",\n  "sections": { "account": { "name": "Eva Médewerker" } }\n}',
  generatedAt: '2026-11-29T10:00:00.000Z',
};

let capture: ReturnType<typeof captureDownloads> | null = null;
afterEach(() => {
  capture?.restore();
  capture = null;
});

describe('profile: my data', () => {
  it('downloads my own data as the file the API names, fresh on every click', async () => {
    capture = captureDownloads();
    const { calls } = renderApp({
      path: '/profiel',
      answers: { MyPersonalData: { myPersonalData: EXPORT } },
    });
    const section = (
      await screen.findByRole('heading', { level: 2, name: 'Mijn gegevens' })
    ).closest('section, div')!;
    expect(section.textContent).toContain('anonieme ideeën en reacties');
    expect(section.textContent).toContain('Je antwoorden op pulsmetingen staan er nooit in');
    // Erasure goes through the administrator; the link explains the rights.
    expect(
      within(section as HTMLElement)
        .getByRole('link', { name: 'Lees meer over je rechten' })
        .getAttribute('href'),
    ).toBe('/privacy#je-rechten');

    fireEvent.click(screen.getByRole('button', { name: 'Download mijn gegevens' }));
    await waitFor(() => expect(capture?.downloads).toHaveLength(1));
    const [download] = capture.downloads;
    expect(download.fileName).toBe('inspraak-gegevens-2026-11-29.json');
    expect(download.blob.type).toBe('application/json;charset=utf-8');
    expect(await download.blob.text()).toBe(EXPORT.json);
    const status = await screen.findByText(
      'Je gegevens zijn gedownload als inspraak-gegevens-2026-11-29.json.',
    );
    expect(status.closest('[role="status"]')).toBeTruthy();

    // Not cached: a second download asks the API again (each export is audited).
    fireEvent.click(screen.getByRole('button', { name: 'Download mijn gegevens' }));
    await waitFor(() => expect(capture?.downloads).toHaveLength(2));
    expect(calls.filter((c) => c.operationName === 'MyPersonalData')).toHaveLength(2);
  });

  it('says so when the download fails', async () => {
    capture = captureDownloads();
    renderApp({
      path: '/profiel',
      language: 'en',
      answers: { MyPersonalData: apiError('INTERNAL_SERVER_ERROR') },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Download my data' }));
    const message = await screen.findByText('Downloading did not work. Please try again.');
    expect(message.closest('[role="status"]')).toBeTruthy();
    expect(capture.downloads).toHaveLength(0);
    // The button is usable again.
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Download my data' }).disabled,
    ).toBe(false);
  });
});
