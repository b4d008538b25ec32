import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every user-visible text goes through t(); a literal in JSX would stay Dutch (or English) only.
const sources: Record<string, string> = {
  ...import.meta.glob<string>('../**/*.tsx', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../../../libs/web/ui/src/**/*.tsx', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
};

const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder', 'label']);
const HAS_LETTERS = /\p{L}/u;

function findLiterals(file: string, source: string): string[] {
  if (file.endsWith('.spec.tsx')) return [];
  const sourceFile = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${file}:${line + 1}: "${text.trim()}"`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && HAS_LETTERS.test(node.text)) report(node, node.text);
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isStringLiteral(node.expression) ||
        ts.isNoSubstitutionTemplateLiteral(node.expression)) &&
      ts.isJsxElement(node.parent) &&
      HAS_LETTERS.test(node.expression.text)
    ) {
      report(node, node.expression.text);
    }
    if (
      ts.isJsxAttribute(node) &&
      VISIBLE_ATTRIBUTES.has(node.name.getText(sourceFile)) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      HAS_LETTERS.test(node.initializer.text)
    ) {
      report(node, node.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

describe('components', () => {
  it('scan a meaningful set of files', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
  });

  it('render no literal user-visible text in JSX', () => {
    const literals = Object.entries(sources).flatMap(([file, source]) =>
      findLiterals(file, source),
    );
    expect(literals).toEqual([]);
  });

  it('detect a literal when there is one', () => {
    const sample =
      'export const A = () => <p title="Hallo">Welkom, {name}! <b>{"Klik"}</b> — .</p>;';
    expect(findLiterals('sample.tsx', sample)).toHaveLength(3);
  });
});
