package vn.toadam;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.toadam.language.GroupCardsCommand;

@SpringBootApplication
@Push
@Theme("toadam")
@PWA(name = "Tọa Đàm", shortName = "Tọa Đàm", offlineResources = {})
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && GroupCardsCommand.NAME.equals(args[0])) {
            // A tool for trainers: runs before (and without) Spring, so no server starts and no database is touched.
            System.exit(GroupCardsCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }
}
