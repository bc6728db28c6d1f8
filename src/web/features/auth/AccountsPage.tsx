// Accounts in the officer's region: the list, a form to create one, and per account:
// reset the password (a temporary one, shown once), disable or enable, unlock.
import { App, Button, Card, Col, Popconfirm, Row, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../api/errors';
import { useFormat } from '../../components/format';
import { PageState } from '../../components/PageState';
import { useUser } from '../../app/session';
import { useLanguage } from '../../i18n';
import { type Account, useAccountAction, useAccounts } from './accounts.api';
import { CreateAccountForm } from './CreateAccountForm';
import { TAG } from '../allocation/tag-colors';

function Actions({ account }: { account: Account }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message, modal } = App.useApp();
  const me = useUser();
  const reset = useAccountAction('password');
  const disable = useAccountAction(account.disabledAt ? 'enable' : 'disable');
  const unlock = useAccountAction('unlock');
  const onError = (error: unknown) => void message.error(messageOf(error, language).message);
  const params = { params: { path: { id: account.id } } };
  // One's own password is changed (with the current one), not reset; nobody disables themselves.
  if (account.role === 'worker' || account.login === me.login) return null;
  return (
    <Space wrap size={4}>
      <Popconfirm title={t('accounts.resetConfirm', { login: account.login })} okText={t('allocation.confirmOk')} cancelText={t('allocation.cancel')}
        onConfirm={() => reset.mutateAsync({ ...params, body: {} }).then((data) => {
          const temporary = (data as { password?: string } | undefined)?.password;
          modal.info({ title: t('accounts.resetDone', { login: account.login }), content: temporary && <Typography.Text code copyable data-testid="temporary-password">{temporary}</Typography.Text> });
        }, onError)}>
        <Button size="small" loading={reset.isPending}>{t('accounts.reset')}</Button>
      </Popconfirm>
      <Popconfirm title={t(account.disabledAt ? 'accounts.enableConfirm' : 'accounts.disableConfirm', { login: account.login })} okText={t('allocation.confirmOk')} cancelText={t('allocation.cancel')}
        onConfirm={() => disable.mutateAsync(params).then(() => undefined, onError)}>
        <Button size="small" danger={!account.disabledAt} loading={disable.isPending}>{t(account.disabledAt ? 'accounts.enable' : 'accounts.disable')}</Button>
      </Popconfirm>
      <Button size="small" loading={unlock.isPending} onClick={() => unlock.mutateAsync(params).then(() => void message.success(t('accounts.unlocked')), onError)}>
        {t('accounts.unlock')}
      </Button>
    </Space>
  );
}

export function AccountsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const accounts = useAccounts();
  return (
    <Row gutter={[16, 16]} data-testid="accounts-page">
      <Col xs={24} xl={16}>
        <Card title={t('auth.accounts')}>
          <PageState query={accounts} isEmpty={(items) => items.length === 0}>
            {(items) => (
              <Table<Account>
                rowKey="id"
                size="small"
                dataSource={items}
                data-testid="accounts-table"
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                columns={[
                  { title: t('accounts.login'), dataIndex: 'login' },
                  { title: t('accounts.name'), dataIndex: 'name' },
                  { title: t('accounts.role'), dataIndex: 'role', render: (r: Account['role']) => t(`roles.${r}`) },
                  { title: t('accounts.region'), dataIndex: 'regionPrefix' },
                  { title: t('accounts.createdAt'), dataIndex: 'createdAt', render: (v: string | null) => (v ? format.dateTime(v) : '') },
                  { title: t('accounts.state'), key: 'state', render: (_, a) => (a.disabledAt ? <Tag color={TAG.red}>{t('accounts.disabled')}</Tag> : <Tag color={TAG.green}>{t('accounts.active')}</Tag>) },
                  { title: t('accounts.actions'), key: 'actions', render: (_, a) => <Actions account={a} /> },
                ]}
              />
            )}
          </PageState>
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card title={t('accounts.createTitle')}>
          <CreateAccountForm />
        </Card>
      </Col>
    </Row>
  );
}
