import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, renderApp } from '../../test/render-app';

const notification = (id: string, title: string, read: boolean, extra = {}) => ({
  __typename: 'Notification',
  id,
  type: 'INPUT_STATUS_CHANGED',
  title,
  body: 'We hebben je idee besproken en nemen het **niet** over, omdat het budget op is.',
  path: `/ideeen/idea-${id}`,
  createdAt: '2026-03-02T09:00:00.000Z',
  read,
  ...extra,
});

const connection = (nodes: unknown[], unreadCount: number, hasNextPage = false) => ({
  notifications: {
    __typename: 'NotificationConnection',
    unreadCount,
    edges: nodes.map((node, index) => ({
      __typename: 'NotificationEdge',
      cursor: `c${index}`,
      node,
    })),
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'next' : null },
  },
});

const PREFERENCES = [
  {
    __typename: 'NotificationPreference',
    type: 'FEEDBACK_OVERDUE',
    inApp: true,
    email: 'DAILY_DIGEST',
  },
  {
    __typename: 'NotificationPreference',
    type: 'INPUT_STATUS_CHANGED',
    inApp: true,
    email: 'IMMEDIATE',
  },
  { __typename: 'NotificationPreference', type: 'INPUT_MERGED', inApp: true, email: 'IMMEDIATE' },
];

