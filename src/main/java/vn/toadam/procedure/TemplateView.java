package vn.toadam.procedure;

import java.util.List;

/** A procedure template with its steps and rubric, as screens show it. */
public record TemplateView(long id, String name, ProcedureKind kind, String legalBasis, int minMinutes,
                           boolean builtin, List<StepView> steps, Rubric rubric) {

    public StepView step(int position) {
        return steps.stream().filter(s -> s.position() == position).findFirst().orElseThrow();
    }
}
