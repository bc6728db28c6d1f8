// What an unknown address, a record outside the user's region or a page their role may
// not open all show: the API answers those 404 too, so nothing can be probed.
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('common.notFound')}
      subTitle={t('common.notFoundHint')}
      extra={<Link to="/"><Button type="primary">{t('common.backHome')}</Button></Link>}
      data-testid="not-found"
    />
  );
}
