package leakscope.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates report JSON against the public schema in ../shared, with formats (date-time) asserted. */
public final class SchemaValidation {
    /** The contract's schema: the shared folder sits beside the project's root. */
    public static final Path SCHEMA = Paths.get("..", "..", "shared", "report.schema.json");

    private SchemaValidation() {
    }

    /** The schema's complaints about {@code json}, one per line; empty when it is valid. */
    public static String problems(String json) throws IOException {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        // the schema's $id is relative ("leakscope-report-v1"): it resolves against the file's own location
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(SCHEMA.toAbsolutePath().normalize().toUri().toString()), config);
        JsonNode report = new ObjectMapper().readTree(json);
        Set<ValidationMessage> messages = schema.validate(report);
        return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n"));
    }
}
