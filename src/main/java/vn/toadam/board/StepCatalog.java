package vn.toadam.board;

import java.util.List;
import java.util.Locale;

/** The meeting steps a card may be tied to: those of the procedures its workshop practises. */
public interface StepCatalog {

    record StepOption(long stepId, String procedureName, int position, String title, String titleEn) {
        public String label(Locale locale) {
            String t = "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : title;
            return procedureName + " · " + position + ". " + t;
        }
    }

    List<StepOption> steps(long workshopId);
}
