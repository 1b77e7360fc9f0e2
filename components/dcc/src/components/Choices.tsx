import React from "react";
import { renderLabel, useComponentPath } from "../dashApi";
import { DashProps, OptionValue } from "../types";
import { asValueList, normalizeOptions } from "../utils/options";

interface ChoicesOwnProps {
  options?: unknown;
  inline?: boolean;
  inputStyle?: React.CSSProperties;
  inputClassName?: string;
  labelStyle?: React.CSSProperties;
  labelClassName?: string;
}

interface ChecklistOwnProps extends ChoicesOwnProps {
  value?: OptionValue[] | null;
}

interface RadioItemsOwnProps extends ChoicesOwnProps {
  value?: OptionValue | null;
}

function renderChoices(
  props: DashProps<ChoicesOwnProps>,
  componentPath: unknown[] | undefined,
  kind: "checkbox" | "radio",
  isChecked: (value: OptionValue) => boolean,
  onToggle: (value: OptionValue, checked: boolean) => void,
): React.ReactElement {
  const { inline = false } = props;
  const labelStyle: React.CSSProperties = { ...(inline ? { display: "inline-block" } : { display: "block" }), ...props.labelStyle };
  const rootClass = kind === "checkbox" ? "dash-checklist" : "dash-radioitems";
  return (
    <div id={props.id} className={props.className ? `${rootClass} ${props.className}` : rootClass} style={props.style}>
      {normalizeOptions(props.options).map((option) => (
        <label
          key={String(option.value)}
          style={labelStyle}
          className={props.labelClassName}
          title={option.title}
        >
          <input
            type={kind}
            checked={isChecked(option.value)}
            disabled={option.disabled}
            className={props.inputClassName}
            style={props.inputStyle}
            onChange={(event) => onToggle(option.value, event.target.checked)}
          />
          {renderLabel(option.label, componentPath, option.labelPath)}
        </label>
      ))}
    </div>
  );
}

/** Checkboxes; `value` is the list of checked option values. */
export function Checklist(props: DashProps<ChecklistOwnProps>): React.ReactElement {
  const selected = asValueList(props.value);
  const componentPath = useComponentPath();
  return renderChoices(
    props as DashProps<ChoicesOwnProps>,
    componentPath,
    "checkbox",
    (value) => selected.includes(value),
    (value, checked) => {
      // Values keep the order in which they were checked.
      props.setProps({ value: checked ? [...selected, value] : selected.filter((item) => item !== value) });
    },
  );
}

/** Radio buttons; `value` is the chosen option's value. */
export function RadioItems(props: DashProps<RadioItemsOwnProps>): React.ReactElement {
  const componentPath = useComponentPath();
  return renderChoices(
    props as DashProps<ChoicesOwnProps>,
    componentPath,
    "radio",
    (value) => value === props.value,
    (value) => props.setProps({ value }),
  );
}
