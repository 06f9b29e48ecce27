package vn.toadam.report;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * Produces export files. {@link #start} runs on a small pool of its own, so a large export never holds a request
 * thread or another user's screen; the caller gets progress and then the file.
 */
@Service
public class ExportService {

    /** Exports running at once; more wait their turn. */
    public static final int PARALLEL_EXPORTS = 2;
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public record ExportFile(String name, String mimeType, byte[] content) {
    }

    /** Told how far an export has got, from 0 to 1; called from the export's own thread. */
    public interface Progress {
        void at(double fraction);
    }

    private final ReportService reports;
    private final WorkshopArchive archive;
    private final DumpJson json;
    private final Clock clock;
    private final SecurityContextHolderStrategy security;
    private final ExecutorService pool;

    ExportService(ReportService reports, WorkshopArchive archive, DumpJson json, Clock clock,
                  SecurityContextHolderStrategy security) {
        this.reports = reports;
        this.archive = archive;
        this.json = json;
        this.clock = clock;
        this.security = security;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(PARALLEL_EXPORTS, r -> {
            Thread t = new Thread(r, "export-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts an export in the background as the current user. */
    public CompletableFuture<ExportFile> start(long workshopId, ExportFormat format, Locale locale, Progress progress) {
        CompletableFuture<ExportFile> result = new CompletableFuture<>();
        Runnable work = () -> {
            try {
                result.complete(export(workshopId, format, locale, progress));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        };
        DelegatingSecurityContextRunnable asUser = new DelegatingSecurityContextRunnable(work,
                security.getContext());
        asUser.setSecurityContextHolderStrategy(security);
        pool.execute(asUser);
        return result;
    }

    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public ExportFile export(long workshopId, ExportFormat format, Locale locale, Progress progress) {
        progress.at(0.05);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String title;
        try {
            if (format == ExportFormat.JSON) {
                WorkshopDump dump = archive.export(workshopId, clock.instant());
                title = dump.workshop().title();
                progress.at(0.5);
                json.write(dump, out);
            } else {
                WorkshopReport report = reports.report(workshopId, locale);
                title = report.title();
                progress.at(0.4);
                write(report, format, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.at(1);
        return new ExportFile(FileNames.of(title, LocalDate.now(clock.withZone(ZONE)), format), format.mimeType(),
                out.toByteArray());
    }

    /** Renders a report in one of the report formats (all but JSON, which dumps the workshop instead). */
    static void write(WorkshopReport report, ExportFormat format, java.io.OutputStream out) throws IOException {
        switch (format) {
            case DOCX -> DocxReportWriter.write(report, out);
            case PDF -> PdfReportWriter.write(report, out);
            case XLSX -> XlsxExportWriter.write(report, out);
            case CSV -> CsvExportWriter.write(report, out);
            default -> throw new IllegalArgumentException(format.name());
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdown();
    }
}
