package org.chancery.agreement.api;

import org.chancery.agreement.AgreementCatalogue;
import org.chancery.agreement.AgreementEntry;
import org.chancery.agreement.AgreementService;
import org.chancery.common.NotFoundException;
import org.springframework.stereotype.Component;

/** Reads one live agreement for the API controllers, or answers why it cannot: 404, or 410 for a deleted one. */
@Component
class AgreementReader {

    private final AgreementCatalogue catalogue;
    private final AgreementService agreements;

    AgreementReader(AgreementCatalogue catalogue, AgreementService agreements) {
        this.catalogue = catalogue;
        this.agreements = agreements;
    }

    AgreementEntry live(long id) {
        return catalogue.entry(id).orElseThrow(() -> {
            agreements.live(id); // throws: 404 where there never was one, 410 where it was deleted
            return NotFoundException.forId("agreement", id);
        });
    }
}
