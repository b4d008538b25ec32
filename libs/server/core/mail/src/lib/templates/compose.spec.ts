import { composeMail, escapeHtml } from './compose';

describe('composeMail', () => {
  const parts = {
    locale: 'nl',
    subject: 'Uitnodiging <Inspraak>',
    greeting: 'Beste <script>alert(1)</script>,',
    paragraphs: ['Tom & Jerry "zeggen" hallo'],
    action: { label: 'Account activeren', url: 'https://inspraak.example/uitnodiging/abc?x=1&y=2' },
    notes: ['Deze link is 7 dagen geldig.'],
    signature: 'Inspraak',
  };

  it('escapes every part in the HTML and keeps the text version plain', () => {
    const m = composeMail(parts);
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('Beste &lt;script&gt;alert(1)&lt;/script&gt;,');
    expect(m.html).toContain('Tom &amp; Jerry &quot;zeggen&quot; hallo');
    expect(m.html).toContain('href="https://inspraak.example/uitnodiging/abc?x=1&amp;y=2"');
    expect(m.html).toContain('<html lang="nl">');
    expect(m.html).toContain('<title>Uitnodiging &lt;Inspraak&gt;</title>');
    expect(m.text).toContain('Beste <script>alert(1)</script>,');
    expect(m.text).toContain('https://inspraak.example/uitnodiging/abc?x=1&y=2');
    expect(m.text).not.toMatch(/<p|<a /);
  });

  it('refuses links that are not http(s)', () => {
    expect(() =>
      composeMail({ ...parts, action: { label: 'x', url: 'javascript:alert(1)' } }),
    ).toThrow();
  });

  it('escapes quotes for attributes', () => {
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });
});
