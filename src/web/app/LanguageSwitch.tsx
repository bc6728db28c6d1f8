// 中文 / English, on the sign-in page and in the header.
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Language, setLanguage, useLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('layout.language')}
      data-testid="language-switch"
      value={useLanguage()}
      onChange={setLanguage}
      options={[{ value: 'zh-CN', label: '中文' }, { value: 'en', label: 'English' }]}
    />
  );
}
