/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** The parts of a mail; every string is plain text (user-written or not) and is escaped. */
export interface MailParts {
  locale: string;
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** The one button-like link of the mail, also written out in full for the text version. */
  action?: { label: string; url: string };
  /** Small print under the action, e.g. how long the link is valid. */
  notes?: string[];
  /** A list of links after the paragraphs (a digest's items). */
  links?: { label: string; url: string }[];
  signature: string;
  /** Small print after the signature with links, e.g. unsubscribing. */
  footer?: { text: string; links: { label: string; url: string }[] };
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const allowedUrl = (url: string) => {
  const u = new URL(url);
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    throw new Error('mail links must be http(s)');
  return u.toString();
};

/**
 * Renders a mail as plain text and as plain, accessible HTML: a language attribute, a title,
 * one column, real headings and paragraphs, a link whose text says where it goes, no images,
 * no tracking. Nothing from the parts reaches the HTML unescaped.
 */
export function composeMail(parts: MailParts): RenderedMail {
  const url = parts.action ? allowedUrl(parts.action.url) : null;
  const links = (parts.links ?? []).map((l) => ({ label: l.label, url: allowedUrl(l.url) }));
  const footer = parts.footer
    ? {
        text: parts.footer.text,
        links: parts.footer.links.map((l) => ({ label: l.label, url: allowedUrl(l.url) })),
      }
    : null;
  const text = [
    parts.greeting,
    '',
    ...parts.paragraphs.flatMap((p) => [p, '']),
    ...links.flatMap((l) => [`- ${l.label}`, `  ${l.url}`]),
    ...(links.length ? [''] : []),
    ...(parts.action && url ? [`${parts.action.label}:`, url, ''] : []),
    ...(parts.notes ?? []).flatMap((n) => [n, '']),
    parts.signature,
    '',
    ...(footer ? ['--', footer.text, ...footer.links.map((l) => `${l.label}: ${l.url}`), ''] : []),
  ].join('\n');

  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const action =
    parts.action && url
      ? `<p style="margin:0 0 16px"><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 16px;background:#1c4f8a;color:#ffffff;text-decoration:underline;border-radius:4px">${escapeHtml(parts.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:14px">${escapeHtml(url)}</p>`
      : '';
  const html = `<!doctype html>
<html lang="${escapeHtml(parts.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.subject)}</title>
</head>
<body style="margin:0;padding:0;background:#ffffff;color:#1a1a1a">
<main style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(parts.subject)}</h1>
${p(parts.greeting)}
${parts.paragraphs.map(p).join('\n')}
${
  links.length
    ? `<ul style="margin:0 0 16px;padding-left:20px">\n${links
        .map(
          (l) =>
            `<li style="margin:0 0 8px"><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a></li>`,
        )
        .join('\n')}\n</ul>`
    : ''
}
${action}
${(parts.notes ?? []).map(p).join('\n')}
${p(parts.signature)}
${
  footer
    ? `<p style="margin:24px 0 0;font-size:13px;color:#4a4a4a">${escapeHtml(footer.text)} ${footer.links
        .map((l) => `<a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a>`)
        .join(' · ')}</p>`
    : ''
}
</main>
</body>
</html>
`;
  return { subject: parts.subject, text, html };
}
