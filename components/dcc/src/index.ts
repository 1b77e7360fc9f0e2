// Entry of the dcc bundle: window.dash_core_components, keyed by the Python `_type`s.
import { Button } from "./components/Button";
import { Checklist, RadioItems } from "./components/Choices";
import { Clipboard } from "./components/Clipboard";
import { ConfirmDialog, ConfirmDialogProvider } from "./components/ConfirmDialog";
import { DatePickerRange, DatePickerSingle } from "./components/DatePicker";
import { Download } from "./components/Download";
import { Dropdown } from "./components/Dropdown";
import { Geolocation } from "./components/Geolocation";
import { Graph } from "./components/Graph";
import { Input } from "./components/Input";
import { Interval } from "./components/Interval";
import { Link } from "./components/Link";
import { Loading } from "./components/Loading";
import { Location } from "./components/Location";
import { Markdown } from "./components/Markdown";
import { RangeSlider, Slider } from "./components/Slider";
import { Store } from "./components/Store";
import { Tab, Tabs } from "./components/Tabs";
import { Textarea } from "./components/Textarea";
import { Tooltip } from "./components/Tooltip";
import { Upload } from "./components/Upload";
import { declarePersistence } from "./persistence";
import { injectStyles } from "./styles";

const components = {
  Button,
  Checklist,
  Clipboard,
  ConfirmDialog,
  ConfirmDialogProvider,
  DatePickerRange,
  DatePickerSingle,
  Download,
  Dropdown,
  Geolocation,
  Graph,
  Input,
  Interval,
  Link,
  Loading,
  Location,
  Markdown,
  RadioItems,
  RangeSlider,
  Slider,
  Store,
  Tab,
  Tabs,
  Textarea,
  Tooltip,
  Upload,
};

/** Prop type strings per component, from the metadata at build time (build.mjs). */
declare const __DASH_DCC_PROP_TYPES__: Record<string, { types: Record<string, string>; required: string[] }>;

/** `dashPropTypes`/`dashRequired`: what the renderer's dev-mode props check reads. */
function declarePropTypes(library: Record<string, unknown>): void {
  for (const [name, component] of Object.entries(library)) {
    const declared = __DASH_DCC_PROP_TYPES__[name];
    if (declared) Object.assign(component as object, { dashPropTypes: declared.types, dashRequired: declared.required });
  }
}

declare global {
  interface Window {
    dash_core_components?: Record<string, unknown>;
  }
}

declarePersistence(components);
declarePropTypes(components);
injectStyles();
window.dash_core_components = Object.assign(window.dash_core_components ?? {}, components);
