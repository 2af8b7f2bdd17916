package io.opensdr.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void shouldAcceptALongUncommonPassword() {
        assertThat(PasswordPolicy.problemWith("violet-harbour-lantern-42", "ada@example.com")).isEmpty();
        assertThat(PasswordPolicy.problemWith("été-à-l'ombre-des-tilleuls", "ada@example.com")).isEmpty();
    }

    @Test
    void shouldRefuseShortEmailLikeRepeatedAndCommonPasswords() {
        assertThat(PasswordPolicy.problemWith("eleven-char", "ada@example.com")).contains("must have at least 12 characters");
        assertThat(PasswordPolicy.problemWith("Ada.Lovelace@Example.com", "ada.lovelace@example.com"))
                .contains("must not be your email address");
        assertThat(PasswordPolicy.problemWith("ada.lovelace", "ada.lovelace@example.com"))
                .contains("must not be your email address");
        assertThat(PasswordPolicy.problemWith("zzzzzzzzzzzzzz", "ada@example.com")).contains("must not repeat one character");
        assertThat(PasswordPolicy.problemWith("QwertyUiop123", "ada@example.com")).contains("is too common; choose another one");
        assertThat(PasswordPolicy.problemWith(null, "ada@example.com")).contains("must not be empty");
    }

    @Test
    void shouldRefuseWhatBcryptWouldCutShort() {
        assertThat(PasswordPolicy.problemWith("é".repeat(40), "ada@example.com"))
                .contains("must have at most 64 characters (72 bytes)");
        assertThat(PasswordPolicy.problemWith("a1".repeat(33), "ada@example.com"))
                .contains("must have at most 64 characters (72 bytes)");
    }
}
