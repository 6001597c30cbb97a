/**
 * Test harness that starts real AWS-compatible servers (ElasticMQ, DynamoDB Local, S3Mock) as child JVMs on loopback
 * ports, shares one of each per test JVM, and stops them when the test plan ends or the JVM exits.
 *
 * <p>Each server runs with its own classpath, resolved at build time by the separate build in
 * {@code src/test/servers} (see the main pom's {@code resolve-test-servers} execution), so none of their libraries
 * reach the project's test classpath. Test classes opt in with {@link dev.awsmcp.testing.LocalServerTest}.
 *
 * <p>May import the JDK and JUnit only; the child-side {@link dev.awsmcp.testing.ParentWatch} the JDK alone.
 */
package dev.awsmcp.testing;
