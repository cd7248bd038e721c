// The dashboard's stylesheet, served at /dashboard/dashboard.css (the CSP allows styles from this
// origin only: no inline style, no style attribute). Plain, GOV.UK-like; reflows at 320 px and
// 200% zoom (the charts' labels are HTML text, the bars SVG that stretch); forced colours kept.
export const DASHBOARD_CSS = `*,*::before,*::after{box-sizing:border-box}
html{font-family:Arial,"Helvetica Neue",Helvetica,sans-serif;font-size:100%;line-height:1.4;color:#0b0c0c;background:#fff;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0}
a{color:#1d70b8;text-decoration-thickness:max(1px,.0625rem);text-underline-offset:.15em}
a:visited{color:#4c2c92}
a:hover{color:#003078}
a:focus,button:focus,input:focus,[tabindex]:focus-visible{outline:3px solid #ffdd00;outline-offset:0;box-shadow:0 0 0 5px #0b0c0c}
a:focus{background:#ffdd00;color:#0b0c0c;box-shadow:0 -2px #ffdd00,0 4px #0b0c0c;text-decoration:none;outline:none}
main:focus{outline:none;box-shadow:none}
.width{max-width:960px;margin:0 auto;padding:0 15px}
@media (min-width:40.0625em){.width{padding:0 30px}}
.skip-link{position:absolute;left:-9999px;top:0;padding:10px 15px;background:#ffdd00;color:#0b0c0c}
.skip-link:focus{left:0;z-index:1}
.header{background:#0b0c0c;color:#fff;border-bottom:10px solid #1d70b8;margin-bottom:30px}
.header-row{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:10px;padding-top:10px;padding-bottom:10px}
.header-name,.header-name:visited{color:#fff;font-weight:700;font-size:1.125rem;text-decoration:none;padding:4px 0}
.header-name:hover{text-decoration:underline;color:#fff}
.sign-out{margin:0}
.link-button{font:inherit;color:#fff;background:none;border:0;padding:4px 0;min-height:2rem;text-decoration:underline;cursor:pointer}
.link-button:focus{color:#0b0c0c;background:#ffdd00}
h1{font-size:2rem;line-height:1.1;margin:0 0 20px}
h2{font-size:1.5rem;line-height:1.2;margin:40px 0 15px}
h3{font-size:1.1875rem;margin:30px 0 10px}
p,ul{margin:0 0 20px}
.caption{display:block;font-size:1.1875rem;color:#505a5f;font-weight:400;margin-bottom:5px}
.secondary{color:#505a5f}
.hint{color:#505a5f;margin-bottom:15px}
.list{padding-left:20px}
.list li{margin-bottom:5px}
.back{margin-bottom:15px}
.field{margin-bottom:30px}
.field-error{border-left:5px solid #d4351c;padding-left:15px}
label,legend{display:block;font-weight:700;margin-bottom:5px}
.input{font:inherit;width:100%;max-width:30em;min-height:40px;padding:5px;border:2px solid #0b0c0c;border-radius:0}
.field-error .input{border-color:#d4351c}
.error-message{color:#d4351c;font-weight:700;margin-bottom:15px}
.error-summary{border:5px solid #d4351c;padding:15px 20px;margin-bottom:30px}
.error-summary h2{margin-top:0;font-size:1.5rem}
.error-summary ul{list-style:none;padding:0;margin:0}
.error-summary a{color:#d4351c;font-weight:700}
.button{font:inherit;font-size:1.1875rem;line-height:1.2;color:#fff;background:#00703c;border:2px solid transparent;border-radius:0;box-shadow:0 2px 0 #002d18;padding:8px 10px 7px;min-height:44px;cursor:pointer;margin-bottom:30px}
.button:hover{background:#005a30}
.button:focus{color:#0b0c0c;background:#ffdd00;box-shadow:inset 0 0 0 1px #ffdd00,0 2px 0 #0b0c0c;outline:3px solid transparent}
.fieldset{border:0;padding:0;margin:0 0 20px}
.checkboxes{display:flex;flex-wrap:wrap;gap:10px 30px}
.checkbox{display:flex;align-items:center;gap:10px}
.checkbox input{width:28px;height:28px;margin:0;accent-color:#0b0c0c}
.checkbox label{font-weight:400;margin:0;padding:4px 0}
.contents{border-top:1px solid #b1b4b6;border-bottom:1px solid #b1b4b6;padding:10px 0 0;margin-bottom:20px}
.contents-heading{font-size:1.1875rem;margin:0 0 10px}
.group{margin-bottom:30px}
.figure{margin:0 0 20px;max-width:45em}
.chart-section{margin-bottom:15px}
.chart-heading{font-weight:700;margin:0 0 5px}
.bar-row{display:grid;grid-template-columns:minmax(7em,16em) minmax(4em,1fr) minmax(5.5em,auto);gap:5px 10px;align-items:center;margin-bottom:6px}
.bar-label{overflow-wrap:anywhere}
.bar-track{display:block;width:100%;height:1.25em}
.bar{fill:#1d70b8}
.bar-number{font-variant-numeric:tabular-nums;font-weight:700}
.suppressed{color:#505a5f;font-style:italic;font-weight:400}
@media (max-width:40em){.bar-row{grid-template-columns:minmax(4em,1fr) minmax(5.5em,auto)}.bar-label{grid-column:1 / -1}}
@media (forced-colors:active){.bar{fill:CanvasText}}
.table{border-collapse:collapse;border-spacing:0;width:100%;margin-bottom:30px}
.table caption{text-align:left;font-weight:700;margin-bottom:10px}
.table th,.table td{text-align:left;vertical-align:top;padding:10px 15px 10px 0;border-bottom:1px solid #b1b4b6}
.table th[scope=row],.table td{overflow-wrap:anywhere}
.table td:last-child,.table th:last-child{padding-right:0}
@media (max-width:40em){.table{font-size:.9375rem}.table th,.table td{padding-right:8px}}
.table th[scope=row]{font-weight:400}
.table tr>th:first-child[scope=row]{font-weight:700}
.table code{font-size:.9375em}
.table .num{text-align:right;font-variant-numeric:tabular-nums}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;border:0!important;white-space:nowrap!important}
`;
