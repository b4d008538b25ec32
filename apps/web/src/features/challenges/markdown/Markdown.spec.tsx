import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown, parseBlocks, plainText, safeHref } from './Markdown';

function html(text: string): HTMLElement {
  return render(<Markdown text={text} />).container;
}

describe('Markdown', () => {
  it('renders paragraphs, line breaks, lists, quotes, headings and emphasis', () => {
    const root = html(
      '# Kop\n\nEen **vette** en *schuine* en _ook_ `code`.\nTweede regel.\n\n- een\n- twee\n\n1. eerst\n2. dan\n\n> citaat',
    );
    expect(root.querySelector('h3')?.textContent).toBe('Kop');
    expect(root.querySelector('strong')?.textContent).toBe('vette');
    expect([...root.querySelectorAll('em')].map((em) => em.textContent)).toEqual([
      'schuine',
      'ook',
    ]);
    expect(root.querySelector('code')?.textContent).toBe('code');
    expect(root.querySelectorAll('p br')).toHaveLength(1);
    expect([...root.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual([
      'een',
      'twee',
    ]);
    expect([...root.querySelectorAll('ol li')].map((li) => li.textContent)).toEqual([
      'eerst',
      'dan',
    ]);
    expect(root.querySelector('blockquote')?.textContent).toBe('citaat');
  });

  it('shows raw HTML as text and creates no elements from it', () => {
    const payload =
      '<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a>';
    const root = html(payload);
    expect(root.querySelector('script, img, a')).toBeNull();
    expect(root.textContent).toBe(payload);
  });

  it('links only to http(s) and mailto addresses', () => {
    const root = html(
      '[goed](https://voorbeeld.nl/pad?q=1) [mail](mailto:a@b.nl) [kwaad](javascript:alert(1)) ' +
        '[data](data:text/html,<b>x</b>) [relatief](/beheer) [tab](java\tscript:alert(1))',
    );
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://voorbeeld.nl/pad?q=1',
      'mailto:a@b.nl',
    ]);
    expect(links[0].getAttribute('rel')).toContain('noopener');
    expect(links[0].getAttribute('rel')).toContain('ugc');
    // The text of a refused link stays readable.
    expect(root.textContent).toContain('kwaad');
    expect(root.textContent).toContain('relatief');
  });

  it('rejects dangerous or relative URLs', () => {
    expect(safeHref('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHref(' javascript:alert(1)')).toBeNull();
    expect(safeHref('vbscript:x')).toBeNull();
    expect(safeHref('//evil.example')).toBeNull();
    expect(safeHref('https://ok.example/')).toBe('https://ok.example/');
  });

  it('keeps deeply nested emphasis finite and keeps code literal', () => {
    const root = html('`**niet vet**` en ****');
    expect(root.querySelector('code')?.textContent).toBe('**niet vet**');
    expect(root.querySelector('strong')).toBeNull();
  });

  it('splits blocks on blank lines and continues list items', () => {
    expect(parseBlocks('- een\n  verder\n\ntekst').map((block) => block.kind)).toEqual([
      'list',
      'paragraph',
    ]);
  });

  it('strips marks for excerpts', () => {
    expect(plainText('# Kop\n\nEen **vet** [link](https://x.nl)\n- punt')).toBe(
      'Kop Een vet link punt',
    );
  });
});
