// A correction of one registration (audited): only the fields changed are sent, and the
// server checks them by the import's rules; the phone stays unless a new one is typed
// (the stored one is only shown masked).
import { App, Col, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkerPatchBody } from '../../../workers/workers.schema';
import { useLanguage } from '../../i18n';
import { ReadableErrors } from '../jobs/a11y';
import { showFieldErrors } from './form-errors';
import { WishFields } from './WishFields';
import { type Worker, useWorkerActions } from './workers.api';
import { phoneRule } from './worker-rules';

type Values = { name: string; phone?: string; priority: boolean; industries: string[]; destinations: string[]; minWage: number | null };
const FIELDS = new Set(['name', 'phone', 'priority', 'industries', 'destinations', 'minWage']);

export function CorrectForm({ open, worker, onClose }: { open: boolean; worker: Worker; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { correct } = useWorkerActions();

  const onFinish = (v: Values) => {
    const body: WorkerPatchBody = {};
    if (v.name.trim() !== worker.name) body.name = v.name.trim();
    if (v.phone?.trim()) body.phone = v.phone.trim();
    if (v.priority !== worker.priority) body.priority = v.priority;
    if (JSON.stringify(v.industries) !== JSON.stringify(worker.industries)) body.industries = v.industries;
    if (JSON.stringify(v.destinations) !== JSON.stringify(worker.destinations)) body.destinations = v.destinations;
    if ((v.minWage ?? 0) !== worker.minWage) body.minWage = v.minWage ?? 0;
    correct.mutate({ params: { path: { id: worker.id } }, body }, {
      onSuccess: () => { void message.success(t('workers.saved')); onClose(); },
      onError: (error) => {
        const text = showFieldErrors(form, FIELDS, error, language);
        if (text) void message.error(text);
      },
    });
  };

  return (
    <Modal open={open} title={t('workers.correct')} onCancel={onClose} onOk={() => form.submit()} okText={t('workers.save')} confirmLoading={correct.isPending} destroyOnHidden width={640}>
      <ReadableErrors>
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          data-testid="correct-form"
          initialValues={{ name: worker.name, priority: worker.priority, industries: worker.industries, destinations: worker.destinations, minWage: worker.minWage }}
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t('workers.name')} rules={[{ required: true, whitespace: true, message: t('workers.required') }, { max: 50 }]}><Input maxLength={50} /></Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="phone" label={t('workers.phone')} extra={worker.phoneMasked ?? undefined} rules={[phoneRule(language)]}><Input maxLength={20} inputMode="tel" autoComplete="off" /></Form.Item>
            </Col>
            <WishFields wageTestId="correct-min-wage" />
            <Col xs={24} md={12}>
              <Form.Item name="priority" label={t('workers.priority')} valuePropName="checked"><Switch /></Form.Item>
            </Col>
          </Row>
        </Form>
      </ReadableErrors>
    </Modal>
  );
}
