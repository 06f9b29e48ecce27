package vn.toadam.procedure;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A template's scoring rubric: criteria with maximum points and rating bands (Tốt ≥ 90, Khá ≥ 70, …). */
public record Rubric(List<Criterion> criteria, List<Band> bands) {

    public record Criterion(Long id, int position, String name, String nameEn, int maxPoints) {
        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
        }
    }

    public record Band(String name, String nameEn, int minPoints) {
        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
        }
    }

    public int maxTotal() {
        return criteria.stream().mapToInt(Criterion::maxPoints).sum();
    }

    public int total(Map<Long, Integer> points) {
        return criteria.stream().mapToInt(c -> points.getOrDefault(c.id(), 0)).sum();
    }

    /** The highest band whose minimum the total reaches. */
    public Optional<Band> band(int total) {
        return bands.stream().filter(b -> total >= b.minPoints()).max(Comparator.comparingInt(Band::minPoints));
    }
}
