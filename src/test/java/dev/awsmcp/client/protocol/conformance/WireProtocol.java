package dev.awsmcp.client.protocol.conformance;

import software.amazon.smithy.aws.traits.protocols.AwsJson1_0Trait;
import software.amazon.smithy.aws.traits.protocols.AwsJson1_1Trait;
import software.amazon.smithy.aws.traits.protocols.AwsQueryTrait;
import software.amazon.smithy.aws.traits.protocols.Ec2QueryTrait;
import software.amazon.smithy.aws.traits.protocols.RestJson1Trait;
import software.amazon.smithy.aws.traits.protocols.RestXmlTrait;
import software.amazon.smithy.model.shapes.ShapeId;
import software.amazon.smithy.protocol.traits.Rpcv2CborTrait;

/** A Smithy protocol trait and the botocore protocol id our runtime uses for it. */
enum WireProtocol {
    AWS_JSON_1_0(AwsJson1_0Trait.ID, "json", "1.0"),
    AWS_JSON_1_1(AwsJson1_1Trait.ID, "json", "1.1"),
    REST_JSON(RestJson1Trait.ID, "rest-json", null),
    REST_XML(RestXmlTrait.ID, "rest-xml", null),
    AWS_QUERY(AwsQueryTrait.ID, "query", null),
    EC2_QUERY(Ec2QueryTrait.ID, "ec2", null),
    RPC_V2_CBOR(Rpcv2CborTrait.ID, "smithy-rpc-v2-cbor", null);

    final ShapeId traitId;
    final String botocore;
    final String jsonVersion;

    WireProtocol(ShapeId traitId, String botocore, String jsonVersion) {
        this.traitId = traitId;
        this.botocore = botocore;
        this.jsonVersion = jsonVersion;
    }

    boolean isRest() {
        return this == REST_JSON || this == REST_XML;
    }

    boolean isXml() {
        return this == REST_XML || this == AWS_QUERY || this == EC2_QUERY;
    }
}
