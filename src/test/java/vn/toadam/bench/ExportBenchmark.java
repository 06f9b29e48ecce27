package vn.toadam.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.toadam.board.CardType;
import vn.toadam.procedure.ProcedureService;
import vn.toadam.report.ExportFormat;
import vn.toadam.report.ExportService;
import vn.toadam.report.WorkshopArchive;
import vn.toadam.report.WorkshopDump;
import vn.toadam.support.RunningApp;
import vn.toadam.support.TestDataDirs;

/**
 * Exporting a workshop of 1,000 cards (three groups, 60 learners, +1s and replies, a practised meeting) to DOCX and
 * PDF, through the export service as the trainer's button does. Not part of the test suite; command in the README.
 * Results: target/bench/export.md.
 */
class ExportBenchmark {

    static final int CARDS = 1000;
    static final int LEARNERS = 60;
    static final int WARM_UP = 3;
    static final int RUNS = 7;

    @Test
    void exportThousandCards() throws Exception {
        try (RunningApp app = RunningApp.start(TestDataDirs.fresh("bench-export-"))) {
            SecurityContextHolderStrategy security = app.bean(SecurityContextHolderStrategy.class);
            security.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(RunningApp.TRAINER,
                    "n/a", List.of(new SimpleGrantedAuthority("ROLE_TRAINER"))));
            long workshopId = app.bean(WorkshopArchive.class).restore(dump(app), RunningApp.TRAINER, Instant.now());
            ExportService exports = app.bean(ExportService.class);
            StringBuilder report = new StringBuilder("# Export, " + LocalDateTime.now().withNano(0) + "\n\n"
                    + "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + ". A workshop of " + CARDS + " cards in 3 groups, "
                    + LEARNERS + " learners; each figure is the export service's whole work (read from the H2 file, "
                    + "build the report, write the file), " + RUNS + " runs after " + WARM_UP + " warm-up runs.\n\n"
                    + "| file | size KB | median ms | max ms |\n|---|---|---|---|\n");
            double medianSum = 0;
            double maxSum = 0;
            for (ExportFormat format : List.of(ExportFormat.DOCX, ExportFormat.PDF, ExportFormat.XLSX,
                    ExportFormat.CSV, ExportFormat.JSON)) {
                List<Double> times = new ArrayList<>();
                byte[] file = null;
                for (int i = 0; i < WARM_UP + RUNS; i++) {
                    long start = System.nanoTime();
                    file = exports.export(workshopId, format, Locale.forLanguageTag("vi"), f -> { }).content();
                    if (i >= WARM_UP) {
                        times.add((System.nanoTime() - start) / 1e6);
                    }
                }
                int size = file.length;
                Path sample = Path.of("target", "bench", "sample-1000-cards." + format.extension());
                Files.createDirectories(sample.getParent());
                Files.write(sample, file);
                times.sort(Double::compare);
                double median = times.get(times.size() / 2);
                double max = times.get(times.size() - 1);
                if (format == ExportFormat.DOCX || format == ExportFormat.PDF) {
                    medianSum += median;
                    maxSum += max;
                }
                report.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f |%n", format, size / 1024, median, max));
            }
            report.append(String.format(Locale.ROOT, "| **DOCX + PDF** | | **%.0f** | %.0f |%n%n"
                    + "Target: DOCX + PDF of 1,000 cards ≤ 2,000 ms.%n", medianSum, maxSum));
            BenchResults.write("export.md", report);
            System.out.println(report);
            org.assertj.core.api.Assertions.assertThat(medianSum).as("DOCX + PDF median ms").isLessThanOrEqualTo(2000);
        }
    }

    /** A generated workshop, put in through the same restore path as an imported backup. */
    private static WorkshopDump dump(RunningApp app) {
        Random random = new Random(42);
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        List<WorkshopDump.Group> groups = List.of(new WorkshopDump.Group(1, "Tổ 1"), new WorkshopDump.Group(2, "Tổ 2"),
                new WorkshopDump.Group(3, "Tổ 3"));
        List<WorkshopDump.Person> people = new ArrayList<>();
        for (int i = 1; i <= LEARNERS; i++) {
            people.add(new WorkshopDump.Person(i, (i - 1) % 3 + 1, "Học viên " + i, "LEARNER", t0, false));
        }
        var template = app.bean(ProcedureService.class).templates().get(0);
        List<WorkshopDump.Procedure> procedures = List.of(new WorkshopDump.Procedure(1, template));
        List<WorkshopDump.Card> cards = new ArrayList<>();
        CardType[] types = CardType.values();
        List<Integer> difficultiesByGroup = new ArrayList<>(List.of(0, 0, 0));
        for (int k = 1; k <= CARDS; k++) {
            int author = random.nextInt(LEARNERS) + 1;
            int group = (author - 1) % 3 + 1;
            CardType type = types[random.nextInt(types.length)];
            Integer answers = type == CardType.SOLUTION && difficultiesByGroup.get(group - 1) > 0
                    ? difficultiesByGroup.get(group - 1) : null;
            if (type == CardType.DIFFICULTY) {
                difficultiesByGroup.set(group - 1, k);
            }
            List<Integer> reactions = new ArrayList<>();
            for (int p = group; p <= LEARNERS && reactions.size() < random.nextInt(4); p += 3) {
                if (p != author) {
                    reactions.add(p);
                }
            }
            List<WorkshopDump.Reply> replies = random.nextInt(5) == 0
                    ? List.of(new WorkshopDump.Reply(group, "Đồng ý với ý kiến này.", t0.plusSeconds(k + 1)))
                    : List.of();
            Instant at = t0.plusSeconds(k);
            cards.add(new WorkshopDump.Card(k, group, author, type.name(), VietnameseCards.card(random), answers,
                    new WorkshopDump.StepRef(1, random.nextInt(template.steps().size()) + 1), at, at, reactions,
                    replies, List.of(), false, null, null));
        }
        return new WorkshopDump(WorkshopDump.FORMAT, WorkshopDump.VERSION, t0,
                new WorkshopDump.Workshop("Lớp bồi dưỡng bí thư chi bộ – thực hành", "K15", LocalDate.of(2026, 11, 25),
                        "Trung tâm chính trị huyện Đầm Hà", "OPEN", RunningApp.TRAINER, t0),
                groups, people, procedures, cards, List.of(), List.of(), List.of(), List.of());
    }
}
