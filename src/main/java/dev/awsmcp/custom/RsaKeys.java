package dev.awsmcp.custom;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * PKCS #1 RSA keys, as the {@code rsa} package the AWS CLI uses reads them: a {@code BEGIN RSA PRIVATE KEY} PEM
 * ({@code cloudfront sign}, {@code ec2 get-password-data --priv-launch-key}) and a DER RSAPublicKey (CloudTrail's
 * digest keys). The JDK reads only PKCS #8 and X.509 forms, so the two sequences of integers are read here.
 */
public final class RsaKeys {
    private static final String BEGIN = "-----BEGIN RSA PRIVATE KEY-----";
    private static final String END = "-----END RSA PRIVATE KEY-----";

    private RsaKeys() {}

    /**
     * The DER inside a {@code BEGIN RSA PRIVATE KEY} PEM.
     *
     * @param pem the PEM text
     * @return the DER bytes, or null when the markers are missing
     * @throws IllegalArgumentException when the body is not base64
     */
    public static byte[] pemDer(String pem) {
        int from = pem.indexOf(BEGIN);
        int to = pem.indexOf(END);
        if (from < 0 || to < from) {
            return null;
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + BEGIN.length(), to).getBytes(StandardCharsets.US_ASCII));
    }

    /** The PEM start marker, for messages. */
    public static String pemBegin() {
        return BEGIN;
    }

    /**
     * An RSAPrivateKey (version, n, e, d, p, q, dp, dq, qinv).
     *
     * @param der the DER bytes
     * @return the key
     * @throws GeneralSecurityException when they are not such a key
     */
    public static PrivateKey privateKey(byte[] der) throws GeneralSecurityException {
        Der d = new Der(der);
        d.sequence();
        d.integer(); // version
        BigInteger[] v = new BigInteger[8];
        for (int k = 0; k < v.length; k++) {
            v[k] = d.integer();
        }
        return KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(v[0], v[1], v[2], v[3], v[4],
                v[5], v[6], v[7]));
    }

    /**
     * An RSAPublicKey (modulus, public exponent), nothing after it.
     *
     * @param der the DER bytes
     * @return the key
     * @throws GeneralSecurityException when they are not such a key
     */
    public static PublicKey publicKey(byte[] der) throws GeneralSecurityException {
        Der d = new Der(der);
        int end = d.sequence();
        if (end != der.length) {
            throw new InvalidKeySpecException("trailing or missing bytes");
        }
        BigInteger modulus = d.integer();
        BigInteger exponent = d.integer();
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
    }

    /** Just enough DER: a sequence of integers; any malformation is an InvalidKeySpecException. */
    private static final class Der {
        private final byte[] b;
        private int i;

        Der(byte[] b) {
            this.b = b;
        }

        /** Enters a SEQUENCE; returns where it ends. */
        int sequence() throws InvalidKeySpecException {
            expect(0x30);
            int len = length();
            return i + len;
        }

        BigInteger integer() throws InvalidKeySpecException {
            expect(0x02);
            int len = length();
            if (len <= 0 || i + len > b.length) {
                throw new InvalidKeySpecException("bad INTEGER length");
            }
            BigInteger v = new BigInteger(Arrays.copyOfRange(b, i, i + len));
            i += len;
            return v;
        }

        private void expect(int tag) throws InvalidKeySpecException {
            if (i >= b.length || (b[i++] & 0xff) != tag) {
                throw new InvalidKeySpecException("unexpected DER tag");
            }
        }

        private int length() throws InvalidKeySpecException {
            if (i >= b.length) {
                throw new InvalidKeySpecException("truncated DER");
            }
            int first = b[i++] & 0xff;
            if (first < 0x80) {
                return first;
            }
            int bytes = first & 0x7f;
            if (bytes == 0 || bytes > 3 || i + bytes > b.length) {
                throw new InvalidKeySpecException("bad DER length");
            }
            int len = 0;
            for (int k = 0; k < bytes; k++) {
                len = (len << 8) | (b[i++] & 0xff);
            }
            return len;
        }
    }
}
