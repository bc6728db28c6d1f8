// Register or correct an employer. The credit code is checked in the browser by the very
// rule the API applies (GB 32100, src/jobs/jobs.schema.ts); whatever the server still
// refuses (a code already registered) is shown on its field too.
import { App, Button, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { employerFormSchema } from '../../../jobs/jobs.schema';
import { messageOf } from '../../api/errors';
import { useLanguage } from '../../i18n';
import { ReadableErrors } from './a11y';
import { type Employer, fieldErrors, useSaveEmployer } from './jobs.api';

type Values = { creditCode: string; name: string; regionCode?: string };
const FIELDS = new Set(['creditCode', 'name', 'regionCode']);

export function EmployerForm({ open, employer, onClose, onSaved }: { open: boolean; employer?: Employer; onClose: () => void; onSaved?: (id: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { create, update } = useSaveEmployer();
  const saving = create.isPending || update.isPending;

  const onFinish = (raw: Values) => {
    const values = { creditCode: raw.creditCode?.trim() ?? '', name: raw.name ?? '', regionCode: raw.regionCode?.trim() || undefined };
    const checked = employerFormSchema.safeParse(values);
    if (!checked.success) {
      form.setFields(fieldErrors(checked.error, language) as never);
      return;
    }
    const done = (saved: { id: string } | undefined) => {
      void message.success(t('jobs.saved'));
      onClose();
      if (saved) onSaved?.(saved.id);
    };
    const failed = (error: unknown) => {
      const { message: text, field } = messageOf(error, language);
      if (field && FIELDS.has(field)) form.setFields([{ name: field as keyof Values, errors: [text] }]);
      else void message.error(text);
    };
    if (employer) update.mutate({ params: { path: { id: employer.id } }, body: values }, { onSuccess: done, onError: failed });
    else create.mutate({ body: values }, { onSuccess: done, onError: failed });
  };

  return (
    <Modal
      open={open}
      title={employer ? t('jobs.editEmployer') : t('jobs.newEmployer')}
      onCancel={onClose}
      destroyOnHidden
      footer={null}
    >
      <ReadableErrors>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        data-testid="employer-form"
        initialValues={employer ? { creditCode: employer.creditCode, name: employer.name, regionCode: employer.regionCode } : undefined}
        requiredMark="optional"
      >
        <Form.Item name="name" label={t('jobs.employerName')} rules={[{ required: true, whitespace: true, message: t('jobs.required') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="creditCode" label={t('jobs.creditCode')} extra={t('jobs.creditCodeHint')} rules={[{ required: true, message: t('jobs.required') }]}>
          <Input maxLength={24} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="regionCode" label={t('jobs.employerRegion')} extra={t('jobs.employerRegionHint')}>
          <Input maxLength={6} inputMode="numeric" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="employer-submit">{t('jobs.save')}</Button>
      </Form>
      </ReadableErrors>
    </Modal>
  );
}
