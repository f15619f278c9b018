import type { ReactNode } from 'react';
import { Button, Result } from 'antd';
import { useAuth } from '../auth/AuthContext';
import type { Role } from '../auth/session';
import { useI18n } from '../i18n';

/** Routes of signed-in roles: sign in first; a role that may not use the page gets 403, not the page. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { session, hasRole, login } = useAuth();
  const { t } = useI18n();
  if (!session) {
    return <Result status="info" title={t('signInRequired')} extra={<Button type="primary" onClick={() => login()}>{t('login')}</Button>} />;
  }
  if (!hasRole(...roles)) return <Result status="403" title={t('forbidden')} />;
  return <>{children}</>;
}
