import { useState } from 'react';
import { Alert, Button, type FormInstance } from 'antd';
import { ProblemError } from '../api/client';
import { useI18n } from '../i18n';

/** A failed request: title and detail of the problem, and the field or row errors it names. */
export function ProblemAlert({ error, onRetry }: { error?: Error; onRetry?: () => void }) {
  const { t } = useI18n();
  if (!error) return null;
  const problem = error instanceof ProblemError ? error : undefined;
  const lines = problem?.errors.map((e) =>
    e.field ? `${e.field}: ${e.message ?? e.reason ?? ''}` : e.row ? `${t('row')} ${e.row}${e.column ? ` ${e.column}` : ''}: ${e.reason ?? e.message ?? ''}` : e.message ?? e.reason ?? '',
  );
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={problem ? `${problem.title}${problem.status ? ` (${problem.status})` : ''}` : error.message}
      description={
        <>
          {problem?.detail && !lines?.length && <div>{problem.detail}</div>}
          {lines && lines.length > 0 && (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {lines.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
          )}
        </>
      }
      action={onRetry && <Button size="small" onClick={onRetry}>{t('retry')}</Button>}
    />
  );
}

/** Puts a problem's field errors onto an antd form; returns whether any field was named. */
export function applyFieldErrors(
  form: Pick<FormInstance, 'setFields' | 'getFieldsValue'>,
  error: unknown,
  rename: (field: string) => string = (f) => f,
): boolean {
  if (!(error instanceof ProblemError)) return false;
  const fields = Object.entries(error.fieldErrors()).map(([f, e]) => [rename(f), e] as const);
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const named = fields.filter(([name]) => known.has(name.split('.')[0]));
  form.setFields(named.map(([name, errors]) => ({ name: name.split('.'), errors: [...errors] })));
  return named.length > 0;
}

/**
 * The state of a form that sends one request: `busy` while it runs, and a failure shown as
 * the problem above the form and as errors on the fields it names (`rename` maps the
 * service's field names to the form's).
 */
export function useFormSubmit(
  form: Pick<FormInstance, 'setFields' | 'getFieldsValue'>,
  rename?: (field: string) => string,
) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const submit = async (call: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await call();
    } catch (e) {
      applyFieldErrors(form, e, rename);
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit, clearError: () => setError(undefined) };
}
