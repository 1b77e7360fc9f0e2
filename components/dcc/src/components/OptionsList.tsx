import React from "react";
import { renderLabel } from "../dashApi";
import { OptionValue } from "../types";
import { joinClasses } from "../utils/classes";
import { Option } from "../utils/options";

/**
 * The list of options shared by Checklist, RadioItems and Dropdown's menu. Dash gives all
 * three one DOM (`.dash-options-list` > `label.dash-options-list-option[data-option-index]`
 * with a check box or radio and a text span), and tests select options by it.
 */
export interface OptionsListProps {
  options: Option[];
  /** Index of `options[0]` in the full list (Dropdown renders a window of it). */
  firstIndex?: number;
  kind: "checkbox" | "radio";
  isSelected: (value: OptionValue) => boolean;
  onSelect: (option: Option) => void;
  componentPath?: unknown[];
  id?: string;
  /** Extra classes of the list, of each option, of each input and each text span. */
  className?: string;
  optionClassName?: string;
  inputClassName?: string;
  labelClassName?: string;
  style?: React.CSSProperties;
  optionStyle?: React.CSSProperties;
  inputStyle?: React.CSSProperties;
  labelStyle?: React.CSSProperties;
  /** The inputs' `name` (Checklist/RadioItems use their id). */
  name?: string;
  onKeyDown?: (event: React.KeyboardEvent<HTMLInputElement>, option: Option) => void;
}

/** One option row. A click anywhere on it selects it once (the label's own activation is cancelled). */
function OptionRow(props: OptionsListProps & { option: Option; index: number }): React.ReactElement {
  const { option, index } = props;
  const selected = props.isSelected(option.value);
  return (
    <label
      className={joinClasses("dash-options-list-option", selected && "selected", props.optionClassName)}
      role="option"
      aria-selected={selected}
      data-option-index={index}
      title={option.title}
      style={props.optionStyle}
      onClick={(event) => {
        const input = event.currentTarget.querySelector("input");
        // A click on the text would reach the input again as a second click: stop it.
        // A click on the input itself keeps its native toggle (cancelling it would make
        // the browser restore the old `checked` after React has set the new one).
        if (event.target !== input) {
          event.preventDefault();
        }
        input?.focus({ preventScroll: true });
        if (!option.disabled) {
          props.onSelect(option);
        }
      }}
    >
      <span className="dash-options-list-option-wrapper">
        <input
          type={props.kind}
          name={props.name}
          disabled={option.disabled}
          readOnly
          className={joinClasses("dash-options-list-option-checkbox", props.inputClassName)}
          style={props.inputStyle}
          value={String(option.value)}
          checked={selected}
          onKeyDown={props.onKeyDown && ((event) => props.onKeyDown?.(event, option))}
        />
      </span>
      <span className={joinClasses("dash-options-list-option-text", props.labelClassName)} style={props.labelStyle}>
        {renderLabel(option.label, props.componentPath, option.labelPath)}
      </span>
    </label>
  );
}

/** The list; Dropdown passes a ref and onScroll to window long lists. */
export const OptionsList = React.forwardRef<HTMLDivElement, OptionsListProps & { onScroll?: React.UIEventHandler }>(
  function OptionsList(props, ref) {
    const first = props.firstIndex ?? 0;
    return (
      <div
        ref={ref}
        id={props.id}
        className={joinClasses("dash-options-list", props.className)}
        role="listbox"
        style={props.style}
        onScroll={props.onScroll}
      >
        {props.options.map((option, offset) => (
          <OptionRow key={String(option.value)} {...props} option={option} index={first + offset} />
        ))}
      </div>
    );
  },
);
