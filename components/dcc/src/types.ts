import type React from "react";

/** Props every dcc component receives from the renderer. */
export interface DashBase<P> {
  id?: string;
  /** Report prop changes back to the renderer (which fires the callbacks). */
  setProps: (changes: Partial<P>) => void;
  className?: string;
  style?: React.CSSProperties;
}

/** A component's own props plus the renderer-supplied ones. */
export type DashProps<P> = P & DashBase<P>;

/** Value a dcc option may carry. */
export type OptionValue = string | number | boolean;
