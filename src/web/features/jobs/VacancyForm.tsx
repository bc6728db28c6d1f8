// Enter or correct a vacancy for the current campaign. The fields and rules are those of
// the API and the import (src/jobs/jobs.schema.ts); codes (site, industry, certificates)
// are checked by the server against the reference data and shown on their field. An
// employer uses the same form for its own vacancies: no employer to pick, a campaign to.
import { App, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVISIONS, type Provision, vacancyFormSchema } from '../../../jobs/jobs.schema';
import { messageOf } from '../../api/errors';
import { useLanguage } from '../../i18n';
import { ReadableErrors } from './a11y';
import { fieldErrors, useCertificates, useEmployers, useIndustries, useSaveVacancy, type Vacancy } from './jobs.api';
import { SiteCascader } from './SiteCascader';

type Values = {
  employerId?: string; siteCode: string; title: string; industry?: string; headcount?: number; wage?: number; wageMax?: number | null;
  certificates?: string[]; ageMin?: number | null; ageMax?: number | null; contactName?: string; contactPhone?: string; startDate?: Dayjs | null;
  campaignId?: string; siteAddress?: string; accommodation?: Provision | null; meals?: Provision | null;
};
const FIELDS = new Set([
  'employerId', 'campaignId', 'siteCode', 'title', 'industry', 'headcount', 'wage', 'wageMax', 'certificates', 'ageMin', 'ageMax', 'contactName',
  'contactPhone', 'startDate', 'siteAddress', 'accommodation', 'meals',
]);

type Props = {
  open: boolean; campaignId: string; vacancy?: Vacancy; employerId?: string; onClose: () => void; onSaved?: (id: string) => void;
  /** An employer's own form: the employer is fixed (employerId), the campaign picked among these. */
  campaigns?: readonly { id: string; name: string }[];
};

export function VacancyForm({ open, campaignId, vacancy, employerId, campaigns, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [employerSearch, setEmployerSearch] = useState('');
  const forEmployer = campaigns !== undefined;
  const employers = useEmployers({ search: employerSearch, page: 1, pageSize: 50 }, { enabled: !forEmployer && !vacancy });
  const industries = useIndustries();
  const certificates = useCertificates();
  const { create, update } = useSaveVacancy();
  const label = (item: { zh: string; en: string }) => (language === 'en' ? item.en : item.zh);

  const onFinish = (raw: Values) => {
    const fields = {
      siteCode: raw.siteCode?.trim() ?? '', title: raw.title ?? '', industry: raw.industry ?? '', headcount: raw.headcount ?? 0, wage: raw.wage ?? 0,
      wageMax: raw.wageMax ?? null, certificates: raw.certificates ?? [], ageMin: raw.ageMin ?? null, ageMax: raw.ageMax ?? null,
      contactName: raw.contactName?.trim() || null, contactPhone: raw.contactPhone?.trim() || null,
      startDate: raw.startDate ? raw.startDate.format('YYYY-MM-DD') : null,
      siteAddress: raw.siteAddress?.trim() || null, accommodation: raw.accommodation ?? null, meals: raw.meals ?? null,
    };
    const body = {
      ...fields, campaignId: vacancy?.campaignId ?? raw.campaignId ?? campaignId, employerId: vacancy?.employerId ?? (forEmployer ? employerId : raw.employerId) ?? '',
    };
    const checked = vacancyFormSchema.safeParse(body);
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
    // An edit leaves the phone alone unless one is typed (the stored one is only shown masked).
    const { contactPhone, ...rest } = fields;
    if (vacancy) update.mutate({ params: { path: { id: vacancy.id } }, body: contactPhone ? fields : rest }, { onSuccess: done, onError: failed });
    else create.mutate({ body }, { onSuccess: done, onError: failed });
  };

  const initial: Partial<Values> | undefined = vacancy
    ? {
      ...vacancy, wageMax: vacancy.wageMax, contactName: vacancy.contactName ?? undefined, contactPhone: undefined, startDate: vacancy.startDate ? dayjs(vacancy.startDate) : null,
      siteAddress: vacancy.siteAddress ?? undefined,
    }
    : { employerId, campaignId: campaigns?.some((c) => c.id === campaignId) ? campaignId : campaigns?.[0]?.id, certificates: [] };
  const provisionOptions = (field: 'accommodation' | 'meals') =>
    PROVISIONS.map((value) => ({ value, label: t(`employer.provision.${field}.${value}`) }));

  return (
    <Modal open={open} title={vacancy ? t('jobs.editVacancy') : t('jobs.newVacancy')} onCancel={onClose} destroyOnHidden footer={null} width={720}>
      <ReadableErrors>
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} data-testid="vacancy-form" initialValues={initial} requiredMark="optional">
        {!vacancy && forEmployer && (
          <Form.Item name="campaignId" label={t('employer.campaign')} rules={[{ required: true, message: t('jobs.required') }]}>
            <Select options={campaigns.map((c) => ({ value: c.id, label: c.name }))} data-testid="vacancy-campaign" />
          </Form.Item>
        )}
        {!vacancy && !forEmployer && (
          <Form.Item name="employerId" label={t('jobs.employer')} rules={[{ required: true, message: t('jobs.required') }]}>
            <Select
              showSearch
              filterOption={false}
              onSearch={setEmployerSearch}
              loading={employers.isFetching}
              options={(employers.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.creditCode}）` }))}
            />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="title" label={t('jobs.vacancyTitle')} rules={[{ required: true, whitespace: true, message: t('jobs.required') }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="siteCode" label={t('employer.siteRegion')} extra={t('employer.siteRegionHint')} rules={[{ required: true, pattern: /^\d{6}$/, message: t('jobs.siteRule') }]}>
              <SiteCascader testId="vacancy-site" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="siteAddress" label={t('employer.siteAddress')} extra={t('employer.siteAddressHint')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="industry" label={t('jobs.industry')} rules={[{ required: true, message: t('jobs.required') }]}>
              <Select showSearch optionFilterProp="label" loading={industries.isPending} options={(industries.data?.items ?? []).map((i) => ({ value: i.code, label: label(i) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="headcount" label={t('jobs.headcount')} rules={[{ required: true, message: t('jobs.required') }]}>
              <InputNumber precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="wage" label={t('jobs.wage')} rules={[{ required: true, message: t('jobs.required') }]}>
              <InputNumber precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="wageMax" label={t('jobs.wageMax')}>
              <InputNumber precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="ageMin" label={t('jobs.ageMin')}>
              <InputNumber precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="ageMax" label={t('jobs.ageMax')}>
              <InputNumber precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="accommodation" label={t('employer.accommodation')}>
              <Select allowClear options={provisionOptions('accommodation')} data-testid="vacancy-accommodation" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="meals" label={t('employer.meals')}>
              <Select allowClear options={provisionOptions('meals')} data-testid="vacancy-meals" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="certificates" label={t('jobs.certificates')}>
              <Select mode="multiple" optionFilterProp="label" loading={certificates.isPending} options={(certificates.data?.items ?? []).map((c) => ({ value: c.code, label: label(c) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="contactName" label={t('jobs.contact')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="contactPhone" label={t('jobs.contactPhone')} extra={vacancy?.contactPhoneMasked ? t('jobs.phoneKept', { masked: vacancy.contactPhoneMasked }) : undefined}>
              <Input maxLength={30} inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="startDate" label={t('jobs.startDate')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending} data-testid="vacancy-submit">{t('jobs.save')}</Button>
      </Form>
      </ReadableErrors>
    </Modal>
  );
}
