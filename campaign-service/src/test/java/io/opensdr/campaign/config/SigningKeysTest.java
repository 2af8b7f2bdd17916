package io.opensdr.campaign.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;

class SigningKeysTest {

    @TempDir Path directory;

    @Test
    void shouldLoadTheSameKeyWithTheSameKidFromAValueOrAFile() throws Exception {
        KeyPair pair = rsa(2048);
        String pem = pkcs8Pem(pair);
        Path file = Files.writeString(directory.resolve("jwt.pem"), pem);

        RSAKey fromValue = SigningKeys.load(new AuthProperties.Signing(pem, null));
        RSAKey fromFile = SigningKeys.load(new AuthProperties.Signing(null, new FileSystemResource(file)));

        assertThat(fromValue.toRSAPublicKey()).isEqualTo(pair.getPublic());
        assertThat(fromValue.isPrivate()).isTrue();
        assertThat(fromFile.getKeyID()).isEqualTo(fromValue.getKeyID())
                .isEqualTo(fromValue.computeThumbprint().toString());
        assertThat(fromValue.getAlgorithm().getName()).isEqualTo("RS256");
    }

    @Test
    void shouldGenerateAKeyPairWhenNoneIsConfigured() {
        RSAKey first = SigningKeys.load(new AuthProperties.Signing(null, null));
        RSAKey second = SigningKeys.load(new AuthProperties.Signing(" ", null));

        assertThat(first.isPrivate()).isTrue();
        assertThat(first.size()).isEqualTo(2048);
        assertThat(second.getKeyID()).isNotEqualTo(first.getKeyID());
    }

    @Test
    void shouldRefuseAPkcs1KeyAShortKeyAndGarbage() throws Exception {
        assertThatThrownBy(() -> SigningKeys.fromPkcs8Pem("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----"))
                .hasMessageContaining("openssl pkcs8 -topk8");
        String shortKey = pkcs8Pem(rsa(1024));
        assertThatThrownBy(() -> SigningKeys.fromPkcs8Pem(shortKey)).hasMessageContaining("at least 2048 bits");
        assertThatThrownBy(() -> SigningKeys.fromPkcs8Pem("-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----"))
                .hasMessageContaining("not a PKCS#8 PEM RSA private key");
    }

    private static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    private static String pkcs8Pem(KeyPair pair) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }
}
