package dev.awsmcp.client.testing;

import dev.awsmcp.command.GlobalOptions;

/** Builds {@link GlobalOptions} for tests. */
public final class Options {
    private String region = "us-east-1";
    private String profile;
    private String endpointUrl;
    private String output;
    private String query;
    private boolean paginate = true;
    private Integer pageSize;
    private Integer maxItems;
    private String startingToken;
    private Integer readTimeout;
    private Integer connectTimeout;
    private boolean noSignRequest;

    public static Options endpoint(String url) {
        Options o = new Options();
        o.endpointUrl = url;
        return o;
    }

    public Options region(String v) { region = v; return this; }
    public Options profile(String v) { profile = v; return this; }
    public Options output(String v) { output = v; return this; }
    public Options query(String v) { query = v; return this; }
    public Options noPaginate() { paginate = false; return this; }
    public Options pageSize(Integer v) { pageSize = v; return this; }
    public Options maxItems(Integer v) { maxItems = v; return this; }
    public Options startingToken(String v) { startingToken = v; return this; }
    public Options readTimeout(Integer v) { readTimeout = v; return this; }
    public Options connectTimeout(Integer v) { connectTimeout = v; return this; }
    public Options noSignRequest() { noSignRequest = true; return this; }

    public GlobalOptions build() {
        return new GlobalOptions(region, profile, endpointUrl, output, query, paginate, pageSize, maxItems,
                startingToken, readTimeout, connectTimeout, null, noSignRequest, false, null, false, null);
    }
}
