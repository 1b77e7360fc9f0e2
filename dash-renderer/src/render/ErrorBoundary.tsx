/** Error boxes: one component's render error (or unknown type) replaces only that component. */
import React from "react";

const boxStyle: React.CSSProperties = {
  border: "1px solid #b00020",
  color: "#b00020",
  background: "#fff5f5",
  padding: "4px 8px",
  font: "12px system-ui, sans-serif",
  whiteSpace: "pre-wrap",
};

export function ErrorBox({ title, detail }: { title: string; detail?: string }): React.ReactElement {
  return (
    <div className="dash-component-error" style={boxStyle}>
      <strong>{title}</strong>
      {detail ? <div>{detail}</div> : null}
    </div>
  );
}

interface BoundaryProps {
  /** Describes the component for the message. */
  label: string;
  /** A new value clears a caught error (the component's layout changed). */
  resetKey: unknown;
  onError: (message: string, stack?: string) => void;
  children: React.ReactNode;
}

interface BoundaryState {
  error: Error | null;
  resetKey: unknown;
}

export class ComponentErrorBoundary extends React.Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<BoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  componentDidCatch(error: Error): void {
    this.props.onError(`${this.props.label}: ${error.message}`, error.stack);
  }

  render(): React.ReactNode {
    if (this.state.error) {
      return <ErrorBox title={`Error rendering ${this.props.label}`} detail={this.state.error.message} />;
    }
    return this.props.children;
  }
}
