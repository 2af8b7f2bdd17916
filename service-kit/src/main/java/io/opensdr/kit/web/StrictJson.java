package io.opensdr.kit.web;

/**
 * A request body that refuses fields it does not know (400 naming the field), instead of ignoring
 * them: a misspelt field, or one the client may not set ({@code workspaceId}), is an error the
 * client must see. Implement it on the body's record; {@link WebInputConfiguration} does the rest.
 */
public interface StrictJson {
}
