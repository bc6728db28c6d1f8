// A crash in one page shows a message instead of a blank screen. React offers error
// boundaries only as class components, hence the one class in the wing.
import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n';

type Props = { children: ReactNode };
type State = { error: Error | null };

export class AppErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('page crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <Result
        status="error"
        title={i18n.t('common.crashed')}
        subTitle={this.state.error.message}
        extra={<Button onClick={() => window.location.reload()}>{i18n.t('common.reload')}</Button>}
      />
    );
  }
}
