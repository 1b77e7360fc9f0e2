// Upstream's persistence defaults: the user-editable props each component persists when
// only `persistence` is set. The renderer reads them from the static `dashPersistence`.

/** What the renderer's persistence module reads off a component. */
export interface PersistenceDefaults {
  persisted_props: string[];
  persistence_type: "local" | "session" | "memory";
}

/** Persisted props by component `_type`; every one defaults to `persistence_type="local"`. */
export const PERSISTED_PROPS: Readonly<Record<string, readonly string[]>> = {
  Checklist: ["value"],
  DatePickerRange: ["start_date", "end_date"],
  DatePickerSingle: ["date"],
  Dropdown: ["value"],
  Input: ["value"],
  RadioItems: ["value"],
  RangeSlider: ["value"],
  Slider: ["value"],
  Tabs: ["value"],
  Textarea: ["value"],
};

/** Sets `dashPersistence` on each component of `components` named in PERSISTED_PROPS. */
export function declarePersistence(components: Record<string, unknown>): void {
  for (const [name, props] of Object.entries(PERSISTED_PROPS)) {
    const component = components[name];
    if (typeof component !== "function") {
      throw new Error(`dcc: no component ${name} to declare persistence defaults on`);
    }
    const defaults: PersistenceDefaults = { persisted_props: [...props], persistence_type: "local" };
    Object.assign(component, { dashPersistence: defaults });
  }
}
