package vn.toadam.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * Two nodes of the application in this JVM, as in production but on one machine: one shared PostgreSQL (embedded,
 * the real server binaries), each node with its own web port and embedded Hazelcast member, the two members listed
 * to each other.
 */
public final class TwoNodes implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    public final RunningApp a;
    public final RunningApp b;

    private TwoNodes(EmbeddedPostgres postgres, RunningApp a, RunningApp b) {
        this.postgres = postgres;
        this.a = a;
        this.b = b;
    }

    public static TwoNodes start() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        int portA = freePort();
        int portB = freePort();
        String members = "--toadam.cluster.members=127.0.0.1:" + portA + ",127.0.0.1:" + portB;
        String url = "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres");
        RunningApp a = null;
        try {
            a = RunningApp.start(TestDataDirs.fresh("node-a-"), url, "--spring.datasource.username=postgres",
                    members, "--toadam.cluster.port=" + portA, "--toadam.node-name=node-a");
            RunningApp b = RunningApp.start(TestDataDirs.fresh("node-b-"), url, "--spring.datasource.username=postgres",
                    members, "--toadam.cluster.port=" + portB, "--toadam.node-name=node-b");
            return new TwoNodes(postgres, a, b);
        } catch (RuntimeException e) {
            if (a != null) {
                a.close();
            }
            postgres.close();
            throw e;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            b.close();
            a.close();
        } finally {
            postgres.close();
        }
    }
}
