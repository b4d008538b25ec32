import { DataTable, TableCell, TableHeaderCell, TableRow } from '@inspraak/web-ui';
import type { ReactNode } from 'react';

export interface SimpleTableProps {
  label: string;
  columns: readonly string[];
  /** `id` makes a row a link target (SIM health links to the item it is about). */
  rows: readonly { key: string; id?: string; cells: readonly ReactNode[] }[];
}

/** A captioned table that scrolls sideways on phones (first cell is the row header). */
export function SimpleTable({ label, columns, rows }: SimpleTableProps) {
  return (
    <DataTable label={label} columns={columns}>
      {rows.map((row) => (
        <TableRow key={row.key} id={row.id} tabIndex={row.id ? -1 : undefined}>
          {row.cells.map((cell, index) =>
            index === 0 ? (
              <TableHeaderCell key={index} scope="row">
                {cell}
              </TableHeaderCell>
            ) : (
              <TableCell key={index}>{cell}</TableCell>
            ),
          )}
        </TableRow>
      ))}
    </DataTable>
  );
}
