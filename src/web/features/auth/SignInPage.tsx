// Sign-in for officers and staff (workers sign in on their phone with a one-time code).
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { messageOf } from '../../api/errors';
import { homeOf } from '../../app/routes';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { signIn } from '../../app/session';
import { useLanguage } from '../../i18n';

/** The workers' phone pages; the sign-in page shows their address as a QR code for posters. */
const WORKER_PAGES = '/m/';

/** The phone pages' full address as a QR image (data URL), drawn in the browser. */
function useWorkerQr(url: string): string | undefined {
  const [image, setImage] = useState<string>();
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, width: 160 })
      .then((data) => { if (live) setImage(data); })
      .catch(() => { /* without the image the address is still printed beside it */ });
    return () => { live = false; };
  }, [url]);
  return image;
}

/** Only a path inside the console, never another site (`//evil.example`). */
function safeNext(next: string | null): string | undefined {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : undefined;
}

export function SignInPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: { login: string; password: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      const me = await signIn(queryClient, values);
      await navigate(safeNext(params.get('next')) ?? homeOf(me.role), { replace: true });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const workerUrl = `${window.location.origin}${WORKER_PAGES}`;
  const workerQr = useWorkerQr(workerUrl);
  const problem = error ? messageOf(error, language) : undefined;
  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}>
      <main style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <LanguageSwitch />
        </Flex>
        <Card>
          <Typography.Title level={1} style={{ fontSize: 28, marginBottom: 0 }}>
            {t('common.appName')} · {t('common.appTitle')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('auth.subtitle')}</Typography.Paragraph>
          {params.get('expired') && !problem && <Alert type="info" title={t('auth.sessionExpired')} style={{ marginBottom: 16 }} />}
          {problem && <Alert type="error" role="alert" title={problem.message} style={{ marginBottom: 16 }} data-testid="sign-in-error" />}
          <Form layout="vertical" onFinish={submit} requiredMark={false} disabled={busy} name="sign-in">
            <Form.Item label={t('auth.login')} name="login" rules={[{ required: true, message: t('auth.loginRequired') }]}>
              <Input autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item label={t('auth.password')} name="password" rules={[{ required: true, message: t('auth.passwordRequired') }]}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('auth.submit')}
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
            {t('auth.demoHint')}
          </Typography.Paragraph>
          <Flex gap={12} align="center" style={{ marginTop: 16 }} data-testid="worker-pages">
            {workerQr && <img src={workerQr} width={96} height={96} alt={t('auth.workerQrAlt')} />}
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('auth.workerH5')} <Typography.Text code copyable>{workerUrl}</Typography.Text>
            </Typography.Paragraph>
          </Flex>
        </Card>
      </main>
    </Flex>
  );
}
