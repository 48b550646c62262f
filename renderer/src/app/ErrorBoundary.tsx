/**
 * Catches a screen that fails to render and shows a calm message in its place. The shell and
 * its navigation stay up, and nothing stored is touched: data lives in the stores and the
 * database, not in the component tree that failed. Logging happens once, at the root
 * (errorReporting.ts), without the error's message.
 */
import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';

interface Props {
  /** Changing it (for example the route) clears the error. */
  readonly resetKey: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
  readonly resetKey: string;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override render() {
    if (this.state.error) {
      return (
        <ScreenError error={this.state.error} onRetry={() => this.setState({ error: null })} />
      );
    }
    return this.props.children;
  }
}

function ScreenError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <section className="screen-error" role="alert" aria-labelledby="screen-error-title">
      <h1 id="screen-error-title">{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <Button variant="primary" onPress={onRetry}>
        {t('error.retry')}
      </Button>
      <details>
        <summary>{t('error.details')}</summary>
        <code dir="ltr">{error.name}</code>
      </details>
    </section>
  );
}
