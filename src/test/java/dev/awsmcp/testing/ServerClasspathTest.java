package dev.awsmcp.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerClasspathTest {
    @TempDir
    Path dir;

    @Test
    void separatesJarsFromNativeLibraries() throws Exception {
        Path jar = Files.createFile(dir.resolve("server.jar"));
        Path so = Files.createFile(dir.resolve("libsqlite4java-linux-amd64-1.0.392.so"));
        Path dll = Files.createFile(dir.resolve("sqlite4java-win32-x64-1.0.392.dll"));
        Files.writeString(dir.resolve("db.classpath"), String.join(File.pathSeparator,
                jar.toString(), so.toString(), dll.toString()) + "\n");

        ServerClasspath classpath = ServerClasspath.read(dir, "db");

        assertThat(classpath.jars()).containsExactly(jar);
        assertThat(classpath.nativeLibraries()).containsExactly(so, dll);
    }

    @Test
    void copiesNativeLibrariesIntoOneDirectory() throws Exception {
        Path so = Files.writeString(dir.resolve("libx.so"), "native");
        Path jar = Files.createFile(dir.resolve("x.jar"));
        Files.writeString(dir.resolve("x.classpath"), jar + File.pathSeparator + so);

        Path natives = ServerClasspath.read(dir, "x").copyNativeLibrariesTo(dir.resolve("natives"));

        assertThat(natives.resolve("libx.so")).hasContent("native");
    }

    @Test
    void missingClasspathFileNamesTheCommandThatCreatesIt() {
        assertThatThrownBy(() -> ServerClasspath.read(dir, "elasticmq"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("elasticmq.classpath does not exist")
                .hasMessageContaining("./mvnw generate-test-resources")
                .hasMessageContaining("build.log");
    }

    @Test
    void entryMissingFromTheLocalRepositoryIsReported() throws Exception {
        Files.writeString(dir.resolve("s3mock.classpath"), dir.resolve("gone.jar").toString());

        assertThatThrownBy(() -> ServerClasspath.read(dir, "s3mock"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gone.jar, which is missing");
    }
}
