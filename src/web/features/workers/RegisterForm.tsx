// Assisted registration: an officer types in one worker. The server applies the import's
// row rules to it (src/workers/workers.register.ts) and names every refused field, which
// is shown on that field; the identity number and phone are checked here first by the
// same functions.
import { App, Col, Form, Input, Modal, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { ReadableErrors } from '../jobs/a11y';
import { useCertificates } from '../jobs/jobs.api';
import { showFieldErrors } from './form-errors';
import { WishFields } from './WishFields';
import { useWorkerActions } from './workers.api';
import { idNumberRule, phoneRule } from './worker-rules';

type Values = {
  name: string; idNumber: string; phone?: string; origin: string; priority?: boolean;
  industries?: string[]; destinations?: string[]; certificates?: string[]; minWage?: number | null;
};
const FIELDS = new Set(['name', 'idNumber', 'phone', 'origin', 'priority', 'industries', 'destinations', 'certificates', 'minWage']);

type Props = { open: boolean; campaignId?: string; onClose: () => void; onSaved?: (id: string) => void };

export function RegisterForm({ open, campaignId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const certificates = useCertificates();
  const { register } = useWorkerActions();
  const label = (item: { zh: string; en: string }) => (language === 'en' ? item.en : item.zh);
  const required = { required: true, whitespace: true, message: t('workers.required') };

  const onFinish = (v: Values) => {
    register.mutate({
      body: {
        campaign: campaignId, name: v.name.trim(), idNumber: v.idNumber.trim(), phone: v.phone?.trim() || null, origin: v.origin.trim(),
        priority: v.priority ?? false, industries: v.industries ?? [], destinations: v.destinations ?? [], certificates: v.certificates ?? [],
        minWage: v.minWage ?? 0,
      },
    }, {
      onSuccess: (worker) => {
        void message.success(t('workers.registeredOk'));
        form.resetFields();
        onClose();
        onSaved?.(worker.id);
      },
      onError: (error) => {
        const text = showFieldErrors(form, FIELDS, error, language);
        if (text) void message.error(text);
      },
    });
  };

  return (
    <Modal
      open={open}
      title={t('workers.registerTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('workers.save')}
      confirmLoading={register.isPending}
      destroyOnHidden
      width={720}
    >
      <ReadableErrors>
        <Form<Values> form={form} layout="vertical" onFinish={onFinish} requiredMark="optional" data-testid="register-form">
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t('workers.name')} rules={[required, { max: 50 }]}><Input maxLength={50} /></Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="idNumber" label={t('workers.idNumber')} rules={[required, idNumberRule(language)]}><Input maxLength={18} autoComplete="off" /></Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="phone" label={t('workers.phone')} rules={[phoneRule(language)]}><Input maxLength={20} inputMode="tel" autoComplete="off" /></Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="origin" label={t('workers.origin')} extra={t('workers.originHint')} rules={[required]}><Input maxLength={100} /></Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="certificates" label={t('workers.certificates')}>
                <Select mode="multiple" optionFilterProp="label" options={(certificates.data?.items ?? []).map((c) => ({ value: c.code, label: label(c) }))} />
              </Form.Item>
            </Col>
            <WishFields />
            <Col xs={24} md={12}>
              <Form.Item name="priority" label={t('workers.priority')} valuePropName="checked"><Switch /></Form.Item>
            </Col>
          </Row>
        </Form>
      </ReadableErrors>
    </Modal>
  );
}
