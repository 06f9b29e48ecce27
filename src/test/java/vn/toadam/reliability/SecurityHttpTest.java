package vn.toadam.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.toadam.security.AccountService;
import vn.toadam.security.AccountView;
import vn.toadam.security.LoginThrottle;
import vn.toadam.security.Role;
import vn.toadam.support.RunningApp;
import vn.toadam.support.TestDataDirs;

/** The running application over HTTP: security headers, sign-in (session id, disabled accounts, rate limit), errors. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityHttpTest {

    private static final String DISABLED = "da-nghi";
    private static final String MODERATOR = "dieu-phoi";
    private static long moderatorId;
    private static final String PASSWORD = "mat-khau-du-dai";
    private static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start(TestDataDirs.fresh("security-http-"), "--server.forward-headers-strategy=native");
        AccountService accounts = app.bean(AccountService.class);
        asTrainer(() -> {
            AccountView account = accounts.createAccount(DISABLED, "Tài khoản đã nghỉ", PASSWORD, Role.MODERATOR);
            accounts.setEnabled(account.id(), false);
            moderatorId = accounts.createAccount(MODERATOR, "Người điều phối", PASSWORD, Role.MODERATOR).id();
        });
    }

    /** Service calls as a trainer would make them from the accounts page. */
    private static void asTrainer(Runnable work) {
        SecurityContextHolderStrategy security = app.bean(SecurityContextHolderStrategy.class);
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("t", null,
                List.of(new SimpleGrantedAuthority(Role.TRAINER.authority()))));
        try {
            work.run();
        } finally {
            security.clearContext();
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path, String... headers) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> login(String username, String password) throws Exception {
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            return http.send(HttpRequest.newBuilder(URI.create(app.url("login")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        Optional<String> sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst();
        }
    }

    @Test
    @Order(1)
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("", "login", "join", "trainer")) {
            HttpResponse<String> page = new Browser().get(path);
            assertThat(page.statusCode()).as(path).isIn(200, 302); // trainer pages send strangers to the login
            String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'",
                    "script-src 'self' 'unsafe-inline' 'unsafe-eval'");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(page.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
            assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        }
    }

    @Test
    @Order(2)
    void signingInGivesANewSessionIdAndTheCookieIsSecureOverHttps() throws Exception {
        Browser browser = new Browser();
        browser.get("login");
        String before = browser.sessionId().orElseThrow();
        HttpResponse<String> signedIn = browser.login(RunningApp.TRAINER, RunningApp.TRAINER_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(browser.sessionId()).isPresent().get().isNotEqualTo(before);

        HttpResponse<String> overHttps = new Browser().get("login", "X-Forwarded-Proto", "https");
        String cookie = overHttps.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    @Order(3)
    void aDisabledAccountCannotSignIn() throws Exception {
        HttpResponse<String> refused = new Browser().login(DISABLED, PASSWORD);
        assertThat(refused.headers().firstValue("Location").orElse("")).contains("/login?error");
    }

    @Test
    @Order(4)
    void disablingAnAccountSignsItOutEverywhereAtOnce() throws Exception {
        Browser moderator = new Browser();
        moderator.login(MODERATOR, PASSWORD);
        assertThat(moderator.get("trainer").statusCode()).as("signed in").isEqualTo(200);

        asTrainer(() -> app.bean(AccountService.class).setEnabled(moderatorId, false));

        HttpResponse<String> next = moderator.get("trainer");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(moderator.get("trainer").headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    @Order(5)
    void errorsNeverShowAStackTrace() throws Exception {
        Browser browser = new Browser();
        browser.get("");
        HttpResponse<String> garbage = browser.http.send(HttpRequest.newBuilder(URI.create(app.url("?v-r=uidl&v-uiId=0")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{not json"))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> missing = browser.get("VAADIN/khong-co-tep.js");
        HttpResponse<String> error = browser.get("error");
        for (HttpResponse<String> r : List.of(garbage, missing, error)) {
            assertThat(r.body()).as(r.uri().toString()).doesNotContain("Exception", "\tat ", "at java.", "at org.");
        }
    }

    @Test
    @Order(6)
    void afterTenFailedSignInsInAMinuteTheAddressMustWait() throws Exception {
        Browser guesser = new Browser();
        int wrongGuesses = 0; // the disabled account's attempt above was a failure from this address too
        while (wrongGuesses <= LoginThrottle.LOGIN_FAILURES_PER_MINUTE && guesser.login(RunningApp.TRAINER,
                "doan-mo-" + wrongGuesses).headers().firstValue("Location").orElse("").endsWith("/login?error")) {
            wrongGuesses++;
        }
        assertThat(wrongGuesses).isBetween(LoginThrottle.LOGIN_FAILURES_PER_MINUTE - 2,
                LoginThrottle.LOGIN_FAILURES_PER_MINUTE - 1);
        HttpResponse<String> blocked = guesser.login(RunningApp.TRAINER, RunningApp.TRAINER_PASSWORD);
        assertThat(blocked.headers().firstValue("Location").orElse(""))
                .endsWith("/login?error=" + LoginThrottle.RATE_LIMITED);
        assertThat(new Browser().sessionId()).isEmpty();
    }
}
