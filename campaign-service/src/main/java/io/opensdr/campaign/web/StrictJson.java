package io.opensdr.campaign.web;

/** A request body that refuses fields it does not know (400 with the field named), instead of ignoring them. */
public interface StrictJson {
}
