// The bundle's stylesheet, injected once when the bundle loads (dcc ships no CSS file).

const CSS = `
:root {
  --Dash-Fill-Interactive-Strong: #7f4bc4;
  --Dash-Fill-Interactive-Weak: #f1ebfa;
  --Dash-Fill-Inverse-Strong: #1f2430;
  --Dash-Stroke-Weak: #d5d8df;
  --Dash-Stroke-Strong: #8d93a1;
  --Dash-Text-Disabled: #a2a7b3;
  --Dash-Text-Strong: #1f2430;
}
.dash-dropdown { position: relative; font-size: 14px; }
.dash-dropdown-control { display: flex; align-items: center; min-height: 36px; border: 1px solid var(--Dash-Stroke-Weak); border-radius: 4px; background: #fff; cursor: pointer; padding: 0 6px; }
.dash-dropdown--disabled .dash-dropdown-control { background: #f4f5f7; cursor: not-allowed; color: var(--Dash-Text-Disabled); }
.dash-dropdown-values { flex: 1; display: flex; flex-wrap: wrap; align-items: center; gap: 4px; min-width: 0; padding: 3px 0; }
.dash-dropdown-placeholder { color: var(--Dash-Text-Disabled); }
.dash-dropdown-value-item { background: var(--Dash-Fill-Interactive-Weak); border-radius: 3px; padding: 1px 6px; }
.dash-dropdown-value-remove { margin-left: 4px; cursor: pointer; }
.dash-dropdown-search { flex: 1; min-width: 60px; border: none; outline: none; font: inherit; background: transparent; }
.dash-dropdown-clear, .dash-dropdown-arrow { padding: 0 4px; color: var(--Dash-Stroke-Strong); }
.dash-dropdown-menu { position: absolute; z-index: 1000; left: 0; right: 0; top: 100%; margin-top: 2px; background: #fff; border: 1px solid var(--Dash-Stroke-Weak); border-radius: 4px; box-shadow: 0 4px 12px rgba(0,0,0,.12); }
.dash-dropdown-actions { padding: 4px 8px; border-bottom: 1px solid var(--Dash-Stroke-Weak); }
.dash-dropdown-action { cursor: pointer; color: var(--Dash-Fill-Interactive-Strong); }
.dash-dropdown-option { display: flex; align-items: center; gap: 6px; box-sizing: border-box; padding: 6px 10px; cursor: pointer; overflow: hidden; }
.dash-dropdown-option--focused { background: var(--Dash-Fill-Interactive-Weak); }
.dash-dropdown-option--selected { font-weight: 600; }
.dash-dropdown-option--disabled { color: var(--Dash-Text-Disabled); cursor: not-allowed; }
.dash-dropdown-empty { padding: 6px 10px; color: var(--Dash-Text-Disabled); }
.dash-slider { padding: 8px 12px 28px; display: flex; align-items: center; gap: 12px; }
.dash-slider-body { position: relative; flex: 1; height: 14px; cursor: pointer; touch-action: none; }
.dash-slider--vertical { flex-direction: column; }
.dash-slider--vertical .dash-slider-body { width: 14px; height: 100%; flex: 1; }
.dash-slider--disabled .dash-slider-body { cursor: not-allowed; opacity: .5; }
.dash-slider-rail, .dash-slider-track { position: absolute; top: 5px; height: 4px; border-radius: 2px; }
.dash-slider-rail { left: 0; right: 0; background: var(--Dash-Stroke-Weak); }
.dash-slider-track { background: var(--Dash-Fill-Interactive-Strong); }
.dash-slider--vertical .dash-slider-rail, .dash-slider--vertical .dash-slider-track { top: auto; left: 5px; width: 4px; height: auto; }
.dash-slider--vertical .dash-slider-rail { top: 0; bottom: 0; }
.dash-slider-handle { position: absolute; top: 0; width: 14px; height: 14px; margin-left: -7px; border-radius: 50%; background: #fff; border: 2px solid var(--Dash-Fill-Interactive-Strong); box-sizing: border-box; z-index: 2; }
.dash-slider--vertical .dash-slider-handle { left: 0; top: auto; margin-left: 0; margin-bottom: -7px; }
.dash-slider-handle:focus { outline: 2px solid var(--Dash-Fill-Interactive-Weak); }
.dash-slider-mark { position: absolute; top: 18px; transform: translateX(-50%); font-size: 12px; white-space: nowrap; color: var(--Dash-Stroke-Strong); }
.dash-slider--vertical .dash-slider-mark { top: auto; left: 20px; transform: translateY(50%); }
.dash-slider-dot { position: absolute; top: 3px; width: 8px; height: 8px; margin-left: -4px; border-radius: 50%; background: #fff; border: 1px solid var(--Dash-Stroke-Weak); box-sizing: border-box; }
.dash-slider-tooltip { position: absolute; left: 50%; bottom: 20px; transform: translateX(-50%); background: var(--Dash-Fill-Inverse-Strong); color: #fff; font-size: 12px; padding: 2px 6px; border-radius: 3px; white-space: nowrap; }
.dash-slider-tooltip--bottom, .dash-slider-tooltip--bottomLeft, .dash-slider-tooltip--bottomRight { bottom: auto; top: 20px; }
.dash-slider-inputs { display: flex; gap: 4px; }
.dash-slider-input { width: 64px; }
.tab-parent { display: flex; flex-direction: column; }
.tab-parent--vert { flex-direction: row; }
.tab-container { display: flex; border-bottom: 1px solid var(--dash-tabs-border); }
.tab-container--vert { flex-direction: column; border-bottom: none; border-right: 1px solid var(--dash-tabs-border); }
.tab { flex: 1; padding: 10px 16px; text-align: center; cursor: pointer; background: #fff; border-bottom: 2px solid transparent; }
.tab--selected { border-bottom-color: var(--dash-tabs-primary); background: var(--dash-tabs-background); }
.tab--disabled { cursor: not-allowed; }
.dash-loading-container { min-height: 1px; }
.dash-loading-overlay { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; }
.dash-spinner { display: flex; gap: 4px; align-items: center; }
.dash-spinner--fullscreen { position: fixed; inset: 0; justify-content: center; background: rgba(255,255,255,.7); z-index: 10000; }
.dash-default-spinner .dash-spinner-part, .dash-circle-spinner .dash-spinner-part { width: 28px; height: 28px; border-radius: 50%; border: 3px solid var(--Dash-Stroke-Weak); animation: dash-spin 0.8s linear infinite; }
.dash-dot-spinner .dash-spinner-part { width: 10px; height: 10px; border-radius: 50%; animation: dash-pulse 1s ease-in-out infinite; }
.dash-cube-spinner .dash-spinner-part { width: 10px; height: 10px; animation: dash-pulse 1s ease-in-out infinite; }
.dash-graph-spinner .dash-spinner-part { width: 6px; height: 24px; animation: dash-pulse 1s ease-in-out infinite; }
.dash-spinner-part:nth-child(2) { animation-delay: .15s; } .dash-spinner-part:nth-child(3) { animation-delay: .3s; } .dash-spinner-part:nth-child(4) { animation-delay: .45s; } .dash-spinner-part:nth-child(5) { animation-delay: .6s; }
@keyframes dash-spin { to { transform: rotate(360deg); } }
@keyframes dash-pulse { 0%, 100% { opacity: .25; } 50% { opacity: 1; } }
.dash-datepicker { position: relative; display: inline-flex; align-items: center; gap: 4px; }
.dash-datepicker-input { width: 120px; padding: 6px 8px; border: 1px solid var(--Dash-Stroke-Weak); border-radius: 4px; font: inherit; }
.dash-datepicker-clear { border: none; background: none; cursor: pointer; font-size: 16px; }
.dash-datepicker-calendar { position: absolute; top: 100%; left: 0; z-index: 1000; background: #fff; border: 1px solid var(--Dash-Stroke-Weak); border-radius: 4px; padding: 8px; box-shadow: 0 4px 12px rgba(0,0,0,.12); }
.dash-datepicker-nav { display: flex; justify-content: space-between; }
.dash-datepicker-nav button { border: none; background: none; font-size: 18px; cursor: pointer; }
.dash-datepicker-months { display: flex; gap: 16px; }
.dash-datepicker-calendar--vertical .dash-datepicker-months { flex-direction: column; }
.dash-datepicker-month { border-collapse: collapse; }
.dash-datepicker-month th { font-weight: normal; font-size: 12px; color: var(--Dash-Stroke-Strong); }
.dash-datepicker-month td { padding: 0; text-align: center; }
.dash-datepicker-day { width: 100%; height: 100%; border: none; background: none; cursor: pointer; border-radius: 4px; }
.dash-datepicker-day:disabled { color: var(--Dash-Text-Disabled); cursor: not-allowed; text-decoration: line-through; }
.dash-datepicker-day--in-range { background: var(--Dash-Fill-Interactive-Weak); }
.dash-datepicker-day--selected { background: var(--Dash-Fill-Interactive-Strong); color: #fff; }
.dash-markdown pre { background: #f6f8fa; padding: 8px; overflow: auto; }
.dash-markdown--dark pre { background: #1f2430; color: #e6e6e6; }
.hljs-keyword, .hljs-built_in { color: #a626a4; } .hljs-string { color: #50a14f; } .hljs-number, .hljs-literal { color: #986801; } .hljs-comment { color: #a0a1a7; font-style: italic; } .hljs-title, .hljs-function { color: #4078f2; }
.hover { color: #fff; font-size: 13px; }
`;

const STYLE_ID = "dash-core-components-styles";

/** Add the stylesheet to the page unless it is there already. */
export function injectStyles(): void {
  if (typeof document === "undefined" || document.getElementById(STYLE_ID)) {
    return;
  }
  const style = document.createElement("style");
  style.id = STYLE_ID;
  style.textContent = CSS;
  // First in <head>, so app stylesheets override these defaults.
  document.head.insertBefore(style, document.head.firstChild);
}
