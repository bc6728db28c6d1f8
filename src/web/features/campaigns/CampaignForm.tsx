// Create or edit a campaign. The fields are checked with the API's own rules
// (campaign-form.schema.ts) before sending; a refusal from the server is shown on the
// field it names, in the user's language.
import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { campaignCreateBody, DEFAULT_FEVER_THRESHOLD } from '../../../campaigns/campaign-form.schema';
import { messageOf } from '../../api/errors';
import type { Campaign } from '../../api/types';
import { type Language, useLanguage } from '../../i18n';
import { useCreateCampaign, useEditCampaign } from './campaigns.api';
import { useProvinces } from './provinces';

type Values = { name: string; target: number; dates: [Dayjs, Dayjs | null]; destinations: string[]; feverThreshold: number };
const FIELDS = ['name', 'target', 'dates', 'destinations', 'feverThreshold'] as const;

/** "中文 / English" → the user's half. */
export function inLanguage(text: string, language: Language): string {
  const [zh, en] = text.split(' / ');
  return language === 'en' ? (en ?? zh) : zh;
}

const fieldOf = (path: string | undefined): (typeof FIELDS)[number] | undefined => {
  const name = path?.replace(/^body\./, '').split('.')[0];
  if (name === 'startDate' || name === 'endDate') return 'dates';
  return FIELDS.find((f) => f === name);
};

type Props = { open: boolean; campaign?: Campaign; onClose: () => void };

export function CampaignForm({ open, campaign, onClose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateCampaign();
  const edit = useEditCampaign();
  const provinces = useProvinces();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (campaign) {
      form.setFieldsValue({
        name: campaign.name, target: campaign.target, destinations: campaign.destinations, feverThreshold: campaign.feverThreshold,
        dates: [dayjs(campaign.startDate), campaign.endDate ? dayjs(campaign.endDate) : null],
      });
    }
  }, [open, campaign, form]);

  const submit = async () => {
    const v = form.getFieldsValue();
    const body = {
      name: v.name ?? '', target: v.target ?? Number.NaN, destinations: v.destinations ?? [], feverThreshold: v.feverThreshold ?? DEFAULT_FEVER_THRESHOLD,
      startDate: v.dates?.[0]?.format('YYYY-MM-DD') ?? '', endDate: v.dates?.[1]?.format('YYYY-MM-DD') ?? null,
    };
    const checked = campaignCreateBody.safeParse(body);
    form.setFields(FIELDS.map((name) => ({ name, errors: [] })));
    if (!checked.success) {
      form.setFields(checked.error.issues.map((issue) => ({ name: fieldOf(String(issue.path[0])) ?? 'name', errors: [inLanguage(issue.message, language)] })));
      return;
    }
    const onError = (error: unknown) => {
      const { message: text, field } = messageOf(error, language);
      const name = fieldOf(field);
      if (name) form.setFields([{ name, errors: [text] }]);
      else void message.error(text);
    };
    const done = () => { void message.success(campaign ? t('campaigns.saved') : t('campaigns.created', { name: body.name })); onClose(); };
    if (campaign) edit.mutate({ params: { path: { id: campaign.id } }, body }, { onSuccess: done, onError });
    else create.mutate({ body }, { onSuccess: done, onError });
  };

  return (
    <Modal
      open={open}
      title={campaign ? `${t('campaigns.edit')} · ${campaign.name}` : t('campaigns.create')}
      okText={t('campaigns.save')}
      cancelText={t('campaigns.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || edit.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'campaign-save' } as Record<string, string>}
    >
      <Form<Values> form={form} layout="vertical" data-testid="campaign-form" requiredMark="optional" initialValues={{ feverThreshold: DEFAULT_FEVER_THRESHOLD, destinations: [] }}>
        <Form.Item name="name" label={t('campaigns.name')} required>
          <Input maxLength={100} data-testid="campaign-name" />
        </Form.Item>
        <Form.Item name="target" label={t('campaigns.target')} required>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="campaign-target" />
        </Form.Item>
        <Form.Item name="dates" label={`${t('campaigns.startDate')} – ${t('campaigns.endDate')}`} required>
          <DatePicker.RangePicker allowEmpty={[false, true]} style={{ width: '100%' }} data-testid="campaign-dates" />
        </Form.Item>
        <Form.Item name="destinations" label={t('campaigns.destinations')}>
          <Select mode="multiple" optionFilterProp="label" loading={provinces.isPending} options={provinces.data ?? []} data-testid="campaign-destinations" />
        </Form.Item>
        <Form.Item name="feverThreshold" label={t('campaigns.feverThreshold')} extra={t('campaigns.feverHint')}>
          <InputNumber min={35} max={40} step={0.1} precision={1} style={{ width: '100%' }} data-testid="campaign-fever" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
