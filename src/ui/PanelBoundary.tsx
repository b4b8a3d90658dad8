// A React error boundary per panel and card: one that throws shows its own short message with a way
// to close it, and the map and the other panels keep working.
import { Component, type ReactNode } from 'react';
import { useAtlas, useT } from '../app/AtlasContext.tsx';
import type { CommandId } from '../kernel/commandList.ts';

interface Props {
  /** A new key (another panel, another selection) gives the content a fresh start. */
  resetKey: string;
  message: string;
  closeLabel: string;
  place: 'panel' | 'card';
  onClose: () => void;
  children: ReactNode;
}

interface State {
  failed: boolean;
  key: string;
}

class Boundary extends Component<Props, State> {
  override state: State = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown): void {
    console.error('gbaAtlas: a panel failed', error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <section className={`panel-error is-${this.props.place}`} role="alert" data-overlay="side">
        <p>{this.props.message}</p>
        <button type="button" onClick={this.props.onClose}>
          {this.props.closeLabel}
        </button>
      </section>
    );
  }
}

/** `place`: where the failed thing was, so its message takes its place (a panel's at the left edge). */
export function PanelBoundary({ resetKey, close, place, children }: { resetKey: string; close: CommandId; place: 'panel' | 'card'; children: ReactNode }) {
  const inst = useAtlas();
  const t = useT();
  return (
    <Boundary resetKey={resetKey} message={t('panelError')} closeLabel={t('close')} place={place} onClose={() => inst.commands.runNow(close)}>
      {children}
    </Boundary>
  );
}
