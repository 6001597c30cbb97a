package dev.awsmcp.custom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** get_token.py's discover_api_version: KUBERNETES_EXEC_INFO picks the ExecCredential apiVersion. */
class EksTokenApiVersionTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''| client.authentication.k8s.io/v1beta1",
            "{\"apiVersion\":\"client.authentication.k8s.io/v1\"}| client.authentication.k8s.io/v1",
            "{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\"}| client.authentication.k8s.io/v1beta1",
            "{\"apiVersion\":\"client.authentication.k8s.io/v1alpha1\"}| client.authentication.k8s.io/v1alpha1",
            "{\"apiVersion\":\"client.authentication.k8s.io/v2\"}| client.authentication.k8s.io/v1beta1",
            "{\"kind\":\"ExecCredential\"}| client.authentication.k8s.io/v1beta1",
            "not json {| client.authentication.k8s.io/v1beta1"})
    void picksTheVersionTheClientAsksForOrV1beta1(String execInfo, String expected) {
        assertThat(EksToken.apiVersion(execInfo)).isEqualTo(expected);
    }
}
