package vn.toadam.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** On a server, the first trainer comes from configuration (TOADAM_TRAINER_USERNAME / _PASSWORD). */
@Component
class InitialTrainer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialTrainer.class);

    private final AccountService accounts;
    private final String username;
    private final String password;

    InitialTrainer(AccountService accounts,
                   @Value("${toadam.initial-trainer.username:}") String username,
                   @Value("${toadam.initial-trainer.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!username.isBlank() && !password.isBlank() && accounts.needsSetup()) {
            accounts.createFirstTrainer(username, username, password);
            log.info("Created the first trainer account '{}' from configuration", username);
        }
    }
}
