package vn.toadam.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Component;
import vn.toadam.base.InvalidInputException;

/** A {@link WorkshopDump} as a JSON file and back; a file that is not such JSON gets a clear refusal. */
@Component
public class DumpJson {

    /** Larger files are refused before they are parsed. */
    public static final int IMPORT_MAX_BYTES = 20 * 1024 * 1024;

    private final ObjectMapper mapper;

    DumpJson(ObjectMapper mapper) {
        this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public void write(WorkshopDump dump, OutputStream out) throws IOException {
        mapper.writeValue(out, dump);
    }

    public WorkshopDump read(byte[] file) {
        if (file.length > IMPORT_MAX_BYTES) {
            throw new InvalidInputException(DumpValidator.FIELD, "import.too-large", IMPORT_MAX_BYTES / (1024 * 1024));
        }
        try {
            return mapper.readValue(file, WorkshopDump.class);
        } catch (IOException e) {
            throw new InvalidInputException(DumpValidator.FIELD, "import.malformed");
        }
    }
}
