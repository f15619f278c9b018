import type { Loaded } from '../api/useApi';
import { DataTable, type DataTableProps } from './DataTable';
import { ProblemAlert } from './ProblemAlert';

type Props<T> = Omit<DataTableProps<T>, 'rows' | 'loading'> & {
  /** the rows as useApi loads them */
  loaded: Loaded<T[]>;
  /** a problem of the page's own actions, shown when loading did not fail */
  error?: Error;
};

/** A table of rows useApi loads: the problem of the load (with retry) above it, its loading state in it. */
export function LoadedTable<T>({ loaded, error, ...table }: Props<T>) {
  return (
    <>
      <ProblemAlert error={loaded.error ?? error} onRetry={loaded.reload} />
      <DataTable<T> {...table} rows={loaded.data} loading={loaded.loading} />
    </>
  );
}
