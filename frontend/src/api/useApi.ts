import { useCallback, useEffect, useState } from 'react';
import { ProblemError } from './client';

export interface Loaded<T> {
  data?: T;
  error?: ProblemError | Error;
  loading: boolean;
  reload: () => void;
}

/** Loads once per change of `deps` and on reload(); aborts a request that is no longer wanted. */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ data: s.data, loading: true }));
    run(controller.signal)
      .then((data) => !controller.signal.aborted && setState({ data, loading: false }))
      .catch((error: Error) => !controller.signal.aborted && setState({ error, loading: false }));
    return () => controller.abort();
  }, [run, tick]);
  return { ...state, reload: () => setTick((t) => t + 1) };
}
