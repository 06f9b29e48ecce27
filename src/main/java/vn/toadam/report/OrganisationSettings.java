package vn.toadam.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** The one row of the {@code organisation} table. */
@Entity
@Table(name = "organisation")
class OrganisationSettings {

    static final long ID = 1;

    @Id
    private Long id;

    @Size(max = Organisation.BODY_MAX)
    @Column(name = "superior_body", length = Organisation.BODY_MAX)
    private String superiorBody;

    @Size(max = Organisation.BODY_MAX)
    @Column(name = "issuing_body", length = Organisation.BODY_MAX)
    private String issuingBody;

    @Size(max = Organisation.SYMBOL_MAX)
    @Column(name = "number_symbol", length = Organisation.SYMBOL_MAX)
    private String numberSymbol;

    @Size(max = Organisation.PLACE_MAX)
    @Column(length = Organisation.PLACE_MAX)
    private String place;

    protected OrganisationSettings() {
    }

    Organisation view() {
        return new Organisation(superiorBody, issuingBody, numberSymbol, place);
    }

    void set(Organisation o) {
        superiorBody = o.superiorBody();
        issuingBody = o.issuingBody();
        numberSymbol = o.numberSymbol();
        place = o.place();
    }
}
