package vn.toadam.synthesis.ui;

import java.time.LocalDate;
import vn.toadam.synthesis.RecommendationView;

/** The editable values of a recommendation, as a bean the collaborative form shares between moderators. */
public class RecommendationForm {

    private String title = "";
    private String body = "";
    private String category = "";
    private String owner = "";
    private RecommendationView.Priority priority = RecommendationView.Priority.MEDIUM;
    private RecommendationView.Status status = RecommendationView.Status.DRAFT;
    private LocalDate dueOn;

    public RecommendationForm() {
    }

    static RecommendationForm of(RecommendationView r) {
        RecommendationForm f = new RecommendationForm();
        f.title = r.title();
        f.body = r.body() == null ? "" : r.body();
        f.category = r.category() == null ? "" : r.category();
        f.owner = r.owner() == null ? "" : r.owner();
        f.priority = r.priority();
        f.status = r.status();
        f.dueOn = r.dueOn();
        return f;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public RecommendationView.Priority getPriority() {
        return priority;
    }

    public void setPriority(RecommendationView.Priority priority) {
        this.priority = priority;
    }

    public RecommendationView.Status getStatus() {
        return status;
    }

    public void setStatus(RecommendationView.Status status) {
        this.status = status;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
