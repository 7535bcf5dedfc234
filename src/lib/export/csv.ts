import { stringify } from 'csv-stringify/sync';
import type { Table } from './flatten.ts';

/**
 * A table as CSV (RFC 4180: comma-separated, CRLF between records, fields quoted when they hold a
 * comma, a quote or a line break), UTF-8 with a header row. csv-stringify does the quoting.
 */
export function renderCsv(table: Table): string {
  // csv-stringify quotes a field that holds the record delimiter (CRLF), not one that holds a bare
  // line feed, which is how list cells separate their items: those are quoted explicitly.
  return stringify([table.columns, ...table.rows], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
