package vn.toadam.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.toadam.security.AccountService;
import vn.toadam.security.AccountView;
import vn.toadam.security.LoginThrottle;
import vn.toadam.security.Role;
import vn.toadam.support.RunningApp;
import vn.toadam.support.TestDataDirs;
import vn.toadam.base.InvalidInputException;
import vn.toadam.workshop.Requester;
import vn.toadam.workshop.WorkshopService;

/**
 * The running application over HTTP: security headers, sign-in (session id, CSRF, disabled accounts, rate limits),
 * errors. Each test that counts failures comes from addresses of its own (X-Forwarded-For), so tests are independent.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityHttpTest {

    private static final String DISABLED = "da-nghi";
    private static final String MODERATOR = "dieu-phoi";
    private static final String OTHER_MODERATOR = "dieu-phoi-khac";
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
            accounts.createAccount(OTHER_MODERATOR, "Người điều phối khác", PASSWORD, Role.MODERATOR);
        });
    }

    /** Service calls as a trainer would make them from the accounts page. */
    private static void asTrainer(Runnable work) {
        app.asTrainer(work);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        /** The client address the app sees (it trusts X-Forwarded-For from localhost), so tests do not share limits. */
        final String address;

        Browser() {
            this("127.0.0.1");
        }

        Browser(String address) {
            this.address = address;
        }

        HttpResponse<String> get(String path, String... headers) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)))
                    .header("X-Forwarded-For", address);
            if (headers.length > 0) {
                request.headers(headers);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Signs in as the login page does: with the CSRF token the page carries. */
        HttpResponse<String> login(String username, String password) throws Exception {
            String page = get("login").body();
            return post("login", form(username, password) + "&" + meta(page, "_csrf_parameter") + "="
                    + URLEncoder.encode(meta(page, "_csrf"), StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String path, String form, String... headers) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", address)
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        static String form(String username, String password) {
            return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
        }

        static String meta(String page, String name) {
            Matcher m = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]*)\"").matcher(page);
            assertThat(m.find()).as("the page carries the %s meta tag", name).isTrue();
            return m.group(1);
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
    void afterTenFailedSignInsForOneNameFromOneAddressThatNameMustWaitThere() throws Exception {
        Browser guesser = new Browser("192.0.2.6");
        for (int i = 0; i < LoginThrottle.LOGIN_FAILURES_PER_MINUTE; i++) {
            assertThat(guesser.login(RunningApp.TRAINER, "doan-mo-" + i).headers().firstValue("Location").orElse(""))
                    .as("wrong password %d", i + 1).endsWith("/login?error");
        }
        HttpResponse<String> blocked = guesser.login(RunningApp.TRAINER, RunningApp.TRAINER_PASSWORD);
        assertThat(blocked.headers().firstValue("Location").orElse(""))
                .endsWith("/login?error=" + LoginThrottle.RATE_LIMITED);
        assertThat(guesser.get("trainer").statusCode()).as("not signed in").isEqualTo(302);

        assertSignsIn(new Browser("192.0.2.7"), RunningApp.TRAINER); // the trainer elsewhere
        assertSignsIn(new Browser("192.0.2.6"), OTHER_MODERATOR); // another name behind the same address
    }

    @Test
    @Order(7)
    void learnersMistypingJoinCodesBehindTheTrainersAddressNeverBlockTheTrainersLogin() throws Exception {
        String classroom = "192.0.2.20";
        WorkshopService workshops = app.bean(WorkshopService.class);
        for (int i = 0; i < 3 * LoginThrottle.LOGIN_FAILURES_PER_MINUTE; i++) {
            String typo = String.format("SAI%03d", i);
            Requester learner = new Requester(classroom, "hoc-vien-" + (i % 4));
            assertThatThrownBy(() -> workshops.findOpenByCode(typo, learner))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertSignsIn(new Browser(classroom), RunningApp.TRAINER);
    }

    @Test
    @Order(8)
    void manyFailedSignInsUnderAnyNamesFromOneAddressMakeItWait() throws Exception {
        Browser sprayer = new Browser("192.0.2.30");
        for (int i = 0; i < LoginThrottle.LOGIN_FAILURES_PER_ADDRESS_PER_HOUR; i++) {
            assertThat(sprayer.login("ten-doan-" + i, "doan-mo").headers().firstValue("Location").orElse(""))
                    .as("failure %d", i + 1).endsWith("/login?error");
        }
        assertThat(sprayer.login(RunningApp.TRAINER, RunningApp.TRAINER_PASSWORD).headers().firstValue("Location")
                .orElse("")).endsWith("/login?error=" + LoginThrottle.ADDRESS_RATE_LIMITED);
        assertSignsIn(new Browser("192.0.2.31"), RunningApp.TRAINER);
    }

    @Test
    @Order(9)
    void aLoginPostedWithoutTheTokenFromAnotherSiteSignsNobodyIn() throws Exception {
        Browser victim = new Browser("192.0.2.40");
        victim.get("login");
        HttpResponse<String> forged = victim.post("login", Browser.form(RunningApp.TRAINER,
                RunningApp.TRAINER_PASSWORD), "Origin", "http://ke-gian.example");
        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(forged.headers().firstValue("Location").orElse("")).doesNotEndWith(":" + port() + "/");
        assertThat(victim.get("trainer").statusCode()).as("not signed in").isEqualTo(302);

        assertSignsIn(victim, RunningApp.TRAINER); // the real form, with its token, still works
    }

    @Test
    @Order(10)
    void theSessionIdNeverAppearsInAnAddress() throws Exception {
        for (String path : List.of("VAADIN", "VAADIN/", "trainer", "login", "", "join", "moderate/1")) {
            HttpResponse<String> response = new Browser().get(path);
            assertThat(response.headers().firstValue("Location").orElse("")).as(path).doesNotContainIgnoringCase("jsessionid");
            assertThat(response.body()).as(path).doesNotContainIgnoringCase("jsessionid");
        }
    }

    private static void assertSignsIn(Browser browser, String username) throws Exception {
        String password = username.equals(RunningApp.TRAINER) ? RunningApp.TRAINER_PASSWORD : PASSWORD;
        HttpResponse<String> signedIn = browser.login(username, password);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).as(username + " signs in")
                .doesNotContain("error");
        assertThat(browser.get("trainer").statusCode()).as(username + " is signed in").isEqualTo(200);
    }

    private static int port() {
        return URI.create(app.url("")).getPort();
    }
}
