import React, { useEffect, useState } from "react";
import { layoutAt, renderLayoutValue } from "../dashApi";
import { DashProps } from "../types";
import { joinClasses } from "../utils/classes";

interface TabOwnProps {
  label?: React.ReactNode;
  children?: React.ReactNode;
  value?: string;
  disabled?: boolean;
  disabled_style?: React.CSSProperties;
  disabled_className?: string;
  selected_className?: string;
  selected_style?: React.CSSProperties;
  width?: string | number;
}

interface TabsOwnProps {
  value?: string;
  content_className?: string;
  parent_className?: string;
  parent_style?: React.CSSProperties;
  content_style?: React.CSSProperties;
  vertical?: boolean;
  mobile_breakpoint?: number;
  children?: React.ReactNode;
  colors?: { border?: string; primary?: string; background?: string };
}

type TabInfo = DashProps<TabOwnProps> & { componentPath?: unknown[]; loading_state?: { is_loading?: boolean } };

/**
 * The props of a child Tab. The renderer passes children as wrapper elements; their own
 * props are read from the layout when the element only carries its component path.
 */
function tabInfo(child: React.ReactElement): TabInfo {
  const element = child.props as Record<string, unknown>;
  const layout = (element._dashprivate_layout ??
    (element.componentPath ? layoutAt(element.componentPath) : undefined)) as { props?: TabInfo } | undefined;
  return { ...(layout?.props ?? {}), ...(element as Partial<TabInfo>) } as TabInfo;
}

/** One tab: renders its children when selected (its header is drawn by Tabs). */
export function Tab(props: DashProps<TabOwnProps>): React.ReactElement {
  return <>{props.children}</>;
}

/** Whether the window is wider than `breakpoint` pixels (Dash stacks tabs on narrow screens). */
function useWiderThan(breakpoint: number): boolean {
  const measure = (): boolean => typeof window === "undefined" || window.innerWidth > breakpoint;
  const [wider, setWider] = useState(measure);
  useEffect(() => {
    const update = (): void => setWider(measure());
    window.addEventListener("resize", update);
    return () => window.removeEventListener("resize", update);
  }, [breakpoint]);
  return wider;
}

/** A row (or column) of tab headers; shows the selected Tab's children below. */
export function Tabs(props: DashProps<TabsOwnProps>): React.ReactElement {
  const { vertical = false, setProps, colors = {} } = props;
  const children = React.Children.toArray(props.children).filter(React.isValidElement) as React.ReactElement[];
  const tabs = children.map((child, index) => {
    const info = tabInfo(child);
    return { child, info, value: info.value ?? `tab-${index + 1}` };
  });
  const selectedValue = props.value ?? tabs[0]?.value;
  const firstValue = tabs[0]?.value;
  useEffect(() => {
    // Without a value the first tab is selected, and callbacks see its value.
    if (props.value === undefined && firstValue !== undefined) {
      setProps({ value: firstValue });
    }
  }, [props.value, firstValue, setProps]);
  const selected = tabs.find((tab) => tab.value === selectedValue);
  const aboveBreakpoint = useWiderThan(props.mobile_breakpoint ?? 800);
  const palette = {
    "--dash-tabs-border": colors.border ?? "var(--Dash-Stroke-Weak)",
    "--dash-tabs-primary": colors.primary ?? "var(--Dash-Fill-Interactive-Strong)",
    "--dash-tabs-background": colors.background ?? "var(--Dash-Fill-Interactive-Weak)",
  } as React.CSSProperties;

  return (
    <div
      id={props.id === undefined ? undefined : `${props.id}-parent`}
      className={joinClasses(
        "tab-parent",
        vertical && "tab-parent--vert",
        aboveBreakpoint && "tab-parent--above-breakpoint",
        props.parent_className,
      )}
      style={{ ...palette, ...props.parent_style }}
    >
      <div id={props.id} className={joinClasses("tab-container", vertical && "tab-container--vert", props.className)} style={props.style}>
        {tabs.map(({ info, value }) => {
          const isSelected = value === selectedValue;
          const disabled = Boolean(info.disabled);
          return (
            <div
              key={value}
              data-dash-is-loading={Boolean(info.loading_state?.is_loading)}
              id={info.id}
              className={joinClasses(
                "tab",
                info.className,
                isSelected && "tab--selected",
                isSelected && info.selected_className,
                disabled && "tab--disabled",
                disabled && info.disabled_className,
              )}
              style={{
                width: info.width,
                ...info.style,
                ...(isSelected ? info.selected_style : {}),
                ...(disabled ? info.disabled_style ?? { color: "var(--Dash-Text-Disabled)" } : {}),
              }}
              onClick={() => !disabled && !isSelected && setProps({ value })}
            >
              <span>{renderLayoutValue(info.label, info.componentPath && [...info.componentPath, "props", "label"])}</span>
            </div>
          );
        })}
      </div>
      <div className={joinClasses("tab-content", vertical && "tab-content--vert", props.content_className)} style={props.content_style}>
        {selected?.child}
      </div>
    </div>
  );
}

// Tab headers are drawn from the children's props: re-render when a descendant changes.
Tabs.dashChildrenUpdate = true;
