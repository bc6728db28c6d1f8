// Create an account inside the officer's region. The fields follow the role: a region
// code for officers, a gathering point for check-in staff, an employer for employer
// accounts, a worker id for a worker. A refusal is shown on the field it concerns.
import { App, Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError, messageOf } from '../../api/errors';
import type { Role } from '../../api/types';
import { useUser } from '../../app/session';
import { useLanguage } from '../../i18n';
import { useCurrentCampaign } from '../campaigns/current-campaign';
import { useCreateAccount, useEmployers, useGatheringPoints } from './accounts.api';
import { loginProblem, passwordProblem, type RuleProblem } from '../../../auth/account-rules';

type Values = { role: Role; name: string; login?: string; password?: string; region?: string; gatheringPointId?: string; employerId?: string; workerId?: string };

const OFFICER: readonly Role[] = ['province', 'city', 'county'];
/** An antd validator from one of the server's account rules, its message in the user's language. */
const ruleValidator = (problem: (value: string) => RuleProblem | undefined, language: string) =>
  async (_: unknown, value: string | undefined) => {
    const found = problem((value ?? '').trim());
    if (found) throw new Error(language === 'en' ? found.en : found.zh);
  };

export function CreateAccountForm({ onCreated }: { onCreated?: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const { campaign } = useCurrentCampaign();
  const points = useGatheringPoints(role === 'checkin' ? campaign?.id : undefined);
  const employers = useEmployers();
  const create = useCreateAccount();
  const roles: Role[] = me.role === 'admin' ? ['admin', 'province', 'city', 'county', 'checkin', 'employer', 'worker'] : ['province', 'city', 'county', 'checkin', 'employer', 'worker'];

  const fieldFor = (r: Role | undefined) => (r && OFFICER.includes(r) ? 'region' : r === 'checkin' ? 'gatheringPointId' : r === 'employer' ? 'employerId' : r === 'worker' ? 'workerId' : 'role');

  const onFinish = (values: Values) => create.mutate({ body: values }, {
    onSuccess: (data) => {
      void message.success(t('accounts.created', { login: (data as unknown as { login?: string } | undefined)?.login ?? values.login ?? '' }));
      form.resetFields();
      onCreated?.();
    },
    onError: (error: unknown) => {
      const { message: text, field } = messageOf(error, language);
      // "Outside your region" comes without a field: it is about the role's own place field.
      const name = (field ?? (isApiError(error) && error.problem.status === 403 ? fieldFor(values.role) : undefined)) as keyof Values | undefined;
      if (name && name in { role: 1, name: 1, login: 1, password: 1, region: 1, gatheringPointId: 1, employerId: 1, workerId: 1 }) form.setFields([{ name, errors: [text] }]);
      else void message.error(text);
    },
  });

  return (
    <Form<Values> form={form} layout="vertical" onFinish={onFinish} data-testid="create-account" requiredMark="optional" style={{ maxWidth: 520 }}>
      <Form.Item name="role" label={t('accounts.role')} rules={[{ required: true, message: t('accounts.roleRequired') }]}>
        <Select options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
      </Form.Item>
      <Form.Item name="name" label={t('accounts.name')} rules={[{ required: true, whitespace: true, max: 50, message: t('accounts.nameRule') }]}>
        <Input maxLength={50} />
      </Form.Item>
      {role && OFFICER.includes(role) && (
        <Form.Item name="region" label={t('accounts.region')} extra={t('accounts.regionHint')} rules={[{ required: true, pattern: /^\d{6}$/, message: t('accounts.regionRule') }]}>
          <Input maxLength={6} inputMode="numeric" />
        </Form.Item>
      )}
      {role === 'checkin' && (
        <Form.Item name="gatheringPointId" label={t('accounts.gatheringPoint')} rules={[{ required: true, message: t('accounts.pick') }]}>
          <Select loading={points.isPending} options={(points.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
      )}
      {role === 'employer' && (
        <Form.Item name="employerId" label={t('accounts.employer')} rules={[{ required: true, message: t('accounts.pick') }]}>
          <Select showSearch optionFilterProp="label" loading={employers.isPending} options={(employers.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))} />
        </Form.Item>
      )}
      {role === 'worker' && (
        <Form.Item name="workerId" label={t('accounts.workerId')} rules={[{ required: true, message: t('accounts.pick') }]}>
          <Input maxLength={64} />
        </Form.Item>
      )}
      {role && role !== 'worker' && (
        <>
          <Form.Item name="login" label={t('accounts.login')} rules={[{ required: true, validator: ruleValidator(loginProblem, language) }]}>
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
          <Form.Item name="password" label={t('accounts.password')} rules={[{ required: true, validator: ruleValidator(passwordProblem, language) }]}>
            <Input.Password maxLength={200} autoComplete="new-password" />
          </Form.Item>
        </>
      )}
      <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="create-account-submit">{t('accounts.create')}</Button>
    </Form>
  );
}
