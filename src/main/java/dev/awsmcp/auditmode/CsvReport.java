package dev.awsmcp.auditmode;

/** {@code report.csv}: one row per finding (RFC 4180 quoting), for spreadsheets. */
public final class CsvReport {
    private CsvReport() {}

    /**
     * @param r the audit
     * @return the CSV text with a header row
     */
    public static String render(AuditResult r) {
        StringBuilder b = new StringBuilder("checkId,title,severity,status,pack,service,account,accountName,region,"
                + "resourceId,resourceArn,message,cis\r\n");
        for (Finding f : r.findings()) {
            Check c = f.check();
            row(b, c.id(), c.title(), c.severity().label(), f.status().name(), c.pack(), c.service(), f.account(),
                    f.accountName(), f.region(), f.resourceId(), f.resourceArn(), f.evidence().message(), c.cis());
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            String v = cells[i] == null ? "" : cells[i];
            // a leading = + - @ would run as a formula in a spreadsheet
            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
                v = "'" + v;
            }
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                v = '"' + v.replace("\"", "\"\"") + '"';
            }
            b.append(v);
        }
        b.append("\r\n");
    }
}
