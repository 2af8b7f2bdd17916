package io.opensdr.outreach.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every approved email in the send ledger, once, exactly as approved. An approval for a
 * suppressed address never enters the ledger as APPROVED: it is recorded CANCELED with the reason,
 * so that the ledger says why it was never sent.
 */
public class Approvals {

    private static final Logger log = LoggerFactory.getLogger(Approvals.class);
    static final String SUPPRESSED_AT_APPROVAL = "suppressed: the address is on the workspace's suppression list at approval";

    private final SendLedger ledger;
    private final SuppressionList suppressions;

    public Approvals(SendLedger ledger, SuppressionList suppressions) {
        this.ledger = ledger;
        this.suppressions = suppressions;
    }

    /** @return false when this approval was recorded before (a redelivery): nothing changes */
    public boolean onApproved(ApprovedEmail email) {
        if (suppressions.isSuppressed(email.workspaceId(), email.recipientEmail())) {
            boolean recorded = ledger.recordApproved(LedgerEntry.canceled(email, SUPPRESSED_AT_APPROVAL));
            if (recorded) {
                log.info("Approved email {} of prospect {} canceled: the address is suppressed",
                        LedgerEntry.idFor(email.prospectId(), email.step()), email.prospectId());
            }
            return recorded;
        }
        return ledger.recordApproved(LedgerEntry.approved(email));
    }
}
