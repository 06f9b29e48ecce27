package vn.toadam.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.Texts;
import vn.toadam.base.TranslationProvider;
import vn.toadam.board.Card;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.board.Reply;
import vn.toadam.procedure.ProcedureService;
import vn.toadam.procedure.ProcedureTemplate;
import vn.toadam.report.ExportFormat;
import vn.toadam.report.ExportService;
import vn.toadam.security.AccountService;
import vn.toadam.security.Role;
import vn.toadam.support.Fixtures;
import vn.toadam.support.IntegrationTest;
import vn.toadam.synthesis.ModerationService;
import vn.toadam.synthesis.RecommendationService;
import vn.toadam.synthesis.RecommendationView;
import vn.toadam.workshop.NewWorkshop;
import vn.toadam.workshop.Participant;
import vn.toadam.workshop.Workshop;
import vn.toadam.workshop.WorkshopGroup;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopSummary;

/**
 * Each text field of each form, through the service the form calls, gets each hostile input: it is either refused
 * with a message for that field in both languages, or stored cleaned (nothing invisible or direction-changing,
 * NFC, within the limit) and comes back as stored. Then the accepted texts go into every export format, and each
 * file still opens.
 */
class HostileInputTest extends IntegrationTest {

    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u200B\\u2060\\uFEFF\\u202A-\\u202E\\u2066-\\u2069]");

    @Autowired Fixtures fixtures;
    @Autowired WorkshopService workshops;
    @Autowired CardService cards;
    @Autowired RecommendationService recommendations;
    @Autowired ModerationService moderation;
    @Autowired AccountService accounts;
    @Autowired ProcedureService procedures;
    @Autowired ExportService exports;

    /** A form field: its name in error messages, its limit, and how to submit a value and read back what is stored. */
    private record Field(String name, int max, boolean optional, Function<String, String> submit) {
        Field(String name, int max, Function<String, String> submit) {
            this(name, max, false, submit);
        }
    }

    private List<Field> fields(Fixtures.Classroom room) {
        long w = room.workshop().id();
        long group = room.workshop().groups().get(0).id();
        CardSnapshot card = cards.post(room.an().id(), CardType.DIFFICULTY, "Thẻ để sửa", null, null);
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("name", Participant.NAME_MAX, v -> workshops.join(room.workshop().joinCode(), v, group)
                .displayName()));
        fields.add(new Field("text", Card.TEXT_MAX, v -> cards.postOnBehalf(room.binh().id(), CardType.EXPERIENCE, v,
                "điều phối").text()));
        fields.add(new Field("text", Card.TEXT_MAX, v -> cards.edit(room.an().id(), card.id(),
                cards.board(room.an().id()).stream().filter(c -> c.id() == card.id()).findFirst().orElseThrow()
                        .version(), v).text()));
        fields.add(new Field("reply", Reply.TEXT_MAX, v -> {
            CardSnapshot replied = cards.reply(room.binh().id(), card.id(), v);
            return replied.replies().get(replied.replies().size() - 1).text();
        }));
        fields.add(new Field("title", Workshop.TITLE_MAX, v -> workshops.create(
                new NewWorkshop(v, "Lớp", LocalDate.now(), null, 3), "t").title()));
        fields.add(new Field("className", Workshop.CLASS_NAME_MAX, true, v -> workshops.create(
                new NewWorkshop("Buổi", v, LocalDate.now(), null, 3), "t").className()));
        fields.add(new Field("place", Workshop.PLACE_MAX, true, v -> workshops.create(
                new NewWorkshop("Buổi", "Lớp", LocalDate.now(), v, 3), "t").place()));
        fields.add(new Field("groupName", WorkshopGroup.NAME_MAX, v -> workshops.renameGroup(group, v).groups().get(0).name()));
        fields.add(new Field("name", Participant.NAME_MAX, v -> workshops.addLearnerWithoutDevice(group, v).displayName()));
        fields.add(new Field("displayName", 100, v -> accounts.createAccount("tk" + System.nanoTime(), v,
                "mat-khau-du-dai", Role.MODERATOR).displayName()));
        fields.add(new Field("title", RecommendationView.TITLE_MAX, v -> recommendations.create(w, v, null,
                List.of(card.id())).title()));
        RecommendationView recommendation = recommendations.create(w, "Đề xuất", null, List.of(card.id()));
        fields.add(new Field("body", RecommendationView.BODY_MAX, true, v -> update(w, recommendation.id(), r -> r.with(
                r.title(), v, r.category(), r.priority(), r.status(), r.owner(), r.dueOn())).body()));
        fields.add(new Field("category", RecommendationView.CATEGORY_MAX, true, v -> update(w, recommendation.id(), r -> r.with(
                r.title(), r.body(), v, r.priority(), r.status(), r.owner(), r.dueOn())).category()));
        fields.add(new Field("owner", RecommendationView.OWNER_MAX, true, v -> update(w, recommendation.id(), r -> r.with(
                r.title(), r.body(), r.category(), r.priority(), r.status(), v, r.dueOn())).owner()));
        fields.add(new Field("reason", CardSnapshot.HIDDEN_REASON_MAX, v -> moderation.hideCard(w, card.id(), v)
                .hiddenReason()));
        fields.add(new Field("name", ProcedureTemplate.NAME_MAX, v -> procedures.copy(procedures.templates().get(0).id(),
                v).name()));
        return fields;
    }

    private RecommendationView update(long workshopId, long id,
                                      java.util.function.UnaryOperator<RecommendationView> change) {
        RecommendationView current = recommendations.list(workshopId).stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow();
        return recommendations.update(change.apply(current));
    }

    @Test
    void everyFieldRefusesOrStoresEveryHostileInputInertly() throws Exception {
        Fixtures.Classroom room = fixtures.classroom();
        List<String> problems = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        int tried = 0;
        List<Field> fields = fixtures.asTrainer(() -> fields(room));
        for (Field field : fields) {
            for (Map.Entry<String, String> input : HostileInputs.forLimit(field.max()).entrySet()) {
                tried++;
                String where = field.name() + " (max " + field.max() + ") ← " + input.getKey();
                try {
                    String stored = fixtures.asTrainer(() -> field.submit().apply(input.getValue()));
                    String expected = Texts.clean(input.getValue());
                    if (stored == null && field.optional() && expected.isEmpty()) {
                        continue; // an optional field left empty
                    }
                    if (stored == null || !stored.equals(expected)) {
                        problems.add(where + ": stored as " + shorten(stored));
                    } else if (stored.isBlank() || INVISIBLE.matcher(stored).find()
                            || stored.codePointCount(0, stored.length()) > field.max()
                            || !java.text.Normalizer.isNormalized(stored, java.text.Normalizer.Form.NFC)) {
                        problems.add(where + ": stored unclean " + shorten(stored));
                    } else {
                        accepted.add(stored);
                    }
                } catch (InvalidInputException refused) {
                    for (Locale locale : List.of(TranslationProvider.VIETNAMESE, Locale.ENGLISH)) {
                        String message = TranslationProvider.translate(refused.messageKey(), locale, refused.args());
                        if (message.startsWith("!")) {
                            problems.add(where + ": untranslated " + refused.messageKey());
                        }
                    }
                    if (!field.name().equals(refused.field())) {
                        problems.add(where + ": message shown next to " + refused.field());
                    }
                } catch (RuntimeException e) {
                    problems.add(where + ": " + e);
                }
            }
        }
        System.out.printf("hostile inputs: %d fields x %d inputs = %d tried, %d stored, the rest refused%n",
                fields.size(), HostileInputs.forLimit(10).size(), tried, accepted.size());
        assertThat(problems).isEmpty();

        for (String text : accepted.stream().distinct().filter(t -> t.length() <= Card.TEXT_MAX).limit(60).toList()) {
            fixtures.asTrainer(() -> cards.postOnBehalf(room.chi().id(), CardType.SOLUTION, text, "điều phối"));
        }
        assertEveryExportOpens(room.workshop());
    }

    private void assertEveryExportOpens(WorkshopSummary workshop) throws Exception {
        for (ExportFormat format : ExportFormat.values()) {
            byte[] file = fixtures.asTrainer(() -> exports.export(workshop.id(), format, TranslationProvider.VIETNAMESE,
                    p -> { }).content());
            switch (format) {
                case DOCX -> {
                    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
                        assertThat(doc.getParagraphs()).isNotEmpty();
                    }
                }
                case XLSX -> {
                    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                        assertThat(book.getNumberOfSheets()).isPositive();
                        List<org.apache.poi.ss.usermodel.Cell> formulaLike = new ArrayList<>();
                        book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                            if (cell.getStringCellValue().startsWith("=") || cell.getStringCellValue().startsWith("@")) {
                                formulaLike.add(cell);
                            }
                        })));
                        assertThat(formulaLike).as("typed formulas shown as typed, as text").isNotEmpty()
                                .allMatch(cell -> cell.getCellStyle().getQuotePrefixed());
                    }
                }
                case PDF -> {
                    try (var pdf = Loader.loadPDF(file)) {
                        assertThat(new PDFTextStripper().getText(pdf)).contains("<script>alert('x')</script>");
                    }
                }
                case CSV -> assertThat(CSVFormat.EXCEL.parse(new InputStreamReader(new ByteArrayInputStream(file),
                        StandardCharsets.UTF_8)).getRecords()).hasSizeGreaterThan(1)
                        .noneMatch(r -> r.getRecordNumber() > 1 && r.stream().anyMatch(cell -> cell.startsWith("=") || cell.startsWith("+")
                                || cell.startsWith("@")));
                case JSON -> assertThat(new ObjectMapper().readTree(file).path("cards").size()).isPositive();
            }
        }
    }

    private static String shorten(String s) {
        return s == null ? "null" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
