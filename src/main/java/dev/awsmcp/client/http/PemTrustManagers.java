package dev.awsmcp.client.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.TrustManagerFactory;
import software.amazon.awssdk.http.TlsTrustManagersProvider;

/** Trusts the CA certificates of a PEM bundle ({@code --ca-bundle}). */
final class PemTrustManagers {
    private PemTrustManagers() {}

    static TlsTrustManagersProvider from(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + i++, cert);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            return tmf::getTrustManagers;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CA bundle " + pem, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the CA bundle " + pem + " holds no readable PEM certificate", e);
        }
    }
}
