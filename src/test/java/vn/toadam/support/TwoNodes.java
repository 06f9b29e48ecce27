package vn.toadam.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.stream.Stream;

/**
 * Two nodes of the application in this JVM, as in production but on one machine: one shared PostgreSQL (embedded,
 * the real server binaries), each node with its own web port and embedded Hazelcast member, the two members listed
 * to each other. Node names {@code node-a} and {@code node-b}, as in {@code deploy/haproxy.cfg}.
 */
public final class TwoNodes implements AutoCloseable {

    private final AutoCloseable postgres;
    public final RunningApp a;
    public final RunningApp b;

    private TwoNodes(AutoCloseable postgres, RunningApp a, RunningApp b) {
        this.postgres = postgres;
        this.a = a;
        this.b = b;
    }

    /** Two nodes on a PostgreSQL server of their own, stopped with them. */
    public static TwoNodes start() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try {
            return start(new TestPostgres.Server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", ""),
                    postgres);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /** Two nodes on an existing database (e.g. {@link TestPostgres#freshDatabase}), left running when they stop. */
    public static TwoNodes on(TestPostgres.Server database) {
        return start(database, () -> { });
    }

    private static TwoNodes start(TestPostgres.Server database, AutoCloseable postgres) {
        int portA = FreePort.any();
        int portB = FreePort.any();
        String members = "--toadam.cluster.members=127.0.0.1:" + portA + ",127.0.0.1:" + portB;
        RunningApp a = node(database, "node-a", portA, members);
        try {
            RunningApp b = node(database, "node-b", portB, members);
            return new TwoNodes(postgres, a, b);
        } catch (RuntimeException e) {
            a.close();
            throw e;
        }
    }

    private static RunningApp node(TestPostgres.Server database, String name, int clusterPort, String members) {
        return RunningApp.start(TestDataDirs.fresh(name + "-"), Stream.concat(Stream.of(database.arguments()),
                Stream.of(members, "--toadam.cluster.port=" + clusterPort, "--toadam.node-name=" + name))
                .toArray(String[]::new));
    }

    @Override
    public void close() throws Exception {
        try {
            b.close();
            a.close();
        } finally {
            postgres.close();
        }
    }
}
