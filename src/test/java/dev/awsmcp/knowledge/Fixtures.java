package dev.awsmcp.knowledge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.ModelDataSource;
import dev.awsmcp.model.ServiceCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Test fixtures under {@code src/test/resources/knowledge/}. */
final class Fixtures {
    private Fixtures() {}

    static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/knowledge/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled data with the index cut down to a few services. */
    static ServiceCatalog smallCatalog(Set<String> keep) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode index;
        try (InputStream in = new GZIPInputStream(ModelDataSource.classpath().open("index.json.gz"))) {
            index = (ObjectNode) json.readTree(in);
        }
        index.retain(keep);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            json.writeValue(gz, index);
        }
        byte[] small = bytes.toByteArray();
        ModelDataSource source = path -> path.equals("index.json.gz") ? new ByteArrayInputStream(small)
                : ModelDataSource.classpath().open(path);
        return ServiceCatalog.of(source, 4);
    }

    /** A loopback port nothing listens on, so connections are refused at once. */
    static int closedPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
