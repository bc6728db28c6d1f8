// The fields both worker forms share: wished industries (catalogue) and destinations
// (region codes or names, as in the import template), at most three each, and the wage.
import { Col, Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { useIndustries } from '../jobs/jobs.api';

export function WishFields({ wageTestId }: { wageTestId?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const industries = useIndustries();
  return (
    <>
      <Col xs={24} md={12}>
        <Form.Item name="industries" label={t('workers.industries')}>
          <Select mode="multiple" maxCount={3} optionFilterProp="label" options={(industries.data?.items ?? []).map((i) => ({ value: i.code, label: language === 'en' ? i.en : i.zh }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="destinations" label={t('workers.destinations')}><Select mode="tags" maxCount={3} open={false} tokenSeparators={[',', '，', '、']} /></Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="minWage" label={t('workers.minWage')}><InputNumber min={0} max={1_000_000} step={100} style={{ width: '100%' }} data-testid={wageTestId} /></Form.Item>
      </Col>
    </>
  );
}
