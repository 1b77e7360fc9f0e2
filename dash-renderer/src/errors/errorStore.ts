/** Errors shown by the dev tools: callback failures and component render errors. */

export interface DashError {
  message: string;
  traceback?: string;
  /** Where it came from: a callback output string or a component description. */
  source: string;
  timestamp: number;
}

type Listener = () => void;

export class ErrorStore {
  private errors: DashError[] = [];
  private readonly listeners = new Set<Listener>();

  /** Records an error and logs it to the console. */
  add(error: Omit<DashError, "timestamp">): void {
    console.error(`dash: ${error.source}: ${error.message}${error.traceback ? `\n${error.traceback}` : ""}`);
    this.errors = [...this.errors, { ...error, timestamp: Date.now() }];
    this.listeners.forEach((listener) => listener());
  }

  getErrors = (): DashError[] => this.errors;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
