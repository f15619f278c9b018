import { api, type Query } from './client';

interface Page<T> { items?: T[]; totalPages?: number }

/** Reads every page of a paged list (size 200, the services' maximum). */
export async function allPages<T>(path: string, query: Query = {}, options: { signal?: AbortSignal; anonymous?: boolean } = {}): Promise<T[]> {
  const out: T[] = [];
  for (let page = 0; page < 100; page++) {
    const res = await api<Page<T>>(path, { query: { ...query, page, size: 200 }, ...options });
    out.push(...(res.items ?? []));
    if (page + 1 >= (res.totalPages ?? 1)) break;
  }
  return out;
}
