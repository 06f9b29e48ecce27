package vn.toadam.support;

import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.toadam.Application;
import vn.toadam.security.Role;

/** The real application, started as users start it (embedded Tomcat, push, H2 file), on a free port. */
public final class RunningApp implements AutoCloseable {

    public static final String TRAINER = "giangvien";
    public static final String TRAINER_PASSWORD = "mat-khau-thu-nghiem";

    private final ConfigurableApplicationContext context;
    private final String dataDir;

    private RunningApp(String dataDir, String... extraArgs) {
        this.dataDir = dataDir;
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of(
                "--server.port=0",
                "--toadam.data-dir=" + dataDir,
                "--toadam.initial-trainer.username=" + TRAINER,
                "--toadam.initial-trainer.password=" + TRAINER_PASSWORD,
                "--toadam.public-url=",
                "--spring.main.banner-mode=off"), java.util.Arrays.stream(extraArgs)).toArray(String[]::new);
        this.context = new SpringApplicationBuilder(Application.class).run(args);
    }

    /** Starts the app; {@code extraArgs} are more {@code --name=value} settings. */
    public static RunningApp start(String dataDir, String... extraArgs) {
        return new RunningApp(dataDir, extraArgs);
    }

    public String url(String path) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return "http://localhost:" + port + "/" + path;
    }

    public String dataDir() {
        return dataDir;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public int beanCount(Class<?> type) {
        return context.getBeanNamesForType(type).length;
    }

    /** Service calls inside the app as a signed-in trainer would make them. */
    public void asTrainer(Runnable work) {
        SecurityContextHolderStrategy security = bean(SecurityContextHolderStrategy.class);
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("t", null,
                List.of(new SimpleGrantedAuthority(Role.TRAINER.authority()))));
        try {
            work.run();
        } finally {
            security.clearContext();
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
