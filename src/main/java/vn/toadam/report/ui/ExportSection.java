package vn.toadam.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletionException;
import vn.toadam.report.ExportFormat;
import vn.toadam.report.ExportService;
import vn.toadam.workshop.WorkshopSummary;
import vn.toadam.workshop.ui.WorkshopDetailSection;

/**
 * On the workshop page (trainers and moderators): download the report or the raw data at any time. Each export runs
 * in the background with a progress bar; when ready, its file downloads and a link stays for downloading again.
 */
@org.springframework.stereotype.Component
class ExportSection implements WorkshopDetailSection {

    private final ExportService exports;

    ExportSection(ExportService exports) {
        this.exports = exports;
    }

    @Override
    public Component create(WorkshopSummary workshop, boolean trainer) {
        UI ui = UI.getCurrent();
        Div files = new Div();
        files.addClassName("export-files");
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        for (ExportFormat format : ExportFormat.values()) {
            Button button = new Button(ui.getTranslation("export." + format), VaadinIcon.DOWNLOAD_ALT.create());
            button.setId("export-" + format.extension());
            button.setTooltipText(ui.getTranslation("export." + format + ".hint"));
            button.addClickListener(e -> start(ui, workshop, format, button, files));
            buttons.add(button);
        }
        Div section = new Div(new H3(ui.getTranslation("export.title")),
                new Paragraph(ui.getTranslation("export.intro")), buttons, files);
        section.addClassName("export-section");
        return section;
    }

    private void start(UI ui, WorkshopSummary workshop, ExportFormat format, Button button, Div files) {
        button.setEnabled(false);
        ProgressBar bar = new ProgressBar(0, 1, 0);
        bar.setId("export-progress-" + format.extension());
        Span label = new Span(ui.getTranslation("export.working", ui.getTranslation("export." + format)));
        Div row = new Div(label, bar);
        row.addClassName("export-row");
        files.addComponentAsFirst(row);
        exports.start(workshop.id(), format, ui.getLocale(), fraction -> ui.access(() -> bar.setValue(fraction)))
                .whenComplete((file, error) -> ui.access(() -> {
                    button.setEnabled(true);
                    if (error != null) {
                        row.removeFromParent();
                        throw error instanceof CompletionException ce && ce.getCause() instanceof RuntimeException re
                                ? re : new IllegalStateException("Export failed", error);
                    }
                    row.removeAll();
                    row.add(download(ui, file, format));
                }));
    }

    private static Anchor download(UI ui, ExportService.ExportFile file, ExportFormat format) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(file.content()), file.name(), file.mimeType(), file.content().length)),
                ui.getTranslation("export.ready", file.name(), Math.max(1, file.content().length / 1024)));
        link.setId("export-file-" + format.extension());
        link.getElement().setAttribute("download", file.name());
        link.getElement().executeJs("setTimeout(() => this.click(), 0)");
        return link;
    }
}
