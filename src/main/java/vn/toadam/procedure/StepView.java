package vn.toadam.procedure;

import java.util.Locale;

/** A step as screens show and edit it; {@code id} is null for a step not saved yet. */
public record StepView(Long id, int position, StepSection section, String title, String titleEn, String description,
                       String descriptionEn, int plannedMinutes, boolean optional) {

    /** The title in the user's language; Vietnamese when there is no English. */
    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : title;
    }
}
