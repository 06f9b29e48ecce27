package vn.toadam.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Signs small values (such as a participant id in a cookie) with an HMAC key that is generated on the first start
 * and kept in the database, so signatures stay valid across restarts and differ per installation.
 */
@Component
public class SigningKey {

    private static final String SETTING = "cookie-signing-key";
    private static final String ALGORITHM = "HmacSHA256";

    private final JdbcTemplate jdbc;
    private volatile byte[] key;

    SigningKey(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String sign(String value) {
        return value + "." + mac(value);
    }

    /** The value if the signature matches, otherwise empty. */
    public Optional<String> verify(String signed) {
        if (signed == null) {
            return Optional.empty();
        }
        int dot = signed.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String value = signed.substring(0, dot);
        byte[] expected = mac(value).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = signed.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual) ? Optional.of(value) : Optional.empty();
    }

    private String mac(String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(), ALGORITHM));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = Base64.getDecoder().decode(loadOrCreate());
                }
                k = key;
            }
        }
        return k;
    }

    private String loadOrCreate() {
        var existing = jdbc.queryForList("select setting_value from app_setting where setting_key = ?", String.class, SETTING);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        String encoded = Base64.getEncoder().encodeToString(fresh);
        jdbc.update("insert into app_setting (setting_key, setting_value) values (?, ?)", SETTING, encoded);
        return encoded;
    }
}
