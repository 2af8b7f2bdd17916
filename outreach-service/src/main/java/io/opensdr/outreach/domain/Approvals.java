package io.opensdr.outreach.domain;

/** Records every approved email in the send ledger, once, exactly as approved. */
public class Approvals {

    private final SendLedger ledger;

    public Approvals(SendLedger ledger) {
        this.ledger = ledger;
    }

    /** @return false when this approval was recorded before (a redelivery): nothing changes */
    public boolean onApproved(ApprovedEmail email) {
        return ledger.recordApproved(LedgerEntry.approved(email));
    }
}
