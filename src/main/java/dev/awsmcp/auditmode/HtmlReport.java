package dev.awsmcp.auditmode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code report.html}: one self-contained page (styles, script, charts and data inline; nothing loaded from
 * anywhere, so it works offline and as an e-mail attachment). It shows the summary by status and severity, bar
 * charts by severity, pack, service, region and account, and the findings in a table that sorts by any column,
 * filters by severity, status and text, and expands each row to its evidence. Made from the {@link JsonReport}
 * document; the data is embedded as JSON and every value reaches the page as text, never as markup.
 */
public final class HtmlReport {
    private static final List<String> STATUSES = List.of("FAIL", "ERROR", "PASS", "INFO");

    private HtmlReport() {}

    /**
     * @param report the {@code report.json} document
     * @return the page
     */
    public static String render(ObjectNode report) {
        JsonNode summary = report.path("summary");
        JsonNode status = summary.path("byStatus");
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>aws-mcp audit report</title><style>").append(CSS).append("</style></head><body>\n");
        b.append("<header><h1>AWS audit report</h1><p class=\"meta\">")
                .append(esc(report.path("startedAt").asText())).append(" · ")
                .append(report.path("durationMs").asLong() / 1000.0).append(" s · aws-mcp ")
                .append(esc(report.path("tool").path("version").asText())).append(" · read-only</p></header>\n");
        b.append("<section id=\"summary\" class=\"cards\">");
        for (String s : STATUSES) {
            b.append("<div class=\"card ").append(s.toLowerCase()).append("\"><span class=\"n\" data-status=\"")
                    .append(s).append("\">").append(status.path(s).asInt()).append("</span><span>").append(s)
                    .append("</span></div>");
        }
        b.append("</section>\n<section class=\"charts\">");
        chart(b, "By severity", summary.path("bySeverity"));
        chart(b, "By pack", summary.path("byPack"));
        chart(b, "By service", summary.path("byService"));
        chart(b, "By region", summary.path("byRegion"));
        chart(b, "By account", summary.path("byAccount"));
        b.append("</section>\n");
        b.append("<section class=\"filters\"><label>Severity <select id=\"filter-severity\"><option value=\"\">all</option>");
        for (Severity s : Severity.values()) {
            b.append("<option value=\"").append(s.label()).append("\">").append(s.label()).append(" and above</option>");
        }
        b.append("</select></label> <label>Status <select id=\"filter-status\"><option value=\"\">all</option>");
        for (String s : STATUSES) {
            b.append("<option>").append(s).append("</option>");
        }
        b.append("</select></label> <label>Search <input id=\"search\" type=\"search\" placeholder=\"check, resource, ")
                .append("account, region\"></label> <span id=\"shown\"></span></section>\n");
        b.append("<table id=\"findings\"><thead><tr>");
        for (String[] col : new String[][] {{"severity", "Severity"}, {"status", "Status"}, {"checkId", "Check"},
                {"account", "Account"}, {"region", "Region"}, {"resourceId", "Resource"}, {"title", "Title"}}) {
            b.append("<th data-key=\"").append(col[0]).append("\">").append(col[1]).append("</th>");
        }
        b.append("</tr></thead><tbody></tbody></table>\n");
        if (report.path("notes").size() > 0) {
            b.append("<section class=\"notes\"><h2>Notes</h2><ul>");
            report.path("notes").forEach(n -> b.append("<li>").append(esc(n.asText())).append("</li>"));
            b.append("</ul></section>\n");
        }
        String data;
        try {
            data = JsonReport.JSON.writeValueAsString(report.path("findings"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // a JSON string can hold "</script>": keep the parser inside the element
        b.append("<script type=\"application/json\" id=\"data\">").append(data.replace("</", "<\\/"))
                .append("</script>\n<script>").append(SCRIPT).append("</script>\n</body></html>\n");
        return b.toString();
    }

    /** A horizontal stacked bar chart (FAIL, ERROR, PASS, INFO) as inline SVG. */
    private static void chart(StringBuilder b, String title, JsonNode groups) {
        int rows = groups.size();
        if (rows == 0) {
            return;
        }
        int max = 1;
        for (Iterator<Map.Entry<String, JsonNode>> it = groups.fields(); it.hasNext(); ) {
            JsonNode m = it.next().getValue();
            int total = 0;
            for (String s : STATUSES) {
                total += m.path(s).asInt();
            }
            max = Math.max(max, total);
        }
        int height = 22 * rows + 8;
        b.append("<figure class=\"chart\"><figcaption>").append(esc(title)).append("</figcaption>")
                .append("<svg role=\"img\" aria-label=\"").append(esc(title)).append("\" viewBox=\"0 0 420 ")
                .append(height).append("\" width=\"420\" height=\"").append(height).append("\">");
        int y = 4;
        for (Iterator<Map.Entry<String, JsonNode>> it = groups.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            b.append("<text x=\"0\" y=\"").append(y + 14).append("\" class=\"label\">")
                    .append(esc(shorten(e.getKey()))).append("</text>");
            double x = 130;
            for (String s : STATUSES) {
                int n = e.getValue().path(s).asInt();
                if (n == 0) {
                    continue;
                }
                double w = 250.0 * n / max;
                b.append("<rect class=\"").append(s.toLowerCase()).append("\" x=\"").append(fmt(x)).append("\" y=\"")
                        .append(y).append("\" width=\"").append(fmt(Math.max(w, 1))).append("\" height=\"16\">")
                        .append("<title>").append(esc(e.getKey())).append(": ").append(n).append(' ').append(s)
                        .append("</title></rect>");
                x += w;
            }
            y += 22;
        }
        b.append("</svg></figure>");
    }

    private static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 19) + "…" : s;
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }

    private static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            body{font:14px/1.4 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0 24px 48px;color:#1d2330}
            header h1{margin:16px 0 0;font-size:22px}.meta{color:#5b6475;margin:4px 0 16px}
            .cards{display:flex;gap:12px;flex-wrap:wrap}.card{border-radius:8px;padding:10px 16px;min-width:90px;
            display:flex;flex-direction:column;background:#f3f5f9}.card .n{font-size:26px;font-weight:600}
            .card.fail{background:#fde7e7}.card.error{background:#fff3d6}.card.pass{background:#e3f5e8}
            .card.info{background:#e6eefc}.charts{display:flex;flex-wrap:wrap;gap:16px;margin:16px 0}
            .chart{margin:0;padding:8px;border:1px solid #e2e6ee;border-radius:8px}.chart figcaption{font-weight:600}
            .label{font-size:12px;fill:#333}rect.fail{fill:#d93b3b}rect.error{fill:#e5a200}rect.pass{fill:#2f9e55}
            rect.info{fill:#4a7bd8}.filters{margin:12px 0;display:flex;gap:16px;flex-wrap:wrap;align-items:center}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e2e6ee;
            vertical-align:top}th{cursor:pointer;background:#f3f5f9;position:sticky;top:0}th.asc:after{content:" ▲"}
            th.desc:after{content:" ▼"}tr.finding{cursor:pointer}tr.finding:hover{background:#f8f9fc}
            .sev{font-weight:600;text-transform:uppercase;font-size:12px}.sev.critical{color:#a10000}.sev.high{color:#d93b3b}
            .sev.medium{color:#b86e00}.sev.low{color:#5b6475}.st{font-weight:600}.st.FAIL{color:#d93b3b}
            .st.ERROR{color:#b86e00}.st.PASS{color:#2f9e55}.st.INFO{color:#4a7bd8}
            tr.evidence td{background:#fafbfd;font-size:13px}tr.evidence pre{white-space:pre-wrap;margin:4px 0}
            code{background:#eef1f6;padding:1px 4px;border-radius:4px}
            """;

    private static final String SCRIPT = """
            (function () {
              'use strict';
              var findings = JSON.parse(document.getElementById('data').textContent);
              var order = {critical: 0, high: 1, medium: 2, low: 3, info: 4};
              var statusOrder = {FAIL: 0, ERROR: 1, PASS: 2, INFO: 3};
              var tbody = document.querySelector('#findings tbody');
              var sortKey = 'severity', sortDir = 1;
              function el(tag, cls, text) {
                var e = document.createElement(tag);
                if (cls) { e.className = cls; }
                if (text !== undefined && text !== null) { e.textContent = String(text); }
                return e;
              }
              function value(f, key) {
                if (key === 'severity') { return order[f.severity]; }
                if (key === 'status') { return statusOrder[f.status]; }
                return (f[key] || '').toLowerCase();
              }
              function evidenceRow(f) {
                var tr = el('tr', 'evidence'), td = el('td');
                td.colSpan = 7;
                var add = function (label, text, pre) {
                  if (text === undefined || text === null || text === '') { return; }
                  var p = el('div'); p.appendChild(el('strong', null, label + ': '));
                  p.appendChild(el(pre ? 'pre' : 'span', null, text)); td.appendChild(p);
                };
                add('Resource', f.resourceArn || f.resourceId);
                add('Why', f.evidence && f.evidence.message);
                add('Command', f.evidence && f.evidence.command, true);
                if (f.evidence && f.evidence.field) {
                  add(f.evidence.field, JSON.stringify(f.evidence.value, null, 2), true);
                }
                add('Remediation', f.remediation);
                add('Fix (not run)', f.fix, true);
                add('CIS', f.references && f.references.cis);
                if (f.references && f.references.docs) { add('Docs', f.references.docs.join(' ')); }
                tr.appendChild(td);
                tr.hidden = true;
                return tr;
              }
              function render() {
                var sev = document.getElementById('filter-severity').value;
                var st = document.getElementById('filter-status').value;
                var q = document.getElementById('search').value.toLowerCase();
                var rows = findings.filter(function (f) {
                  if (sev && order[f.severity] > order[sev]) { return false; }
                  if (st && f.status !== st) { return false; }
                  if (q) {
                    var hay = [f.checkId, f.title, f.resourceId, f.resourceArn, f.account, f.region].join(' ').toLowerCase();
                    if (hay.indexOf(q) < 0) { return false; }
                  }
                  return true;
                });
                rows.sort(function (a, b) {
                  var x = value(a, sortKey), y = value(b, sortKey);
                  return (x < y ? -1 : x > y ? 1 : 0) * sortDir;
                });
                tbody.textContent = '';
                rows.forEach(function (f) {
                  var tr = el('tr', 'finding');
                  tr.dataset.severity = f.severity;
                  tr.dataset.status = f.status;
                  tr.appendChild(el('td', 'sev ' + f.severity, f.severity));
                  tr.appendChild(el('td', 'st ' + f.status, f.status));
                  tr.appendChild(el('td', null, f.checkId));
                  tr.appendChild(el('td', null, f.accountName ? f.account + ' (' + f.accountName + ')' : f.account));
                  tr.appendChild(el('td', null, f.region));
                  tr.appendChild(el('td', null, f.resourceId));
                  tr.appendChild(el('td', null, f.title));
                  var ev = evidenceRow(f);
                  tr.addEventListener('click', function () { ev.hidden = !ev.hidden; });
                  tbody.appendChild(tr);
                  tbody.appendChild(ev);
                });
                document.getElementById('shown').textContent = rows.length + ' of ' + findings.length + ' findings';
                document.querySelectorAll('#findings th').forEach(function (th) {
                  th.className = th.dataset.key === sortKey ? (sortDir > 0 ? 'asc' : 'desc') : '';
                });
              }
              document.querySelectorAll('#findings th').forEach(function (th) {
                th.addEventListener('click', function () {
                  sortDir = th.dataset.key === sortKey ? -sortDir : 1;
                  sortKey = th.dataset.key;
                  render();
                });
              });
              ['filter-severity', 'filter-status'].forEach(function (id) {
                document.getElementById(id).addEventListener('change', render);
              });
              document.getElementById('search').addEventListener('input', render);
              render();
            })();
            """;
}
