package dev.awsmcp.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

/**
 * STS {@code GetCallerIdentity} on WireMock, for the audit trail's caller-identity lookup: tests point it here (an
 * {@code --endpoint-url} or {@code AWS_ENDPOINT_URL_STS}) so that it never goes to the real STS.
 */
public final class StsStub {
    private StsStub() {}

    /** The request the lookup sends (query protocol: a form body naming the action). */
    public static MappingBuilder getCallerIdentity() {
        return WireMock.post("/").withRequestBody(WireMock.containing("Action=GetCallerIdentity"));
    }

    /** Matches the lookups a stub received. */
    public static RequestPatternBuilder lookups() {
        return WireMock.postRequestedFor(WireMock.urlPathEqualTo("/"))
                .withRequestBody(WireMock.containing("Action=GetCallerIdentity"));
    }

    /**
     * A successful answer.
     *
     * @param arn the caller ARN; its fifth field is the account
     * @return the response
     */
    public static ResponseDefinitionBuilder callerIdentity(String arn) {
        return WireMock.aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                .withBody("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                        + "<GetCallerIdentityResult><Arn>" + arn + "</Arn><UserId>AIDASTUB</UserId><Account>"
                        + arn.split(":")[4] + "</Account></GetCallerIdentityResult><ResponseMetadata>"
                        + "<RequestId>sts-stub</RequestId></ResponseMetadata></GetCallerIdentityResponse>");
    }

    /**
     * A started loopback WireMock server answering every lookup with the ARN; stop it when done.
     *
     * @param arn the caller ARN
     * @return the server
     */
    public static WireMockServer start(String arn) {
        WireMockServer sts = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        sts.start();
        sts.stubFor(getCallerIdentity().willReturn(callerIdentity(arn)));
        return sts;
    }
}
