import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@inspraak/web-ui';
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
    <div className="ins-table-wrap">
      <TableContainer tabIndex={0} role="region" aria-label={label}>
        <Table>
          <TableCaption className="ins-visually-hidden">{label}</TableCaption>
          <TableHeader>
            <TableRow>
              {columns.map((column) => (
                <TableHeaderCell key={column} scope="col">
                  {column}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
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
          </TableBody>
        </Table>
      </TableContainer>
    </div>
  );
}
