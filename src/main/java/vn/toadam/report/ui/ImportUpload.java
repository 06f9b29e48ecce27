package vn.toadam.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.LongConsumer;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.toadam.base.UserFacingException;
import vn.toadam.base.ui.Notifications;
import vn.toadam.report.DumpJson;
import vn.toadam.report.WorkshopArchive;
import vn.toadam.workshop.WorkshopService;

/** On the workshop list (trainers): restore a JSON backup as a new workshop; a refusal is shown under the upload. */
@org.springframework.stereotype.Component
class ImportUpload implements vn.toadam.workshop.ui.WorkshopListSection {

    private final WorkshopArchive archive;
    private final DumpJson json;
    private final WorkshopService workshops;
    private final SecurityContextHolderStrategy security;
    private final java.time.Clock clock;

    ImportUpload(WorkshopArchive archive, DumpJson json, WorkshopService workshops,
                 SecurityContextHolderStrategy security, java.time.Clock clock) {
        this.archive = archive;
        this.json = json;
        this.workshops = workshops;
        this.security = security;
        this.clock = clock;
    }

    @Override
    public Component create(boolean trainer, LongConsumer open) {
        UI ui = UI.getCurrent();
        Span error = new Span();
        error.setId("import-error");
        error.addClassName("field-error");
        error.setVisible(false);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            String trainerName = security.getContext().getAuthentication().getName();
            try {
                long id = archive.restore(json.read(data), trainerName, clock.instant());
                String code = workshops.get(id).joinCode();
                ui.access(() -> {
                    error.setVisible(false);
                    Notifications.success(ui.getTranslation("workshop.import.done", code));
                    open.accept(id);
                });
            } catch (UserFacingException refused) {
                ui.access(() -> {
                    error.setText(ui.getTranslation(refused.messageKey(), refused.args()));
                    error.setVisible(true);
                });
            }
        }));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DumpJson.IMPORT_MAX_BYTES);
        upload.setDropLabel(new Span(ui.getTranslation("workshop.import")));
        Div section = new Div(upload, error);
        section.addClassName("import-section");
        section.setVisible(trainer);
        return section;
    }
}
