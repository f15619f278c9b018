// One fetch wrapper for every service behind the gateway. problem+json (RFC 9457) answers become a typed
// ProblemError whose field errors can be shown next to the field they name.
export interface FieldError {
  field?: string;
  message?: string;
  row?: number;
  column?: string;
  reason?: string;
}

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: FieldError[],
    readonly body: Record<string, unknown>,
  ) {
    super(detail ?? title);
  }

  /** The short slug of the problem type: urn:shuangsuiji:problem:<slug>. */
  get slug(): string {
    return this.type.split(':').pop() ?? this.type;
  }

  /** Messages per field name, for antd Form.setFields. */
  fieldErrors(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const e of this.errors) {
      if (e.field) (out[e.field] ??= []).push(e.message ?? e.reason ?? '');
    }
    return out;
  }
}

type TokenSource = () => Promise<string | undefined>;
let tokenSource: TokenSource = async () => undefined;
export function setTokenSource(source: TokenSource) {
  tokenSource = source;
}

export type Query = Record<string, string | number | boolean | undefined | null | (string | number)[]>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) v.forEach((x) => params.append(k, String(x)));
    else params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export async function toProblem(res: Response): Promise<ProblemError> {
  let body: Record<string, unknown> = {};
  try {
    body = (await res.json()) as Record<string, unknown>;
  } catch {
    // not JSON: keep the status line
  }
  return problemFrom(res.status, body, res.statusText);
}

export function problemFrom(status: number, body: Record<string, unknown>, fallbackTitle = ''): ProblemError {
  return new ProblemError(
    status,
    String(body.type ?? `http-${status}`),
    String(body.title ?? fallbackTitle ?? `HTTP ${status}`),
    body.detail as string | undefined,
    Array.isArray(body.errors) ? (body.errors as FieldError[]) : [],
    body,
  );
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** public endpoints: never send a token */
  anonymous?: boolean;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (!options.anonymous) {
    const token = await tokenSource();
    if (token) headers.Authorization = `Bearer ${token}`;
  }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(withQuery(path, options.query), {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  if (!res.ok) throw await toProblem(res);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A multipart upload with progress (fetch has no upload progress): resolves with the JSON answer. */
export async function upload<T>(path: string, form: FormData, onProgress: (percent: number) => void): Promise<T> {
  const token = await tokenSource();
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(xhr.responseText || '{}');
      } catch {
        // keep empty
      }
      onProgress(100);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(problemFrom(xhr.status, body, xhr.statusText));
    };
    xhr.onerror = () => reject(problemFrom(0, { title: 'network error' }));
    xhr.send(form);
  });
}
