import { stringify } from 'csv-stringify/sync';
import { neutraliseCsvCell } from '@inspraak/server-audit';
import { ResultsView } from './results.service';

const HIDDEN = 'hidden to protect anonymity';

/**
 * Exactly the visible results of a view (the same nodes and numbers the API shows the caller):
 * one row per group, question and answer value; a hidden group is one row saying so, without
 * numbers. No comments (they stay in the app, shuffled and undated).
 */
export function resultsCsv(view: ResultsView): string {
  const pathOf = new Map<string | null, string>();
  const rows: string[][] = [];
  for (const n of view.nodes) {
    const name = n.name ?? 'Whole audience';
    const path = n.parentOrgUnitId ? `${pathOf.get(n.parentOrgUnitId) ?? ''} > ${name}` : name;
    pathOf.set(n.orgUnitId, path);
    if (n.hidden) {
      rows.push([path, String(n.audience), '', '', '', '', '', '', '', HIDDEN]);
      continue;
    }
    for (const q of n.questions) {
      for (const d of q.distribution) {
        rows.push([
          path,
          String(n.audience),
          String(n.responses),
          q.key,
          d.value !== null ? String(d.value) : (d.choice ?? ''),
          String(d.count),
          q.mean === null ? '' : String(q.mean),
          q.favourableShare === null ? '' : String(q.favourableShare),
          q.enps === null ? '' : String(q.enps),
          '',
        ]);
      }
    }
  }
  return `\uFEFF${stringify(
    rows.map((r) => r.map(neutraliseCsvCell)),
    {
      header: true,
      columns: [
        'group',
        'audience',
        'responses',
        'question',
        'answer',
        'count',
        'question_mean',
        'question_favourable_share',
        'question_enps',
        'note',
      ],
    },
  )}`;
}
