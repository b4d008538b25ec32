import { Fragment, type ReactNode } from 'react';

/**
 * A small Markdown subset for text employees write (ideas, comments, challenge statements),
 * rendered as React elements: raw HTML is never interpreted (it shows as text), and links go
 * only to http(s) and mailto addresses. Supported: paragraphs, line breaks, headings (#, ##,
 * ###, shown as h3–h5 so they stay below the page's own headings), bullet and numbered lists,
 * quotes, **bold**, *italic* / _italic_, `code` and [text](url).
 */
export function Markdown({ text, className }: { text: string; className?: string }) {
  return (
    <div className={['ins-markdown', className].filter(Boolean).join(' ')}>
      {renderBlocks(text)}
    </div>
  );
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The URL when it is absolute and uses a safe protocol; null otherwise (javascript:, data:, …). */
export function safeHref(raw: string): string | null {
  const trimmed = raw.trim();
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  if ([...trimmed].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f))
    return null;
  if (/\s/.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'quote'; lines: string[] }
  | { kind: 'list'; ordered: boolean; items: string[] };

const HEADING = /^(#{1,3})\s+(.*)$/;
const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;

export function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let current: Block | null = null;
  const flush = () => {
    if (current) blocks.push(current);
    current = null;
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2] });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const ordered = !!numbered;
      if (current?.kind !== 'list' || current.ordered !== ordered) {
        flush();
        current = { kind: 'list', ordered, items: [] };
      }
      current.items.push(item[1]);
      continue;
    }
    const quote = QUOTE.exec(line);
    if (quote) {
      if (current?.kind !== 'quote') {
        flush();
        current = { kind: 'quote', lines: [] };
      }
      current.lines.push(quote[1]);
      continue;
    }
    if (current?.kind === 'list') {
      // A continuation line of the last item.
      current.items[current.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    if (current?.kind !== 'paragraph') {
      flush();
      current = { kind: 'paragraph', lines: [] };
    }
    current.lines.push(line);
  }
  flush();
  return blocks;
}

function renderBlocks(text: string): ReactNode[] {
  return parseBlocks(text).map((block, index) => {
    switch (block.kind) {
      case 'heading': {
        const Tag = (['h3', 'h4', 'h5'] as const)[block.level - 1];
        return <Tag key={index}>{renderInline(block.text)}</Tag>;
      }
      case 'list': {
        const Tag = block.ordered ? 'ol' : 'ul';
        return (
          <Tag key={index}>
            {block.items.map((item, i) => (
              <li key={i}>{renderInline(item)}</li>
            ))}
          </Tag>
        );
      }
      case 'quote':
        return <blockquote key={index}>{renderLines(block.lines)}</blockquote>;
      case 'paragraph':
        return <p key={index}>{renderLines(block.lines)}</p>;
    }
  });
}

function renderLines(lines: string[]): ReactNode[] {
  return lines.map((line, i) => (
    <Fragment key={i}>
      {i > 0 ? <br /> : null}
      {renderInline(line)}
    </Fragment>
  ));
}

// Order matters: code first (its content is literal), then links, then emphasis.
const INLINE =
  /`([^`]+)`|\[([^\]]+)\]\(([^()\s]+(?:\([^()\s]*\))?)\)|\*\*(.+?)\*\*|__(.+?)__|\*(?!\s)(.+?)\*|(?<![\p{L}\p{N}])_(?!\s)(.+?)_(?![\p{L}\p{N}])/u;

/** Inline Markdown to React nodes; everything that is not markup stays plain text. */
export function renderInline(text: string, depth = 0): ReactNode[] {
  const out: ReactNode[] = [];
  let rest = text;
  let key = 0;
  while (rest) {
    const match = depth > 4 ? null : INLINE.exec(rest);
    if (!match) {
      out.push(rest);
      break;
    }
    if (match.index > 0) out.push(rest.slice(0, match.index));
    const [whole, code, linkText, linkUrl, strong1, strong2, em1, em2] = match;
    if (code !== undefined) out.push(<code key={key++}>{code}</code>);
    else if (linkText !== undefined) {
      const href = safeHref(linkUrl);
      out.push(
        href ? (
          <a key={key++} href={href} rel="nofollow noopener noreferrer ugc">
            {renderInline(linkText, depth + 1)}
          </a>
        ) : (
          <Fragment key={key++}>{renderInline(linkText, depth + 1)}</Fragment>
        ),
      );
    } else if (strong1 !== undefined || strong2 !== undefined) {
      out.push(<strong key={key++}>{renderInline(strong1 ?? strong2, depth + 1)}</strong>);
    } else {
      out.push(<em key={key++}>{renderInline(em1 ?? em2, depth + 1)}</em>);
    }
    rest = rest.slice(match.index + whole.length);
  }
  return out;
}

/** The text without Markdown marks, for excerpts on cards. */
export function plainText(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#]+/g, '')
    .replace(/^\s*[-+]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
