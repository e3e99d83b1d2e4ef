import Crypto
import Foundation

/// The one stylesheet, served by Layan itself (no CDN), named by its content hash so browsers may
/// cache it forever. Phone first: one column, large touch targets, readable in sunlight.
enum Stylesheet {
    static let css = """
        :root{--ink:#1b2430;--muted:#52606d;--line:#d9e2ec;--bg:#f7f9fb;--brand:#0b6e4f;--brand-ink:#fff;--warn:#b44d12;--ok:#1f7a3a;--bad:#b42318}
        *{box-sizing:border-box}
        html{font-size:17px}
        body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg);line-height:1.5}
        a{color:var(--brand)}
        a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #f0b429;outline-offset:2px}
        .skip{position:absolute;left:-9999px}
        .skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.5rem;z-index:10}
        header.top{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.25rem 1rem;padding:.5rem 1rem;background:var(--brand);color:var(--brand-ink)}
        header.top a{color:var(--brand-ink);text-decoration:none;min-height:44px;display:inline-flex;align-items:center}
        header.top .brand{font-weight:700;font-size:1.25rem}
        header.top nav{display:flex;gap:.1rem .9rem;flex-wrap:wrap;align-items:center;font-size:.95rem}
        @media (max-width:40rem){header.top nav{width:100%}header.top .who{width:100%}}
        main{max-width:60rem;margin:0 auto;padding:1rem}
        footer{max-width:60rem;margin:2rem auto;padding:1rem;color:var(--muted);border-top:1px solid var(--line);font-size:.9rem}
        h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}
        h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
        .lead{font-size:1.05rem;color:var(--muted)}
        .cards{list-style:none;padding:0;margin:0;display:grid;gap:.75rem;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr))}
        .card{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:1rem}
        .card h3{margin:0 0 .25rem;font-size:1.1rem}
        .card .meta{color:var(--muted);font-size:.9rem;margin:0}
        .card ul{margin:.5rem 0 0;padding-left:1.1rem}
        .notice{background:#fff8e1;border-left:4px solid #f0b429;padding:.75rem 1rem;border-radius:.25rem}
        .error{background:#fff;border:1px solid var(--line);border-left:4px solid var(--bad);padding:1rem;border-radius:.25rem}
        dl{display:grid;grid-template-columns:minmax(7rem,max-content) 1fr;gap:.25rem 1rem;margin:0}
        dt{font-weight:600;color:var(--muted)}
        dd{margin:0}
        .small{font-size:.85rem;color:var(--muted)}
        header.top .who{font-size:.85rem;opacity:.9}
        form.inline{display:inline;margin:0}
        header.top button{background:transparent;color:var(--brand-ink);border:1px solid rgba(255,255,255,.6);border-radius:.3rem;min-height:36px;padding:.25rem .6rem;font:inherit;cursor:pointer}
        form.stack{display:grid;gap:.75rem;max-width:28rem}
        form.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;margin-bottom:1rem}
        .field{display:grid;gap:.25rem}
        .field label{font-weight:600}
        .field.check{grid-template-columns:auto 1fr;align-items:start}
        input,select,textarea{font:inherit;padding:.6rem;border:1px solid #9aa5b1;border-radius:.3rem;min-height:44px;background:#fff;width:100%}
        input[type=checkbox]{width:auto;min-height:auto;margin-top:.3rem}
        button{font:inherit;min-height:44px;padding:.5rem 1rem;border-radius:.3rem;border:1px solid var(--brand);background:#fff;color:var(--brand);cursor:pointer}
        button.primary{background:var(--brand);color:var(--brand-ink)}
        table.data{border-collapse:collapse;width:100%;background:#fff;margin:.5rem 0 1rem;font-size:.95rem}
        table.data th,table.data td{border-bottom:1px solid var(--line);padding:.45rem .5rem;text-align:left;vertical-align:top}
        table.data .num{text-align:right;font-variant-numeric:tabular-nums}
        .badge{display:inline-block;margin-left:.5rem;padding:0 .45rem;border-radius:1rem;background:#fde8e8;color:var(--bad);font-size:.8rem;font-weight:600}
        li.vacant{color:var(--bad)}
        a.button{display:inline-flex;align-items:center;min-height:44px;padding:.5rem 1rem;border-radius:.3rem;background:var(--brand);color:var(--brand-ink);text-decoration:none;font-weight:600}
        fieldset{border:1px solid var(--line);border-radius:.4rem;padding:.75rem;display:grid;gap:.75rem}
        .code{font-size:1.8rem;font-weight:700;letter-spacing:.1em;font-variant-numeric:tabular-nums;margin:.25rem 0}
        nav.tabs{display:flex;gap:1rem;margin-bottom:1rem;flex-wrap:wrap}
        nav.tabs a{min-height:44px;display:inline-flex;align-items:center}
        nav.tabs a[aria-current=page]{font-weight:700;text-decoration:none;border-bottom:3px solid var(--brand)}
        .card.risk-high{border-left:5px solid var(--bad)}
        .card.risk-medium{border-left:5px solid #f0b429}
        details{background:#fff;border:1px solid var(--line);border-radius:.4rem;padding:.5rem .75rem;margin:.5rem 0}
        details summary{cursor:pointer;font-weight:600;min-height:36px;display:flex;align-items:center}
        details form{margin-top:.75rem}
        ol.timeline{list-style:none;padding:0;border-left:3px solid var(--line);margin-left:.5rem}
        ol.timeline li{padding:.25rem 0 .75rem 1rem}
        ol.timeline p{margin:.1rem 0}
        blockquote{margin:.25rem 0;padding:.5rem .75rem;background:#fff;border-left:3px solid var(--brand);white-space:pre-wrap}
        @media (max-width:40rem){table.data{display:block;overflow-x:auto}}
        @media (max-width:30rem){dl{grid-template-columns:1fr}dt{margin-top:.5rem}}
        .figure{font-size:2rem;font-weight:700;margin:.25rem 0;font-variant-numeric:tabular-nums}
        svg.spark polyline{fill:none;stroke:var(--brand);stroke-width:2}
        svg.spark circle{fill:var(--brand)}
        svg.chart{max-width:100%;height:auto;display:block}
        svg.chart .bar{fill:var(--brand)}
        svg.chart .axis{stroke:var(--line)}
        svg.chart .target{stroke:var(--warn);stroke-dasharray:6 4;stroke-width:2}
        svg.chart text{font-size:11px;fill:var(--muted)}
        svg.chart text.value{fill:var(--ink)}
        svg.meter .track{fill:var(--line)}
        svg.meter .fill{fill:var(--brand)}
        .status{display:inline-block;margin-left:.4rem;padding:0 .45rem;border-radius:1rem;font-size:.8rem;font-weight:600}
        .status.ok{background:#e3f4e8;color:var(--ok)}
        .status.warn{background:#fdf1e3;color:var(--warn)}
        .status.bad{background:#fde8e8;color:var(--bad)}
        form.period{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin:.5rem 0 1rem}
        p.links a{margin-right:1rem;display:inline-block;min-height:44px}
        tr.total td{font-weight:700}
        .a4{background:#fff;max-width:210mm;padding:12mm;margin:0 auto;border:1px solid var(--line)}
        @page{size:A4;margin:15mm}
        @media print{header.top,footer,.skip,.noprint{display:none}body{background:#fff}main{max-width:none}.a4{border:0;padding:0;max-width:none}}
        fieldset.question legend{font-weight:600;padding:0 .25rem}
        .choices{display:grid;gap:.4rem}
        .choices label{display:flex;gap:.6rem;align-items:center;min-height:44px;padding:.35rem .6rem;border:1px solid var(--line);border-radius:.4rem;background:#fff;cursor:pointer}
        .choices input[type=radio]{width:1.2rem;height:1.2rem;min-height:auto;margin:0;flex:none}
        svg.chart.skm{margin:.5rem 0;background:#fff}
        svg.chart.skm text{fill:var(--ink);font-size:12px}
        pre.csv{background:#fff;border:1px solid var(--line);padding:.5rem;overflow-x:auto;font-size:.85rem}
        .report header.cover{text-align:center;margin-bottom:1.5rem}
        .report section.chapter h2{border-bottom:2px solid var(--ink);padding-bottom:.2rem}
        .signatures{display:flex;flex-direction:column;align-items:flex-end;margin-top:2.5rem;gap:3rem}
        @media print{.report section.chapter{break-before:page}.report h2,.report h3{break-after:avoid}table.data,svg.chart{break-inside:avoid}table.data{font-size:10pt}}
        ul.tree{list-style:none;padding:0;margin:0 0 1rem}
        ul.tree li{padding:.35rem 0;border-bottom:1px solid var(--line)}
        ul.tree p{margin:0 0 .2rem}
        ul.tree li.level-2{padding-left:.75rem}
        ul.tree li.level-3{padding-left:1.5rem}
        ul.tree li.level-4{padding-left:2.25rem}
        svg.bar{display:block;max-width:100%;height:auto}
        form.decision{display:flex;flex-wrap:wrap;gap:.25rem;margin:.15rem 0}
        form.decision input{width:auto;flex:1 1 8rem}
        ul.reports{list-style:none;padding:0;margin:.5rem 0}
        ul.reports li{border-bottom:1px solid var(--line);padding:.35rem 0}
        ul.reports p{margin:0}
        ul.choices{list-style:none;padding:0;margin:0}
        ul.choices li{display:flex;align-items:center;gap:.5rem}
        .picker label{flex:1;flex-wrap:wrap;gap:0 .6rem}
        .picker label .meta{flex-basis:100%;font-size:.85rem;color:var(--muted);font-weight:normal}
        .row{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:.75rem}
        .row input{min-width:0}
        """

    static let fileName: String = {
        let digest = SHA256.hash(data: Data(css.utf8))
        let hex = digest.prefix(6).map { String(format: "%02x", $0) }.joined()
        return "layan.\(hex).css"
    }()
}
