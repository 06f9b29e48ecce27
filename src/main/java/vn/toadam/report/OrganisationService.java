package vn.toadam.report;

import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.Texts;

/** The organisation named in the heading of every report: trainers read and change it; reports use it. */
@Service
public class OrganisationService {

    private final OrganisationSettingsRepository settings;

    OrganisationService(OrganisationSettingsRepository settings) {
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('TRAINER')")
    public Organisation organisation() {
        return current();
    }

    /**
     * Stores what a trainer typed; an empty field becomes "not set". The symbol is kept without spaces and upper
     * case; a typed "BC/" before it is dropped, as the report adds it ("Số …-BC/TTCT").
     */
    @Transactional
    @PreAuthorize("hasRole('TRAINER')")
    public Organisation save(Organisation typed) {
        String symbol = Texts.optional(typed.numberSymbol(), "numberSymbol", Organisation.SYMBOL_MAX);
        if (symbol != null) {
            symbol = symbol.toUpperCase(Locale.ROOT).replaceFirst("^BC/", "");
            if (!symbol.matches("[\\p{L}\\p{N}./-]+")) {
                throw new InvalidInputException("numberSymbol", "organisation.symbol.invalid");
            }
        }
        Organisation clean = new Organisation(
                Texts.optional(typed.superiorBody(), "superiorBody", Organisation.BODY_MAX),
                Texts.optional(typed.issuingBody(), "issuingBody", Organisation.BODY_MAX),
                symbol, Texts.optional(typed.place(), "place", Organisation.PLACE_MAX));
        row().set(clean);
        return clean;
    }

    /** For the report, whose own service has checked who asks. */
    @Transactional(readOnly = true)
    Organisation current() {
        return settings.findById(OrganisationSettings.ID).map(OrganisationSettings::view).orElse(Organisation.NONE);
    }

    private OrganisationSettings row() {
        return settings.findById(OrganisationSettings.ID).orElseThrow(
                () -> new IllegalStateException("The organisation row is made by migration V7"));
    }
}
