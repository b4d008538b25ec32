import {
  Table,
  TableBody,
  TableCaption,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface DataTableProps {
  /** Caption (read by screen readers) and the name of the scrollable region. */
  label: string;
  /** Column headings, in order. */
  columns: readonly ReactNode[];
  /** The body rows (`TableRow`s). */
  children: ReactNode;
}

/**
 * A captioned table in a focusable region that scrolls sideways on phones, so keyboard users
 * can scroll it too.
 */
export function DataTable({ label, columns, children }: DataTableProps) {
  return (
    <div className="ins-table-wrap">
      <TableContainer tabIndex={0} role="region" aria-label={label}>
        <Table>
          <TableCaption className="ins-visually-hidden">{label}</TableCaption>
          <TableHeader>
            <TableRow>
              {columns.map((column, index) => (
                <TableHeaderCell key={index} scope="col">
                  {column}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>{children}</TableBody>
        </Table>
      </TableContainer>
    </div>
  );
}
