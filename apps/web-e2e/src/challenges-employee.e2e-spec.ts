// Callbacks passed to page.evaluate run in the browser.
/// <reference lib="dom" />
import type { Browser, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { signIn } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { gotoAndSettle, launchBrowser, newPage, url } from './support/browser';
import { saveScreenshot } from './support/screenshot';
import { TEXTS } from './support/texts';

const ch = TEXTS.nl.challenges;
/** The open challenge of the enforcement case in the demo seed. */
const CHALLENGE = 'Hoe krijgen we de kennis van handhavers op straat in de data?';
/** A seeded idea with comments (and a response). */
const SEEDED_IDEA = 'Wekelijks kwartiertje met het datateam';

async function noHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

async function openChallenge(page: Page) {
  await gotoAndSettle(page, '/uitdagingen');
  await page.getByRole('link', { name: CHALLENGE, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: CHALLENGE }).waitFor();
  await page.waitForLoadState('networkidle');
}

function ideaList(page: Page): Locator {
  return page.getByRole('list', { name: ch.list.label, exact: true });
}

/** The ideas themselves (not the tag lists inside them). */
function ideaCards(page: Page): Locator {
  return ideaList(page).locator(':scope > li');
}

/** After a change of order or filter: the new list is there. */
async function listSettled(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.locator('main .ins-state--loading').waitFor({ state: 'detached' });
  await ideaCards(page).first().waitFor();
}

async function supportCounts(page: Page): Promise<number[]> {
  const texts = await ideaList(page).getByTestId('support-count').allInnerTexts();
  return texts.map((text) => Number(text.replace(/\D/g, '')));
}

/** A GraphQL call in the page's session (cookies of the signed-in user, CSRF header). */
async function api<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await page.request.post(url('/graphql'), {
    headers: { 'apollo-require-preflight': 'true' },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A PNG made on the spot (the upload route checks the bytes, not the name). */
function testImage(): Promise<Buffer> {
  return sharp({
    create: { width: 64, height: 48, channels: 3, background: { r: 40, g: 90, b: 160 } },
  })
    .png()
    .toBuffer();
}

describe('challenges (employee)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the enforcement challenge, sorts, supports an idea, comments and replies', async () => {
    const page = await newPage(browser, { language: 'nl' });
    try {
      await signIn(page, 'EMPLOYEE', '/uitdagingen');
      await expectNoAxeViolations(page, '/uitdagingen');
      await openChallenge(page);
      await expectNoAxeViolations(page, 'challenge page (cards)');
      expect(await ideaCards(page).count()).toBe(20);

      // The tag filter offers the challenge's tags with their counts (Challenge.tags, over all its
      // ideas, not only the loaded page); choosing one shows only ideas carrying it.
      const tagFilter = page.getByLabel(ch.list.tag, { exact: true });
      const tagOptions = (await tagFilter.locator('option').allInnerTexts()).slice(1);
      expect(tagOptions.length).toBeGreaterThan(1);
      for (const option of tagOptions) expect(option).toMatch(/^\S.* \(\d+\)$/);
      const firstTag = tagOptions[0].replace(/ \(\d+\)$/, '');
      const filtered = page.waitForResponse(
        (r) =>
          r.url().endsWith('/graphql') &&
          (r.request().postData() ?? '').includes('"operationName":"Ideas"') &&
          (r.request().postData() ?? '').includes(`"tag":${JSON.stringify(firstTag)}`),
      );
      await tagFilter.selectOption(firstTag);
      await filtered;
      await listSettled(page);
      for (const tags of await ideaList(page)
        .getByRole('list', { name: ch.idea.tags, exact: true })
        .allInnerTexts()) {
        expect(tags.split('\n').map((t) => t.trim())).toContain(firstTag);
      }
      expect(await ideaCards(page).count()).toBe(
        Math.min(20, Number(/\((\d+)\)$/.exec(tagOptions[0])![1])),
      );
      // Back to all ideas (from Apollo's cache: no request to wait for).
      await tagFilter.selectOption('');
      await page.waitForURL((u) => !u.search.includes('tag='));
      await ideaCards(page).nth(19).waitFor();
      expect(await ideaCards(page).count()).toBe(20);

      // Most supported first: the counts go down.
      await page.getByLabel(ch.list.sort, { exact: true }).selectOption('MOST_SUPPORTED');
      await page.waitForURL(/sortering=MOST_SUPPORTED/);
      await listSettled(page);
      const counts = await supportCounts(page);
      expect(counts.length).toBe(20);
      expect([...counts].sort((a, b) => b - a)).toEqual(counts);
      // "Meer laden" appends the next page (cursor), still in order.
      await page.getByRole('button', { name: TEXTS.nl.common.loadMore, exact: true }).click();
      await ideaCards(page).nth(20).waitFor();
      const more = await supportCounts(page);
      expect(more.length).toBeGreaterThan(20);
      expect(more.slice(0, 20)).toEqual(counts);
      expect([...more].sort((a, b) => b - a)).toEqual(more);

      // The list view is remembered.
      await page.getByRole('button', { name: ch.list.list, exact: true }).click();
      await page.locator('.ins-idea-list').waitFor();
      await expectNoAxeViolations(page, 'challenge page (list)');
      await page.reload({ waitUntil: 'networkidle' });
      await page.locator('.ins-idea-list').waitFor();
      expect(
        await page
          .getByRole('button', { name: ch.list.list, exact: true })
          .getAttribute('aria-pressed'),
      ).toBe('true');

      // Support an idea the employee does not support yet: the count goes up and stays up.
      const title = await ideaCards(page)
        .filter({ has: page.locator('.ins-support-button[aria-pressed="false"]') })
        .first()
        .locator('h3')
        .innerText();
      const card = () =>
        ideaCards(page).filter({ has: page.getByRole('link', { name: title, exact: true }) });
      const countOf = async () =>
        Number((await card().getByTestId('support-count').innerText()).replace(/\D/g, ''));
      const before = await countOf();
      await card().locator('.ins-support-button').click();
      await card().locator('.ins-support-button[aria-pressed="true"]').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await countOf()).toBe(before + 1);
      await page.reload({ waitUntil: 'networkidle' });
      await card().locator('.ins-support-button[aria-pressed="true"]').waitFor();
      expect(await countOf()).toBe(before + 1);

      // Open a seeded idea with comments and a response; comment and reply.
      await page.getByRole('button', { name: ch.list.cards, exact: true }).click();
      await page.getByLabel(ch.list.sort, { exact: true }).selectOption('MOST_DISCUSSED');
      await listSettled(page);
      await page.getByRole('link', { name: SEEDED_IDEA, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: SEEDED_IDEA }).waitFor();
      // The feedback block renders after its own query (and text namespace): wait for it, then
      // check there is exactly one.
      const feedbackHeading = page.getByRole('heading', { name: TEXTS.nl.feedback.block.title });
      await feedbackHeading.first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await feedbackHeading.count()).toBe(1);
      await expectNoAxeViolations(page, 'idea page');

      const comment = `Goed plan, ik schuif ook aan (${Date.now()})`;
      await page.getByLabel(ch.comments.new, { exact: true }).fill(comment);
      await page.getByRole('button', { name: ch.comments.post, exact: true }).click();
      const mine = page.locator('article.ins-comment').filter({ hasText: comment });
      await mine.waitFor();
      expect(await mine.locator('.ins-comment__author').innerText()).toBe('Eva Medewerker');

      await mine.getByRole('button', { name: ch.comments.reply, exact: true }).click();
      const reply = `En ik neem koffie mee (${Date.now()})`;
      await mine
        .getByLabel(ch.comments.replyLabel.replace('{{author}}', 'Eva Medewerker'), { exact: true })
        .fill(reply);
      await mine.getByLabel(ch.comments.anonymous, { exact: true }).check();
      await mine.getByRole('button', { name: ch.comments.postReply, exact: true }).click();
      const replyItem = page.locator('.ins-comments--replies article').filter({ hasText: reply });
      await replyItem.waitFor();
      expect(await replyItem.locator('.ins-comment__author').innerText()).toBe(ch.anonymous);
      // Still the author's own: editable and deletable.
      await replyItem.getByRole('button', { name: TEXTS.nl.common.edit, exact: true }).click();
      await replyItem.getByLabel(ch.comments.editLabel, { exact: true }).fill(`${reply} en taart`);
      await replyItem.getByRole('button', { name: TEXTS.nl.common.save, exact: true }).click();
      await replyItem.getByText(`${reply} en taart`).waitFor();
      await replyItem.getByRole('button', { name: ch.comments.delete, exact: true }).click();
      await page
        .getByRole('alertdialog')
        .getByRole('button', { name: ch.comments.delete, exact: true })
        .click();
      await page.getByText(ch.comments.deletedToast).waitFor();
      await page.locator('.ins-comments--replies').getByText(ch.comments.deleted).waitFor();
      await expectNoAxeViolations(page, 'idea page with comments');
      await saveScreenshot(page, 'challenges-employee-idea', 'nl', 1280);
    } finally {
      await page.context().close();
    }
  });

  it('posts an anonymous idea with similar-idea hints and an image, finds it under my ideas and edits it', async () => {
    const page = await newPage(browser, { language: 'nl' });
    try {
      await signIn(page, 'EMPLOYEE', '/uitdagingen');
      await openChallenge(page);
      await page.getByRole('link', { name: ch.newIdea, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: ch.form.newTitle }).waitFor();
      await expectNoAxeViolations(page, 'new idea form');

      // Validation before anything is sent.
      await page.getByRole('button', { name: ch.form.submit, exact: true }).click();
      await page.getByText(ch.form.errors.titleRequired).waitFor();
      await page.getByText(ch.form.errors.descriptionRequired).waitFor();

      const title = `Foto's van bijplaatsingen delen met het datateam ${Date.now() % 100000}`;
      await page.getByLabel(ch.form.title, { exact: true }).fill(title);
      // The hints: up to five similar ideas, each opening in a new tab.
      const hints = page.locator('.ins-similar-ideas li a');
      await hints.first().waitFor();
      const hintCount = await hints.count();
      expect(hintCount).toBeGreaterThan(0);
      expect(hintCount).toBeLessThanOrEqual(5);
      expect(await hints.first().getAttribute('target')).toBe('_blank');
      expect(await hints.allInnerTexts()).toEqual(
        expect.arrayContaining([expect.stringContaining("Foto's van bijplaatsingen")]),
      );

      await page
        .getByLabel(ch.form.description, { exact: true })
        .fill('Een **knop** in de app die de foto met locatie doorstuurt.\n\n- snel\n- anoniem');
      await page.getByLabel(ch.form.tags, { exact: true }).fill('foto, App ,#registratie');
      expect(await page.getByRole('list', { name: ch.form.tagsPreview }).innerText()).toContain(
        'registratie',
      );

      // An image: uploaded at once, shown as a preview.
      await page.locator('.ins-image-upload input[type="file"]').setInputFiles({
        name: 'bijplaatsing.png',
        mimeType: 'image/png',
        buffer: await testImage(),
      });
      const preview = page.getByRole('list', { name: ch.images.added }).locator('img');
      await preview.waitFor();
      await page.waitForFunction(
        () =>
          (document.querySelector<HTMLImageElement>('.ins-image-upload__list img')?.naturalWidth ??
            0) > 0,
      );

      // A text alternative for the image, typed in its own labelled field.
      await page
        .getByLabel(ch.images.description.replace('{{number}}', '1'), { exact: true })
        .fill('Vuilniszakken naast een volle container');
      expect(await preview.getAttribute('alt')).toBe('Vuilniszakken naast een volle container');

      // Something that only claims to be an image is refused with a reason.
      await page.locator('.ins-image-upload input[type="file"]').setInputFiles({
        name: 'nep.png',
        mimeType: 'image/png',
        buffer: Buffer.from('dit is geen afbeelding'),
      });
      expect(await page.locator('.ins-image-upload__problems').innerText()).toContain('nep.png');
      expect(await preview.count()).toBe(1);

      // Anonymous, with the plain explanation.
      await page.getByLabel(ch.anonymity.toggle, { exact: true }).check();
      expect(await page.locator('.ins-anonymity-explanation').innerText()).toContain(
        ch.anonymity.nobody,
      );
      await expectNoAxeViolations(page, 'new idea form filled in');
      await page.getByRole('button', { name: ch.form.submit, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.locator('.ins-idea-byline').innerText()).toContain(ch.anonymous);
      expect(await page.locator('.ins-idea-byline').innerText()).toContain(ch.idea.youAnonymous);
      expect(await page.locator('.ins-markdown strong').first().innerText()).toBe('knop');
      // The image came along (served only to those who may see the idea).
      const shown = page.getByRole('list', { name: ch.images.legend }).locator('img');
      await shown.waitFor();
      await page.waitForFunction(
        () =>
          (document.querySelector<HTMLImageElement>('.ins-idea-images img')?.naturalWidth ?? 0) > 0,
      );
      expect(await shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);
      expect(await shown.getAttribute('alt')).toBe('Vuilniszakken naast een volle container');
      const ideaUrl = page.url();

      // Under "my ideas" it is listed as "Anoniem".
      await page.getByRole('link', { name: CHALLENGE, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: CHALLENGE }).waitFor();
      await page.getByRole('button', { name: ch.list.myIdeas, exact: true }).click();
      await page.waitForURL(/mijn=1/);
      await listSettled(page);
      const mine = ideaCards(page).filter({
        has: page.getByRole('link', { name: title, exact: true }),
      });
      expect(await mine.locator('.ins-idea-card__meta').innerText()).toContain(ch.anonymous);

      // Edit it (still anonymous).
      await gotoAndSettle(page, new URL(ideaUrl).pathname);
      await page.getByRole('link', { name: ch.idea.edit, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: ch.form.editTitle }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page, 'edit idea form');
      const edited = `${title} (bewerkt)`;
      await page.getByLabel(ch.form.title, { exact: true }).fill(edited);
      await page.getByRole('button', { name: ch.form.save, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: edited }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.locator('.ins-idea-byline').innerText()).toContain(ch.anonymous);
      // Editing kept the image.
      expect(await page.getByRole('list', { name: ch.images.legend }).locator('img').count()).toBe(
        1,
      );
      await saveScreenshot(page, 'challenges-employee-own-idea', 'nl', 1280);

      // Withdraw it, after confirming.
      await page.getByRole('button', { name: ch.idea.withdraw, exact: true }).click();
      await expectNoAxeViolations(page, 'withdraw confirmation');
      await page
        .getByRole('alertdialog')
        .getByRole('button', { name: ch.idea.withdraw, exact: true })
        .click();
      await page.getByText(ch.idea.withdrawnNote).waitFor();
      expect(await page.locator('.ins-idea-card__badges').innerText()).toContain(
        ch.idea.withdrawnBadge,
      );
      expect(await page.getByRole('link', { name: ch.idea.edit, exact: true }).count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });

  it('renders markup in ideas and comments as text and runs no script', async () => {
    const page = await newPage(browser, { language: 'nl' });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      await signIn(page, 'EMPLOYEE', '/uitdagingen');
      await openChallenge(page);
      await page.getByRole('link', { name: ch.newIdea, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: ch.form.newTitle }).waitFor();
      const title = `<img src=x onerror=alert(1)> ${Date.now() % 100000}`;
      const description =
        '<script>alert(2)</script>\n\n[klik](javascript:alert(3)) <a href="javascript:alert(4)">x</a>\n\n' +
        '<img src=x onerror=alert(5)>';
      await page.getByLabel(ch.form.title, { exact: true }).fill(title);
      await page.getByLabel(ch.form.description, { exact: true }).fill(description);
      await page.getByRole('button', { name: ch.form.submit, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.waitForLoadState('networkidle');
      await page
        .getByLabel(ch.comments.new, { exact: true })
        .fill('<svg onload=alert(6)></svg> [x](javascript:alert(7))');
      await page.getByRole('button', { name: ch.comments.post, exact: true }).click();
      await page.locator('article.ins-comment').filter({ hasText: '<svg onload' }).waitFor();
      await page.reload({ waitUntil: 'networkidle' });
      await page.getByRole('heading', { level: 1, name: title }).waitFor();

      const main = page.locator('main');
      expect(await main.locator('img, script, svg[onload]').count()).toBe(0);
      expect(await main.locator('a[href^="javascript" i]').count()).toBe(0);
      expect(await main.innerText()).toContain('<script>alert(2)</script>');
      // In the list too (title and excerpt).
      await page.getByRole('link', { name: CHALLENGE, exact: true }).click();
      await ideaList(page).getByRole('link', { name: title, exact: true }).waitFor();
      expect(await ideaList(page).locator('img, script').count()).toBe(0);
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('reports an idea, and shows its author the reason when moderators hide it', async () => {
    const author = await newPage(browser, { language: 'nl' });
    const reporter = await newPage(browser, { language: 'nl' });
    const moderator = await newPage(browser, { language: 'nl' });
    try {
      await signIn(author, 'EMPLOYEE', '/uitdagingen');
      await openChallenge(author);
      const challengeId = new URL(author.url()).pathname.split('/').pop();
      const title = `Een idee dat de regels breekt ${Date.now() % 100000}`;
      const { submitIdea } = await api<{ submitIdea: { id: string } }>(
        author,
        'mutation($input: SubmitIdeaInput!) { submitIdea(input: $input) { id } }',
        {
          input: {
            challengeId,
            title,
            description: 'Met de naam van een collega erin.',
            idempotencyKey: `e2e-${Date.now()}`,
          },
        },
      );
      const path = `/ideeen/${submitIdea.id}`;

      // Another employee reports it: reason and explanation, in a dialog.
      await signIn(reporter, 'MANAGER', '/uitdagingen');
      await gotoAndSettle(reporter, path);
      await reporter.getByRole('button', { name: ch.report.actionIdea, exact: true }).click();
      const dialog = reporter.getByRole('dialog');
      await dialog.waitFor();
      await expectNoAxeViolations(reporter, 'report dialog');
      await dialog.getByLabel(ch.report.reasons.OTHER, { exact: true }).check();
      await dialog.getByRole('button', { name: ch.report.submit, exact: true }).click();
      await dialog.getByText(ch.report.textRequired).waitFor();
      await dialog
        .getByLabel(ch.report.textRequiredLabel, { exact: true })
        .fill('Er staat een naam van een collega in.');
      await dialog.getByRole('button', { name: ch.report.submit, exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await reporter.getByText(ch.report.done).waitFor();
      // A second report by the same person is refused kindly.
      await reporter.getByRole('button', { name: ch.report.actionIdea, exact: true }).click();
      await reporter
        .getByRole('dialog')
        .getByLabel(ch.report.reasons.SPAM, { exact: true })
        .check();
      await reporter
        .getByRole('dialog')
        .getByRole('button', { name: ch.report.submit, exact: true })
        .click();
      await reporter.getByRole('dialog').getByText(ch.report.already).waitFor();

      // A moderator hides it with a reason; the author sees that reason.
      await signIn(moderator, 'MODERATOR', '/');
      const reason = 'Noem geen collega’s bij naam';
      await api(
        moderator,
        'mutation($input: HideContentInput!) { hideContent(input: $input) { id hidden } }',
        { input: { kind: 'idea', contentId: submitIdea.id, reason } },
      );
      await gotoAndSettle(author, path);
      await author.getByRole('heading', { name: ch.idea.hiddenTitle }).waitFor();
      expect(await author.locator('main').innerText()).toContain(reason);
      expect(await author.locator('.ins-idea-card__badges').innerText()).toContain(
        ch.idea.hiddenBadge,
      );
      await expectNoAxeViolations(author, 'hidden idea, seen by its author');
    } finally {
      await author.context().close();
      await reporter.context().close();
      await moderator.context().close();
    }
  });

  it('can be used with the keyboard: support and follow by Tab and Space, with a visible focus', async () => {
    const page = await newPage(browser, { language: 'nl' });
    try {
      await signIn(page, 'EMPLOYEE', '/uitdagingen');
      await openChallenge(page);
      await page.getByLabel(ch.list.sort, { exact: true }).selectOption('MOST_DISCUSSED');
      await listSettled(page);
      await page.getByRole('link', { name: SEEDED_IDEA, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: SEEDED_IDEA }).waitFor();
      await page.waitForLoadState('networkidle');
      const tabTo = async (selector: string) => {
        for (let i = 0; i < 60; i++) {
          await page.keyboard.press('Tab');
          if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector))
            return;
        }
        throw new Error(`Tab never reached ${selector}`);
      };
      await tabTo('.ins-idea-actions .ins-support-button');
      const focus = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element);
        return { outline: style.outlineStyle, shadow: style.boxShadow };
      });
      expect(focus.outline !== 'none' || focus.shadow !== 'none').toBe(true);
      const support = page.locator('.ins-idea-actions .ins-support-button');
      const pressed = await support.getAttribute('aria-pressed');
      await page.keyboard.press('Space');
      await page.waitForFunction(
        (was) =>
          document
            .querySelector('.ins-idea-actions .ins-support-button')
            ?.getAttribute('aria-pressed') !== was,
        pressed,
      );
      await page.keyboard.press('Space');
      await page.waitForFunction(
        (was) =>
          document
            .querySelector('.ins-idea-actions .ins-support-button')
            ?.getAttribute('aria-pressed') === was,
        pressed,
      );
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe(
        'ins-follow-button',
      );
      const following = await page.locator('.ins-follow-button').getAttribute('aria-pressed');
      await page.keyboard.press('Enter');
      await page
        .locator(`.ins-follow-button[aria-pressed="${following === 'true' ? 'false' : 'true'}"]`)
        .waitFor();
      await page.getByText(following === 'true' ? ch.follow.stopped : ch.follow.started).waitFor();
    } finally {
      await page.context().close();
    }
  });

  it('works at 360 px: challenge list, challenge, idea and form', async () => {
    const page = await newPage(browser, { language: 'nl', width: 360 });
    try {
      await signIn(page, 'EMPLOYEE', '/uitdagingen');
      await noHorizontalOverflow(page);
      await openChallenge(page);
      await noHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'challenge page at 360 px');
      await saveScreenshot(page, 'challenges-employee-challenge', 'nl', 360);
      await page.getByLabel(ch.list.sort, { exact: true }).selectOption('MOST_DISCUSSED');
      await listSettled(page);
      await page.getByRole('link', { name: SEEDED_IDEA, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: SEEDED_IDEA }).waitFor();
      await page.waitForLoadState('networkidle');
      await noHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'idea page at 360 px');
      await saveScreenshot(page, 'challenges-employee-idea', 'nl', 360);
      await page.getByRole('link', { name: CHALLENGE, exact: true }).click();
      await page.getByRole('link', { name: ch.newIdea, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: ch.form.newTitle }).waitFor();
      await noHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'new idea form at 360 px');
    } finally {
      await page.context().close();
    }
  });

  it('reads in English', async () => {
    const page = await newPage(browser, { language: 'en' });
    try {
      await signIn(page, 'EMPLOYEE', '/uitdagingen');
      expect(await page.locator('main h1').innerText()).toBe(TEXTS.en.challenges.title);
      await openChallenge(page);
      await page
        .getByRole('heading', { name: TEXTS.en.challenges.list.title, exact: true })
        .waitFor();
      await expectNoAxeViolations(page, 'challenge page in English');
    } finally {
      await page.context().close();
    }
  });
});
