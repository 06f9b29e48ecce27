package vn.toadam.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.NotAllowedException;
import vn.toadam.support.Fixtures;
import vn.toadam.support.IntegrationTest;
import vn.toadam.workshop.WorkshopSummary;

class ProcedureServiceTest extends IntegrationTest {

    @Autowired
    ProcedureService procedures;
    @Autowired
    Fixtures fixtures;

    private TemplateView builtin(ProcedureKind kind) {
        return procedures.templates().stream().filter(t -> t.builtin() && t.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void theGuidesTwoTemplatesAreSeededWithTheirStepsAndTheHundredPointRubric() {
        TemplateView regular = builtin(ProcedureKind.REGULAR);
        TemplateView thematic = builtin(ProcedureKind.THEMATIC);
        assertThat(regular.steps()).hasSize(19);
        assertThat(thematic.steps()).hasSize(10);
        assertThat(regular.steps().get(6).title()).isEqualTo("Cử thư ký ghi biên bản");
        assertThat(regular.steps().get(6).titleEn()).isEqualTo("Appoint the minute-taker");
        assertThat(regular.steps()).filteredOn(StepView::optional).extracting(StepView::position).containsExactly(4, 9);
        assertThat(regular.legalBasis()).contains("12-HD/BTCTW");
        assertThat(regular.minMinutes()).isEqualTo(90);
        assertThat(regular.rubric().maxTotal()).isEqualTo(100);
        assertThat(regular.rubric().band(90)).get().extracting(Rubric.Band::name).isEqualTo("Tốt");
        assertThat(regular.rubric().band(89)).get().extracting(Rubric.Band::name).isEqualTo("Khá");
        assertThat(regular.rubric().band(50)).get().extracting(Rubric.Band::name).isEqualTo("Trung bình");
        assertThat(regular.rubric().band(49)).get().extracting(Rubric.Band::name).isEqualTo("Kém");
    }

    @Test
    void aCopyCanBeEditedWhileTheBuiltInStaysIntact() {
        TemplateView original = builtin(ProcedureKind.REGULAR);
        TemplateView copy = fixtures.asTrainer(() -> procedures.copy(original.id(), "Theo Hướng dẫn 42"));
        assertThat(copy.builtin()).isFalse();
        assertThat(copy.steps()).hasSize(19);

        List<StepView> steps = new ArrayList<>(copy.steps());
        StepView flag = steps.remove(3);                      // remove the optional flag salute
        StepView first = steps.remove(0);
        steps.add(1, first);                                  // reorder: step 1 after step 2
        steps.set(5, new StepView(steps.get(5).id(), 0, StepSection.OPENING, "Cử thư ký", "Minute-taker", null, null, 3, false));
        steps.add(new StepView(null, 0, StepSection.CLOSING, "Chụp ảnh lưu niệm", null, null, null, 2, true));
        TemplateView saved = fixtures.asTrainer(() -> procedures.update(new TemplateView(copy.id(), "Theo Hướng dẫn 42",
                copy.kind(), "Hướng dẫn 42-HD/BTCTW ngày 28/10/2025", 90, false, steps, copy.rubric())));

        TemplateView reread = procedures.template(saved.id());
        assertThat(reread.legalBasis()).isEqualTo("Hướng dẫn 42-HD/BTCTW ngày 28/10/2025");
        assertThat(reread.steps()).hasSize(19);
        assertThat(reread.steps()).extracting(StepView::position).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 19).boxed().toList());
        assertThat(reread.steps().get(0).title()).isEqualTo(original.steps().get(1).title());
        assertThat(reread.steps().get(1).title()).isEqualTo(original.steps().get(0).title());
        assertThat(reread.steps().get(1).id()).isEqualTo(first.id());
        assertThat(reread.steps()).extracting(StepView::title).doesNotContain(flag.title());
        assertThat(reread.steps().get(5).title()).isEqualTo("Cử thư ký");
        assertThat(reread.steps().get(5).plannedMinutes()).isEqualTo(3);
        assertThat(reread.steps().get(18).title()).isEqualTo("Chụp ảnh lưu niệm");

        TemplateView untouched = procedures.template(original.id());
        assertThat(untouched).isEqualTo(original);
    }

    @Test
    void builtInTemplatesCannotBeEditedAndEditsAreValidated() {
        TemplateView original = builtin(ProcedureKind.THEMATIC);
        assertThatThrownBy(() -> fixtures.asTrainer(() -> procedures.update(original)))
                .isInstanceOf(NotAllowedException.class);
        TemplateView copy = fixtures.asTrainer(() -> procedures.copy(original.id(), "Chuyên đề của lớp"));
        List<StepView> steps = new ArrayList<>(copy.steps());
        steps.set(2, new StepView(steps.get(2).id(), 3, StepSection.PREPARATION, "  ", null, null, null, 5, false));
        assertThatThrownBy(() -> fixtures.asTrainer(() -> procedures.update(new TemplateView(copy.id(), copy.name(),
                copy.kind(), null, 120, false, steps, copy.rubric()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("step.3"));
        steps.set(2, new StepView(steps.get(2).id(), 3, StepSection.PREPARATION, "Bước", null, null, null, 999, false));
        assertThatThrownBy(() -> fixtures.asTrainer(() -> procedures.update(new TemplateView(copy.id(), copy.name(),
                copy.kind(), null, 120, false, steps, copy.rubric()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("error.range"));
        assertThatThrownBy(() -> fixtures.asTrainer(() -> procedures.update(new TemplateView(copy.id(), copy.name(),
                copy.kind(), null, 120, false, List.of(), copy.rubric()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("steps"));
    }

    @Test
    void aNewWorkshopPractisesBothBuiltInsAndTheTrainerCanChange() {
        WorkshopSummary workshop = fixtures.workshop("Lớp có quy trình");
        assertThat(procedures.practisedBy(workshop.id())).extracting(TemplateView::kind)
                .containsExactlyInAnyOrder(ProcedureKind.REGULAR, ProcedureKind.THEMATIC);
        assertThat(procedures.steps(workshop.id())).hasSize(29);
        fixtures.asTrainer(() -> {
            procedures.setPractised(workshop.id(), List.of(builtin(ProcedureKind.REGULAR).id()));
            return null;
        });
        assertThat(procedures.practisedBy(workshop.id())).extracting(TemplateView::kind).containsExactly(ProcedureKind.REGULAR);
    }
}
