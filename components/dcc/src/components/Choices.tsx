import React from "react";
import { useComponentPath } from "../dashApi";
import { DashProps, OptionValue } from "../types";
import { asValueList, normalizeOptions, Option } from "../utils/options";
import { joinClasses } from "../utils/classes";
import { OptionsList } from "./OptionsList";

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

/** Checklist and RadioItems share the options list; `rootClass` names which one it is. */
function Choices(
  props: DashProps<ChoicesOwnProps> & {
    rootClass: "dash-checklist" | "dash-radioitems";
    kind: "checkbox" | "radio";
    isSelected: (value: OptionValue) => boolean;
    onSelect: (option: Option) => void;
  },
): React.ReactElement {
  const componentPath = useComponentPath();
  return (
    <OptionsList
      id={props.id}
      name={props.id}
      className={joinClasses(props.rootClass, props.className)}
      style={props.style}
      options={normalizeOptions(props.options)}
      kind={props.kind}
      isSelected={props.isSelected}
      onSelect={props.onSelect}
      componentPath={componentPath}
      optionClassName={props.inline ? `${props.rootClass}-inline` : undefined}
      inputClassName={props.inputClassName}
      inputStyle={props.inputStyle}
      labelClassName={props.labelClassName}
      labelStyle={props.labelStyle}
    />
  );
}

/** Checkboxes; `value` is the list of checked option values, in the order they were checked. */
export function Checklist(props: DashProps<ChecklistOwnProps>): React.ReactElement {
  const selected = asValueList(props.value);
  return (
    <Choices
      {...(props as DashProps<ChoicesOwnProps>)}
      rootClass="dash-checklist"
      kind="checkbox"
      isSelected={(value) => selected.includes(value)}
      onSelect={({ value }) =>
        props.setProps({ value: selected.includes(value) ? selected.filter((item) => item !== value) : [...selected, value] })
      }
    />
  );
}

/** Radio buttons; `value` is the chosen option's value. */
export function RadioItems(props: DashProps<RadioItemsOwnProps>): React.ReactElement {
  return (
    <Choices
      {...(props as DashProps<ChoicesOwnProps>)}
      rootClass="dash-radioitems"
      kind="radio"
      isSelected={(value) => value === props.value}
      onSelect={({ value }) => value !== props.value && props.setProps({ value })}
    />
  );
}
