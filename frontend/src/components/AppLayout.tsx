import { Suspense, useEffect, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { Button, Layout, Menu, Space, Spin, Tag, Typography } from 'antd';
import { GlobalOutlined, LoginOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useAuth } from '../auth/AuthContext';
import { useI18n } from '../i18n';
import { NAV, allowed } from '../navigation';
import { api } from '../api/client';
import type { Region } from '../api/types';
import type { Role } from '../auth/session';
import type { MessageKey } from '../i18n/zh';

const ROLE_LABEL: Record<Role, MessageKey> = {
  province: 'roleProvince', city: 'roleCity', county: 'roleCounty', inspector: 'roleInspector', expert: 'roleExpert', agency: 'roleAgency',
  ministry: 'roleMinistry',
};

function useRegionName(code: string | undefined): string | undefined {
  const [name, setName] = useState<string>();
  useEffect(() => {
    if (!code) return;
    api<Region>(`/api/public/registry/regions/${code}`, { anonymous: true })
      .then((r) => setName(r.name))
      .catch(() => setName(undefined));
  }, [code]);
  return name;
}

export function AppLayout() {
  const { session, login, logout } = useAuth();
  const { t, lang, setLang } = useI18n();
  const location = useLocation();
  const regionName = useRegionName(session?.region);
  const roles = session?.roles ?? [];
  const items = NAV.filter((n) => allowed(n, roles)).map((n) => ({ key: n.path, label: <Link to={n.path}>{t(n.label)}</Link> }));
  const selected = NAV.filter((n) => location.pathname.startsWith(n.path)).map((n) => n.path);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 16, flexWrap: 'wrap', height: 'auto', minHeight: 64 }}>
        <Link to="/" style={{ color: '#fff', fontWeight: 600, fontSize: 16, whiteSpace: 'nowrap' }}>
          {t('appTitle')}
        </Link>
        {/* no overflow menu: its measuring copies are hidden from screen readers yet focusable (axe aria-hidden-focus); the header wraps instead */}
        <Menu theme="dark" mode="horizontal" disabledOverflow selectedKeys={selected} items={items} style={{ flex: 1, minWidth: 200, flexWrap: 'wrap' }} aria-label="menu" />
        <Space wrap>
          {session && (
            <span data-testid="caller" style={{ color: '#fff' }}>
              <UserOutlined aria-hidden /> {session.name}
              {' · '}
              <span data-testid="caller-region">{regionName ?? session.region}</span>
              {session.roles.map((r) => (
                <Tag key={r} color="blue" style={{ marginInlineStart: 8 }}>
                  {t(ROLE_LABEL[r])}
                </Tag>
              ))}
              {session.roles.length === 0 && <Tag>{t('roleNone')}</Tag>}
            </span>
          )}
          <Button size="small" icon={<GlobalOutlined />} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} lang={lang === 'zh' ? 'en' : 'zh'}>
            {t('language')}
          </Button>
          {session ? (
            <Button size="small" icon={<LogoutOutlined />} onClick={logout}>
              {t('logout')}
            </Button>
          ) : (
            <Button size="small" type="primary" icon={<LoginOutlined />} onClick={() => login('/')}>
              {t('login')}
            </Button>
          )}
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 16, maxWidth: 1400, width: '100%', margin: '0 auto' }}>
        <Suspense fallback={<Spin tip={t('loading')} />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>
        <Typography.Text type="secondary">{t('appTitle')}</Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
