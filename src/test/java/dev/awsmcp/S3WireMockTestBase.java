package dev.awsmcp;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** One {@link S3Fixture} per test class over a temporary working directory; WireMock's stubs reset per test. */
abstract class S3WireMockTestBase {
    @TempDir
    static Path dir;
    static S3Fixture s3;

    @BeforeAll
    static void startFixture() {
        s3 = new S3Fixture(dir);
    }

    @AfterAll
    static void stopFixture() {
        s3.close();
    }

    @BeforeEach
    void resetStubs() {
        s3.wm.resetAll();
    }
}
