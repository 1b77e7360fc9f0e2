import React from "react";
import { DashProps } from "../types";

interface ButtonOwnProps {
  children?: React.ReactNode;
  type?: "submit" | "reset" | "button";
  autoFocus?: boolean;
  disabled?: boolean;
  form?: string;
  name?: string;
  value?: string | number | string[];
  accessKey?: string;
  dir?: string;
  hidden?: boolean;
  lang?: string;
  role?: string;
  tabIndex?: number;
  title?: string;
  n_clicks?: number;
  n_clicks_timestamp?: number;
  n_blur?: number;
  n_blur_timestamp?: number;
}

/** A button counting clicks (`n_clicks`) and blurs (`n_blur`). */
export function Button(props: DashProps<ButtonOwnProps>): React.ReactElement {
  const { setProps, n_clicks = 0, n_blur = 0 } = props;
  return (
    <button
      id={props.id}
      className={props.className ? `dash-button ${props.className}` : "dash-button"}
      style={props.style}
      type={props.type ?? "button"}
      onClick={() => setProps({ n_clicks: n_clicks + 1, n_clicks_timestamp: Date.now() })}
      onBlur={() => setProps({ n_blur: n_blur + 1, n_blur_timestamp: Date.now() })}
      autoFocus={props.autoFocus}
      disabled={props.disabled}
      form={props.form}
      name={props.name}
      value={props.value}
      accessKey={props.accessKey}
      dir={props.dir}
      hidden={props.hidden}
      lang={props.lang}
      role={props.role}
      tabIndex={props.tabIndex}
      title={props.title}
    >
      {props.children}
    </button>
  );
}
