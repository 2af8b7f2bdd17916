package io.opensdr.campaign.domain;

/** The one-way password hash (BCrypt, set up in config); the domain never sees how. */
public interface PasswordHashing {

    String hash(String password);

    boolean matches(String password, String hash);
}
