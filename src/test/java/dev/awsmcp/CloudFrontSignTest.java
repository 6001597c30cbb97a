package dev.awsmcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aws cloudfront sign} through the facade. The expected URLs are what AWS CLI v1 1.45.11 printed for the
 * same key and arguments; the key was generated for this test and signs nothing real.
 */
class CloudFrontSignTest {
    private static final String TEST_KEY = "-----BEGIN RSA PRIVATE KEY-----\n" +
            "MIICXgIBAAKBgQCZ+h943j5Xi25Q0+tWuYQYumc1sT+kTF6CpRZfrciXOQURUwnr\n" +
            "oI0Ji2vyiJmXykWyJbugJo+ir+gFLmKRbMoZ7fXxJe5nduAMY5iH1VnKtl0orp89\n" +
            "qmz/+SWwVXTZpqpTZHVjbsS3DN1G+sFooc/bU4HIgd4g0IefxpHv0JwvrQIDAQAB\n" +
            "AoGACcy0chHa7+Fs3PIP2U4nTReX9//W6BMANNpi6SX7TTyQyQB68icessvPy/jL\n" +
            "pbB27RafsVqi65y8bI/+L/k3h4OqOyLb8p2Ae4GFOcLmo5EzxmPAfv6IJ/XToBL5\n" +
            "TsrrAETwezNi5DzkAPdvTeQUZqnTIuGAYVIw/LpSwGR5n0ECQQDJi2hFazEE/GnZ\n" +
            "TY2Nt9TCBSn2ZtojdDGEdkJLuGUEPtSaQcDpyZM+FoWNC9P0n+QiEfsPqc+/m5XG\n" +
            "YkAxf9/dAkEAw5SHNt0ZglT/CK7Rw4bNw0h964mqmWAiPD6gZB6r+13bt48D7nsh\n" +
            "22exUjI3PQkB64qkWKfmHR3xXq0YULt6EQJBALbQ7KFjbRCfwYfqcAdoA+aGdpza\n" +
            "iO51/GCyQMqclYz3TTQrhsjKHvTHyxa47udLjc1V0A1SNG8SuxY7kw0TeEUCQQCM\n" +
            "4/Nf/3i/3dD3BVDQ5MxXkGI9iieeY5VmBstuNHY6F0wPeHQhmQwzzQf9KXWHf3Sl\n" +
            "pHNt9k2bzhUx2cn5ZoSxAkEApLUMdyiztZ5CIZDBxEaX8i4KddLiNUhNx8ShM5Xh\n" +
            "rHEr7acj6y9Io6uE6CA2uQhdVTAgZxrls4KkVChcO3zaYg==\n" +
            "-----END RSA PRIVATE KEY-----\n";

    @TempDir
    Path work;

    private AwsMcp facade() {
        AwsMcpBuilder b = FacadeHarness.realPipeline("AKIDEXAMPLE", "secret");
        b.fileReader(new dev.awsmcp.command.WorkingDirectoryFiles(work));
        return b.build();
    }

    @Test
    void cannedAndCustomPoliciesSignAsTheCliDoes() throws Exception {
        Files.writeString(work.resolve("key.pem"), TEST_KEY);
        try (AwsMcp aws = facade()) {
            CommandResult canned = aws.execute("aws cloudfront sign --url https://d111.cloudfront.net/a.html "
                    + "--key-pair-id APKAEXAMPLE --private-key file://key.pem --date-less-than 2030-01-01");
            CommandResult custom = aws.execute("aws cloudfront sign --url 'https://d111.cloudfront.net/a.html?x=1' "
                    + "--key-pair-id APKAEXAMPLE --private-key file://key.pem --date-less-than "
                    + "2030-01-01T10:00:00+02:00 --date-greater-than 1700000000 --ip-address 10.0.0.1");

            assertThat(canned.error()).isNull();
            assertThat(canned.text()).isEqualTo("https://d111.cloudfront.net/a.html?Expires=1893456000&Signature=QDqg5abU397nce6ANdM4gkqkuO" +
            "kNtEoEn24yuSt-lhozs1bDvUS383M7lMJeCt-AkaWHiEaGIkUNalTuYP1L8bKoRSSmOVCnPMPD8cHREFTQpna7JQFe" +
            "vTRmlb1bTk2XQWCTmw8X-x-D57bFtwttkDngreypFeRbwmxR5wW2c98_&Key-Pair-Id=APKAEXAMPLE");
            assertThat(custom.text()).isEqualTo("https://d111.cloudfront.net/a.html?x=1&Policy=eyJTdGF0ZW1lbnQiOlt7IlJlc291cmNlIjoiaHR0cHM6" +
            "Ly9kMTExLmNsb3VkZnJvbnQubmV0L2EuaHRtbD94PTEiLCJDb25kaXRpb24iOnsiRGF0ZUxlc3NUaGFuIjp7IkFXUz" +
            "pFcG9jaFRpbWUiOjE4OTM0ODQ4MDB9LCJJcEFkZHJlc3MiOnsiQVdTOlNvdXJjZUlwIjoiMTAuMC4wLjEvMzIifSwi" +
            "RGF0ZUdyZWF0ZXJUaGFuIjp7IkFXUzpFcG9jaFRpbWUiOjE3MDAwMDAwMDB9fX1dfQ__&Signature=PQ35EOdq1sK" +
            "FzM-MJQbXLvddKDnMPRegFdgx1gY1H36bBFeTdEzz-LTS9Vbk2npGQXNqn0yD2Lxz1dM82q1q1IeEYVYvIUUeeXAaa" +
            "doml3E8JkCOdHl5nvm8t~rjCy05LXKyo5tBSbSAv-APWDdAEmpx1xWowvat7TyWa9wMU24_&Key-Pair-Id=APKAEX" +
            "AMPLE");
            assertThat(custom.json().asText()).isEqualTo(custom.text());
        }
    }

    @Test
    void aKeyThatIsNoPkcs1RsaKeyOrABadDateIsRefused() throws Exception {
        Files.writeString(work.resolve("bad.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        Files.writeString(work.resolve("key.pem"), TEST_KEY);
        try (AwsMcp aws = facade()) {
            CommandResult bad = aws.execute("aws cloudfront sign --url https://d/a --key-pair-id K "
                    + "--private-key file://bad.pem --date-less-than 2030-01-01");
            assertThat(bad.error().code()).isEqualTo("InvalidPrivateKey");
            assertThat(bad.error().hint()).contains("-traditional");

            CommandResult date = aws.execute("aws cloudfront sign --url https://d/a --key-pair-id K "
                    + "--private-key file://key.pem --date-less-than tomorrow");
            assertThat(date.error().code()).isEqualTo("InvalidTimestamp");
            assertThat(date.text()).doesNotContain("Signature");
        }
    }
}
