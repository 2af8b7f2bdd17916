package io.opensdr.campaign.config;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA key pair that signs access tokens: from configuration (a PKCS#8 PEM, as a value or a
 * resource), or, when none is configured, generated for this run with a warning. Its {@code kid}
 * is its RFC 7638 thumbprint, so the same key has the same id on every replica and restart.
 */
final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private SigningKeys() {
    }

    static RSAKey load(AuthProperties.Signing signing) {
        String pem = pemOf(signing);
        if (pem == null) {
            log.warn("No token signing key configured (opensdr.campaign.auth.signing.private-key or "
                    + "private-key-location): generated an RSA key pair for this run. Access tokens will not "
                    + "survive a restart, and other replicas will not accept them.");
            return generated();
        }
        return fromPkcs8Pem(pem);
    }

    static RSAKey fromPkcs8Pem(String pem) {
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalStateException("The token signing key is PKCS#1; convert it to PKCS#8 with "
                    + "'openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem'");
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return withThumbprint(publicKey, privateKey);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("The token signing key is not a PKCS#8 PEM RSA private key", e);
        }
    }

    private static String pemOf(AuthProperties.Signing signing) {
        if (signing.privateKey() != null && !signing.privateKey().isBlank()) {
            return signing.privateKey();
        }
        if (signing.privateKeyLocation() == null) {
            return null;
        }
        try (InputStream in = signing.privateKeyLocation().getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the token signing key at " + signing.privateKeyLocation(), e);
        }
    }

    private static RSAKey generated() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return withThumbprint((RSAPublicKey) pair.getPublic(), (RSAPrivateCrtKey) pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA key pair", e);
        }
    }

    private static RSAKey withThumbprint(RSAPublicKey publicKey, RSAPrivateCrtKey privateKey) {
        if (publicKey.getModulus().bitLength() < 2048) {
            throw new IllegalStateException("The token signing key must be an RSA key of at least 2048 bits");
        }
        try {
            return new RSAKey.Builder(publicKey).privateKey(privateKey).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot compute the key's thumbprint", e);
        }
    }
}
