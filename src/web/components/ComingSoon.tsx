// Placeholder of a page another change will build; its route and menu entry already exist.
import { useTranslation } from 'react-i18next';
import { EmptyState } from './PageState';

export function ComingSoon() {
  const { t } = useTranslation();
  return <EmptyState description={t('common.comingSoon')} />;
}