describe('notification centre', () => {
  it('names the unread count on the bell, lists the latest and marks them read', async () => {
    let unread = 2;
    const list = () => [
      notification('n1', 'Je idee ‘Fietsstraat’ is niet overgenomen', unread === 0),
      notification('n2', 'Je idee ‘Deelauto’ is gepland', unread < 2),
      notification('n3', 'Oud nieuws', true),
    ];
    const { calls } = renderApp({
      answers: {
        UnreadNotificationCount: () => ({ unreadNotificationCount: unread }),
        Notifications: () => connection(list(), unread),
        MarkNotificationsRead: (variables) => {
          unread -= (variables['ids'] as string[]).length;
          return { markNotificationsRead: 1 };
        },
        MarkAllNotificationsRead: () => {
          const changed = unread;
          unread = 0;
          return { markAllNotificationsRead: changed };
        },
      },
    });
    const bell = await screen.findByRole('button', { name: 'Meldingen, 2 ongelezen' });
    expect(bell.textContent).toContain('2');
    expect(bell.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(bell);
    expect(bell.getAttribute('aria-expanded')).toBe('true');
    const panel = await screen.findByRole('region', { name: 'Meldingen' });
    const items = await within(panel).findAllByRole('listitem');
    expect(items).toHaveLength(3);
    // Unread ones say so to screen readers; the excerpt has no Markdown marks.
    expect(within(items[0]).getByRole('link').textContent).toBe(
      'Je idee ‘Fietsstraat’ is niet overgenomen (ongelezen)',
    );
    expect(within(items[2]).getByRole('link').textContent).toBe('Oud nieuws');
    expect(items[0].textContent).toContain('We hebben je idee besproken en nemen het niet over');

    fireEvent.click(within(panel).getByRole('button', { name: 'Alles gelezen' }));
    await waitFor(() =>
      expect(calls.some((c) => c.operationName === 'MarkAllNotificationsRead')).toBe(true),
    );
    await screen.findByRole('button', { name: 'Meldingen' });
    await waitFor(() =>
      expect(within(panel).queryByRole('button', { name: 'Alles gelezen' })).toBeNull(),
    );
    expect(within(panel).getByRole('link', { name: 'Alle meldingen' }).getAttribute('href')).toBe(
      '/meldingen',
    );

    // Escape closes the panel and gives focus back to the bell.
    fireEvent.keyDown(document, { key: 'Escape' });
    const closed = screen.getByRole('button', { name: 'Meldingen' });
    expect(closed.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(closed);
  });

  it('marks a notification read when its link is followed', async () => {
    let unread = 1;
    const { calls } = renderApp({
      answers: {
        UnreadNotificationCount: () => ({ unreadNotificationCount: unread }),
        Notifications: () =>
          connection(
            [notification('n1', 'Je idee ‘Fietsstraat’ is gepland', unread === 0)],
            unread,
          ),
        MarkNotificationsRead: () => {
          unread = 0;
          return { markNotificationsRead: 1 };
        },
        Idea: apiError('NOT_FOUND'),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Meldingen, 1 ongelezen' }));
    fireEvent.click(await screen.findByRole('link', { name: /Fietsstraat/ }));
    await waitFor(() =>
      expect(calls.find((c) => c.operationName === 'MarkNotificationsRead')?.variables).toEqual({
        ids: ['n1'],
      }),
    );
    // The page of the item opens and the bell has no unread left.
    await screen.findByText('Dit idee bestaat niet of je hebt er geen toegang toe.');
    await screen.findByRole('button', { name: 'Meldingen' });
  });

  it('asks for the count again when the window regains focus', async () => {
    let unread = 0;
    const { calls } = renderApp({
      answers: { UnreadNotificationCount: () => ({ unreadNotificationCount: unread }) },
    });
    await screen.findByRole('button', { name: 'Meldingen' });
    const before = calls.filter((c) => c.operationName === 'UnreadNotificationCount').length;
    unread = 4;
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    await screen.findByRole('button', { name: 'Meldingen, 4 ongelezen' });
    expect(calls.filter((c) => c.operationName === 'UnreadNotificationCount').length).toBe(
      before + 1,
    );
  });

  it('pages through all notifications and filters the unread ones', async () => {
    const { calls } = renderApp({
      path: '/meldingen',
      answers: {
        UnreadNotificationCount: { unreadNotificationCount: 1 },
        Notifications: (variables) =>
          variables['unreadOnly']
            ? connection([notification('n1', 'Ongelezen bericht', false)], 1)
            : variables['after']
              ? connection([notification('n3', 'Derde bericht', true)], 1)
              : connection(
                  [
                    notification('n1', 'Ongelezen bericht', false),
                    notification('n2', 'Tweede bericht', true),
                  ],
                  1,
                  true,
                ),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Meldingen' });
    expect(await screen.findByText('1 ongelezen melding')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    await screen.findByRole('link', { name: 'Derde bericht' });
    expect(
      calls.filter((c) => c.operationName === 'Notifications').map((c) => c.variables),
    ).toContainEqual({ first: 20, unreadOnly: false, after: 'next' });

    fireEvent.click(screen.getByRole('radio', { name: 'Alleen ongelezen' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Tweede bericht' })).toBeNull());
    expect(screen.getByRole('link', { name: 'Ongelezen bericht (ongelezen)' })).toBeTruthy();
    expect(calls.at(-1)?.variables).toMatchObject({ unreadOnly: true });
  });
});

describe('notification settings', () => {
  it('shows each type with in-app and e-mail choices and saves the changes', async () => {
    const { calls } = renderApp({
      path: '/profiel/meldingen',
      answers: {
        NotificationPreferences: { notificationPreferences: PREFERENCES },
        UpdateNotificationPreferences: (variables) => ({
          updateNotificationPreferences: (
            variables['input'] as { type: string; inApp: boolean; email: string }[]
          ).map((p) => ({ __typename: 'NotificationPreference', ...p })),
        }),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Meldingen instellen' });
    const groups = await screen.findAllByRole('group', {
      name: /Nieuws over inbreng|Samengevoegde inbreng|Te late terugkoppeling/,
    });
    // The page's order, whatever order the API used.
    expect(groups.map((group) => group.querySelector('legend')?.textContent)).toEqual([
      'Nieuws over inbreng',
      'Samengevoegde inbreng',
      'Te late terugkoppeling',
    ]);
    const merged = groups[1];
    fireEvent.click(
      within(merged).getByRole('checkbox', { name: 'Tonen bij Meldingen in Inspraak' }),
    );
    fireEvent.click(within(groups[0]).getByRole('radio', { name: 'Dagelijkse samenvatting' }));
    fireEvent.click(within(groups[2]).getByRole('radio', { name: 'Uit' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('Je meldingsinstellingen zijn opgeslagen.');
    expect(
      calls.find((c) => c.operationName === 'UpdateNotificationPreferences')?.variables,
    ).toEqual({
      input: [
        { type: 'INPUT_STATUS_CHANGED', inApp: true, email: 'DAILY_DIGEST' },
        { type: 'INPUT_MERGED', inApp: false, email: 'IMMEDIATE' },
        { type: 'FEEDBACK_OVERDUE', inApp: true, email: 'OFF' },
      ],
    });
  });

  it('is linked from the profile page', async () => {
    renderApp({ path: '/profiel' });
    const link = await screen.findByRole('link', { name: 'Meldingen instellen' });
    expect(link.getAttribute('href')).toBe('/profiel/meldingen');
  });
});

describe('unsubscribe page', () => {
  it('changes nothing until confirmed, then names the type', async () => {
    const { calls } = renderApp({
      path: '/afmelden?token=abc.def',
      answers: {
        Me: { me: null },
        Unsubscribe: { unsubscribe: 'INPUT_STATUS_CHANGED' },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Afmelden voor e-mail' });
    expect(calls.some((c) => c.operationName === 'Unsubscribe')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Afmelden bevestigen' }));
    expect(
      await screen.findByText('Je bent afgemeld voor e-mail over: Nieuws over inbreng.'),
    ).toBeTruthy();
    expect(calls.find((c) => c.operationName === 'Unsubscribe')?.variables).toEqual({
      token: 'abc.def',
    });
    // Signed out: the way to the settings goes through sign-in.
    expect(
      screen
        .getByRole('link', { name: 'Inloggen om je meldingen in te stellen' })
        .getAttribute('href'),
    ).toBe('/inloggen?terug=%2Fprofiel%2Fmeldingen');
  });

  it('explains a bad or expired token and a missing one', async () => {
    renderApp({
      path: '/afmelden?token=kapot',
      answers: {
        Me: { me: null },
        Unsubscribe: apiError('BAD_USER_INPUT', [{ field: 'token', code: 'INVALID_TOKEN' }]),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Afmelden bevestigen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Deze afmeldlink klopt niet of is verlopen.');
    expect(screen.queryByRole('button', { name: 'Afmelden bevestigen' })).toBeNull();
  });

  it('says so when the link has no token', async () => {
    renderApp({ path: '/afmelden', answers: { Me: { me: null } } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Deze link is onvolledig.');
    expect(screen.queryByRole('button', { name: 'Afmelden bevestigen' })).toBeNull();
  });

  it('speaks English when chosen', async () => {
    renderApp({ path: '/afmelden?token=x.y', language: 'en', answers: { Me: { me: null } } });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Unsubscribe from e-mail' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Confirm unsubscribe' })).toBeTruthy();
  });
});
