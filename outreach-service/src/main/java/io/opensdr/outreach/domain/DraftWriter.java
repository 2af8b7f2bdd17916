package io.opensdr.outreach.domain;

/**
 * Writes a prospect's first email for a campaign. The first implementation fills the campaign's
 * template ({@link TemplateDraftWriter}); a language-model writer comes with a later issue.
 */
public interface DraftWriter {

    /**
     * @throws DraftNotWritableException when no acceptable email can be written for this prospect
     *                                   with this campaign (for instance a merge field without a value)
     */
    DraftContent write(Campaign campaign, QualifiedProspect prospect);
}
