// The frame around every signed-in page: side menu from the route table, header with the
// campaign, the user's region, the language switch and sign-out, and breadcrumbs.
import { HomeOutlined, LogoutOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Breadcrumb, Button, Flex, Layout, Menu, Tag, Typography } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useMatches, useNavigate } from 'react-router';
import { AppErrorBoundary } from '../components/AppErrorBoundary';
import { LoadingState } from '../components/PageState';
import { CampaignPicker } from '../features/campaigns/CampaignPicker';
import { LanguageSwitch } from './LanguageSwitch';
import { type AppRoute, routes } from './routes';
import { signOut, useUser } from './session';

const { Header, Sider, Content } = Layout;

function useCurrentRoute(): AppRoute | undefined {
  const matches = useMatches();
  for (let i = matches.length - 1; i >= 0; i--) {
    const handle = matches[i]?.handle as { route?: AppRoute } | undefined;
    if (handle?.route) return handle.route;
  }
  return undefined;
}

export function AppLayout() {
  const { t } = useTranslation();
  const user = useUser();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const current = useCurrentRoute();
  const [collapsed, setCollapsed] = useState(false);

  const title = current ? t(current.title) : undefined;
  useEffect(() => {
    document.title = `${title ? `${title} · ` : ''}${t('common.appName')} ${t('common.appTitle')}`;
  }, [title, t]);

  const menuItems = routes
    .filter((route) => route.menu && route.roles.includes(user.role))
    .map((route) => ({ key: `/${route.path}`, icon: route.menu?.icon, label: <Link to={`/${route.path}`}>{t(route.title)}</Link> }));
  // The deepest menu entry the address lies under: /jobs/approvals is the approval queue's,
  // not the vacancies' (/jobs), and / marks only the dashboard itself.
  const section = menuItems
    .map((item) => item.key)
    .filter((key) => location.pathname === key || (key !== '/' && location.pathname.startsWith(`${key}/`)))
    .sort((a, b) => b.length - a.length)[0] ?? `/${location.pathname.split('/')[1] ?? ''}`;
  const parent = current?.parent ? routes.find((route) => route.path === current.parent) : undefined;

  const leave = async () => {
    await signOut(queryClient);
    await navigate('/login', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider breakpoint="lg" collapsible collapsed={collapsed} onCollapse={setCollapsed} width={200} aria-label={t('layout.menu')}>
        <Link to="/" style={{ display: 'block', color: '#fff', fontSize: 18, fontWeight: 600, padding: '16px 20px', whiteSpace: 'nowrap', overflow: 'hidden' }}>
          {collapsed ? t('common.appName') : `${t('common.appName')} ${t('common.appTitle')}`}
        </Link>
        <nav aria-label={t('layout.menu')}>
          <Menu theme="dark" mode="inline" selectedKeys={[section]} items={menuItems} data-testid="side-menu" />
        </nav>
      </Sider>
      <Layout>
        <Header style={{ background: '#fff', padding: '0 16px', height: 'auto', lineHeight: 'normal', minHeight: 64 }}>
          <Flex align="center" justify="space-between" wrap gap={12} style={{ minHeight: 64 }}>
            <CampaignPicker />
            <Flex align="center" gap={12} wrap>
              {/* An employer's or a check-in account's reach is not a region: no region to show. */}
              {user.scope.kind === 'region' && (
                <Tag color="geekblue" data-testid="user-region">
                  {t('layout.region')}：{user.region?.name ?? t('layout.wholeCountry')}
                </Tag>
              )}
              <Typography.Text data-testid="user-name">
                {user.name}（{t(`roles.${user.role}`)}）
              </Typography.Text>
              <LanguageSwitch />
              <Button icon={<LogoutOutlined />} onClick={() => void leave()} data-testid="sign-out">
                {t('layout.signOut')}
              </Button>
            </Flex>
          </Flex>
        </Header>
        <Content style={{ margin: 16 }}>
          <main>
            <Breadcrumb
              aria-label={t('layout.breadcrumb')}
              style={{ marginBottom: 12 }}
              items={[
                { title: <Link to="/" aria-label={t('layout.home')}><HomeOutlined /></Link> },
                ...(parent ? [{ title: <Link to={`/${parent.path}`}>{t(parent.title)}</Link> }] : []),
                ...(title ? [{ title }] : []),
              ]}
            />
            {title && <Typography.Title level={1} style={{ fontSize: 20, marginTop: 0 }}>{title}</Typography.Title>}
            <AppErrorBoundary key={location.pathname}>
              <Suspense fallback={<LoadingState />}>
                <Outlet />
              </Suspense>
            </AppErrorBoundary>
          </main>
        </Content>
      </Layout>
    </Layout>
  );
}
