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
.dash-dropdown-wrapper { position: relative; font-size: 14px; }
.dash-dropdown-focus-target { position: absolute; width: 0; height: 0; padding: 0; border: 0; opacity: 0; pointer-events: none; }
.dash-dropdown { display: block; width: 100%; min-height: 36px; padding: 0 8px; border: 1px solid var(--Dash-Stroke-Weak); border-radius: 4px; background: #fff; color: var(--Dash-Text-Strong); font: inherit; text-align: left; cursor: pointer; }
.dash-dropdown:disabled { background: #f4f5f7; cursor: not-allowed; color: var(--Dash-Text-Disabled); }
.dash-dropdown-grid-container { display: grid; grid-auto-flow: column; grid-template-columns: 1fr; align-items: center; gap: 4px; }
.dash-dropdown-trigger { min-height: 34px; }
.dash-dropdown-value { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
.dash-dropdown-value-item + .dash-dropdown-value-item::before { content: ", "; }
.dash-dropdown-placeholder { color: var(--Dash-Text-Disabled); }
.dash-dropdown-value-count { color: var(--Dash-Stroke-Strong); white-space: nowrap; }
.dash-dropdown-clear { display: inline-flex; padding: 2px; border: none; background: none; color: var(--Dash-Stroke-Strong); cursor: pointer; }
.dash-dropdown-trigger-icon { color: var(--Dash-Stroke-Strong); }
.dash-dropdown-popper { position: absolute; z-index: 1000; left: 0; right: 0; top: 100%; margin-top: 2px; }
.dash-dropdown-content { background: #fff; border: 1px solid var(--Dash-Stroke-Weak); border-radius: 4px; box-shadow: 0 4px 12px rgba(0,0,0,.12); outline: none; }
.dash-dropdown-search-container { grid-template-columns: auto 1fr; padding: 6px 8px; border-bottom: 1px solid var(--Dash-Stroke-Weak); color: var(--Dash-Stroke-Strong); }
.dash-dropdown-search { min-width: 0; border: none; outline: none; font: inherit; background: transparent; }
.dash-dropdown-actions { display: flex; gap: 8px; padding: 4px 8px; border-bottom: 1px solid var(--Dash-Stroke-Weak); }
.dash-dropdown-action-button { border: none; background: none; padding: 2px 0; font: inherit; cursor: pointer; color: var(--Dash-Fill-Interactive-Strong); }
.dash-options-list-option { display: flex; align-items: center; gap: 6px; box-sizing: border-box; cursor: pointer; }
.dash-options-list-option-checkbox { margin: 0; accent-color: var(--Dash-Fill-Interactive-Strong); }
.dash-options-list-option:has(:disabled) { color: var(--Dash-Text-Disabled); cursor: not-allowed; }
.dash-checklist-inline, .dash-radioitems-inline { display: inline-flex; margin-right: 12px; }
.dash-dropdown-option { padding: 6px 10px; overflow: hidden; }
.dash-dropdown-option:focus-within, .dash-dropdown-option:hover { background: var(--Dash-Fill-Interactive-Weak); }
.dash-dropdown-options > span.dash-dropdown-option { display: block; color: var(--Dash-Text-Disabled); }
.dash-input-container { display: inline-flex; align-items: stretch; }
.dash-input-element { font: inherit; min-width: 0; }
.dash-input-stepper { width: 24px; border: 1px solid var(--Dash-Stroke-Weak); background: #fff; cursor: pointer; font: inherit; }
.dash-input-stepper:disabled { color: var(--Dash-Text-Disabled); cursor: not-allowed; }
.dash-slider-container { display: flex; align-items: center; gap: 12px; padding: 8px 12px 28px; }
.dash-slider-wrapper { flex: 1; display: flex; align-items: center; min-width: 0; }
.dash-slider-root { position: relative; flex: 1; display: flex; align-items: center; height: 14px; cursor: pointer; touch-action: none; user-select: none; }
.dash-slider-root[data-orientation="vertical"] { flex-direction: column; width: 14px; height: 100%; flex: none; }
.dash-slider-root[data-disabled] { cursor: not-allowed; opacity: .5; }
.dash-slider-track { position: relative; flex: 1; height: 4px; border-radius: 2px; background: var(--Dash-Stroke-Weak); }
.dash-slider-root[data-orientation="vertical"] .dash-slider-track { width: 4px; height: 100%; }
.dash-slider-range { position: absolute; top: 0; bottom: 0; border-radius: 2px; background: var(--Dash-Fill-Interactive-Strong); }
.dash-slider-root[data-orientation="vertical"] .dash-slider-range { top: auto; left: 0; right: 0; }
.dash-slider-thumb { display: block; width: 14px; height: 14px; margin-left: -7px; border-radius: 50%; background: #fff; border: 2px solid var(--Dash-Fill-Interactive-Strong); box-sizing: border-box; position: relative; z-index: 2; }
.dash-slider-root[data-orientation="vertical"] .dash-slider-thumb { margin-left: 0; margin-bottom: -7px; }
.dash-slider-root[data-orientation="vertical"] > span:not(.dash-slider-track) { left: 0; }
.dash-slider-thumb:focus { outline: 2px solid var(--Dash-Fill-Interactive-Weak); }
.dash-slider-mark { position: absolute; top: 18px; transform: translateX(-50%); font-size: 12px; white-space: nowrap; color: var(--Dash-Text-Strong); }
.dash-slider-mark-outside-selection { color: var(--Dash-Stroke-Strong); }
.dash-slider-root[data-orientation="vertical"] .dash-slider-mark { top: auto; left: 20px; transform: translateY(50%); }
.dash-slider-dot { position: absolute; width: 8px; height: 8px; margin-left: -4px; border-radius: 50%; background: var(--Dash-Fill-Interactive-Strong); box-sizing: border-box; }
.dash-slider-dot-outside-selection { background: #fff; border: 1px solid var(--Dash-Stroke-Weak); }
.dash-slider-root[data-orientation="vertical"] .dash-slider-dot { left: 3px; margin: 0 0 -4px; }
.dash-slider-tooltip { position: absolute; left: 50%; bottom: 20px; transform: translateX(-50%); background: var(--Dash-Fill-Inverse-Strong); color: #fff; font-size: 12px; padding: 2px 6px; border-radius: 3px; white-space: nowrap; }
.dash-slider-tooltip--bottom, .dash-slider-tooltip--bottomLeft, .dash-slider-tooltip--bottomRight { bottom: auto; top: 20px; }
.dash-range-slider-input { width: 64px; }
.dash-range-slider-max-input { order: 2; }
.tab-parent { display: flex; flex-direction: column; }
.tab-parent--vert { flex-direction: row; }
.tab-parent:not(.tab-parent--above-breakpoint) .tab-container { flex-direction: column; }
.tab-container { display: flex; border-bottom: 1px solid var(--dash-tabs-border); }
.tab-container--vert { flex-direction: column; border-bottom: none; border-right: 1px solid var(--dash-tabs-border); }
.tab { flex: 1; padding: 10px 16px; text-align: center; cursor: pointer; background: #fff; border-bottom: 2px solid transparent; }
.tab--selected { border-bottom-color: var(--dash-tabs-primary); background: var(--dash-tabs-background); }
.tab--disabled { cursor: not-allowed; }
.dash-spinner-container { position: fixed; inset: 0; width: 100vw; height: 100vh; background: #fff; z-index: 99; display: flex; justify-content: center; align-items: center; }
.dash-spinner { --dash-spinner-color: var(--Dash-Fill-Interactive-Strong); }
.dash-default-spinner { margin: 1rem auto; width: 50px; height: 40px; text-align: center; }
.dash-default-spinner > div { display: inline-block; width: 6px; height: 100%; margin-right: 4px; background: var(--dash-spinner-color); animation: dash-stretch 1.2s infinite ease-in-out; }
.dash-default-spinner > div:nth-child(2) { animation-delay: -1.1s; } .dash-default-spinner > div:nth-child(3) { animation-delay: -1s; } .dash-default-spinner > div:nth-child(4) { animation-delay: -.9s; } .dash-default-spinner > div:nth-child(5) { animation-delay: -.8s; }
.dash-dot-spinner { margin: 1rem auto; width: 70px; text-align: center; }
.dash-dot-spinner > div { display: inline-block; width: 18px; height: 18px; border-radius: 50%; background: var(--dash-spinner-color); animation: dash-bounce 1.4s infinite ease-in-out both; }
.dash-dot-spinner > div:nth-child(1) { animation-delay: -.32s; } .dash-dot-spinner > div:nth-child(2) { animation-delay: -.16s; }
.dash-sk-circle { margin: 1rem auto; width: 40px; height: 40px; position: relative; }
.dash-sk-child { position: absolute; inset: 0; }
.dash-sk-child::before { content: ""; display: block; margin: 0 auto; width: 15%; height: 15%; border-radius: 50%; background: var(--dash-spinner-color); animation: dash-bounce 1.2s infinite ease-in-out both; }
.dash-sk-circle2 { transform: rotate(30deg); } .dash-sk-circle2::before { animation-delay: -1.1s; }
.dash-sk-circle3 { transform: rotate(60deg); } .dash-sk-circle3::before { animation-delay: -1.0s; }
.dash-sk-circle4 { transform: rotate(90deg); } .dash-sk-circle4::before { animation-delay: -0.9s; }
.dash-sk-circle5 { transform: rotate(120deg); } .dash-sk-circle5::before { animation-delay: -0.8s; }
.dash-sk-circle6 { transform: rotate(150deg); } .dash-sk-circle6::before { animation-delay: -0.7s; }
.dash-sk-circle7 { transform: rotate(180deg); } .dash-sk-circle7::before { animation-delay: -0.6s; }
.dash-sk-circle8 { transform: rotate(210deg); } .dash-sk-circle8::before { animation-delay: -0.5s; }
.dash-sk-circle9 { transform: rotate(240deg); } .dash-sk-circle9::before { animation-delay: -0.4s; }
.dash-sk-circle10 { transform: rotate(270deg); } .dash-sk-circle10::before { animation-delay: -0.3s; }
.dash-sk-circle11 { transform: rotate(300deg); } .dash-sk-circle11::before { animation-delay: -0.2s; }
.dash-sk-circle12 { transform: rotate(330deg); } .dash-sk-circle12::before { animation-delay: -0.1s; }
.dash-cube-container { margin: 2rem auto; width: 40px; height: 40px; perspective: 200px; }
.dash-cube { position: relative; width: 40px; height: 40px; transform-style: preserve-3d; animation: dash-cube-turn 3s infinite linear; }
.dash-cube-side { position: absolute; width: 40px; height: 40px; opacity: .8; background: var(--dash-spinner-color); border: 1px solid #fff; box-sizing: border-box; }
.dash-cube-side--front { transform: translateZ(20px); } .dash-cube-side--back { transform: rotateY(180deg) translateZ(20px); } .dash-cube-side--right { transform: rotateY(90deg) translateZ(20px); } .dash-cube-side--left { transform: rotateY(-90deg) translateZ(20px); } .dash-cube-side--top { transform: rotateX(90deg) translateZ(20px); } .dash-cube-side--bottom { transform: rotateX(-90deg) translateZ(20px); }
.dash-graph-spinner { display: flex; position: relative; margin: 0 auto; width: 200px; height: 128px; }
.dash-graph-spinner__bottom { display: flex; flex-direction: column; margin-top: auto; height: 12px; width: 100%; }
.dash-graph-spinner__background { position: absolute; inset: 0; display: flex; }
.dash-vert { position: absolute; bottom: 0; width: 40px; animation: dash-grow 2s infinite; }
.dash-vert__one { background: #e763fa; } .dash-vert__two { left: 50px; background: #636efa; animation-delay: .2s; } .dash-vert__three { left: 100px; background: #00cc96; animation-delay: .4s; } .dash-vert__four { left: 150px; background: #ef553b; animation-delay: .6s; }
.dash-dot { position: absolute; width: 10px; height: 10px; border-radius: 50%; background: #119dff; }
.dash-dot__one { bottom: 0; left: 16px; } .dash-dot__two { bottom: 48px; left: 66px; } .dash-dot__three { bottom: 27px; left: 114px; } .dash-dot__four { bottom: 56px; left: 166px; }
.dash-bar { display: none; }
@keyframes dash-stretch { 0%, 40%, 100% { transform: scaleY(.4); } 20% { transform: scaleY(1); } }
@keyframes dash-bounce { 0%, 80%, 100% { transform: scale(0); } 40% { transform: scale(1); } }
@keyframes dash-cube-turn { to { transform: rotateX(360deg) rotateY(360deg); } }
@keyframes dash-grow { from { height: 0; } to { height: 90px; } }
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
code.hljs { display: block; background: #f6f8fa; padding: 8px; overflow: auto; }
.hljs-dark code.hljs { background: #1f2430; color: #e6e6e6; }
.hljs-keyword, .hljs-built_in { color: #a626a4; } .hljs-string { color: #50a14f; } .hljs-number, .hljs-literal { color: #986801; } .hljs-comment { color: #a0a1a7; font-style: italic; } .hljs-title, .hljs-function { color: #4078f2; }
.dcc-tooltip-bounding-box { position: absolute; }
.dcc-tooltip-bounding-box .hover { position: absolute; z-index: var(--Dash-Tooltip-ZIndex); pointer-events: var(--Dash-Tooltip-PointerEvents); color: #fff; font-size: 13px; white-space: nowrap; }
.dcc-tooltip-bounding-box .hover-content { display: block; padding: 6px 8px; border-radius: 4px; border: 1px solid var(--Dash-Tooltip-Border-Color); background: var(--Dash-Tooltip-Background-Color); }
.hover-right { left: 100%; top: 50%; transform: translate(8px, -50%); }
.hover-left { right: 100%; top: 50%; transform: translate(-8px, -50%); }
.hover-top { bottom: 100%; left: 50%; transform: translate(-50%, -8px); }
.hover-bottom { top: 100%; left: 50%; transform: translate(-50%, 8px); }
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
