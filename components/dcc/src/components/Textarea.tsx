import React from "react";
import { DashProps } from "../types";
import { joinClasses } from "../utils/classes";

interface TextareaOwnProps {
  value?: string;
  autoFocus?: string;
  cols?: number;
  disabled?: boolean | string;
  form?: string;
  maxLength?: number;
  minLength?: number;
  name?: string;
  placeholder?: string;
  readOnly?: boolean | string;
  required?: boolean | string;
  rows?: number;
  wrap?: string;
  accessKey?: string;
  contentEditable?: boolean;
  dir?: string;
  draggable?: boolean;
  hidden?: string;
  lang?: string;
  spellCheck?: boolean;
  tabIndex?: number;
  title?: string;
  n_blur?: number;
  n_blur_timestamp?: number;
  n_clicks?: number;
  n_clicks_timestamp?: number;
}

/** A multi-line text input reporting `value` on every change. */
export function Textarea(props: DashProps<TextareaOwnProps>): React.ReactElement {
  const { setProps, n_blur = 0, n_clicks = 0, value } = props;
  return (
    <textarea
      id={props.id}
      className={joinClasses("dash-textarea", props.className)}
      style={props.style}
      value={value ?? ""}
      onChange={(event) => setProps({ value: event.target.value })}
      onBlur={() => setProps({ n_blur: n_blur + 1, n_blur_timestamp: Date.now() })}
      onClick={() => setProps({ n_clicks: n_clicks + 1, n_clicks_timestamp: Date.now() })}
      autoFocus={Boolean(props.autoFocus)}
      cols={props.cols}
      disabled={Boolean(props.disabled) && props.disabled !== "false"}
      form={props.form}
      maxLength={props.maxLength}
      minLength={props.minLength}
      name={props.name}
      placeholder={props.placeholder}
      readOnly={Boolean(props.readOnly)}
      required={Boolean(props.required)}
      rows={props.rows}
      wrap={props.wrap}
      accessKey={props.accessKey}
      contentEditable={props.contentEditable}
      dir={props.dir}
      draggable={props.draggable}
      hidden={Boolean(props.hidden)}
      lang={props.lang}
      spellCheck={props.spellCheck}
      tabIndex={props.tabIndex}
      title={props.title}
    />
  );
}
